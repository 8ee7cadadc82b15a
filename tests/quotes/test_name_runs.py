"""Which runs of capitals name a person (analysis.quotes.name_runs; the lone words no full
name explains are dropped by People), counted by hand."""

from __future__ import annotations

import pytest

from analysis.article import parse_article
from analysis.quotes import extract_quotes
from analysis.quotes.name_runs import name_runs
from analysis.quotes.people import People


def _runs(body: str) -> list[tuple[str, str]]:
    article = parse_article(f"A headline\n\n{body}")
    found, _ = name_runs(article)
    return [(article.text[start:end], kind) for start, end, _, kind in found]


def test_a_full_name_opening_its_sentence_is_its_subject_and_a_later_surname_a_lone_word():
    assert _runs(
        "Ann Reyes spoke on Monday. Later, Reyes left the hall and Reyes's aide stayed."
    ) == [
        ("Ann Reyes", "subject"),
        ("Reyes", "single-subject"),
        ("Reyes", "single-possessive"),
    ]


def test_titles_are_dropped_and_the_gender_they_show_is_kept():
    found, genders = name_runs(
        parse_article("A headline\n\nSen. Ann Reyes voted no. Mr. Lee Chen did too.")
    )
    assert [" ".join(words) for _, _, words, _ in found] == ["Ann Reyes", "Lee Chen"]
    assert genders == {"Ann Reyes": "f", "Lee Chen": "m"}


@pytest.mark.parametrize("title", ["Const.", "Cst.", "Coun.", "Insp.", "Supt.", "Det.", "Cpl."])
def test_every_title_abbreviation_of_the_language_opens_a_name_run(title):
    # the police and council titles of Canadian copy: a name no census knows ("Dani") is a
    # person's by its title, and the run opens its sentence
    assert _runs(f"{title} Dani McKinnon spoke to reporters.") == [("Dani McKinnon", "subject")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a description before the name leaves it the subject: proper modifiers, role
        # nouns and titles, a relational adjective, an age
        ("Oilers coach Kris Knoblauch praised his goaltender.", [("Kris Knoblauch", "subject")]),
        ("Calgary head coach Ryan Huska was blunt.", [("Ryan Huska", "subject")]),
        # ... after an opening phrase too (was "other")
        ("On Tuesday, Oilers coach Kris Knoblauch praised his goaltender.",
         [("Kris Knoblauch", "subject")]),
        ("In a memo to staff, chief executive Tobi Lutke said it was time.",
         [("Tobi Lutke", "subject")]),
        ("Republican presidential candidate Ben Carson spoke.", [("Ben Carson", "subject")]),
        ("Flames forward Nazem Kadri scored. The 32-year-old Kadri now has 11 goals.",
         [("Nazem Kadri", "subject"), ("Kadri", "single-subject")]),
        # a sibling told apart by age, an opening phrase before or not (were no mentions)
        ("Ann Reyes and Mia Reyes won. The younger Reyes scored twice.",
         [("Ann Reyes", "subject"), ("Mia Reyes", "subject"), ("Reyes", "single-subject")]),
        ("Ann Reyes and Mia Reyes won. Late on, the older Reyes scored twice.",
         [("Ann Reyes", "subject"), ("Mia Reyes", "subject"), ("Reyes", "single-subject")]),
        # a name joined to the subject by "and" is a subject as well
        ("Fisheries minister Tom Berg and his Norwegian counterpart, Lars Holm, met in Oslo.",
         [("Tom Berg", "subject"), ("Lars Holm", "subject")]),
        ("Ann Reyes and Tom Li met.", [("Ann Reyes", "subject"), ("Tom Li", "subject")]),
        # a verb before the role noun: the name is its object (these two, and the Republican
        # candidate above, pass on the code before this rule: guards)
        ("Police say they questioned witness John Smith.", [("John Smith", "other")]),
        # a verb in the past right before a name without a title: its object
        ("Police arrested Tom Li on Friday.", [("Tom Li", "other")]),
        ("Police arrested Mayor Tom Li on Friday.", [("Tom Li", "other")]),
        ("Ann Reyes and then Tom Li spoke.", [("Ann Reyes", "subject"), ("Tom Li", "other")]),
        # surnames alone, joined by "and": each a subject (the second was no mention at all)
        ("Ann Reyes met Tom Li. Reyes and Li will speak Tuesday.",
         [("Ann Reyes", "subject"), ("Tom Li", "other"), ("Reyes", "single-subject"),
          ("Li", "single-subject")]),
        ("Ann Reyes met Tom Li. Reyes or Li will speak Tuesday.",
         [("Ann Reyes", "subject"), ("Tom Li", "other"), ("Reyes", "single-subject"),
          ("Li", "single-subject")]),
    ],
)  # fmt: skip
def test_a_described_or_coordinated_name_is_its_sentences_subject(body, expected):
    assert _runs(body) == expected


