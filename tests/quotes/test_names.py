"""Runs of name words: where a name may start."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes.names import (
    _GENDERED,
    _RUN,
    epithet_opening,
    gender_of,
    has_gender,
    may_be_given_name,
    name_run_matches,
    names_end,
    occupation_first,
    split_name,
    surname_of,
)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the anti-Trump PAC said", ["Trump PAC"]),  # not "nti-Trump PAC"
        ("iPhone maker Apple Inc. said", ["Apple Inc"]),  # not "Phone"
        (
            "Gen. Ray Dunn and Mr. O'Brien met al-Sayed",
            ["Gen. Ray Dunn", "Mr. O'Brien", "al-Sayed"],
        ),
        (
            "Ludwig van Beethoven, McKinnon and J.L. Hart",
            ["Ludwig van Beethoven", "McKinnon", "J.L. Hart"],
        ),
    ],
)
def test_a_run_starts_at_a_word(text, runs):
    assert [m.group().strip() for m in _RUN.finditer(text)] == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # a letter with a diacritic first, inside, or in a particle's name
        (
            "President Enrique Peña Nieto met Émile Zola",
            ["President Enrique Peña Nieto", "Émile Zola"],
        ),
        ("Recep Tayyip Erdoğan and Łukasz Żurek", ["Recep Tayyip Erdoğan", "Łukasz Żurek"]),
        (
            "Mélanie Joly, François-Philippe Champagne",
            ["Mélanie Joly", "François-Philippe Champagne"],
        ),
        ("Federico de Jesús and Ángel Di María", ["Federico de Jesús", "Ángel Di María"]),
        ("the café in Québec", ["Québec"]),  # no name starts inside "café"
    ],
)
def test_a_run_reads_names_with_diacritics_whole(text, runs):
    assert [m.group().strip() for m in _RUN.finditer(text)] == runs


@given(st.sampled_from([*sorted(_GENDERED)[::7], "Trump", "Acme", "the", "Ms.", "mother,"]))
def test_has_gender_is_gender_of_one_word(word):
    assert has_gender(word) == (gender_of(word) is not None)
    assert has_gender(word.capitalize()) == (gender_of(word.capitalize()) is not None)


@pytest.mark.parametrize(
    ("word", "opening", "expected"),
    [
        ("Jagmeet", True, True),  # no common word
        ("Pat", True, True),  # a census given name
        ("Mark", True, True),  # a common word and a given name
        ("Neither", True, False),  # a common word opening a sentence
        ("Yet", True, False),
        ("Rush", False, True),  # "host Rush Limbaugh": its capital is its own
        ("Rush", True, False),
        ("The", False, False),  # a function word anywhere
    ],
)
def test_a_word_may_be_a_given_name_unless_a_common_word_opens_a_sentence(word, opening, expected):
    assert may_be_given_name(word, opening=opening) is expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a role word after a given name only the census knows is a surname
        ("Oilers defenceman Darnell Nurse", "Darnell Nurse"),
        ("Coach Nick Nurse", "Nick Nurse"),
        # ... but not after an article: the run describes
        ("the Florida Republican", None),
        ("a Texas Democrat", None),
    ],
)
def test_a_role_word_after_a_census_given_name_is_a_surname_unless_an_article_leads(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # an occupation capitalised first before a full name is no part of it (was the name's)
        ("Fiddler Natalie MacMaster", "Natalie MacMaster"),
        ("Comedian Sarah Silverman", "Sarah Silverman"),
        ("Biologist Nick Bos", "Nick Bos"),
        # a given name or an initial first is the name's (guards)
        ("Jamie Lee Curtis", "Jamie Lee Curtis"),
        ("Norbert Leo Butz", "Norbert Leo Butz"),
        ("J. Gerald Hebert", "J. Gerald Hebert"),
        # a company's abbreviated word makes the run a company's (was "Loblaw Cos")
        ("Loblaw Cos. Ltd.", None),
        ("Ford Motor Co.", None),
    ],
)
def test_an_occupation_or_a_company_word_is_no_part_of_a_persons_name(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a plural owner names no one who speaks: the union, the brother does (were the
        # owner: "Nova Scotia Nurses", "Tom Jones")
        ("the Nova Scotia Nurses' Union", None),
        ("the Ontario Secondary School Teachers’ Federation", None),
        ("Tom Jones' brother", None),
        # a name that ends in s, with no apostrophe, or one that opens a word, is a name
        ("Dr. Ann Jones", "Ann Jones"),
        ("Ann Jones, 'a friend'", "Ann Jones"),
    ],
)
def test_a_plural_possessive_is_an_owner_not_the_speaker(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # an organisation's word in the plural, and the words "of", "for" and "and" chain
        # to it (were "Disease Control", "Prevention", "Institutes", "Policy Research")
        ("The Centers for Disease Control and Prevention", None),
        ("the Center for Disease Control and Prevention", None),
        ("National Institutes of Health", None),
        ("the Center for Economic and Policy Research", None),
        # a unit, a division: an agency's words (was "Investigation Unit", "Independent" its
        # party, a role)
        ("The Independent Investigation Unit", None),
        ("Ontario's Special Investigations Unit", None),
        ("the RCMP's Major Crime Division", None),
        # a place's first word opens a body's name; a company's word (were "Shore Rescue",
        # "Motors", people)
        ("North Shore Rescue", None),
        ("General Motors", None),
        # a patrol is a body's word (was "Highway Patrol", a person after "State")
        ("the Ohio State Highway Patrol", None),
        # guard: a title after the place's words, the name after it
        ("New Jersey Gov. Chris Christie", "Chris Christie"),
        # guards: a person and where they work; a person after an organisation's spokesman
        ("Ann Reyes of Metro Research", "Ann Reyes"),
        ("a spokesman for the Department of Health and Human Services, Tom Smith", "Tom Smith"),
    ],
)
def test_an_organisations_name_names_no_one(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("full", "name", "expected"),
    [
        ("Vernon Adams Jr.", "Adams", True),
        ("Vernon Adams Jr.", "Vernon Adams", True),
        ("Donald Trump Jr.", "Trump Jr.", True),
        ("Donald Trump", "Trump Jr.", False),
        ("C. Stewart Verdery", "Stewart Verdery", True),
        ("Jane Verdery", "Stewart Verdery", False),
    ],
)
def test_a_full_name_ends_with_a_shorter_one_generations_aside(full, name, expected):
    assert names_end(full, name) is expected
    assert surname_of(full) == full.split()[-2 if full.endswith("Jr.") else -1]


@given(st.text(alphabet="aAbBeElLMcSGnrtJ- .,'’\nÉé", max_size=24))
def test_name_run_matches_finds_the_runs_the_run_pattern_finds(text):
    expected = [(m.start(), m.end()) for m in _RUN.finditer(text)]
    assert [(m.start(), m.end()) for m in name_run_matches(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed el-Sayed Hassan said",  # a small prefix inside a run
        "el-Sayed said, and al-Assad agreed",  # runs from a small prefix
        "support among non-African-Americans has generated",  # the prefix's run, then the next
        "Gen. Lt. Col. J.L. McCain Jr. and Sen. Ted Cruz",  # titles, initials, "Mc"
        "NATO's U.S.-led mission",
    ],
)
def test_name_run_matches_by_hand(text):
    assert [m.group() for m in name_run_matches(text)] == [m.group() for m in _RUN.finditer(text)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The veteran quarterback shrugged off questions.", "The veteran quarterback"),
        ("But the 44-year-old coach said no.", "the 44-year-old coach"),
        ("A neighbour was asleep.", None),  # no definite description
        ("Tom Li shrugged.", None),
    ],
)
def test_a_definite_description_opening_a_sentence_as_its_subject(sentence, phrase):
    found = epithet_opening(sentence)
    assert (None if found is None else sentence[found[0] : found[1]]) == phrase


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a letter's encoding damage inside a name is part of the word (was cut there:
        # "Enrique Pe", "Fran", "Arturo Sarukh"), composed or decomposed ("A" and a combining
        # tilde), read once or twice
        ("Mexican President Enrique PeÃ±a Nieto", "Enrique PeÃ±a Nieto"),
        ("President FranÃ§ois Hollande", "FranÃ§ois Hollande"),
        (
            "Mexican President Enrique Pe\u0041\u0303\u00b1a Nieto",
            "Enrique Pe\u0041\u0303\u00b1a Nieto",
        ),
        (
            "Arturo Sarukh\u0041\u0303\u0083\u0041\u0302\u00a1n",
            "Arturo Sarukh\u0041\u0303\u0083\u0041\u0302\u00a1n",
        ),
        # a guard: names with their letters whole, as before
        ("President François Hollande", "François Hollande"),
    ],
)
def test_a_letters_encoding_damage_stays_in_the_name(phrase, name):
    assert split_name(phrase)[0] == name


def test_an_organisations_word_is_a_surname_where_the_article_names_such_a_person():
    # "Bank" ends no name ("the Bank said"), unless the article names a person so
    assert split_name("Bank")[0] is None
    assert split_name("president Per Bank")[0] is None
    assert split_name("Bank", surnames=frozenset({"Bank"}))[0] == "Bank"
    assert split_name("president Per Bank", surnames=frozenset({"Bank"}))[0] == "Per Bank"
    assert split_name("Bank of Montreal", surnames=frozenset({"Bank"}))[0] is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a run after "in" is where the person is (was the name: "Red Deer")
        ("Travel agent Rhonda Pike in Red Deer", "Rhonda Pike"),
        ("a teacher in Red Deer", None),
        ("the wife of John Smith", "John Smith"),  # a guard: "of" a person stays
        ("Realtor Vince Tam", "Vince Tam"),  # an occupation as a title (was in the name)
    ],
)
def test_a_place_after_in_or_a_title_is_no_part_of_the_name(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # where a person named in full works, after words describing it (was the place)
        ("Sarah Wright-Gilbert of the riders' group Ottawa Transit Riders",
         "Sarah Wright-Gilbert"),
        ("Ann Reyes of the advocacy group Fair Vote Canada", "Ann Reyes"),
        # guards: right after the preposition, and a lone word before it (as before)
        ("Ann Reyes of Metro Research", "Ann Reyes"),
        ("Coun. Tom Li of Ottawa", "Tom Li"),
        # titles and occupations before a name (were part of it)
        ("Trustee Kathy McDonald", "Kathy McDonald"),
        ("Filmmaker Jack Marino", "Jack Marino"),
        ("Passenger Amy Chen", "Amy Chen"),
        # guard: an occupation common as a surname stays one (as before)
        ("Teal Baker", "Teal Baker"),
    ],
)  # fmt: skip
def test_a_place_of_work_or_a_title_before_is_no_part_of_the_name(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a title, a word no dictionary has, then a title's word: a surname (was no name,
        # "King" read as a title and "Rawlson" dropped before it)
        ("Coun. Rawlson King", "Rawlson King"),
        ("Dr. Anwuli Judge", "Anwuli Judge"),
        # guards: a common word between (an office), a known given name before (as before)
        ("Deputy Health Minister", None),
        ("Sen. Mark Dean", "Mark Dean"),
    ],
)
def test_a_titles_word_after_a_title_and_an_unknown_word_is_a_surname(phrase, name):
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    "phrase",
    [
        # a run a number follows names a thing (was "Local" / "Unifor Local": a person)
        "The Amalgamated Transit Union Local 1505",
        "Unifor Local 444",
        "CUPE Local 79",
        # an office in capitals after a party's word (was "Tory MP": a person)
        "The Tory MP",
        "the Liberal MLA",
    ],
)
def test_a_run_a_number_follows_is_no_persons_name(phrase):
    assert split_name(phrase) == (None, None)


def test_a_name_after_a_run_a_number_follows_is_still_found():
    # guard: the number ends the thing's run only
    assert split_name("Formula 1 driver Lance Stroll")[0] == "Lance Stroll"


@pytest.mark.parametrize(
    ("sentence", "extent"),
    [
        # a capitalised noun heads the description (was "The Italian said he", a pronoun
        # taken for its noun)
        ("The Italian said he had spoken to the players.", "The Italian"),
        ("The veteran quarterback shrugged off questions.", "The veteran quarterback"),
    ],
)
def test_the_description_opening_a_sentence(sentence, extent):
    found = epithet_opening(sentence)
    assert found is not None and sentence[found[0] : found[1]] == extent


def test_a_person_noun_capitalised_before_a_name_no_dictionary_has_is_no_part_of_it():
    # in a speaker phrase (was "Promoter Yvon Michel": "Yvon" is on no list)
    assert occupation_first(["Promoter", "Yvon", "Michel"], speaking=True)
    assert split_name("Promoter Yvon Michel")[0] == "Yvon Michel"
    # guards: in running text ("a Boxer Indemnity Scholarship"); a common word second; an
    # organisation's word in what follows
    assert not occupation_first(["Boxer", "Indemnity", "Scholarship"])
    assert not occupation_first(["Parent", "Make", "Waves"], speaking=True)
    assert split_name("Parent Development Council") == (None, None)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a hyphenated occupation before a name (was kept as the name's first word)
        (["Co-founder", "Aidan", "Gomez"], "Aidan Gomez"),
        (["Co-chair", "Tom", "Li"], "Tom Li"),
    ],
)
def test_a_hyphenated_occupation_before_a_name_is_no_part_of_it(words, name):
    assert occupation_first(words, speaking=True)
    assert split_name(" ".join(words))[0] == name
    # guard: a hyphenated surname after a given name stays the name's
    assert split_name("Marie Saint-Laurent")[0] == "Marie Saint-Laurent"


def test_a_run_and_joins_to_an_organisation_is_no_persons_name():
    # (was the person "Canada Mortgage"; guard: two people joined by "and")
    assert split_name("Canada Mortgage and Housing Corp.") == (None, None)
    assert split_name("Tom Li and Ann Reyes")[0] == "Ann Reyes"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # a name word after "d'" goes on with the run (was "Marguerite" and "Entremont")
        ("Before dawn, Marguerite d'Entremont is on the wharf.",
         ["Before", "Marguerite d'Entremont"]),
        ("Anne-Marie d’Amours spoke.", ["Anne-Marie d’Amours"]),
        # guard: no run opens with it (the capital after it opens one)
        ("Then said d'Entremont.", ["Then", "Entremont"]),
    ],
)  # fmt: skip
def test_a_name_word_after_d_and_an_apostrophe_is_part_of_the_name(text, runs):
    assert [m.group() for m in name_run_matches(text)] == runs


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a regnal title stays with the one given name it goes with (was "Francis")
        ("Pope Francis", "Pope Francis"),
        ("King Charles", "King Charles"),
        # an agent's occupation capitalised before a name (was kept as the name's)
        ("Astronomer Elaina Hyde of York University", "Elaina Hyde"),
        ("Mathematician Hermann Weyl", "Hermann Weyl"),
        # guards: a title before a full name goes; a surname that ends like an agent
        ("Sen. Ann Reyes", "Ann Reyes"),
        ("Walker Buehler", "Walker Buehler"),
    ],
)
def test_regnal_titles_stay_and_occupations_go(phrase, name):
    assert split_name(phrase)[0] == name


def test_the_regnal_title_alone_is_the_person_named_with_it(speakers):
    body = (
        "Pope Francis apologized on Monday for the church's role in residential schools.\n\n"
        '"I humbly beg forgiveness," the Pope said in Spanish.'
    )
    # was "the Pope", kept as written
    assert speakers(body) == ["Pope Francis"]


@pytest.mark.parametrize(
    "phrase",
    ["the Northern Irishman", "the Welshwoman", "a proud Scotsman", "the Russian-born Australian"],
)
def test_a_nations_man_or_woman_is_no_name(phrase):
    # (was "Northern Irishman" as a person's name, another person than the golfer meant)
    from analysis.quotes.names import split_name

    assert split_name(phrase)[0] is None


def test_a_nationality_alone_may_be_a_surname():
    # guard: "Mark Cuban ... Cuban said" (one word is no description of where one is from)
    from analysis.quotes.names import split_name

    assert split_name("Cuban")[0] == "Cuban"


def test_a_surname_that_is_a_nations_word_stays_a_name():
    from analysis.quotes.names import split_name

    assert split_name("coach Lisa German")[0] == "Lisa German"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # two particles inside a name (was "Leyen", the rest read as titles)
        ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ("boxer Oscar de la Hoya", "Oscar de la Hoya"),
        # one particle, as before
        ("chief executive Alexis von Hoensbroech", "Alexis von Hoensbroech"),
    ],
)
def test_a_name_with_particles_between_its_words(phrase, name):
    from analysis.quotes.names import split_name

    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "and" and one capitalised word end the phrase: one name, a body's (was "Squamish
        # Search", and "and Rescue" its role)
        ("A hiker was found alive, Squamish Search and Rescue said Saturday.",
         "Squamish Search and Rescue"),
        ("The Department of Fisheries and Oceans said it would investigate.",
         "the Department of Fisheries and Oceans"),
        # a guard: two people named in full
        ("Ann Reyes and Tom Li said they were happy.", "Ann Reyes and Tom Li"),
    ],
)  # fmt: skip
def test_a_run_and_one_capitalised_word_after_and_name_no_person(sentence, speaker):
    from analysis import extract_quotes, parse_article

    frame = extract_quotes(parse_article(f"A headline\n\nVANCOUVER — {sentence}\n"))
    assert list(frame["speaker"]) == [speaker]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # French and Quebec given names the US census lacks or gives the other sex (were
        # none, "Stéphane" a woman's)
        ("Stéphane Bergeron", "m"), ("François Legault", "m"), ("Jean-François Roberge", "m"),
        ("Luc Ferrandez", "m"), ("Josée Legault", "f"), ("Marie-Ève Proulx", "f"),
        ("Nathalie Normandeau", "f"),
        # a name of one sex in English and the other in French tells none
        ("Jean Charest", None),
    ],
)  # fmt: skip
def test_a_french_given_name_shows_its_sex(name, gender):
    from analysis.quotes.names import gender_of

    assert gender_of(name) == gender


def test_a_he_after_a_jean_is_his_not_another_mans(speakers):
    # (was François Legault's, once the lists knew him a man and Jean a woman)
    assert speakers(
        "QUEBEC — Premier François Legault announced the plan Tuesday.\n\nFormer premier "
        'Jean Charest criticized the plan on Wednesday. "It will hurt the economy," he said.'
    ) == ["Jean Charest"]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # a hyphenated surname whose first part has an apostrophe or "Mc" (was cut at the
        # hyphen: "Mike O'Brien", "Grant")
        ("Head coach Mike O'Brien-Grant was less definite.", ["Head", "Mike O'Brien-Grant"]),
        ("Chief executive Dave McKay-Lewis said", ["Chief", "Dave McKay-Lewis"]),
        # as before
        ("Conan O'Brien and Ann McKinnon said", ["Conan O'Brien", "Ann McKinnon"]),
        ("el-Sayed Hassan said", ["el-Sayed Hassan"]),
    ],
)  # fmt: skip
def test_runs_of_names_with_an_apostrophe_and_a_hyphen(text, runs):
    from analysis.quotes.names import name_run_matches

    assert [m.group() for m in name_run_matches(text)] == runs
