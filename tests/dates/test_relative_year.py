"""A month or a season with a relative year. Sentences written for each family, with the value
the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sales rose in March this year.", [("March this year", "DATE", "2003-03")]),
        ("The plant closed in October last year.", [("October last year", "DATE", "2002-10")]),
        ("They met in the autumn of 2001.", [("the autumn of 2001", "DATE", "2001-FA")]),
        ("They met last April.", [("last April", "DATE", "2003-04")]),  # the latest April
        # a month and day with a relative year: one expression
        ("The law took effect on Oct. 1 last year.",
         [("Oct. 1 last year", "DATE", "2002-10-01")]),
        ("The plant opens 1 June next year.", [("1 June next year", "DATE", "2004-06-01")]),
        # two periods back or on
        ("The year before last, profits fell; the vote is the week after next.",
         [("The year before last", "DATE", "2001"), ("the week after next", "DATE", "2003-W21")]),
        ("The weekend before last, it snowed.",
         [("The weekend before last", "DATE", "2003-W17-WE")]),
    ],
)  # fmt: skip
def test_month_or_season_with_a_relative_year(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [
        # "the past week": the seven days up to the dateline, named by the week holding their
        # middle — the dateline's week from a Thursday on, the week before until then
        ("Prices rose over the past week.", "2000-04-14", [("the past week", "DATE", "2000-W15")]),
        ("Prices rose over the past week.", "2000-04-10", [("the past week", "DATE", "2000-W14")]),
        ("Sales fell in the last month.", "2000-04-28", [("the last month", "DATE", "2000-04")]),
        # "last week" is the calendar week before
        ("Last week it rained.", "2000-04-14", [("Last week", "DATE", "2000-W14")]),
    ],
)  # fmt: skip
def test_the_past_week_is_the_seven_days_up_to_the_dateline(dates, body, dateline, expected):
    assert dates(body, dateline) == expected