def test_a_surname_after_an_inverted_speech_verb_makes_its_full_name_a_persons():
    # "Hélène" is in no list of given names; "says Gagnon" shows Gagnon to be someone
    assert _runs('Hélène Gagnon unlocks the door. "I never thought so," says Gagnon, 54.') == [
        ("Hélène Gagnon", "subject"),
        ("Gagnon", "single"),
    ]


@pytest.mark.parametrize("gesture", ["agreed", "laughed", "shrugged", "nodded"])
def test_a_surname_a_gesture_follows_makes_its_full_name_a_persons(gesture):
    # "Nazem" is in no list of given names; "Kadri agreed" shows Kadri to be someone
    assert _runs(f"Goals came from Nazem Kadri in the second. Kadri {gesture}.") == [
        ("Nazem Kadri", "other"),
        ("Kadri", "single-subject"),
    ]


def test_a_full_name_a_gesture_follows_is_a_persons():
    assert _runs("Nazem Kadri shrugged.") == [("Nazem Kadri", "subject")]


def test_a_name_in_an_opening_prepositional_phrase_is_fronted():
    assert _runs("Like Ann Reyes, many voters stayed home.") == [("Ann Reyes", "fronted")]


@pytest.mark.parametrize("preposition", ["For", "To"])
def test_a_name_a_preposition_of_topic_opens_the_sentence_with_is_its_subject(preposition):
    # "For Amanda Poirier, the debate feels distant. 'I love my job,' she said": her
    assert _runs(f"{preposition} Ann Reyes, the debate feels distant.") == [
        ("Ann Reyes", "subject")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Acme Corp said on Monday it would close.",  # an organisation
        "New Yorkers voted on Monday.",  # a people
        "Kabul fell on Sunday.",  # a lone word no full name explains
        "NATO met on Monday.",  # capitals: an organisation
    ],
)
def test_no_person_is_found_where_the_run_names_none(body):
    assert People(parse_article(f"A headline\n\n{body}")).mentions == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a given name the census shows a gender of, then a surname (were no person)
        ("The Jets called up Cole Perfetti from Manitoba on Monday.", ["Cole Perfetti"]),
        # not a place's name or a common word, nor a place itself (guards: no person before)
        ("The Dallas Stars beat the Houston Rockets in Santa Monica.", []),
        ("Fans of Georgia Tech met at Chase Field.", []),
        # a given name after a place's first word is the place's, a team's then (were
        # "Antonio Spurs", "Jose Sharks", "William Thunder": men)
        (
            "Victor Wembanyama scored 27 points, and the San Antonio Spurs beat the Lakers.",
            ["Victor Wembanyama"],
        ),
        ("The San Jose Sharks beat the Santa Clara Broncos and the Fort William Thunder.", []),
        # guard: a title before the name, the place its office's
        ("Fort McMurray Mayor Sandy Bowman said the road was closed.", ["Sandy Bowman"]),
    ],
)
def test_a_census_given_name_and_a_surname_name_a_person(body, names):
    assert [m.name for m in People(parse_article(f"A headline\n\n{body}")).mentions] == names


