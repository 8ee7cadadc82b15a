"""Whom a sentence is about (analysis.quotes.salience): the one person the sentence before a
description names as its subject, read by hand."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.quotes.people import People
from analysis.quotes.salience import subject_before


def _subject_before(body: str, description: str, gender: str | None = None) -> str | None:
    people = People(parse_article(f"A headline\n\n{body}\n"))
    found = subject_before(people, people.article.text.index(description), gender=gender)
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("body", "description", "gender", "expected"),
    [
        # the one person the sentence before names, as its subject
        ("Stuart Skinner made 38 saves. Skinner shrugged. It was the netminder's night.",
         "the netminder", None, "Stuart Skinner"),
        ("Mary Gagnon opened the bakery. Gagnon is undeterred. Said the mother of three: no.",
         "the mother of three", "f", "Mary Gagnon"),
        # of another gender than the description's
        ("Tom Li opened the bakery. Li is undeterred. Said the mother of three: no.",
         "the mother of three", "f", None),
        # the person named is no subject, or someone else is named beside them
        ("Police arrested Tom Li on Friday. Then the student spoke.", "the student", None, None),
        ("Ann Reyes thanked Tom Li. Then the senator spoke.", "the senator", None, None),
        ("Ann Reyes thanked Bo Dole. Then the senator spoke.", "the senator", None, None),
        # a pronoun opens the sentence before: the name after it is no subject
        ("Ann Reyes won. She thanked Tom Li. Then the senator spoke.", "the senator", None,
         None),
        ('Ann Reyes won. "I thank Tom Li," she said. Then the senator spoke.', "the senator",
         None, None),
        # someone named in the description's own sentence before it
        ("Ann Reyes spoke. Asked about Tom Li, the candidate said no.", "the candidate", None,
         None),
        # sentences wholly inside a quotation are not the sentence before (was None)
        ('Sergio Castillo said he was calm. "Honestly? It was easy," said the Californian.',
         "the Californian", None, "Sergio Castillo"),
        # the speaker of what the sentence before reports, after it: the one it is about,
        # not those named in what they said (was None: the coach stood first)
        ("Coach Tom Li scolded his team, Jim Reyes said, after a bad half. It was fair, the "
         "forward said.", "the forward", None, "Jim Reyes"),
        # guards: someone else named outside what was said (None, as before)
        ("Coach Tom Li scolded his team, Jim Reyes said, as Bo Dole watched. It was fair, the "
         "forward said.", "the forward", None, None),
        # guard: the speaker first, others in what they said (as before)
        ("Ann Reyes said Tom Li had won. Then the senator spoke.", "the senator", None,
         "Ann Reyes"),
        # the first sentence: nothing before it
        ("The senator spoke first.", "The senator", None, None),
        # past sentences that mention no one (was None: "There was no hum." names no one)
        ("Mary Gagnon opened a hive. There was no hum. Then the 64-year-old spoke.",
         "the 64-year-old", None, "Mary Gagnon"),
        ("Mary Gagnon opened a hive. It was empty. There was no hum. Then the 64-year-old "
         "spoke.", "the 64-year-old", None, "Mary Gagnon"),
        # guards: a sentence with a pronoun, a word for a person, a capitalised word or a
        # quotation may be about someone else (None, as before)
        ("Mary Gagnon opened a hive. A neighbour watched. Then the 64-year-old spoke.",
         "the 64-year-old", None, None),
        ("Mary Gagnon opened a hive. They watched. Then the 64-year-old spoke.",
         "the 64-year-old", None, None),
        ("Mary Gagnon opened a hive. Obama defended it. Then the 64-year-old spoke.",
         "the 64-year-old", None, None),
        ('Mary Gagnon opened a hive. It was "empty" then. Then the 64-year-old spoke.',
         "the 64-year-old", None, None),
        # no further than two such sentences
        ("Mary Gagnon opened a hive. It was empty. There was no hum. It was cold. Then the "
         "64-year-old spoke.", "the 64-year-old", None, None),
        # the "I" of an abbreviation in a dateline is no pronoun before the subject (was
        # None)
        ("CORNWALL, P.E.I. — Mary Gagnon opened a hive. Then the 64-year-old spoke.",
         "the 64-year-old", None, "Mary Gagnon"),
        # past a sentence that refers to someone only by pronouns of one gender: the
        # subject before it, of that gender (were None)
        ("Ernest Côté landed at Juno Beach. On Saturday, he sat on his lawn. Then the "
         "veteran spoke.", "the veteran", None, "Ernest Côté"),
        ("Natalia Kowalchuk found the notebooks. They are the menu at the restaurant she "
         "opened in March. Then the 34-year-old chef spoke.", "the 34-year-old chef", None,
         "Natalia Kowalchuk"),
        # guards: pronouns of another gender than the subject's or the description's, of
        # both genders, beside a word for a person or a name (None, as before)
        ("Jim Reyes landed at Juno Beach. On Saturday, she sat on her lawn. Then the "
         "veteran spoke.", "the veteran", None, None),
        ("Ernest Côté landed at Juno Beach. On Saturday, he sat on his lawn. Then the "
         "mother of three spoke.", "the mother of three", "f", None),
        ("Ernest Côté landed at Juno Beach. He thanked her. Then the veteran spoke.",
         "the veteran", None, None),
        ("Ernest Côté landed at Juno Beach. He thanked a nurse. Then the veteran spoke.",
         "the veteran", None, None),
        ("Ernest Côté landed at Juno Beach. He thanked Tom Li. Then the veteran spoke.",
         "the veteran", None, None),
        # an object pronoun of the subject's sex speaks of someone else of that sex, whom
        # the description may be (was Abby Wambach)
        ("Abby Wambach congratulated her on Twitter. Then the 36-year-old spoke.",
         "the 36-year-old", None, None),
        ("Jim Reyes thanked him again. Then the 36-year-old spoke.", "the 36-year-old",
         None, None),
        # the object of a participle set off after the clause stands in a lesser place (was
        # None: two people)
        ("Jacob Markstrom was sharp early, stopping Elias Pettersson on a breakaway. Then the "
         "goaltender spoke.", "the goaltender", None, "Jacob Markstrom"),
        # guard: the object of the main verb may be the one described (None, as before)
        ("Jacob Markstrom stopped Elias Pettersson on a breakaway. Then the goaltender spoke.",
         "the goaltender", None, None),
        # the agent of a passive acts, as a subject does (was None: "The group" the subject)
        ("The group was started by Mavis Thornton, a retired nurse. Then the 81-year-old "
         "spoke.", "the 81-year-old", None, "Mavis Thornton"),
        # guard: a name after "by" with no passive is no subject (None, as before)
        ("The group meets by Mavis Thornton's house. Then the 81-year-old spoke.",
         "the 81-year-old", None, None),
        # a dateline's place names no one else (was None: "DES MOINES" read as a name)
        ("DES MOINES, Iowa — Ted Cruz won the caucuses. Then the Texas senator spoke.",
         "the Texas senator", None, "Ted Cruz"),
        # a name inside a phrase of time a participle opens stands in a lesser place (was
        # None: two people)
        ("Marco Rubio ended his campaign after losing the primary to Donald Trump. Then the "
         "senator spoke.", "the senator", None, "Marco Rubio"),
        # a name inside a relative clause set off after the subject, and a surname alone in a
        # lesser place, name no one else (was None)
        ("Nick Taylor won. Tommy Fleetwood, who had matched Taylor shot for shot, was "
         "gracious. Then the Englishman spoke.", "the Englishman", None, "Tommy Fleetwood"),
        ("Ann Li spoke. Bill Clinton got in on the game, bashing Li during a rally. Then the "
         "former president spoke.", "the former president", None, "Bill Clinton"),
        # a name in what the subject said names no one else (was None)
        ("WASHINGTON — Mitch McConnell said Sunday that the Senate would not hold hearings "
         "on Judge Merrick Garland's nomination. Then the Kentucky Republican spoke.",
         "the Kentucky Republican", None, "Mitch McConnell"),
        # a name in a clause of time or reason whose subject is the subject's he/she (was
        # None: two people); an event named like a person is no one (the Republican National
        # Convention)
        ("Ted Cruz was booed off the stage at the Republican National Convention after he "
         "declined to endorse Donald Trump. Then the Texas senator spoke.", "the Texas senator",
         None, "Ted Cruz"),
        ("Ann Li left early because she had argued with Tom Ray. Then the senator spoke.",
         "the senator", None, "Ann Li"),
        # ... or a name: what happened to the subject (was None: two men, and "him")
        ("Marco Rubio ended his campaign after Donald Trump beat him in Florida. Then the "
         "senator spoke.", "the senator", None, "Marco Rubio"),
        # guard: a surname alone as the object of the main verb
        ("Ann Li spoke. Bill Clinton thanked Li at a rally. Then the former president spoke.",
         "the former president", None, None),
        # guard: a name another's speech verb is set off after, what they say is about (was
        # Sanders)
        ('Brian Fallon spoke. Sanders, he said, "is running out of time." Then the former '
         "secretary of state spoke.", "the former secretary of state", None, None),
        # the one the subject beat, in the infinitive of the win (was None: two people)
        ("Brad Gushue made a double takeout with his last stone to beat Kevin Koe. Then the "
         "skip spoke.", "the skip", None, "Brad Gushue"),
        # a name in an as-clause set off after the main one (was None: two people)
        ("Bernie Sanders won the primary on Tuesday, as Hillary Clinton looked ahead to New "
         "York. Then the senator spoke.", "the senator", None, "Bernie Sanders"),
        # a him in what the subject told someone is the subject (was None: another man)
        ("Donald Trump told supporters at a rally here Monday that the election was rigged "
         "against him. Then the Republican nominee spoke.", "the Republican nominee", None,
         "Donald Trump"),
        # guards: a possessive her; him inside the clause the subject said (the subject)
        ("Abby Wambach thanked her first coach. Then the 36-year-old spoke.",
         "the 36-year-old", None, "Abby Wambach"),
        ("Jim Reyes said it was cool that Tom Li praised him. Then the 36-year-old spoke.",
         "the 36-year-old", None, "Jim Reyes"),
    ],
)  # fmt: skip
def test_the_subject_of_the_sentence_before_and_no_one_else(body, description, gender, expected):
    assert _subject_before(body, description, gender) == expected


@pytest.mark.parametrize(
    ("body", "description", "role", "expected"),
    [
        # another person named in the sentence before, given another role, is set aside
        # (was None: two people named)
        ("Donald Trump called upon Mayor Bill de Blasio to act. Then the candidate spoke.",
         "the candidate", "candidate", "Donald Trump"),
        # guards: no role for the description; the other given no role, or the same one
        ("Donald Trump called upon Mayor Bill de Blasio to act. Then the candidate spoke.",
         "the candidate", None, None),
        ("Donald Trump called upon Bill de Blasio to act. Then the candidate spoke.",
         "the candidate", "candidate", None),
        ("Sen. Ann Reyes thanked Sen. Bo Dole on Monday. Then the senator spoke.",
         "the senator", "senator", None),
        # the role given at another mention of the person (was None: "Kasich" had none)
        ("Ohio Gov. John Kasich spoke. Ted Cruz has called on Kasich to drop out. Then the "
         "senator spoke.", "the senator", "senator", "Ted Cruz"),
    ],
)  # fmt: skip
def test_others_given_another_role_are_set_aside(body, description, role, expected):
    people = People(parse_article(f"A headline\n\n{body}\n"))
    found = subject_before(people, people.article.text.index(description), role=role)
    assert (None if found is None else found.name) == expected
