"""The description a clause opens with, up to its verb (analysis.quotes.noun_phrases)."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article
from analysis.quotes.noun_phrases import (
    _noun_phrase,
    contact_relative_subject,
    description_before_verb,
    name_given_in,
    plural_description,
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The world's largest potash producer blamed weak prices",
            "The world's largest potash producer",
        ),
        (
            "a former Republican committee staffer announced plans",
            "a former Republican committee staffer",
        ),
        ("The conservative publication said it would", "The conservative publication"),
        ("The mining giant has blamed the market", "The mining giant"),
    ],
)
def test_a_plain_description_runs_to_its_verb(clause, expected):
    assert description_before_verb(clause) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "Nutrien blamed weak prices",  # a name: no description
        "The retired teacher blamed the board",  # a participle first: the verb is unknown
        "The Miami relatives thus far said",  # an adverb: the phrase ends before it
        "The head of the union blamed the board",  # a preposition: a longer phrase
        "The man who blamed the board",  # a relative clause
        "The company also blamed the market",  # an adverb before the verb
        "The company blames the market",  # a present tense: not told from a plural noun
    ],
)
def test_no_description_where_the_phrase_is_not_plain(clause):
    assert description_before_verb(clause) is None


def test_a_coordinated_verb_takes_the_whole_description_before_the_first():
    # "The world's largest potash producer blamed ..., and said": the producer named before
    frame = extract_quotes(
        parse_article(
            "Potash\n\nSASKATOON — Nutrien Ltd. will idle its Vanscoy potash mine for six "
            "months, the company said Tuesday.\n\n"
            "The world's largest potash producer blamed weak prices and high inventories, and said "
            "it would shift production to its lower-cost mines.\n"
        )
    )
    row = frame[frame["quote"].str.startswith("it would shift")]
    assert row["speaker"].tolist() == ["Nutrien Ltd."]


@pytest.mark.parametrize(
    ("clause", "phrase"),
    [
        # a capitalised word, modifiers in lower case and a role noun: the people (was the
        # capitalised word alone: "Manitoba" spoke)
        ("Manitoba health officials confirmed a case and", "Manitoba health officials"),
        ("Law enforcement sources said", "Law enforcement sources"),
        # a role in the singular before a name: the name goes on (was "Republican")
        ("Republican presidential candidate Donald Trump quickly took",
         "Republican presidential candidate Donald Trump"),
        # an office going on after its role noun, and what it is of (was "Ontario's chief")
        ("Ontario's chief medical officer of health urged residents",
         "Ontario's chief medical officer of health"),
        ("The bank's senior vice-president said", "The bank's senior vice-president"),
        ("The chief medical officer said", "The chief medical officer"),
        # guards: a verb and a determiner; a verb and a collective noun
        ("Mrs. Clinton shook her head", "Mrs. Clinton"),
        ("Millennials see police as", "Millennials"),
    ],
)  # fmt: skip
def test_a_noun_phrase_goes_on_through_modifiers_to_its_role_noun(clause, phrase):
    assert _noun_phrase(clause) == phrase


@pytest.mark.parametrize(
    ("description", "plural"),
    [
        ("the officials", True),
        ("many voters", True),
        # a noun in -ss, -us or -is; one person after "a" (were plural: "a witness")
        ("a witness", False),
        ("the boss", False),
        ("the campus", False),
        ("one of the nurses", False),
        ("the Times", False),
    ],
)
def test_a_description_of_several_people(description, plural):
    assert plural_description(description.split()) is plural


@pytest.mark.parametrize(
    ("segment", "subject"),
    [
        ("a pledge his main rival", "his main rival"),
        ("a plan the mayor", "the mayor"),
        ("a probe the law enforcement agency", "the law enforcement agency"),
        # people in the plural with no determiner (was the whole: "a change supporters")
        ("a change supporters", "supporters"),
        ("a project experts", "experts"),
        # guard: a count before the plural (one noun phrase)
        ("the two lawmakers", None),
        # guards: a participle or a relative word between (one noun phrase); a preposition
        ("the union representing the bank's call-centre staff", None),
        ("a trend that the foundation predicts", None),
        ("the head of the union", None),
    ],
)
def test_the_subject_of_a_relative_clause_with_no_that(segment, subject):
    assert contact_relative_subject(segment) == subject


@pytest.mark.parametrize(
    ("segment", "name"),
    [
        ("a woman who gave her name only as Jessie", "Jessie"),
        ("a man who identified himself as Tom Reed", "Tom Reed"),
        ("a resident who asked to be identified only as Marie", "Marie"),
        ("a woman who gave her name to police", None),
        ("a woman who lives in Halifax", None),
    ],
)
def test_the_name_a_relative_clause_gives(segment, name):
    assert name_given_in(segment) == name


def test_a_description_that_gives_its_name_and_one_a_rival_called_something(speakers):
    body = (
        "HALIFAX — One resident of the park, a woman who gave her name only as Jessie, said "
        'she had been on a waiting list. "Where am I supposed to go?" she said.\n\nPremier '
        'David Eby promised to cut rates, a pledge his main rival called "a bribe with your '
        'own money."'
    )
    # were "a woman" (twice) and "a pledge his main rival"
    assert speakers(body) == ["Jessie", "Jessie", "his main rival"]


def test_a_surname_with_an_elided_particle_is_part_of_a_name():
    from analysis.quotes.noun_phrases import _noun_phrase

    # was "Conservative MP Chris": "d'Entremont" opens with a lower-case letter
    assert _noun_phrase("Conservative MP Chris d'Entremont crossed the floor") == (
        "Conservative MP Chris d'Entremont"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a he in lower case past an opening word, before a colon (was no one: the clause
        # was taken to open with no noun phrase)
        ('Rémi Cormier says he will stay.\n\nThen he corrects himself: "I am not going to '
         'retire."', "Rémi Cormier"),
        ('Ann Reyes ran the mill for 30 years.\n\nStill, she has one regret: "We never '
         'modernised."', "Ann Reyes"),
    ],
)  # fmt: skip
def test_a_pronoun_after_an_opening_word_is_a_colon_introductions_subject(body, speaker):
    frame = extract_quotes(parse_article(f"A headline\n\n{body}\n"))
    assert frame["speaker"].iloc[-1] == speaker


def test_a_lower_case_pronoun_opens_a_clauses_noun_phrase():
    assert _noun_phrase("he corrects himself") == "he"
    assert _noun_phrase("they shrugged") == "they"
    assert _noun_phrase("hence the delay") == ""  # (a word in lower case, no pronoun)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # a couple, men or women as a group, with any irregular past (were no group)
        ("The couple bought the bakery in 2009.", "The couple"),
        ("The men appeared in court Wednesday.", "The men"),
        ("Two women took the stand.", "Two women"),
        ("The researchers found a flaw.", "The researchers"),
        # guards: no people; a verb no list of pasts knows
        ("The buildings fell in the storm.", None),
        ("The couple's bakery opens at 4 a.m.", None),
    ],
)
def test_a_group_of_people_a_sentence_opens_with(sentence, group):
    from analysis.quotes.noun_phrases import plural_subject

    assert plural_subject(sentence) == group


def test_they_after_a_couple_opening_the_sentence_before(last_speaker):
    assert (
        last_speaker(
            "MONCTON — Marie and Luc Thibodeau open their bakery at 4 a.m.\n\nThe couple bought "
            "the bakery in 2009. They said they have never thrown out a loaf."
        )
        == "the couple"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the noun after "of a <word>" belongs to the phrase (was "The mayor of a small")
        ("The mayor of a small town south of Montreal has resigned",
         "The mayor of a small town"),
        ("The owner of a local bakery said", "The owner of a local bakery"),
        # guards: a verb after it; one word after the article already the noun
        ("The head of a union said", "The head of a union"),
        ("The mayor of a town has resigned", "The mayor of a town"),
    ],
)  # fmt: skip
def test_the_noun_after_of_a_modifier_is_the_phrases(clause, expected):
    assert _noun_phrase(clause) == expected


@pytest.mark.parametrize(
    ("clause", "phrase"),
    [
        # a count of people opening a clause (was "More than", "Some", nothing)
        ("More than 2,000 scientists urged Congress", "More than 2,000 scientists"),
        ("Some 40 Democratic senators signed", "Some 40 Democratic senators"),
        ("About 300 people said", "About 300 people"),
        # guards: a count of things; a share; a name
        ("More than 300 trucks arrived", "More than"),
        ("About 40 per cent of voters said", "About"),
        ("Ann Reyes said", "Ann Reyes"),
    ],
)
def test_a_count_of_people_opens_a_clause_as_its_noun_phrase(clause, phrase):
    from analysis.quotes.noun_phrases import _noun_phrase

    assert _noun_phrase(clause) == phrase


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the object of a verb or a preposition before "who" (was the sentence's subject)
        ("A jury ordered the company to pay $45 million to a retired school custodian",
         "a retired school custodian"),
        ("The court sided with a tenant", "a tenant"),
        ("Police arrested the man", "the man"),
        # guards: the subject opening the text; a clause's words inside the phrase
        ("A nurse", None),
        ("The city said the", None),
        ("The board sent it to the man that", None),
    ],
)  # fmt: skip
def test_the_description_a_relative_who_follows_as_an_object(clause, expected):
    from analysis.quotes.noun_phrases import object_before_who

    assert object_before_who(clause) == expected