def test_a_role_word_after_a_given_name_is_the_surname_there_and_alone():
    assert _runs("Rep. Steve King spoke. Later, King voted no.") == [
        ("Steve King", "subject"),
        ("King", "single-subject"),
    ]


@pytest.mark.parametrize(
    ("body", "run"),
    [
        # a given name no list holds; the surname speaks alone later
        ('Jagmeet Singh toured the plant. "We need jobs," Singh said.', "Jagmeet Singh"),
        (
            "Near the border, Tshilidzi Marwala met voters. Marwala said little.",
            "Tshilidzi Marwala",
        ),
        # or a relative "who" follows it
        (
            "Frederik Andersen made 34 saves. Andersen, who has struggled, was pleased.",
            "Frederik Andersen",
        ),
        # the words before the given name are not the person's
        (
            "A student at the University of Texas Arlington Amneh Jafari heard of it. "
            '"It hurt," Jafari said.',
            "Amneh Jafari",
        ),
    ],
)
def test_a_full_name_whose_surname_speaks_alone_names_a_person(body, run):
    """A surname a speech verb follows elsewhere is evidence for the one full name of the
    article it ends (the name is no person by its words: no list knows the first name)."""
    assert (run, "subject") in _runs(body) or (run, "other") in _runs(body)


@pytest.mark.parametrize(
    "body",
    [
        # two full names end in the surname: which one speaks is not known
        'Jasdip Singh and Harjit Singh toured the plant. "We need jobs," Singh said.',
        # a common word opening a sentence is no given name
        'Neither Johnson nor Weld appeared on the ballot. "We will be there," Johnson said.',
        # the surname never speaks nor opens a sentence alone before a verb in the past
        "Jagmeet Singh toured the plant. Workers met Singh at noon.",
        # the first word is a common word: no given name ("Super Glass-Steagall")
        "Super Glass-Steagall was proposed in 2015. Glass-Steagall aimed to curb banks.",
        # a team, by its home
        "The Ottawa Senators won. Senators rallied in the third.",
        "The Ottawa Senators won. Senators, the home side, rallied in the third.",
        # a list, not a phrase set off (guard)
        "The Ottawa Senators won. Senators, and Oilers, rallied in the third.",
    ],
)
def test_a_speaking_surname_is_no_evidence_for_a_shared_or_common_first_word(body):
    """Guards: these pass on the code before the speaking-surname evidence too."""
    assert not [run for run, _ in _runs(body) if " " in run]


@pytest.mark.parametrize(
    ("body", "run"),
    [
        # a given name no list holds; the surname opens a sentence before a verb in the past
        ('Linus Ullmark made 31 saves. Ullmark stopped all three shooters.', "Linus Ullmark"),
        ("Drake Batherson scored twice. Batherson made it 3-1 in the third.",
         "Drake Batherson"),
        # past a description or an age set off by commas (a province's inside it)
        ("Drake Batherson scored twice. Batherson, the 24-year-old winger from Fredericton, "
         "N.B., made it 3-1 in the third.", "Drake Batherson"),
        ("Linus Ullmark made 31 saves. Ullmark, 29, stopped all three shooters.",
         "Linus Ullmark"),
        # past a short adverbial phrase set off by commas (was no person: "Kawhi" is on no
        # list, and the he after it was empty)
        ("Kawhi Leonard scored 36 points. Leonard, as usual, kept it short.", "Kawhi Leonard"),
        ("Kawhi Leonard scored 36 points. Leonard, for his part, kept it short.",
         "Kawhi Leonard"),
        # an age set off after the surname, whatever verb follows (was no person: "Harjit"
        # is on no list, and the he after it went to the other man)
        ("The clerk, Harjit Gill, refused. Gill, 52, was not hurt.", "Harjit Gill"),
    ],
)  # fmt: skip
def test_a_full_name_whose_surname_acts_alone_names_a_person(body, run):
    """A surname opening a sentence alone before a verb in the past is evidence for the one
    full name of the article it ends (no list knows the first name; was no person)."""
    assert (run, "subject") in _runs(body)


