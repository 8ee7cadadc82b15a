"""Durations without a number. Sentences written for each family, with the value the TimeML /
TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He spent another month there.", [("another month", "DURATION", "P1M")]),
        ("It needs an additional year.", [("an additional year", "DURATION", "P1Y")]),
        ("Over the year, sales grew.", [("the year", "DURATION", "P1Y")]),
        ("It was a multi-year deal.", [("multi-year", "DURATION", "PXY")]),
        ("Within days the city fell.", [("days", "DURATION", "PXD")]),
        ("Prices may rise in coming weeks.", [("coming weeks", "DURATION", "PXW")]),
        ("In the days ahead and the weeks to come, talks go on.",
         [("the days ahead", "DURATION", "PXD"), ("the weeks to come", "DURATION", "PXW")]),
        # "the year" is a stretch of time after "over", a date when something is its own
        ("The year's results were good.", [("The year", "DATE", "2003")]),
        ("In the first minutes, he spoke.", [("the first minutes", "DURATION", "PTXM")]),
        ("He had another idea.", []),
        # adjectives of duration: the article belongs to the noun, not to the expression
        ("A day-long strike began.", [("day-long", "DURATION", "P1D")]),
        ("The decades-long feud goes on.", [("decades-long", "DURATION", "PXDE")]),
        ("A years-old slump ended.", [("years-old", "DURATION", "PXY")]),
        # an age is no temporal expression
        ("A 6-year-old boy and his 39-year-old father.", []),
        ("Mr. Smith, 45 years old, and a man 30 years of age.", []),
    ],
)  # fmt: skip
def test_durations_without_a_number(dates, body, expected):
    assert dates(body) == expected
