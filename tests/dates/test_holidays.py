"""Holidays and named days. Sentences written for each family, with the value the TimeML /
TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Good Friday, they met.", [("Good Friday", "DATE", "2003-04-18")]),
        ("Ash Wednesday came early.", [("Ash Wednesday", "DATE", "2003-03-05")]),
        ("Shoppers lined up on Black Friday.", [("Black Friday", "DATE", "2002-11-29")]),
        # a named event: only its year, and no weekday of the story
        ("Gold crashed on Black Friday 1869.", [("Black Friday 1869", "DATE", "1869")]),
        ("They marched on Bloody Sunday.", []),
        ("Voters go to the polls on Super Tuesday.", []),
        ("Officials in Washington Friday said no.", [("Friday", "DATE", "2003-05-02")]),
        # idioms with a clock word name no time
        ("For Poland, high noon comes today.", [("today", "DATE", "2003-05-06")]),
        ("They burned the midnight oil.", []),
        # a title is no date; a Title Case headline-like line still has its dates
        ("The Day After Tomorrow is a film.", []),
        ("PM To Speak Tomorrow Morning On Budget", [("Tomorrow Morning", "DATE", "2003-05-07TMO")]),
        ("The vote will be at noon Friday.", [("noon Friday", "TIME", "2003-05-09T12:00")]),
        # the week that holds a named day: ISO week of Easter (20 April 2003)
        ("Crowds came in Easter week.", [("Easter week", "DATE", "2003-W16")]),
        # named alone: the next one in a sentence about the future, the last one in a
        # sentence that tells what happened ("said" only reports), else the nearest
        ("He will return after Christmas.", [("Christmas", "DATE", "2003-12-25")]),
        ("Stores opened on Christmas Eve.", [("Christmas Eve", "DATE", "2002-12-24")]),
        ("Retailers said Labor Day sales will be strong.", [("Labor Day", "DATE", "2003-09-01")]),
        ("Retailers said Labor Day sales were weak.", [("Labor Day", "DATE", "2002-09-02")]),

    ],
)  # fmt: skip
def test_named_days(dates, body, expected):
    assert dates(body) == expected


def test_a_holiday_naming_a_thing_is_no_date(dates):
    assert dates("He flew to Easter Island; the Easter Rising failed; a Christmas tree.") == []
    assert dates("On Christmas Day he left.") == [("Christmas Day", "DATE", "2002-12-25")]


def test_independence_day_is_the_fourth_of_july_only_in_the_united_states(dates):
    assert dates("Ukraine marked Independence Day.") == [("Independence Day", "DATE", "2003-XX-XX")]
    assert dates("Americans marked Independence Day.") == [
        ("Independence Day", "DATE", "2002-07-04")
    ]


def test_a_canadian_thanksgiving_is_the_second_monday_of_october(dates):
    # 2002: Monday 14 October in Canada, Thursday 28 November in the United States
    assert dates("Canadians gathered on Thanksgiving.") == [("Thanksgiving", "DATE", "2002-10-14")]
    assert dates("Americans gathered on Thanksgiving.") == [("Thanksgiving", "DATE", "2002-11-28")]


def test_a_named_week_has_begun_when_its_monday_has(dates):
    # Easter 2003: Sunday 20 April, ISO week 16 (14-20 April); the story: Tuesday 15 April
    found = dates("Crowds prayed as Easter week began.", "2003-04-15")
    assert found == [("Easter week", "DATE", "2003-W16")]


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [
        # the weekend a holiday makes long: before a Monday holiday, after a Thursday one
        ("Over the Labor Day weekend, 40 people died.", "2003-09-06",
         [("the Labor Day weekend", "DATE", "2003-W35-WE")]),
        ("Thanksgiving weekend sales rose.", "2003-09-06",
         [("Thanksgiving weekend", "DATE", "2002-W48-WE")]),
    ],
)  # fmt: skip
def test_a_holiday_weekend(dates, body, dateline, expected):
    assert dates(body, dateline) == expected