def test_the_full_name_written_before_a_speaking_namesake_surname_is_a_person():
    # "Fernandez said" before the father, Jorge Fernandez, is named: the one Fernandez
    # written before it (Leylah, whom no list knows, was no person: "Fernandez" was Jorge's)
    body = ('Leylah Fernandez beat Ons Jabeur. "I love it here," Fernandez said. Her father, '
            "Jorge Fernandez, watched.")  # fmt: skip
    assert "Leylah Fernandez" in [run for run, _ in _runs(body)]
    # a guard: no family (no other full name with a known given name), no evidence
    body = ('Wilayat Twitter posted it. "We act fast," Twitter said. Inside Twitter, staff '
            "agreed.")  # fmt: skip
    assert "Wilayat Twitter" not in [run for run, _ in _runs(body)]


@pytest.mark.parametrize(
    "namesake",
    [
        "whose son Capt. Humayun Khan",  # a title opens the other's name
        "whose son Humayun Khan",  # a kin word comes right before it
        "whose daughter, Sgt. Amira Khan,",
    ],
)
def test_a_namesake_titled_or_named_as_kin_makes_the_earlier_full_name_a_person(namesake):
    # The other Khan's given name is on no list; the title or the kin word shows a person,
    # so the family holds and the Khan named before the lone surname speaks (the lone
    # surname went to the son, the only Khan the tool knew: another person).
    body = (f"Trump escalated his feud with Khizr Khan on Sunday.\n\nKhan, {namesake} was "
            'killed in Iraq, said Trump had no soul. "He gave nothing," Khan said.')  # fmt: skip
    assert "Khizr Khan" in [run for run, _ in _runs(body)]
    quotes = extract_quotes(parse_article(body))
    assert set(quotes["speaker"]) == {"Khizr Khan"}


@pytest.mark.parametrize(
    ("body", "run"),
    [
        # an organisation's word that is a common surname, after a role or before a speech
        # verb (were no person: "Bank", "Park" and "Lake" name organisations and places)
        ('"It works," president Per Bank said on a call.', "Per Bank"),
        ('"We are ready," Jennifer Park said.', "Jennifer Park"),
        ("Coach Sam Lake said the team was tired.", "Sam Lake"),
    ],
)
def test_a_surname_that_is_an_organisations_word_names_a_person_where_the_text_shows_one(body, run):
    assert run in [found for found, _ in _runs(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Officials at Lincoln Center said the show would go on.",  # no person around it
        "Crowds filled Grant Park on Sunday.",  # a place
        # a title word, a noun after: a church ("Emanuel Church" was a person on the way)
        "Two people survived the Mother Emanuel Church shooting in Charleston.",
        "The Bank of Canada said rates would hold.",  # another organisation's word
    ],
)
def test_an_organisations_word_ending_a_run_names_no_person_without_evidence(body):
    """Guards: these pass on the code before the organisation-word surnames too."""
    assert not [run for run, _ in _runs(body) if " " in run]


def test_a_speaking_name_starts_at_a_given_name_the_census_knows():
    from analysis.quotes.name_runs import _speaking_name

    holan = frozenset({"Holan"})
    assert _speaking_name(["PolitiFact", "Angie", "Drobnic", "Holan"], holan, "The ") == [
        "Angie", "Drobnic", "Holan",
    ]  # fmt: skip
    assert _speaking_name(["Drobnic", "Holan"], holan, "") == ["Drobnic", "Holan"]
    assert _speaking_name(["Yet", "Holan"], holan, "") is None  # opening a sentence
    assert _speaking_name(["Ann", "Reyes"], holan, "") is None  # Reyes does not speak


