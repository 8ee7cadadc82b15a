"""The clauses inside the words before a verb (analysis.quotes.clauses), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.clauses import person_opening_with_who, subordinate_plural
from analysis.quotes.reported import reported


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (" as shippers", True),
        (" while freight shippers ", True),
        ("because critics", True),
        # guards: an adverb in -s; a name; a singular; a plural in -ss
        (" as always", False),
        (" as Ann Reyes", False),
        (" as the union", False),
        (" as witnesses", True),
        (" as business", False),
    ],
)
def test_a_subordinator_and_a_bare_plural(part, expected):
    assert subordinate_plural(part) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the bare plural after "as" set off by a comma speaks (was "Monday", the last
        # capitalised word before the comma)
        ("The lockout entered its second week on Monday, as shippers warned that goods were "
         "piling up in rail yards.", [("goods were piling up in rail yards", "shippers")]),
        # (was "The lockout")
        ("The lockout entered its second week, while critics warned that goods were piling "
         "up.", [("goods were piling up", "critics")]),
    ],
)  # fmt: skip
def test_a_bare_plural_after_a_subordinator_is_its_clauses_speaker(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (" has pitted a developer against city planners", "city planners"),
        ("The plan angered the residents", "the residents"),
        ("The vote surprised some analysts and activists", "some analysts and activists"),
        ("The plan angered planners", "planners"),
        # guards: no plural; a name; a singular in -ss
        ("The plan angered the mayor", None),
        ("The plan echoes Tom McMillen", None),
        ("The plan angered the boss", None),
    ],
)
def test_the_people_a_who_after_a_bare_plural_stands_for(part, expected):
    from analysis.quotes.clauses import people_before_who

    assert people_before_who(part) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "who" after a bare plural: those people speak (was "A proposed", the sentence's
        # subject cut)
        ("A proposed 26-storey tower on Victoria's Inner Harbour has pitted a developer "
         "against city planners, who say it is too tall for the area.",
         [("it is too tall for the area", "city planners")]),
        # staff after an opening phrase, "planning" no participle (was no report)
        ("In a report to council, planning staff said the tower would cast shadows.",
         [("the tower would cast shadows", "planning staff")]),
        # guard: a participial phrase set off still is no subject
        ("The mayor, speaking after the vote, said it was over.",
         [("it was over", "The mayor")]),
    ],
)  # fmt: skip
def test_people_before_who_and_staff_after_an_opening_speak(sentence, expected):
    assert [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)] == expected


@pytest.mark.parametrize(
    ("lead", "subject", "expected"),
    [
        # the relative clause's last noun is no person: the description opening the sentence
        ("WINNIPEG — A nurse who worked at the home months before an outbreak ", "an outbreak",
         "A nurse"),
        ("A retired teacher who tutors children after school ", "school", "A retired teacher"),
        # guards: a person or a name ends the relative clause; no person opens; a comma
        ("A nurse who worked with two doctors ", "two doctors", None),
        ("The man who sold the car to Ann Reyes ", "Ann Reyes", None),
        ("A report that came out before an outbreak ", "an outbreak", None),
        ("A nurse who worked there, and an outbreak ", "an outbreak", None),
    ],
)  # fmt: skip
def test_the_person_opening_a_sentence_with_who_speaks_past_a_things_noun(lead, subject, expected):
    assert person_opening_with_who(lead, subject) == expected


@pytest.mark.parametrize(
    ("segment", "subject"),
    [
        # a role in lower case before the name (was no subject: the clause before spoke)
        ("The team pays billets $450 a month, which general manager Jason Ripplinger",
         "general manager Jason Ripplinger"),
        ("the old mill, which Mayor Ann Reyes", "Mayor Ann Reyes"),
        # guard: a verb before the name is no role ("which prompted Jason Ripplinger")
        ("The city spent $2 million, which prompted Jason Ripplinger", None),
    ],
)  # fmt: skip
def test_the_subject_of_an_object_relative_clause_may_follow_its_role(segment, subject):
    from analysis.quotes.clauses import _OBJECT_RELATIVE

    found = _OBJECT_RELATIVE.search(segment)
    assert (found["subject"] if found else None) == subject
