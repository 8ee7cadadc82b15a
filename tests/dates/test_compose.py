"""Expressions read together with their neighbours (``analysis.dates.compose``): "the week
of" a day, the dates of one list or range sharing a year, the second day of a range. (The day
a clock time is on: ``test_times.py``.) Dateline: Tuesday 6 May 2003."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The hearing is set for the week of June 9.",
         [("the week of June 9", "DATE", "2003-W24")]),
        ("They met the weekend of May 3.", [("the weekend of May 3", "DATE", "2003-W18-WE")]),
        # TimeBank-style extents keep a part of a named day out: the date alone
        ("He was shot on the night of May 2.", [("May 2", "DATE", "2003-05-02")]),
        ("The week of chaos began on Monday.", [("Monday", "DATE", "2003-05-05")]),
    ],
)  # fmt: skip
def test_the_week_of_a_named_day_is_one_expression(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a season of a year however the year is written
        ("The autumn of nineteen ninety-five was wet.",
         [("The autumn of nineteen ninety-five", "DATE", "1995-FA")]),
        ("Talks resumed in the fall of last year.",
         [("the fall of last year", "DATE", "2002-FA")]),
        ("The winter of 1995-96 was cold.", [("The winter of 1995-96", "DATE", "1995-WI")]),
        # "the fall of" something else is no season
        ("After the fall of the Berlin Wall in 1989, trade grew.", [("1989", "DATE", "1989")]),
        # early, late, mid- belong to any date and leave its value as it is
        ("It began in late nineteen ninety.", [("late nineteen ninety", "DATE", "1990")]),
        ("Police came early Friday morning.",
         [("early Friday morning", "DATE", "2003-05-02TMO")]),
        ("In the second half of the 20th century, cities grew.",
         [("the second half of the 20th century", "DATE", "19")]),
        ("Prices peaked at the end of the 1990s.", [("the end of the 1990s", "DATE", "199")]),
        ("The deal closes by end of June; stocks rose at end-March.",
         [("end of June", "DATE", "2003-06"), ("end-March", "DATE", "2003-03")]),
        ("In the second half of the game he scored.", []),
        # ... "a Sunday night service" is that Sunday's
        ("About 500 people attended a Sunday night memorial service.",
         [("Sunday night", "DATE", "2003-05-04TNI")]),
        ("He died late Monday; talks resume early next week.",
         [("late Monday", "DATE", "2003-05-05"), ("early next week", "DATE", "2003-W20")]),
    ],
)  # fmt: skip
def test_a_season_or_a_part_of_a_date_belongs_to_it(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the dates of one list or range share the year written on one of them
        ("Prices rose between March and June 2001.",
         [("March", "DATE", "2001-03"), ("June 2001", "DATE", "2001-06")]),
        ("The talks ran from Jan. 5 to Feb. 9, 1999.",
         [("Jan. 5", "DATE", "1999-01-05"), ("Feb. 9, 1999", "DATE", "1999-02-09")]),
        ("He visited on May 3 and 4, 2001.",
         [("May 3", "DATE", "2001-05-03"), ("4", "DATE", "2001-05-04"), ("2001", "DATE", "2001")]),
        ("Sales fell in May and June last year.",
         [("May", "DATE", "2002-05"), ("June last year", "DATE", "2002-06")]),
        ("It happened in March 2001 and June.",
         [("March 2001", "DATE", "2001-03"), ("June", "DATE", "2001-06")]),
        # not across a clause
        ("Rates rose in 1998 and fell in March.",
         [("1998", "DATE", "1998"), ("March", "DATE", "2003-03")]),
        ("In June, 2001 people came.", [("June", "DATE", "2002-06")]),
    ],
)  # fmt: skip
def test_a_list_of_dates_shares_its_year(dates, body, expected):
    assert dates(body) == expected


def test_a_range_of_days_is_two_dates(dates):
    assert dates("The talks, held Jan. 5-7, failed. Scores were 5-3 on Jan. 9.") == [
        ("Jan. 5", "DATE", "2003-01-05"),
        ("7", "DATE", "2003-01-07"),
        ("Jan. 9", "DATE", "2003-01-09"),
    ]
    assert dates("Feb. 28-30 is no range.") == [("Feb. 28", "DATE", "2003-02-28")]
    # a list of days in one month: each is a date; a count after "and" is not
    assert dates("The summit met on April 24 and 25.") == [
        ("April 24", "DATE", "2003-04-24"),
        ("25", "DATE", "2003-04-25"),
    ]
    assert dates("On April 24 and 25 people died.") == [("April 24", "DATE", "2003-04-24")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The talks, held from 10–12 March, failed.",
         [("10", "DATE", "2003-03-10"), ("12 March", "DATE", "2003-03-12")]),
        ("On 3 and 4 May it rained.",
         [("3", "DATE", "2003-05-03"), ("4 May", "DATE", "2003-05-04")]),
    ],
)  # fmt: skip
def test_a_day_first_range_is_two_dates(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a range of weekdays keeps its order: one that ran began the week before ...
        ("The strike ran from Monday to Friday.",
         [("Monday", "DATE", "2003-04-28"), ("Friday", "DATE", "2003-05-02")]),
        # ... one to come ends the week after
        ("The fair will run from Friday to Monday.",
         [("Friday", "DATE", "2003-05-09"), ("Monday", "DATE", "2003-05-12")]),
        # an ordered range is left as it is
        ("It rained from Thursday to Saturday.",
         [("Thursday", "DATE", "2003-05-01"), ("Saturday", "DATE", "2003-05-03")]),
    ],
)  # fmt: skip
def test_a_range_of_weekdays_keeps_its_order(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a length counted from a day written after it: one date, the day moved
        ("He left two days before Christmas.",
         [("two days before Christmas", "DATE", "2002-12-23")]),
        ("She came back a week after March 3.", [("a week after March 3", "DATE", "2003-03-10")]),
        ("He was seen the day before last Tuesday.",
         [("the day before last Tuesday", "DATE", "2003-04-28")]),
        # ... not one that lasts from the day, nor one counted from an event
        ("He was jailed for 10 days after March 3.",
         [("10 days", "DURATION", "P10D"), ("March 3", "DATE", "2003-03-03")]),
        ("Three days after the vote, he quit.", [("Three days", "DURATION", "P3D")]),
    ],
)  # fmt: skip
def test_a_length_counted_from_a_day(dates, body, expected):
    assert dates(body) == expected