def test_an_interjection_opening_a_transcript_sentence_is_no_part_of_a_name():
    """A transcript's "Uh" before a surname ("Uh Mitchell expressed ...") was read as the
    name "Uh Mitchell" (GUM's court transcript)."""
    found = _runs(
        "We used five crews, and Mitchell Roberts ran one of them, the contractor said. "
        "Uh Mitchell expressed a desire to do the work."
    )
    assert ("Mitchell", "single-subject") in found
    assert not [run for run, _ in found if run.startswith("Uh")]


def test_a_lone_surname_before_said_and_a_full_stop_is_a_mention():
    """ "Nefzi said." ends its sentence: the full stop after "said" hid the lone surname (the
    word after a name was compared with its punctuation)."""
    found = _runs('Adel Nefzi leads the board. "We are in shock," Nefzi said.')
    assert [run for run, _ in found] == ["Adel Nefzi", "Nefzi"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two capitals before a surname that speaks alone: a given name's initials (the
        # surname after the quotation its sentence opens with is that sentence's subject:
        # was "single")
        ('RJ Barrett led Toronto. "We lost," Barrett said.',
         [("RJ Barrett", "subject"), ("Barrett", "single-subject")]),
        ('P.K. Subban scored. "It was fun," Subban said.',
         [("P.K. Subban", "subject"), ("Subban", "single-subject")]),
        # a surname that speaks after a phrase set off by commas (was no person)
        ("RJ Barrett scored 18. Barrett, playing his old team, was asked about it.",
         [("RJ Barrett", "subject"), ("Barrett", "single-subject")]),
        # or opening a sentence the next of which opens with he or she
        ("TJ Oshie scored twice. He was thrilled.", [("TJ Oshie", "subject")]),
        # an organisation's capitals: written alone elsewhere, or before a title
        ('The UN met. UN Barrett spoke. "We lost," Barrett said.',
         [("Barrett", "single-subject"), ("Barrett", "single-subject")]),
        ("UN Secretary-General Ann Reyes spoke.", [("Ann Reyes", "subject")]),
    ],
)  # fmt: skip
def test_initials_of_two_capitals_open_a_name_where_the_text_shows_a_person(body, expected):
    assert _runs(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a full name no list knows, opening the sentence before one that opens with "He"
        ("Darko Rajakovic took over in June. He has won 40 games.",
         [("Darko Rajakovic", "subject")]),
        # when "he" only says it, or a quotation "she said" closes opens the next sentence,
        # a verb in the past after the name (what the subject did; a given name no list
        # knows: "Becca", "Kirra")
        ("Darko Rajakovic took over in June. He said it was hard.",
         [("Darko Rajakovic", "subject")]),
        ("Becca MacDonald joined last year at 19. She said she signed up after a fire.",
         [("Becca MacDonald", "subject")]),
        ('Kirra Trensky quietly joined in 2020. "It is a family. We help," she said.',
         [("Kirra Trensky", "subject")]),
        # not without that verb (the he of "He said" may be anyone's: "Environment Canada
        # forecasts ..."), nor after an auxiliary, nor further in
        ("Darko Rajakovic of the Raptors in June. He said it was hard.", []),
        ('Environment Canada forecasts rain. "It is wet," she said.', []),
        ("Was Kirra Trensky satisfied? She said it was hard.", []),
        # a description of one person saying the next sentence's words, as a he or she
        # does: a player, an age, an age and a home
        ("LaMelo Ball scored 31 points for Charlotte. The Hornets guard said it was hard.",
         [("LaMelo Ball", "subject"), ("Hornets", "single-subject")]),
        ("Quill Marrow finished third. The 26-year-old said she was tired.",
         [("Quill Marrow", "subject")]),
        ("Quill Marrow finished third. The 26-year-old from Moncton, N.B., said it was hard.",
         [("Quill Marrow", "subject")]),
        # not a thing's description, nor without a verb in the past after the name
        ("Quill Marrow finished third. The report said it was hard.", []),
        ("Quill Marrow of Moncton. The 26-year-old said it was hard.", []),
        ("In June, Darko Rajakovic took over. He has won 40 games.", []),
        ("In June, Darko Rajakovic took over. He said it was hard.", []),
    ],
)  # fmt: skip
def test_a_full_name_before_a_sentence_opening_with_he_or_she_is_a_person(body, expected):
    assert _runs(body) == expected


