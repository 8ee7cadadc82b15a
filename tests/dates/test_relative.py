"""The general rules counted from the dateline (``analysis.dates.relative``): relative days
and periods, seasons, ago, lengths of time with their modifiers — sentences written for each,
with the value the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It took almost two years.", [("almost two years", "DURATION", "P2Y")]),
        ("It took more than a decade.", [("more than a decade", "DURATION", "P10Y")]),
        ("It lasted no more than two days, at most three weeks.",
         [("no more than two days", "DURATION", "P2D"),
          ("at most three weeks", "DURATION", "P3W")]),
        # a bare plural after a verb of lasting
        ("The campaign could last weeks; rebuilding took months.",
         [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
        # an anniversary: "ago today"
        ("A hundred years ago today, the archduke was shot.",
         [("A hundred years ago today", "DATE", "1903-05-06")]),
        # "last" the verb is no modifier
        ("The campaign could last several more days.",
         [("several more days", "DURATION", "PXD")]),
        # "a second," is an ordinal
        ("The probe will pass a second, smaller moon.", []),
        ("It took the better part of a decade and about 5 1/2 hours.",
         [("the better part of a decade", "DURATION", "P10Y"),
          ("about 5 1/2 hours", "DURATION", "PT5H30M")]),
        ("Over the past five years it grew.", [("the past five years", "DURATION", "P5Y")]),
        ("Prices rose earlier this month.", [("earlier this month", "DATE", "2003-05")]),
        # the edge of a period belongs to it, and leaves its value as it is
        ("Rates rose at the end of last year.", [("the end of last year", "DATE", "2002")]),
        ("The plan runs through the end of 1991.", [("the end of 1991", "DATE", "1991")]),
        ("The program ends in the year 2010.", [("the year 2010", "DATE", "2010")]),
        ("The rate was set for the week ending May 2.",
         [("the week ending May 2", "DATE", "2003-W18")]),
        # "the end of the year": the year talked about, or the dateline's
        ("The deal expires at the end of the month.",
         [("the end of the month", "DATE", "2003-05")]),
        ("He joined in 1985. At the end of the year he left.",
         [("1985", "DATE", "1985"), ("the end of the year", "DATE", "1985")]),
        ("At the end of the day, it is about money.", []),
        ("It was the end of the year-long war.", [("year-long", "DURATION", "P1Y")]),
    ],
)  # fmt: skip
def test_full_extents_keep_their_modifiers(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Work will resume in the spring.", [("the spring", "DATE", "2004-SP")]),
        ("Work will resume in the summer.", [("the summer", "DATE", "2003-SU")]),
        ("Sales fell in the fall.", [("the fall", "DATE", "2002-FA")]),
        ("Sales fell in the spring.", [("the spring", "DATE", "2003-SP")]),
        ("Classes in the fall semester begin.", []),
        ("The fall of Rome was slow.", []),
        # a season alone after a preposition, where the phrase ends
        ("We hope to finish by spring.", [("spring", "DATE", "2004-SP")]),
        ("Prices have risen since fall.", [("fall", "DATE", "2002-FA")]),
        ("He hurt his arm in spring training; leaves turn in fall colours.", []),
        # a season coordinated with another
        (
            "Tourists came in the spring and summer.",
            [("the spring", "DATE", "2003-SP"), ("summer", "DATE", "2002-SU")],
        ),
        ("Bread and summer fruit are cheap.", []),
    ],
)
def test_the_season_follows_the_tense(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relative day capitalised in a sentence that is not: the title of a film or a book
        ("The Day After Tomorrow is a film about the climate.", []),
        # ... but in a line in Title Case every word is capitalised
        (
            "Talks Will Resume The Day After Tomorrow",
            [("The Day After Tomorrow", "DATE", "2003-05-08")],
        ),
        (
            "The talks resume the day after tomorrow.",
            [("the day after tomorrow", "DATE", "2003-05-08")],
        ),
    ],
)
def test_a_relative_day_in_a_title(dates, body, expected):
    assert dates(body) == expected
