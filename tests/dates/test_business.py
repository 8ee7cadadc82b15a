"""Business periods: quarters, halves, fiscal years, period codes, the year-earlier period.
Sentences written for each family, with the value the TimeML / TIMEX3 guidelines give
(dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Profit fell in the quarter.", [("the quarter", "DATE", "2003-Q1")]),
        ("Sales rose from the year-earlier quarter.",
         [("the year-earlier quarter", "DATE", "2002-Q1")]),
        ("The company expects a loss in fiscal 2003.", [("fiscal 2003", "DATE", "FY2003")]),
        ("The 2002 fiscal year was hard.", [("The 2002 fiscal year", "DATE", "FY2002")]),
        ("Profit fell in FY2002 and FY 2001-02.",
         [("FY2002", "DATE", "FY2002"), ("FY 2001-02", "DATE", "FY2002")]),
        ("Revenue for the fiscal year rose.", [("the fiscal year", "DATE", "FY2003")]),
        ("Sales will pick up by the year's end.", [("the year's end", "DATE", "2003")]),
        ("Profit doubled in the second half.", [("the second half", "DATE", "2003-H2")]),
        # period codes: with a year, or a preposition or article right before them
        ("Growth in Q3 2002 and H1 2003 was weak.",
         [("Q3 2002", "DATE", "2002-Q3"), ("H1 2003", "DATE", "2003-H1")]),
        ("Profit rose in Q3.", [("Q3", "DATE", "2002-Q3")]),
        ("Sales will rise in Q4.", [("Q4", "DATE", "2003-Q4")]),
        ("He drives an Audi Q3; the H1N1 virus spread.", []),
        # a half stays in the dateline's year, as "the second half" does
        ("Sales rose in H2.", [("H2", "DATE", "2003-H2")]),
        ("Sales rose in the second half.", [("the second half", "DATE", "2003-H2")]),
        # "of the year": the year talked about, else the dateline's
        ("The deal closes in the second half of the year.",
         [("the second half of the year", "DATE", "2003-H2")]),
        ("In 2001, sales rose in the first quarter of the year.",
         [("2001", "DATE", "2001"), ("the first quarter of the year", "DATE", "2001-Q1")]),
    ],
)  # fmt: skip
def test_business_periods(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [
        # "the prior-year quarter" is a year before the quarter just named
        ("Profit rose in the second quarter from the prior-year quarter.", "2003-08-06",
         [("the second quarter", "DATE", "2003-Q2"),
          ("the prior-year quarter", "DATE", "2002-Q2")]),
        ("Sales fell in the third quarter. The quarter was hard.", "2003-05-06",
         [("the third quarter", "DATE", "2002-Q3"), ("The quarter", "DATE", "2002-Q3")]),
        # a quarter not yet begun is last year's, unless the clause looks ahead
        ("Fourth-quarter profit doubled.", "2003-02-06", [("Fourth-quarter", "DATE", "2002-Q4")]),
        ("The firm expects a loss in the fourth quarter.", "2003-02-06",
         [("the fourth quarter", "DATE", "2003-Q4")]),
        ("Growth slowed in the first quarter of last year.", "2003-05-06",
         [("the first quarter of last year", "DATE", "2002-Q1")]),
        ("Sales fell in 1999. In the second quarter of the previous year they rose.", "2003-05-06",
         [("1999", "DATE", "1999"),
          ("the second quarter of the previous year", "DATE", "1998-Q2")]),
    ],
)  # fmt: skip
def test_quarters_follow_the_period_talked_about(dates, body, dateline, expected):
    assert dates(body, dateline) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year before the period talked about: the same quarter when that is a quarter
        ("Third-quarter net fell to $12 million from $14 million a year earlier.",
         [("Third-quarter", "DATE", "2002-Q3"), ("a year earlier", "DATE", "2001-Q3")]),
        ("Net rose in March 2003 from the year-ago period.",
         [("March 2003", "DATE", "2003-03"), ("the year-ago period", "DATE", "2002-03")]),
        ("Sales in the most recent period rose.", [("the most recent period", "DATE", "2003-Q1")]),
        # "a fiscal year" is any fiscal year: no date
        ("The company has a fiscal year ending in June.", [("June", "DATE", "2003-06")]),
        # "the latest quarter" is the last one reported, whatever the text talked about
        ("In the year-ago quarter it earned $5 million. In the latest quarter it lost.",
         [("the year-ago quarter", "DATE", "2002-Q1"), ("the latest quarter", "DATE", "2003-Q1")]),
    ],
)  # fmt: skip
def test_year_earlier_periods(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the period compared with is no new topic: "the quarter" after it stays the one reported
        ("Third-quarter net rose to $45 million from $40 million a year earlier. Revenue for "
         "the quarter rose 8%.",
         [("Third-quarter", "DATE", "2002-Q3"), ("a year earlier", "DATE", "2001-Q3"),
          ("the quarter", "DATE", "2002-Q3")]),
        ("Profit in the first quarter topped the prior-year quarter. Costs in the quarter fell.",
         [("the first quarter", "DATE", "2003-Q1"), ("the prior-year quarter", "DATE", "2002-Q1"),
          ("the quarter", "DATE", "2003-Q1")]),
        # ... nor the base of another year-earlier period
        ("Second-quarter sales beat those of a year earlier and the year-earlier period.",
         [("Second-quarter", "DATE", "2003-Q2"), ("a year earlier", "DATE", "2002-Q2"),
          ("the year-earlier period", "DATE", "2002-Q2")]),
    ],
)  # fmt: skip
def test_the_period_compared_with_is_not_what_the_text_talks_about(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the article belongs to the noun a hyphenated quarter modifies
        ("The second-quarter figure was revised.", [("second-quarter", "DATE", "2003-Q2")]),
        ("The fiscal third-quarter loss widened.", [("fiscal third-quarter", "DATE", "2002-Q3")]),
        ("The third quarter was weak.", [("The third quarter", "DATE", "2002-Q3")]),
    ],
)  # fmt: skip
def test_an_adjectival_quarter_leaves_the_article_out(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quarter of a year named by its possessive
        ("In 2001's fourth quarter it earned $10 million; last year's second half was weak.",
         [("2001's fourth quarter", "DATE", "2001-Q4"),
          ("last year's second half", "DATE", "2002-H2")]),
        # "the previous quarter": before the one talked about ...
        ("Third-quarter profit rose. In the previous quarter, it lost money. That quarter was "
         "hard.",
         [("Third-quarter", "DATE", "2002-Q3"), ("the previous quarter", "DATE", "2002-Q2"),
          ("That quarter", "DATE", "2002-Q2")]),
        # ... else before the one reported
        ("In the previous quarter it lost money.", [("the previous quarter", "DATE", "2002-Q4")]),
        # compared with, it is no new topic
        ("Revenue in the first quarter rose 5% from the previous quarter. Costs for the quarter "
         "fell.",
         [("the first quarter", "DATE", "2003-Q1"), ("the previous quarter", "DATE", "2002-Q4"),
          ("the quarter", "DATE", "2003-Q1")]),
    ],
)  # fmt: skip
def test_quarters_named_from_another(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "In the second half, he scored twice.",
        "The Raptors led at halftime and pulled away in the fourth quarter.",
        "She scored 12 points in the quarter.",
    ],
)
def test_parts_of_a_game_are_no_dates(dates, body):
    assert dates(body) == []


def test_business_halves_stay_dates_beside_game_words(dates):
    assert dates("Sales of game consoles rose in the second half.") == [
        ("the second half", "DATE", "2003-H2")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the period" of a company's figures is the quarter talked about
        ("Net income rose in the third quarter. Revenue in the period climbed 9%; in the same "
         "period, costs fell.",
         [("the third quarter", "DATE", "2002-Q3"), ("the period", "DATE", "2002-Q3"),
          ("the same period", "DATE", "2002-Q3")]),
        # ... and no date elsewhere
        ("Net income rose in the third quarter. During the period, he wrote a novel.",
         [("the third quarter", "DATE", "2002-Q3")]),
        ("Sales rose in the period of the strike.", []),
    ],
)  # fmt: skip
def test_the_period_of_a_companys_figures(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "year-earlier" on its own, an adjective: the period talked about, a year before
        ("Third-quarter net fell, compared with a year-earlier loss.",
         [("Third-quarter", "DATE", "2002-Q3"), ("year-earlier", "DATE", "2001-Q3")]),
        # "the latest week": the last one completed
        ("Mortgage rates fell in the latest week.", [("the latest week", "DATE", "2003-W18")]),
    ],
)  # fmt: skip
def test_year_earlier_alone_and_the_latest_week(dates, body, expected):
    assert dates(body) == expected