def test_an_interjection_is_no_part_of_a_name():
    # "Hey Steve" is Steve, a lone word (People keeps it only if a full name explains it);
    # with "He" next, "Hey Steve" was a person of its own, and the iguana's "he" his
    assert _runs("Hey Steve, feed the iguana. He likes banana.") == [("Steve", "single-subject")]


@pytest.mark.parametrize("verb", ["was asked", "was told", "was interviewed", "was quoted"])
def test_a_surname_someone_asked_or_told_makes_its_full_name_a_persons(verb):
    # "Jayson" tells no gender on any list the package reads, and "Tatum" never speaks
    assert _runs(f"Jayson Tatum scored 31. Tatum {verb} about the trip.") == [
        ("Jayson Tatum", "subject"),
        ("Tatum", "single-subject"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Tobi Lutke and his wife moved to Ottawa.",
        "Quill Marrow, her lawyer said, would appeal.",
        # "his" after the verb after the name (was no person)
        "Clay Holmes blew his fifth save of the season.",
        "Clay Holmes quickly rebuilt his confidence.",
    ],
)
def test_a_name_that_owns_something_by_his_or_her_is_a_persons(body):
    # "Tobi", "Quill" and "Clay" are on no list of given names the package reads
    assert [kind for _, kind in _runs(body)] == ["subject"]


@pytest.mark.parametrize(
    "body",
    [
        "Clay Holmes Inc. told her that the plan was dead.",  # "her" after a verb: whom
        "A letter came from Clay Holmes Park to his family.",  # a preposition before "his"
    ],
)
def test_her_after_a_verb_or_his_after_a_preposition_shows_no_person(body):
    assert _runs(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a weekday after a name is the day, not the surname (was "Bill Clinton Saturday")
        ("President Bill Clinton Saturday vowed to act.", [("Bill Clinton", "subject")]),
        ("Coach Tom Li Tuesday said the team was tired.", [("Tom Li", "subject")]),
        # a month may be a surname (held before)
        ("Prime Minister Theresa May said the deal was done.", [("Theresa May", "subject")]),
    ],
)
def test_a_weekday_ends_no_name(body, expected):
    assert _runs(body) == expected


def test_the_subject_with_he_or_she_in_a_clause_of_its_sentence_is_a_person():
    # a given name no list knows (was no one); the dateline's place is no first run (the
    # name was "other"); a province of two words is no woman ("Nova" is a census name)
    body = (
        "HALIFAX — For six years, Maricel Santos worked as a care aide while she waited for "
        "Nova Scotia to recognize her degree."
    )
    assert _runs(body) == [("Maricel Santos", "subject")]
    # guard: no he or she after it, nothing shows a person (as before)
    assert _runs("For six years, Maricel Santos worked as a care aide in Halifax.") == []


def test_a_titled_name_whose_surname_is_a_titles_word_is_a_run():
    # was no run: "King" read as a title, the rest dropped
    assert ("Rawlson King", "subject") in _runs("Coun. Rawlson King said the shelter was planned.")
    assert ("Anwuli Judge", "subject") in _runs("Dr. Anwuli Judge said the tests were clear.")


def test_his_after_the_verb_and_a_few_words_of_its_object_shows_a_person():
    # (was no person: "Tomasz" is on no list and "carves" no speech verb)
    article = parse_article(
        "A headline\n\nIn a cramped workshop, Tomasz Wójcik carves the scroll of his 112th violin."
    )
    assert [(m.name, m.gender) for m in People(article).mentions] == [("Tomasz Wójcik", "m")]


