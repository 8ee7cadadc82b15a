"""Speaker phrases turned into speakers (``analysis.quotes.resolution``): what a phrase the
attribution rules hand over resolves to, and what resolves to no one."""

from __future__ import annotations

import pytest

from analysis import Document, extract_quotes, parse_article
from analysis.quotes.pronouns import referent
from analysis.quotes.resolution import _Speakers

ARTICLE = parse_article(
    "date 2024-01-15 Headline\n\nMayor Ann Reyes opened the bridge on Monday. "
    "The council approved it.\n"
)


@pytest.fixture
def speakers():
    return _Speakers(Document(ARTICLE))


@pytest.mark.parametrize(
    "phrase",
    # conjunctions and connectives, gerunds, marks, pronouns that are no subject
    ["Or", "Then", "casting", "<", ")", "her", "His", "him", "them", "their"],
)
def test_a_word_that_describes_no_one_resolves_to_no_one(speakers, phrase):
    at = ARTICLE.text.index("The council")
    assert speakers.resolve(phrase, at).speaker is None


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Reyes", "Ann Reyes"),
        ("the council", "the council"),
        ("Officials", "Officials"),
        # a capitalised word in -ing may be a surname: names are not checked as gerunds
        ("Manning", "Manning"),
    ],
)
def test_names_and_descriptions_still_resolve(speakers, phrase, speaker):
    at = ARTICLE.text.index("The council")
    assert speakers.resolve(phrase, at).speaker == speaker


def test_a_pronoun_in_an_opening_phrase_stands_for_the_subject_right_after_it():
    article = parse_article(
        "date 2016-04-01 Headline here\n\n"
        "Donald Trump spoke in Ohio on Monday. In what he acknowledged as a news "
        'conference-ending "rant," President Obama took a whack at Trump\'s credentials.\n'
    )
    frame = extract_quotes(article)
    row = frame[frame["quote"].str.startswith("rant")].iloc[0]
    assert row["speaker"] == "Obama"
    assert row["resolved_by"] == "pronoun"


def test_a_pronoun_in_an_opening_phrase_is_no_organisation_after_it():
    article = parse_article(
        "date 2016-04-01 Headline here\n\n"
        "Karl Vance spoke in Ohio on Monday. When he left, Acme announced that the plant "
        "would close in May.\n"
    )
    people = _Speakers(Document(article)).people
    at = article.text.index("he left")
    assert referent(people, "he", at).name == "Karl Vance"


def last_speaker(*paragraphs: str) -> object:
    """The speaker of the last quotation of an article of ``paragraphs``."""
    text = "\n\n".join(paragraphs)
    frame = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{text}\n"))
    return frame.iloc[-1]["speaker"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Ann Reyes, 34, scored twice on Monday.", '"It was a great game," the 34-year-old said.'],
         "Ann Reyes"),
        (["34-year-old Ann Reyes scored twice. Ray Dunn, 29, missed.",
          '"It was a great game," the 34-year-old forward said.'], "Ann Reyes"),
        # nobody of that age named, and the one the sentence before is about given another
        # age: the description stays
        (["Ray Dunn, 29, scored on Monday.", '"It was fine," the 50-year-old said.'],
         "the 50-year-old"),
        # no age given him: an age is what the one person the sentence before is about is
        # (the statements session; was the description)
        (["Ray Dunn scored on Monday.", '"It was fine," the 50-year-old said.'], "Ray Dunn"),
    ],
)  # fmt: skip
def test_an_age_names_the_person_given_that_age(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the head noun of an appositive or a title names the person described so before
        (["Ann Reyes, the team captain, scored twice.", '"We played well," the captain said.'],
         "Ann Reyes"),
        (["Ray Dunn, a veteran defenceman, scored.", '"It was fun," the defenceman said.'],
         "Ray Dunn"),
        # not a word of the appositive that is no head, nor of a relative clause
        (["Ann Reyes, the team captain, scored twice.", '"We played well," the team said.'],
         "the team"),
        (["Ann Reyes, who led in the survey, spoke.", '"We did well," the survey said.'],
         "the survey"),
    ],
)  # fmt: skip
def test_a_description_by_the_head_of_an_earlier_appositive(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker


def test_a_descriptor_before_a_first_name_is_a_title_that_names_the_person():
    paragraphs = ("Defenceman Ray Dunn scored twice.", '"It was fun," the defenceman said.')
    assert last_speaker(*paragraphs) == "Ray Dunn"


def test_a_speaker_phrase_is_read_once_per_article(monkeypatch):
    from analysis.quotes import resolution

    calls = []
    real = resolution.split_name
    monkeypatch.setattr(
        resolution,
        "split_name",
        lambda phrase, **options: calls.append(phrase) or real(phrase, **options),
    )
    who = _Speakers(Document(ARTICLE))
    at = ARTICLE.text.index("The council")
    first, again = who.resolve("Reyes", at), who.resolve("Reyes", at + 5)
    assert (first.speaker, again.speaker) == ("Ann Reyes", "Ann Reyes")
    assert calls == ["Reyes"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a description a place's name owns, of what a company is: the company (was the
        # description, set off after "The Brampton, Ont.-based company")
        ("Loblaw Cos. Ltd. said it will extend a freeze on prices.\n\nThe Brampton, "
         "Ont.-based company, Canada's largest grocer, said the freeze covers 1,500 items.",
         "Loblaw Cos. Ltd."),
        ("Loblaw Cos. Ltd. said it will extend a freeze on prices.\n\nCanada's largest "
         "grocer said the freeze covers 1,500 items.", "Loblaw Cos. Ltd."),
        # a minister's office, the title gone as from a minister's own name (was the title
        # kept)
        ("Transportation Minister Prabmeet Sarkaria's office said the province would review "
         "the decision.", "Prabmeet Sarkaria's office"),
        # a journal a study was published in is not its source (was "Environmental Science")
        ("Every fish contained plastic, according to a study published Thursday in the "
         "journal Environmental Science & Technology.",
         "a study published Thursday in the journal Environmental Science & Technology"),
    ],
)  # fmt: skip
def test_descriptions_of_the_sixteenth_held_out_sessions_first_pair(body, speaker):
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    assert frame["speaker"].iloc[-1] == speaker


