"""Where a name stands in its sentence (analysis.quotes.run_places): whether the words
before it open its clause or only describe it; each lead read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.run_places import described_lead, opens_clause


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Oilers coach ", True),
        ("The 32-year-old ", True),
        ("Republican presidential candidate ", True),
        ("The younger ", True),  # a sibling told apart by age
        ("the eldest ", True),
        ("The younger brother of ", False),  # the name is another's
        ("He thanked the older ", False),  # a verb before it: its object's
        ("Police arrested ", False),
        ("", False),
    ],
)
def test_words_that_only_describe_a_name(lead, expected):
    assert described_lead(lead) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("", True),
        ("In the third period, the older ", True),  # an opening phrase, then a description
        ("On Tuesday, Oilers coach ", True),
        ("With the primaries over, ", True),
        ("When Rollins accused him of grandstanding, ", True),
        ('"Lyin\' Ted," ', True),
        ("Fans cheered for ", False),
        ("In the third period, fans booed the older ", False),
    ],
)
def test_a_lone_name_opens_its_clause_by_its_place(lead, expected):
    assert opens_clause(lead, first=True) is expected