def test_a_given_name_of_either_sex_before_a_familys_surname_is_a_relative():
    # (was no person: "Kris" is a name of either sex, and "tried" no speech verb)
    article = parse_article(
        "A headline\n\nKen Olafson did not set a net.\n\nHis nephew, Kris Olafson, tried anyway."
    )
    assert [m.name for m in People(article).mentions] == ["Ken Olafson", "Kris Olafson"]
    # guard: a common word before the surname
    article = parse_article("A headline\n\nKen Olafson did not set a net. Will Olafson come?")
    assert [m.name for m in People(article).mentions] == ["Ken Olafson"]


def test_an_apostrophe_after_a_name_ending_in_s_makes_it_an_owner():
    # "Sanders' campaign manager, Jeff Weaver, said ... He predicted": the manager (was
    # Sanders, read as the subject: the apostrophe with no s after it was not seen)
    article = parse_article(
        "A headline\n\nSen. Bernie Sanders spoke.\n\nSanders' campaign manager, Jeff Weaver, "
        "said the campaign raised $44 million."
    )
    roles = {m.start: (m.name, m.role) for m in People(article).mentions}
    assert ("Bernie Sanders", "possessor") in roles.values()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state of two words and a word after it names no one (was "Carolina Democratic",
        # a woman: "Carolina" is a given name)
        ("COLUMBIA, S.C. — Hillary Clinton won the South Carolina Democratic primary.",
         ["Hillary Clinton"]),
        # "his" after the verb past capitalised words shows a person no list knows (was none)
        ("HALIFAX — Nine years ago, Abdulrahman Al-Hamwi arrived in Halifax with his wife.",
         ["Abdulrahman Al-Hamwi"]),
        # a generation ends a person's name (was none: "Jr." read as a title)
        ("Vernon Adams Jr. had two touchdown passes. Adams left the game.",
         ["Vernon Adams Jr.", "Vernon Adams Jr."]),
        # guard: a state, a title and a name
        ("New York Gov. Andrew Cuomo spoke.", ["Andrew Cuomo"]),
    ],
)  # fmt: skip
def test_the_eleventh_held_out_sessions_people(body, expected):
    assert [m.name for m in People(parse_article(f"A headline\n\n{body}")).mentions] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one full name written before its surname acts alone opening a sentence, where
        # a namesake is named later (was none, and "Fernandez" the father's)
        ("MONTREAL — Leylah Fernandez upset Aryna Sabalenka on Wednesday. Fernandez, from "
         "nearby Laval, broke serve in the final game. Her father, Jorge Fernandez, watched.",
         ["Leylah Fernandez", "Leylah Fernandez", "Jorge Fernandez"]),
    ],
)  # fmt: skip
def test_the_twelfth_held_out_sessions_people(body, expected):
    assert [m.name for m in People(parse_article(f"A headline\n\n{body}")).mentions] == expected


def test_an_office_a_name_is_given_after_it_is_among_its_nouns():
    # "was named the new coach": the coach (was no noun), whom "the bench boss" stands for
    article = parse_article(
        "A headline\n\nBruce Boudreau, 66, was named the new coach. Ann Reyes was appointed "
        "deputy minister on Monday."
    )
    nouns = {m.name: m.nouns for m in People(article).mentions}
    assert nouns == {"Bruce Boudreau": {"coach"}, "Ann Reyes": {"minister"}}