def _article_speakers(body: str) -> list[str | None]:
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    return [s if isinstance(s, str) else None for s in frame["speaker"]]


def test_a_months_name_that_is_a_surname_speaks():
    # "May told reporters" after "Elizabeth May" (was no report: a month, no one)
    assert _article_speakers(
        "OTTAWA — Jonathan Pedneault has stepped down, leaving Elizabeth May as the sole "
        'leader.\n\nMay told reporters she was sad to see him go. "He brought energy," she '
        "said."
    ) == ["Elizabeth May", "Elizabeth May"]
    # guard: a month that names no one
    assert _article_speakers("OTTAWA — The vote was held.\n\nSunday said the plan failed.") == []


def test_a_body_named_again_is_not_the_spokesperson_for_it():
    # "a spokesperson for the housing ministry ... The ministry said": the ministry (was the
    # spokesperson, whose phrase holds "ministry")
    assert _article_speakers(
        "TORONTO — Ontario will not extend rent control, a spokesperson for the housing "
        "ministry said in an email Thursday.\n\nThe ministry said removing the exemption "
        "would discourage developers."
    ) == ["a spokesperson for the housing ministry", "the ministry"]
    # guard: the spokesperson named again by the head noun
    assert _article_speakers(
        "TORONTO — Ontario will not extend rent control, a Ford spokeswoman said.\n\n"
        "The spokeswoman said the exemption would stay."
    ) == ["a Ford spokeswoman", "a Ford spokeswoman"]


