"""Epithets (analysis.quotes.epithets): descriptions of what someone is and whom they stand
for, read by hand."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article
from analysis.quotes.epithets import epithet_person, is_epithet, speaks_of, telling_modifiers
from analysis.quotes.people import Mention, People


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the netminder", True),
        ("the veteran quarterback", True),
        ("the 25-year-old", True),
        ("the Swede", True),
        ("the Californian", True),  # a home state (was no epithet)
        ("the Torontonian", True),  # a home city (was no epithet)
        ("the mother of three", True),
        ("the mother", False),  # what someone is to another person
        ("the older woman", True),  # a sex and an age (was no epithet)
        ("the young man", True),
        ("the team", False),
        ("a quarterback", False),  # no definite description
        ("the mother of the bride", False),
        ("the former secretary of state", True),  # an office of (was no epithet: "state")
        ("the minister of finance", True),
        ("the president of the union", True),
        # any noun after "retired" or "former" is what someone was (was no epithet:
        # "neurosurgeon" no role noun); guard: an organisation's word
        ("the retired neurosurgeon", True),
        ("the teen", True),  # a young person (was no epithet)
        ("the closer", True),  # a pitcher's role (was no epithet)
        ("the former company", False),
        ("the former first lady", True),  # a lady is a woman (was no epithet)
        # a role someone had is news about them, as an identity is (was no epithet)
        ("the former lawyer", True),
        ("the bow-tied former lawyer", True),
        ("the lawyer", False),  # a role now: someone the article must have given it
        # an age says a person, whatever the noun (were no epithets)
        ("the 64-year-old beekeeper", True),
        ("the 31-year-old welder", True),
        ("the Etobicoke councillor", True),  # an elected office, as a mayor's (was none)
        ("the school trustee", True),
    ],
)
def test_what_is_an_epithet(phrase, expected):
    assert is_epithet(phrase) is expected


def test_the_modifiers_a_person_must_have_been_described_by():
    assert telling_modifiers(["Florida"]) == ("Florida",)
    assert telling_modifiers(["former", "deputy"]) == ("deputy",)
    assert telling_modifiers(["veteran"]) == ()
    assert telling_modifiers(["prime", "minister's"]) == ()  # an owner's: the spokesman's


def test_quoted_words_that_speak_of_a_person():
    li = Mention(0, 6, "Tom Li", named=True, gender="m")
    assert speaks_of("Li was wrong", li)
    assert speaks_of("he was wrong", li)
    assert not speaks_of("I think he is right about me", li)  # someone else's he
    assert not speaks_of("We won", li)
    # a he/she after someone else's name is theirs (was Tom Li's)
    assert not speaks_of("Donald has spent his whole life here", li, others=["Donald", "Trump"])
    assert speaks_of("He has spent his whole life here", li, others=["Donald", "Trump"])


def _epithet(body: str, phrase: str) -> str | None:
    people = People(parse_article(f"A headline\n\n{body}\n"))
    found = epithet_person(people, phrase, people.article.text.index(phrase))
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        ('Tom Li scored twice. "It felt good," the Swede said.', "the Swede", "Tom Li"),
        # an age before any noun, as the age alone (was None: "beekeeper" no identity)
        ('Mary Gagnon opened a hive. "It was empty," the 64-year-old beekeeper said.',
         "the 64-year-old beekeeper", "Mary Gagnon"),
        # guard: another age was given her (None, as before)
        ('Mary Gagnon, 50, opened a hive. "It was empty," the 64-year-old beekeeper said.',
         "the 64-year-old beekeeper", None),
        ('Tom Li scored twice. "It felt good," said the Californian.', "the Californian",
         "Tom Li"),
        ('Ann Reyes of Ohio spoke. "No," the Florida senator said.', "the Florida senator",
         None),
        ('Ann Reyes spoke. "No," the Florida senator said.', "the Florida senator",
         "Ann Reyes"),  # a home no one was given: news about her
        ('Ann Reyes spoke. "No," the Liberal leader said.', "the Liberal leader", None),
        # a home of two words, a compound noun: no contrast (were None: "New", "real")
        ('Donald Trump spoke. "We win," the New York businessman said.',
         "the New York businessman", "Donald Trump"),
        ('Donald Trump spoke. "We win," the real estate mogul said.', "the real estate mogul",
         "Donald Trump"),
        ('Donald Trump spoke. "We win," the real candidate said.', "the real candidate", None),
        ('Tom Li spoke first. "No," the other candidate said.', "the other candidate", None),
        ('Tom Li scored twice. "Li was great," the Swede said.', "the Swede", None),
        ('Tom Li scored twice. "We won," the mother said.', "the mother", None),
        # a woman's epithet: the woman the sentence before is about (were None)
        ('Yvonne Roy, 89, still braids the bread. "People here are loyal," the older woman '
         "says.", "the older woman", "Yvonne Roy"),
        ('Yvonne Roy, 89, still braids the bread. "They come back," the older man says.',
         "the older man", None),  # of the other sex: someone else
        # the one named after the subject's verb is no subject (were None: two people)
        ('Tom Li stopped all three shooters, including Ray Dunn. "It counted," the goaltender '
         "said.", "the goaltender", "Tom Li"),
        ('Ann Reyes said Tom Li had lied. "Look at his record," the Democratic nominee said.',
         "the Democratic nominee", "Ann Reyes"),
        # a joining word inside the clause she said is no subject beside her (was None)
        ('Tom Li said the team had to win whether or not Ray Dunn played. "Nobody will help '
         'us," the Oilers captain said.', "the Oilers captain", "Tom Li"),
        ('Tom Li and Ray Dunn scored. "It counted," the centre said.', "the centre", None),
        # a nationality more; a capitalised term in the subject's appositive is no second
        # person (was None: "Tunisian" no demonym, "Grand Slam" a name)
        ('Ons Jabeur lost. Jabeur, a three-time Grand Slam finalist, said she struggled. '
         '"My serve let me down," the Tunisian said.', "the Tunisian", "Ons Jabeur"),
        # the one its quotation names is spoken of, not speaking (was None: two people)
        ('Ted Cruz accused Marco Rubio of backing amnesty. "Marco stood with Obama," the Texas '
         "senator said.", "the Texas senator", "Ted Cruz"),
        ('Tom Li, Ray Dunn scored. "It counted," the centre said.', "the centre", None),
        # a team after a preposition, whose first word no list knows as a given name, is no
        # second person (was None: "Real Betis")
        ('Alejandro Ruiz spent four seasons with Real Betis in La Liga. "I want to win," the '
         "Spaniard said.", "the Spaniard", "Alejandro Ruiz"),
        # guard: a person after a preposition is (None, as before)
        ('Alejandro Ruiz spent four seasons with Jose Luna in Madrid. "I want to win," the '
         "Spaniard said.", "the Spaniard", None),
        # a prize after "the" is no second person; an occupation before the name after a
        # dateline leaves it the subject (was None)
        ("TORONTO — Montreal filmmaker Chloé Tremblay won the People's Choice Award on "
         'Sunday. "I made this film with my cousins," the 31-year-old said.',
         "the 31-year-old", "Chloé Tremblay"),
        # a curling position (was no epithet); a home the article never gave stays unsure
        ('Kerri Einarson said her team had no regrets. "We left it all out there," the '
         "skip said.", "the skip", "Kerri Einarson"),
        # a province of two words is no second person (was None: "Nova" is a census name)
        ("Maria Santos waited for Nova Scotia to recognize her degree. \"I cried,\" the "
         "41-year-old said.", "the 41-year-old", "Maria Santos"),
        # a nation or a state given right after the name tells the description's modifier
        # (were None: "Israeli", "Texas" taken for news the article never gave); a dateline
        # in capitals with "THE" leaves the name after it the subject; a he in the quotation
        # after another man's name is his
        ('Prime Minister Benjamin Netanyahu of Israel spoke to Congress. "This is a bad deal," '
         "the Israeli prime minister said.", "the Israeli prime minister", "Benjamin Netanyahu"),
        ('THE BRONX — Senator Ted Cruz of Texas said Donald Trump was wrong. "Donald has spent '
         'his whole life supporting Democrats," the Texas senator said.', "the Texas senator",
         "Ted Cruz"),
        # a city is a home (was None: "Ottawa" taken for a portfolio); a party before the
        # office the article gave (was None); a chief executive is the CEO (was None)
        ('Rachel Homan, who won in 2013, said it was hard. "We earned it," the Ottawa skip '
         "said.", "the Ottawa skip", "Rachel Homan"),
        ('Opposition Leader Zach Churchill called it a mess. "We have heard this before," the '
         "Liberal leader said.", "the Liberal leader", "Zach Churchill"),
        ('In a memo, chief executive Tobi Lütke said the company had to focus. "This is a '
         'hard day," the CEO wrote.', "the CEO", "Tobi Lütke"),
        # guards: another city given; another party given with the office
        ('Rachel Homan of Calgary said it was hard. "We earned it," the Ottawa skip said.',
         "the Ottawa skip", None),
        ('NDP Leader Zach Churchill called it a mess. "We have heard this before," the '
         "Liberal leader said.", "the Liberal leader", None),
        # an office and what it is of: the office is the noun (was no epithet: "state")
        ('Hillary Clinton answered that Donald Trump had lied. "Donald, I know you live in '
         'your own reality," the former secretary of state said.',
         "the former secretary of state", "Hillary Clinton"),
        # a province of two names read as one word (was no home: "Newfoundland"); a captain
        # may play any position (was None: "captain" no midfielder)
        ("Skip Brad Gushue won the Brier on Sunday. The Newfoundland skip said it was his "
         "best.", "The Newfoundland skip", "Brad Gushue"),
        ("Captain Atiba Hutchinson, 39, was in tears. The midfielder said he had waited.",
         "The midfielder", "Atiba Hutchinson"),
        # and a midfielder may be the captain, the rookie, the star (was None: "captain" no
        # midfielder's role)
        ('Midfielder Kyle Bekker scored in the 78th minute. "I kept it low," the captain said.',
         "the captain", "Kyle Bekker"),
        ("Midfielder Kyle Bekker scored in the 78th minute. The rookie said it was luck.",
         "The rookie", "Kyle Bekker"),
        # a home after the description, a province's abbreviation after it (was None: the
        # description read no further than "Oakville,"); a home other than the one given
        ("Madeline Schizas won the title. The 22-year-old from Oakville, Ont., said she had "
         "changed her training.", "The 22-year-old from Oakville, Ont.,", "Madeline Schizas"),
        ("Madeline Schizas of Oakville, Ont., won the title. The 22-year-old from Calgary "
         "said she had changed her training.", "The 22-year-old from Calgary", None),
        # a home no list knows is news about them (was None: "Laval" no home given)
        ("Madeline Schizas won the title. The 22-year-old from Laval, Que., said she had "
         "changed her training.", "The 22-year-old from Laval, Que.,", "Madeline Schizas"),
        # where someone was born, news about them as a nation is (was the description, read
        # as a name)
        ('Daria Kasatkina said the crowd was loud. "It felt like 10,000 people," the '
         "Russian-born Australian said.", "the Russian-born Australian", "Daria Kasatkina"),
        # a scientist by their science (was None: no identity noun)
        ("Chris Herd, curator of the collection, examined the rock. The geologist said it "
         "was old.", "The geologist", "Chris Herd"),
        # a she in the quotation, someone of no known sex the subject, another woman named:
        # the she may be hers (was None)
        ("Christine Sinclair scored twice. Jessie Fleming said the players owed Sinclair a "
         'lot. "She showed us what was possible," the midfielder said.', "the midfielder",
         "Jessie Fleming"),
        # a lone surname after the quotation its sentence opens with is its subject, whom an
        # epithet opening the next sentence stands for (was None: the surname no person)
        ('Donald Trump and Ted Cruz spoke. "Lyin\' Ted," Trump shot back. The billionaire said '
         "his companies had followed the law.", "The billionaire", "Donald Trump"),
        # (a nation opening a sentence about someone, not after their quotation: theirs)
        ("Brian White scored twice. The Japanese striker said he felt good.",
         "The Japanese striker", "Brian White"),
        # a noun of youth stands for the young person the sentence before is about (was None)
        ('Jaylen Bird, 16, has been coming since he was 12. "Marcus is strict," the teen said.',
         "the teen", "Jaylen Bird"),
        # a name anywhere in the quotation, its first sentence too, is someone spoken of
        # (was None: "Donald Trumps" in a sentence of its own)
        ('Ben Carson endorsed Donald Trump on Friday. "There are two Donald Trumps. There is '
         'the one you see," the retired neurosurgeon said.', "the retired neurosurgeon",
         "Ben Carson"),
        # guard: another nation than the one given
        ('Prime Minister Benjamin Netanyahu of Israel spoke to Congress. "This is a bad deal," '
         "the Iranian prime minister said.", "the Iranian prime minister", None),
        # a he in the quotation may be the other man named (was None: the he was taken for
        # Cruz; the left-hander after two players, one of whom "He served" speaks of)
        ('THE BRONX — Senator Ted Cruz of Texas said Donald Trump was wrong. "He has spent his '
         'whole life supporting Democrats," the Texas senator said.', "the Texas senator",
         "Ted Cruz"),
        ("MONTREAL — Milos Raonic beat Denis Shapovalov on Friday. \"It was close,\" Raonic "
         "said.\n\nShapovalov said he had "
         'been tight on the match point. "He served unbelievable when it mattered," the '
         "left-hander said.", "the left-hander", "Denis Shapovalov"),
        # guard: the one man named, whom the he in the quotation speaks of
        ('Ken Hitchcock praised the move. "He brings an edge," the veteran said.', "the veteran",
         None),
        # a councillor is what someone is, and a borough their home (was no epithet)
        ("Coun. Stephen Holyday, who voted against, argued that drivers had been ignored. The "
         "Etobicoke councillor said congestion was unbearable.", "The Etobicoke councillor",
         "Stephen Holyday"),
        # a ward is a councillor's seat, news where the article gave no one a ward (was no
        # one)
        ("Mayor Jyoti Gondek said the change would help. Coun. Dan McLean, who voted against, "
         "said residents had been ignored. The Ward 13 councillor said he would bring it back.",
         "The Ward 13 councillor", "Dan McLean"),
        # guard: the article gave a councillor a ward (its number is not read)
        ("Ward 6 Coun. Ann Reyes voted for it. Coun. Dan McLean said residents had been "
         "ignored. The Ward 13 councillor said he would bring it back.",
         "The Ward 13 councillor", None),
        # guard: another councillor the article gave that home
        ("Etobicoke Coun. Ann Reyes voted for it. Coun. Stephen Holyday argued that drivers "
         "had been ignored. The Etobicoke councillor said congestion was unbearable.",
         "The Etobicoke councillor", None),
        # the one the sentence before introduces by the noun, not its subject (was Ann Reyes)
        ('Ann Reyes was greeted by an organizer at the office. "You are welcome," the '
         "organizer said.", "the organizer", None),
    ],
)  # fmt: skip
def test_the_person_an_epithet_stands_for(body, phrase, expected):
    assert _epithet(body, phrase) == expected


@pytest.mark.parametrize(
    ("body", "name", "nouns"),
    [
        # a role noun ending the sentence before is no noun of the name opening the next
        # (was "judge": the grandmother of four below was then no one's)
        ('"This was a plan," the judge said.\n\nBrenda Maclean wept.', "Brenda Maclean", set()),
        ('"This was a plan," the judge said. Brenda Maclean wept.', "Brenda Maclean", set()),
        # guards: a title's abbreviation before the name is its own
        ("Texas Gov. Rick Perry spoke.", "Rick Perry", {"governor"}),
        ("The mayor met Sen. Ann Reyes.", "Ann Reyes", {"senator"}),
        # a relative clause of what someone did holds whom they acted on (was "rookie"); one
        # of what they are is theirs
        ("Alejandro Kirk, who caught the rookie, said Bloss was calm.", "Alejandro Kirk", set()),
        ("Ann Reyes, who is the team captain, spoke.", "Ann Reyes", {"captain"}),
    ],
)
def test_the_nouns_of_a_name_stay_in_its_sentence(body, name, nouns):
    people = People(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    [mention] = [m for m in people.mentions if m.name.endswith(name) and m.named]
    assert mention.nouns == nouns


def test_a_description_of_what_someone_is_after_another_persons_quotation():
    from analysis.quotes import extract_quotes

    body = ("Justice Anne London-Weinstein said Brenda Maclean, 61, had betrayed people. "
            '"This was a plan," the judge said.\n\nMaclean wept as she read a statement. '
            '"I am ashamed," the grandmother of four said.')  # fmt: skip
    quotes = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    assert quotes["speaker"].tolist()[-1] == "Brenda Maclean"


def _speakers(body: str) -> list[str | None]:
    from analysis.quotes import extract_quotes

    quotes = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    return list(quotes[quotes["kind"] == "direct"]["speaker"])


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # the one person the article has named, in this paragraph or the one before, when
        # the sentence before is about them by a description (was the description as
        # written)
        ("SASKATOON — Tomasz Wójcik carves the scroll of his 112th violin.\n\n"
         "The soft-spoken luthier moved to Saskatoon in 2019. \"People told me nobody would "
         "pay,\" the 58-year-old said.", ["Tomasz Wójcik"]),
        # the one man named, for a he after a description whose noun has no sex (was empty)
        ("SASKATOON — Tomasz Wójcik carves his violins.\n\nAmong his customers is Charlene "
         "Wong. \"It has a warm voice,\" she said.\n\nThe bespectacled craftsman shrugs at "
         "the praise. \"A violin is finished when it leaves,\" he says.",
         ["Charlene Wong", "Tomasz Wójcik"]),
        # a physician is a doctor, as the title says (was the description)
        ("DIGBY, N.S. — Dr. Susan Hughes retires this month.\n\nHughes, 71, has practised "
         "for 42 years. \"I can't anymore,\" the veteran physician said.", ["Susan Hughes"]),
        # a Canadian legislator sits as a critic (was the description as written)
        ("HALIFAX — Opposition health critic Zach Churchill said the figures were bad. "
         "\"People drive an hour to find an open ER,\" the Liberal MLA said.", ["Zach Churchill"]),
        # guard: a place only a reader knows the member sits for
        ("VICTORIA — Health Minister Adrian Dix said the figures were bad. \"People drive an "
         "hour,\" the Vancouver-Kingsway MLA said.", [None]),  # (who he is: no one named)
        # guard: the sentence before opens with a name no list knows (was the one person
        # named before it, another man; then the description; either man may be the
        # 24-year-old: no one named)
        ("CALGARY — A jury found Marcus Kennedy guilty.\n\nOmid Azizi wept as the verdict "
         "was read. \"My father came here,\" the 24-year-old said.", [None]),
        # guards: someone introduced by the description's age (a description of their own);
        # two men named (either may be the craftsman: no one named)
        ("EDMONTON — Const. Dan Tremblay said a 45-year-old man was stabbed.\n\n\"I was "
         "lucky,\" the 45-year-old said.", ["the 45-year-old"]),
        ("Tom Ray and Ed Lu carve violins.\n\nThe work is slow. \"It takes a year,\" the "
         "bespectacled craftsman says.", [None]),
    ],
)  # fmt: skip
def test_a_description_stands_for_the_one_person_named(body, speakers):
    assert _speakers(body) == speakers


def test_a_pitchers_role_before_his_name_and_his_hand_as_an_epithet():
    # "starter" before a name no list knows shows a person, "the right-hander" is what he
    # is (were no person, so an empty "He said" and the description as written)
    body = (
        "TORONTO — Alek Manoah struck out 10 as the Blue Jays won.\n\nYankees starter Gerrit "
        "Cole gave up four runs. He said he had left too many pitches over the plate. "
        '"That\'s on me," the right-hander said.'
    )
    assert _speakers(body) == ["Gerrit Cole"]


def test_he_wrote_gives_the_one_person_named_before_a_sex():
    # "he wrote" after a sentence naming one person whose given name no list sexes, as
    # "he said" does (was empty)
    body = (
        "OTTAWA — Chief executive Tobi Lütke told employees in a memo that the company was "
        'returning to its core mission. "This is a hard day," he wrote.'
    )
    assert _speakers(body) == ["Tobi Lütke"]


def _rows(body: str) -> list[tuple[str, str | None, str | None, str | None, str | None, str]]:
    """(kind, speaker, role, attribution, resolved_by, mention as written) of each speech
    row."""
    from analysis.quotes import extract_quotes

    article = parse_article(f"date 2024-01-15 Headline\n\n{body}\n")
    quotes = extract_quotes(article)
    quotes = quotes[quotes["kind"].isin(["direct", "partial", "indirect"])]
    return [
        (r.kind, r.speaker, r.role, r.attribution, r.resolved_by,
         article.text[r.speaker_start : r.speaker_end])
        for r in quotes.itertuples()
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "epithet"),
    [
        # an office and a home, two senators named (was the description as the speaker)
        ('Ted Cruz and Marco Rubio campaigned in Iowa.\n\n"We will win," the Texas senator '
         "said.", "the Texas senator"),
        # what someone is, two men named and a "he" in the quotation that may be either
        ('Donald Trump and Ted Cruz traded insults all weekend.\n\n"He is a liar," the '
         "billionaire said.", "the billionaire"),
        # an age, a nationality, a kin noun with a count, two women named
        ('Ana Lopez and Rita Gomez finished the marathon.\n\n"I cried," the 62-year-old said.',
         "the 62-year-old"),
        ('Serena Williams beat Maria Sharapova 6-4, 6-3.\n\n"She played well," the American said.',
         "the American"),
        ('Brenda Maclean and Ann Reyes were charged.\n\n"I am ashamed," the grandmother of '
         "four said.", "the grandmother of four"),
        # a description with a sex and a modifier; a sibling with one (was the description)
        ('Ruth Gallant and Mary Gallant run the farm.\n\n"We work every day," the older woman '
         "said.", "the older woman"),
        ('Denise Roy and Monique Roy pleaded guilty.\n\n"I betrayed them," the older sister '
         "said.", "the older sister"),
        # someone named in the same sentence before it
        ('Donald Trump and Ted Cruz spent the weekend in Indiana, with the Texas senator '
         'calling his rival "a serial philanderer."', "the Texas senator"),
    ],
)  # fmt: skip
def test_an_epithet_that_could_be_someone_named_names_no_one(body, epithet):
    # an epithet of someone the article named that no rule could link to the name: the
    # speaker is left empty (was the description, "another person" beside the name); what
    # the article calls them stays the role, and its mention the evidence
    rows = _rows(body)
    assert rows[-1][1:] == (None, epithet, "role", None, epithet)


def test_a_report_by_an_epithet_that_could_be_someone_named_names_no_one():
    rows = _rows(
        "Ted Cruz and Marco Rubio campaigned in Iowa. The Texas senator said the race was close."
    )
    assert rows == [("indirect", None, "the Texas senator", "role", None, "The Texas senator")]


def test_a_he_or_she_after_an_epithet_that_names_no_one_names_no_one():
    # the pronoun stands for the description (it was its speaker): no one named either
    rows = _rows(
        'Brenda Maclean and Ann Reyes were charged.\n\n"I am ashamed," the grandmother of '
        'four said.\n\n"It is hard," she said.'
    )
    assert [row[1] for row in rows] == [None, None]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # no one named before it
        ('The museum reopened on Monday.\n\n"Maps lie," the lanky professor said.',
         "the lanky professor"),
        # someone introduced by its noun or age
        ('Police said a 45-year-old man was stabbed.\n\n"I was lucky," the 45-year-old said.',
         "the 45-year-old"),
        # someone else by the article's word: another age, another home, "the other ..."
        ('Ray Dunn, 29, scored twice.\n\n"We won," the 50-year-old said.', "the 50-year-old"),
        ('Sen. Ann Reyes of Ohio spoke first.\n\n"No," the Florida senator said.',
         "the Florida senator"),
        ('Ann Reyes spoke first.\n\n"No," the other candidate said.', "the other candidate"),
        # the one man named, spoken of by "he" in the quotation
        ('Ken Hitchcock praised the move.\n\n"He brings an edge," the 67-year-old said.',
         "the 67-year-old"),
        # a bare "the man" (most often someone left unnamed), someone's kin
        ('Tom Li and Ed Ray were charged.\n\n"I saw it all," the man said.', "the man"),
        ('Tom Li was charged.\n\n"My son did nothing wrong," the victim\'s father said.',
         "the victim's father"),
    ],
)  # fmt: skip
def test_a_description_that_can_be_no_one_named_stays_the_speaker(body, speaker):
    assert _rows(body)[-1][1] == speaker


def test_a_he_or_she_after_an_epithet_names_the_person_it_stands_for():
    # the feature's one person, named as an owner in the sentence before the epithet, which
    # the headline's "a retired teacher" introduces no one as, nor "Every Tuesday" names
    # anyone (was the description, through the she)
    body = (
        "SASKATOON — Every Tuesday afternoon, a line of children forms outside Margaret "
        "Olson's front door.\n\nThe retired teacher, 88, has tutored children on her street "
        'since 1998.\n\n"They come for the cookies," she said.'
    )
    from analysis.quotes import extract_quotes

    article = parse_article(f"date 2024-01-15 At 88, a retired teacher still tutors\n\n{body}\n")
    assert extract_quotes(article)["speaker"].tolist() == ["Margaret Olson"]


def test_a_he_or_she_after_an_unnamed_witness_is_the_witness():
    # "a witness" is one person (was a group: "-s"), whom the she after it stands for (was
    # the spokesperson named before)
    from analysis.quotes import extract_quotes

    article = parse_article(
        "date 2024-01-15 Headline\n\nSIU spokesperson Monica Hudon said three investigators "
        "had been assigned. A witness, who gave only her first name, Amandeep, said she heard "
        'three shots. "I ducked behind my car," she told CP24.\n'
    )
    assert extract_quotes(article)["speaker"].tolist() == ["Monica Hudon", "a witness", "a witness"]


def test_one_who_testifies_is_the_witness():
    # "Testifying by video, Sandra Klassen said": a witness (was no noun, "the witness" kept
    # as a description, a she after it going with it)
    from analysis.quotes import extract_quotes

    article = parse_article(
        "date 2024-01-15 Headline\n\nTestifying by video, Sandra Klassen said she checked on "
        "the patient twice. Under questioning, the witness said she had not been told he was "
        'diabetic. "Nobody said anything to me," she said.\n'
    )
    assert extract_quotes(article)["speaker"].tolist() == ["Sandra Klassen"] * 3


@pytest.mark.parametrize(
    "body",
    [
        # a nation the article never gave someone, opening a sentence right after their
        # quotation: most often someone else (was the coach quoted, then the player)
        (
            'OTTAWA — Linus Ullmark stopped 35 shots and Tim Stutzle scored.\n\n"Both goalies '
            'were outstanding," Senators coach Travis Green said.\n\nThe Swede said he had been '
            "seeing the puck well for weeks."
        ),
        (
            'VANCOUVER — Yohei Takaoka saved two penalties.\n\n"Yohei was unbelievable," Brian '
            "White said.\n\nThe Japanese goalkeeper said he had studied video all week."
        ),
    ],
)
def test_a_nation_opening_a_sentence_after_someones_quotation_names_no_one(body):
    assert _rows(body)[-1][1] is None


def _all_speakers(body: str) -> list[str | None]:
    from analysis.quotes import extract_quotes

    quotes = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    return [s if isinstance(s, str) else None for s in quotes["speaker"]]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a he in the quotation speaks of the one man named, whom the woman who is the
        # subject before accused: not the epithet (was no one: either might have been)
        ('FLINT, Mich. — Hillary Clinton accused Bernie Sanders of opposing the bailout.\n\n"If '
         'everybody had voted the way he did, the industry would have collapsed," the former '
         "secretary of state said.", ["Hillary Clinton"]),
        # the he opening what an epithet reports is the speaker's sex: not the woman who
        # spoke before (was Clinton, through the first quotation's epithet); a he after it
        # names no one of the other sex (was Clinton)
        ('FLINT, Mich. — Hillary Clinton accused Bernie Sanders of opposing the bailout.\n\n"If '
         'everybody had voted the way he did, the industry would have collapsed," the former '
         "secretary of state said.\n\nThe Vermont senator shot back that he had opposed the "
         'bailout of Wall Street. "I voted against it," he said.',
         ["Hillary Clinton", None, None]),
        # guard: two men, the he in the quotation may be either
        ('Ted Cruz accused Marco Rubio of backing amnesty.\n\n"He wrote the bill," the '
         "former solicitor general said.", [None]),
        # a party's leader who is premier (was no one: the CAQ no party known)
        ("QUEBEC — Parti Québécois Leader Paul St-Pierre Plamondon promised a referendum.\n\n"
         'Premier François Legault called the promise "a gift." The CAQ leader said Quebecers '
         "did not want another referendum.",
         ["François Legault", "François Legault"]),
    ],
)  # fmt: skip
def test_what_the_quotation_and_the_report_say_of_the_sex_of_an_epithets_person(body, speakers):
    assert _all_speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a prize before what someone won is news about them, no home they must have been
        # given (was the description as written)
        ("WINNIPEG — Connor Hellebuyck stopped 27 shots.\n\nAsked about the streak, "
         'Hellebuyck shook his head. "It\'s a long year," the Vezina Trophy winner said.',
         ["Connor Hellebuyck"]),
        ("HALIFAX — Jenna Martin won her heat.\n\nMartin smiled. \"I felt strong,\" the Olympic "
         "bronze medallist said.", ["Jenna Martin"]),
        # "major" before what someone won is a golf major, no rank (was no one)
        ('LOS ANGELES — Tiger Woods shot a 72.\n\n"I am rusty," Woods said.\n\nThe 15-time major '
         'champion said his back felt better. "It held up," the 15-time major champion said.',
         ["Tiger Woods", "Tiger Woods"]),
        # a most valuable player, in capitals (was the description as written)
        ("SAN FRANCISCO — Stephen Curry made 10 3-pointers.\n\nCurry, 35, shrugged off a "
         'question. "I feel good," the two-time MVP said.', ["Stephen Curry"]),
        # guard: a home the article did not give her is no prize (someone else may be meant)
        ("CALGARY — Ann Reyes of Calgary won the race.\n\nReyes smiled. \"I felt strong,\" the "
         "Toronto winner said.", [None]),
    ],
)  # fmt: skip
def test_a_prize_before_what_someone_won_tells_what_they_won(body, speakers):
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # someone spoke of another by name, their quotation going on into the next
        # paragraph: the description next may be either (was the one who spoke)
        ('WINNIPEG — Jordan Binnington made 34 saves and Robert Thomas scored.\n\n"He was the '
         'best player on the ice," Thomas said of Binnington. "He ate everything.\n\n"When '
         "he's like that, you can play looser.\"\n\nThe goaltender, who was pulled last month, "
         "said he had watched video of that game.", None),
        ('WINNIPEG — Jordan Binnington made 34 saves and Robert Thomas scored.\n\n"He was the '
         'best," Thomas said about Binnington.\n\nThe veteran said he had watched video.', None),
        # guard: no one spoken of by name, the one who spoke goes on
        ('WINNIPEG — Jordan Binnington made 34 saves and Robert Thomas scored.\n\n"He was the '
         'best," Thomas said.\n\nThe veteran said he had watched video.', "Robert Thomas"),
    ],
)  # fmt: skip
def test_a_description_after_someone_spoke_of_another_by_name_names_no_one(body, speaker):
    assert _all_speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a playing position is no one's who runs the team (was the manager, who spoke last;
        # the pitcher his strikeouts show, below)
        ('SAN DIEGO — Joe Musgrove struck out 10.\n\n"Joe was in command," Padres manager Mike '
         "Shildt said.\n\nThe right-hander, who grew up in El Cajon, said pitching at home "
         "gives him chills.", "Joe Musgrove"),
        # guards: a former player may manage; a position of a player who spoke last
        ('SAN DIEGO — Joe Musgrove struck out 10.\n\n"Joe was in command," Padres manager Mike '
         "Shildt said.\n\nThe former catcher said the team was ready.", "Mike Shildt"),
        ('SAN DIEGO — Padres pitcher Joe Musgrove struck out 10.\n\n"I was in command," '
         "Musgrove said.\n\nThe right-hander said the team was ready.", "Joe Musgrove"),
    ],
)  # fmt: skip
def test_a_playing_position_is_no_one_who_runs_the_team(body, speaker):
    assert _all_speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the one player the article shows in the position, when the one who spoke before
        # cannot be (was no one: the manager is no right-hander)
        ('SAN DIEGO — Joe Musgrove struck out 10 over seven innings.\n\n"Joe was in command," '
         "Padres manager Mike Shildt said.\n\nThe right-hander said pitching at home gives him "
         "chills.", "Joe Musgrove"),
        # someone who spoke before and may be it, another shown in the position: unsure (was
        # Quinn Hughes; "Thatcher Demko" a person by his saves)
        ("VANCOUVER — Thatcher Demko made 40 saves and Quinn Hughes scored.\n\n\"Demmer was "
         'great," Hughes said.\n\nThe netminder said he felt better than he had in months.', None),
        # one who spoke before shown in another position is not it (was Joe Burrow)
        ("BALTIMORE — Justin Tucker kicked a 42-yard field goal. Joe Burrow threw three "
         'touchdown passes.\n\n"We lost," Burrow said.\n\nThe kicker said he never doubted '
         "himself.", "Justin Tucker"),
        # a player is of any position (was no one: "player" no quarterback)
        ("HAMILTON — Cody Fajardo threw two touchdown passes.\n\nFajardo, who was named the "
         "game's most valuable player, celebrated.\n\nWinnipeg coach Mike O'Shea said his "
         "players did well.\n\nThe quarterback said he had been told he was done.",
         "Cody Fajardo"),
        # a pitcher who struck out the side, a person by that deed (was no one)
        ("NEW YORK — Walker Buehler struck out the side in the ninth inning.\n\nYankees "
         'manager Aaron Boone said his team had "beaten ourselves." The right-hander said he '
         "would have pitched with a broken arm.", "Walker Buehler"),
        # guard: the one who spoke before is shown in the position by a noun beside his name
        ("TORONTO — Alek Manoah struck out 10 over seven innings.\n\nYankees starter Gerrit "
         'Cole gave up four runs. "That\'s on me," the right-hander said.', "Gerrit Cole"),
    ],
)  # fmt: skip
def test_a_position_the_article_shows_a_player_in_by_a_deed(body, speaker):
    assert _all_speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("epithet", "expected"),
    [("the Scotsman", "Ryan Gauld"), ("the Irishwoman", "the Irishwoman")],
)
def test_a_nation_of_a_man_or_woman_is_a_demonym_of_that_sex(speakers, epithet, expected):
    body = (
        "Ryan Gauld scored twice and the Whitecaps beat the Sounders 3-1 on Saturday.\n\n"
        '"Ryan makes everyone better," Brian White said.\n\n'
        f'Gauld, the captain, was less interested in the standings. "It\'s May," {epithet} '
        "said."
    )
    # "the Scotsman" was kept as written (another person): now the subject before; a woman
    # is no man's epithet: someone the article has not named, kept as written
    assert speakers(body)[-1] == expected


def test_one_positions_names_stand_for_each_other(speakers):
    body = (
        "Liz Schepers scored in overtime and Minnesota beat Boston 3-2.\n\n"
        "Boston goalie Aerin Frankel made 41 saves. Minnesota's Nicole Hensley stopped 28 of "
        "30 shots.\n\n"
        'Frankel was in tears after the game. "We left everything out there," the '
        "goaltender said."
    )
    # was no one: "goalie" before her name is no "goaltender"
    assert speakers(body) == ["Aerin Frankel"]


_QUARTERBACK = (
    "MONTREAL — Cody Fajardo threw for 312 yards as the Montreal Alouettes beat the Toronto "
    "Argonauts.\n\nThe Alouettes {} said he had told Philpot."
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "pivot" (a quarterback in Canadian football) and the other names of a position are
        # descriptions of what someone is, as the position's own name is (were the description)
        *((_QUARTERBACK.format(noun), "Cody Fajardo")
          for noun in ("pivot", "passer", "signal-caller", "quarterback")),
        # "the ace" is another name of a team's pitcher (was the description kept)
        ('NEW YORK — Gerrit Cole struck out 10 over seven innings.\n\n"It was a good game," '
         "the ace said.", "Gerrit Cole"),
    ],
)  # fmt: skip
def test_every_name_of_a_position_describes_the_player_shown_playing_it(body, speaker):
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    assert frame["speaker"].iloc[-1] == speaker


def test_a_native_of_a_home_never_given_after_anothers_quotation_is_no_one():
    # '"...," Thunder coach Mark Daigneault said. The Hamilton native said': the article gave
    # no one Hamilton; a new subject right after a quotation is most often someone else (was
    # the coach)
    body = (
        "OKLAHOMA CITY — Shai Gilgeous-Alexander scored 45 points and the Thunder won.\n\n"
        '"Lu made life miserable for Jamal," Thunder coach Mark Daigneault said.\n\n'
        "The Hamilton native said he had been in a rhythm from the opening tip."
    )
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    assert not isinstance(frame["speaker"].iloc[-1], str)  # no one: empty, not the coach