def test_a_valley_and_a_gazette_name_no_one(speakers):
    body = (
        "VICTORIA — Political scientist Hamish Telford of the University of the Fraser Valley "
        'said rate cuts have been popular. "It worked in 2020," he said.\n\nHouse Speaker Paul '
        "Ryan said he would vote for Donald Trump.\n\nIn a column in his hometown newspaper, "
        "The Janesville Gazette, Ryan wrote that he was confident. The Wisconsin Republican "
        'acknowledged the two men disagree. "We have our differences," he wrote.'
    )
    # were no one for the he after Telford ("Fraser Valley", a man, beside him) and for the
    # Wisconsin Republican and his he ("Janesville Gazette" the subject before, Ryan lost)
    assert speakers(body) == [
        "Hamish Telford",
        "Hamish Telford",
        "Paul Ryan",
        "Paul Ryan",
        "Paul Ryan",
        "Paul Ryan",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name before a role of theirs and another name is no subject (was a second man
        # beside Kyle Bennett, his he said empty)
        ("PORTSMOUTH — Bernie Sanders endorsed Hillary Clinton.\n\nOutside, Sanders supporter "
         "Kyle Bennett, 23, said he would vote for Jill Stein. \"I came to hear him say it was "
         'not over," he said.', ["Kyle Bennett", "Kyle Bennett"]),
        # a speech verb opening its sentence before a name and a colon (was "Said De Grasse",
        # a person, and the fuller name of a later "said De Grasse")
        ('LANGLEY — Andre De Grasse won.\n\nSaid De Grasse: "We have the pieces."\n\nSaid '
         'Gilbert: "We will see."\n\n"It was fun," said De Grasse.',
         ["Andre De Grasse", "Gilbert", "Andre De Grasse"]),
    ],
)  # fmt: skip
def test_a_role_of_theirs_and_a_verb_opening_the_sentence_are_no_part_of_a_name(
    body, expected, speakers
):
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an organisation's word that is a common surname, after a given name (and a
        # party), is a person's when the surname alone acts or speaks elsewhere (were no
        # mentions: "Leslie" a place's name, "Church" an organisation's word)
        ("Don Stewart beat Liberal Leslie Church by 600 votes. Church conceded at midnight.",
         [("Don Stewart", "subject"), ("Leslie Church", "other"),
          ("Church", "single-subject")]),
        ("Ann Reyes thanked Jennifer Park on Monday. Park said she was leaving.",
         [("Ann Reyes", "subject"), ("Jennifer Park", "other"), ("Park", "single-subject")]),
        # guard: a place that no surname alone acts for stays a place
        ("Ann Reyes walked through Grant Park on Sunday.", [("Ann Reyes", "subject")]),
    ],
)  # fmt: skip
def test_an_organisations_word_is_a_surname_where_it_acts_alone(body, expected):
    assert _runs(body) == expected


def test_a_team_after_the_is_no_person(speakers):
    # "with the Winnipeg Jets, the team announced": a team (was a person, a man by the "He"
    # after "The forward led the Jets", so the he went to the team)
    assert speakers(
        "WINNIPEG — Kyle Connor has signed an eight-year contract extension with the Winnipeg "
        "Jets, the team announced Tuesday.\n\nThe 6-foot-1 forward led the Jets with 41 goals "
        "last season. He said he never considered leaving."
    ) == ["the team", "Kyle Connor"]


def test_a_team_after_the_is_no_person_whatever_given_name_its_home_is(speakers):
    # "the Charlotte Hornets": Charlotte is a woman's given name (was a woman, and "The
    # Hornets guard" her, not the player the sentence before named)
    assert speakers(
        "TORONTO — Scottie Barnes had 28 points, and the Toronto Raptors beat the Charlotte "
        "Hornets 118-104 on Sunday.\n\nLaMelo Ball scored 31 points for Charlotte. The Hornets "
        "guard said his team had stopped moving the ball."
    ) == ["LaMelo Ball"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a noun for a person right before a full name no list knows shows it a person's
        # (was none: "teammate" no role, "Ivanie" on no list, and her "She said" empty)
        ("Canadian teammate Ivanie Blondin finished second. She said it was hard.",
         [("Ivanie Blondin", "other")]),
        ("Her neighbour Quill Marrow found the dog.", [("Quill Marrow", "subject")]),
    ],
)  # fmt: skip
def test_a_persons_noun_before_a_full_name_shows_a_person(body, expected):
    assert _runs(body) == expected