def test_the_leader_of_one_of_a_kind_is_the_leader_not_the_body():
    # "of a ...": one body of many, its leader unnamed (was "Yukon First Nation")
    assert _article_speakers(
        "WHITEHORSE — The leader of a Yukon First Nation told the legislature on Tuesday "
        "that the government had ignored warnings."
    ) == ["the leader of a Yukon First Nation"]
    # guards: a body named with "the"; a spokesperson for a body speaks for it
    assert _article_speakers(
        "EDMONTON — The president of the Alberta Teachers' Association said the plan failed."
        "\n\nA spokesperson for Yukon Energy said the plan failed."
    ) == ["the president of the Alberta Teachers' Association", "Yukon Energy"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role "at" or "with" where it works: the one described speaks, not the place of
        # work (were "Université Laval", "Goldman Sachs", "Acme Polling")
        ("Researchers at Université Laval have warned that the range could shift north.",
         ["Researchers at Université Laval"]),
        ("A researcher at Université Laval said the range could shift north.",
         ["a researcher at Université Laval"]),
        ("Analysts at Goldman Sachs wrote in a note that prices would fall.",
         ["Analysts at Goldman Sachs"]),
        ("Researchers with Acme Polling said the race was close.",
         ["Researchers with Acme Polling"]),
        # guards: the person named before it or after it in an appositive; serving a person
        ("Kate Ostrowski, an analyst at Prairie Capital Markets who follows the company, said "
         "the layoffs were rational.", ["Kate Ostrowski"]),
        ("An economist at the Bank of Montreal, Doug Porter, said rates would fall.",
         ["Doug Porter"]),
        ("Trevor Haldane was charged. A lawyer for Trevor Haldane said he would plead not "
         "guilty.", ["a lawyer for Trevor Haldane"]),
    ],
)  # fmt: skip
def test_a_role_where_it_works_speaks_not_the_place(body, expected):
    assert _article_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a given name no English list knows, alone, of one of two of a family (was "Nils":
        # the full name no person's, the brothers' words no one's in full)
        ('Nils Lindqvist scored in overtime.\n\nErik Lindqvist, 17, stopped 46 shots.\n\n"I '
         'went high glove," Nils said.\n\n"He got lucky," Erik said.',
         ["Nils Lindqvist", "Erik Lindqvist"]),
        # guards: a company's first word that is a given name somewhere ("Juul"); a given
        # name alone with no family
        ("The FDA ordered Juul Labs on Thursday to stop selling.\n\nJuul said it would seek "
         "a stay of the order.", ["Juul"]),
        ('Nils Lindqvist scored in overtime.\n\n"I went high glove," Nils said.', ["Nils"]),
    ],
)  # fmt: skip
def test_a_given_name_alone_names_one_of_a_family(body, expected):
    assert _article_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the person a relative "who" after an object is about (was the sentence's subject,
        # "a jury in St. Louis": another speaker)
        ("A jury in St. Louis ordered Verdant Crop Sciences to pay $45 million to a retired "
         "school custodian who said years of spraying its weed killer gave her cancer.",
         ["a retired school custodian"]),
        # a company's noun never names a person whose appositive holds it after a preposition
        # (was Ann Li); the company set off before an appositive saying so (was "the
        # company")
        ("Ann Li, a founder of the company, will step down, the company said.",
         ["the company"]),
        ("Lumenwise, a Toronto company that builds tools for hospitals, has raised $200 "
         "million, the company said.", ["Lumenwise"]),
        # a role noun after an appositive's preposition is not the person's (was Ann Li);
        # guard: the head itself
        ('Ann Li, the mother of the goalie, watched from the stands. "We won," the goalie '
         "said.", [None]),
        ('Ray Dunn, the chief executive of Acme, spoke first. "We are fine," the executive '
         "said.", ["Ray Dunn"]),
        # the name of what a description ends with, set off after it, is no speaker (were
        # the newspaper and the union local); guards: a name after a role; after a phrase
        ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
         "L'Osservatore Romano, said every pope was political.", ["Giovanni Maria Vian"]),
        ("Jane Doe, a spokeswoman for the city's largest union, CUPE Local 79, said the strike "
         "would go ahead.", ["Jane Doe"]),
        ("Speaking Tuesday, the captain of the team, Ann Reyes, said the season was over.",
         ["Ann Reyes"]),
        ("Speaking Tuesday, a spokeswoman for the union, Jane Doe, said the strike was over.",
         ["Jane Doe"]),
        ("In Ottawa, the head of the union, Maria Lopez, said the strike was over.",
         ["Maria Lopez"]),
    ],
)  # fmt: skip
def test_descriptions_of_the_twenty_second_held_out_sessions_second_pair(body, expected):
    assert _article_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a title quoted at a phrase's end is no speaker and closes no quotation (were no
        # speaker, "Morning Joe", "Celebrity Apprentice")
        ("Kerry Washington, star of television's \"Scandal,\" thanked Obama for \"taking these "
         "steps to make us all safer.\"", [None, "Kerry Washington"]),
        ("Joe Scarborough, host of MSNBC's \"Morning Joe,\" said the refusal could disqualify "
         "him.", [None, "Joe Scarborough"]),
        # a name, a finite verb and an infinitive before a verb joined to it (was the whole
        # chain as the speaker)
        ("Trump went on to promote \"Celebrity Apprentice,\" note that he had just bought the "
         "Old Post Office building.", [None, "Trump"]),
        # guard: a quotation that is someone's words before the attribution
        ('"We will win," Ann Reyes said.', ["Ann Reyes"]),
    ],
)  # fmt: skip
def test_titles_quoted_inside_a_speaker_phrase(body, expected):
    assert _article_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two names joined by "and", no person's: both (in part 292 was the second's fuller name,
        # "Walmart Canada"; "Oceans Canada" for the department)
        ("Loblaw and Walmart had held out for a year, arguing the code would raise prices. "
         "Walmart Canada did not respond.", ["Loblaw and Walmart"]),
        ("Fisheries and Oceans Canada said sightings had risen.",
         ["Fisheries and Oceans Canada"]),
        # guards: a title with "and" before a person's name; people named together
        ("Colleges and Universities Minister Nolan Quinn said the increase was needed.",
         ["Nolan Quinn"]),
        ("Mary Ives and Tom Reed said the school would close.", ["Mary Ives and Tom Reed"]),
        # the subject of a reported clause, a pronoun: the judge's later reports hers (were
        # "the judge wrote")
        ("Justice Karen Sinclair-Moss found that the grandmother had no right to keep the "
         "children. The judge wrote that she did not doubt Matheson loved them, but that "
         '"love is not a legal basis for withholding children."\n\nThe judge said the '
         "evidence did not support that claim.",
         ["Karen Sinclair-Moss"] * 4),
    ],
)  # fmt: skip
def test_speakers_of_the_twenty_second_held_out_sessions_last_pair(body, expected):
    assert _article_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the teenager" for the one person the article gives an age from 13 to 19, an age in
        # words opening the sentence (were "the teenager", and the "she" after it)
        ("Seventeen-year-old Lea Roy won on Wednesday. Her father, Martin Roy, watched. "
         '"I couldn\'t watch," he said.\n\nThe teenager said she was happy. "I looked at my '
         'dad," she said.', ["Martin Roy", "Lea Roy", "Lea Roy"]),
        # guard: two teenagers, no one sure
        ("Lea Roy, 17, beat Mia Chan, 18, on Wednesday.\n\nThe teenager said she was happy.",
         ["the teenager"]),
        # a new clause's subject after ", and" (was the first clause's subject, another person)
        ("A woman lost her savings to a man she met online and never saw in person, and her "
         "sister says police were slow.", ["her sister"]),
        # the organisation a relative "which" follows (was the whole clause before it)
        ("The deal requires approval from the Competition Bureau, which said it would review "
         "it.", ["the Competition Bureau"]),
        # the quoted words of a clause a pronoun reports inside a report: the pronoun's
        # person (the convention of the gold); guard: the same verb, the reporter's
        ('Lea Roy, 17, won. Her father, Martin Roy, watched.\n\n"I looked at my dad," she '
         'said. She said he had told her before the match to "play like it\'s practice."',
         ["Lea Roy", "Lea Roy", "Martin Roy"]),
        ('Trump, who had mocked Bush as "low-energy," said he had been "a tough competitor."',
         ["Trump", "Trump", "Trump"]),
        # the pronoun unresolved: no one (was the reporter, another person)
        ("A former bookkeeper testified on Thursday that she warned the company's owner at "
         'least four times, and that he told her to "pay the fish guys first."',
         ["a former bookkeeper", None]),
    ],
)  # fmt: skip
def test_speakers_of_the_twenty_second_held_out_sessions_parts_293_and_294(body, expected):
    assert _article_speakers(body) == expected


def test_an_agent_in_charge_is_a_title():
    # "Special Agent in Charge" before a name (was "Special Agent", "in Charge Carlos
    # Medina" read as a place)
    body = "Special Agent in Charge Carlos Medina said the tips had been essential."
    assert _article_speakers(body) == ["Carlos Medina"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one a question was asked of answers in the quotation after it (was the asker)
        ('Mike Pence spoke on Sunday. Chuck Todd asked Pence whether that would take place '
         'before the election. "I think it will," he said.', ["Chuck Todd", "Mike Pence"]),
        ('Reporters asked Mayor Ann Reyes about the budget. "We are fine," she said.',
         ["Ann Reyes"]),
        # guard: the one asked of another sex than the pronoun
        ('Tom Li asked Ann Reyes whether she would run. "I hope she does," he said.',
         ["Tom Li", "Tom Li"]),
    ],
)  # fmt: skip
def test_the_one_asked_answers(body, expected):
    assert _article_speakers(body) == expected


def test_a_later_verbs_report_leaves_the_attribution_after_an_exclamation():
    # '"...!" LeVell declared, a point ... after callers said ...': his (was no one, the
    # sentence read as one of its own for the later report); guard: the attribution's own
    # verb reporting ("The star then recalled an incident": a sentence of its own)
    body = (
        '"And I\'m not being paid!" LeVell declared, a point he likes to make after an '
        "appearance on a station during which callers said he was paid."
    )
    assert _article_speakers(body) == ["LeVell", "callers"]
    body = '"It was a good show." The star then recalled an incident at a theater.'
    assert _article_speakers(body) == [None, "the star"]
