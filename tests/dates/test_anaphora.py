"""Anaphoric dates: valued against the date the text talks about. Sentences written for each
family, with the value the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003
unless said otherwise)."""

from __future__ import annotations

import pytest


def test_anaphoric_dates_follow_the_date_the_text_talks_about(dates):
    found = dates(
        "The dam was finished in 1998. The previous year, floods had hit the valley. "
        "On March 3, 2001, the dam failed. Three days later the army arrived. That month "
        "the rain stopped."
    )
    values = {text: value for text, _, value in found}
    assert values["The previous year"] == "1997"
    assert values["Three days later"] == "2001-03-06"
    assert values["That month"] == "2001-03"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # finer than the date talked about: the unknown part stays unknown, never invented
        ("The firm lost money in 2001. That month sales fell.", ("That month", "2001-XX")),
        ("The firm lost money in 2001. The week before, it was sold.",
         ("The week before", "2001-WXX")),
        ("The firm lost money in May 2001. The day after, it was sold.",
         ("The day after", "2001-05-XX")),
        ("The firm lost money in 2001. Three days later it was sold.",
         ("Three days later", "2001-XX-XX")),
        # fine enough: counted from it, a part of a day kept as TIMEX3 writes it
        ("He met her on May 3. The next morning, they left.",
         ("The next morning", "2003-05-04TMO")),
        ("He met her on May 3. The next day, they left.", ("The next day", "2003-05-04")),
    ],
)  # fmt: skip
def test_anaphora_never_invents_a_finer_date(dates, body, expected):
    assert expected in [(text, value) for text, _, value in dates(body)]


def test_earlier_in_the_day_is_the_day_talked_about(dates):
    found = dates("He died on May 3. Earlier in the day, crowds gathered.")
    assert ("Earlier in the day", "DATE", "2003-05-03") in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He arrived on May 3. He had called the day before, police said.",
         [("May 3", "DATE", "2003-05-03"), ("the day before", "DATE", "2003-05-02")]),
        ("He was killed last October. His name was crossed out that same day.",
         [("last October", "DATE", "2002-10"), ("that same day", "DATE", "2002-10-XX")]),
        ("He arrived on May 3 and left the day after.",
         [("May 3", "DATE", "2003-05-03"), ("the day after", "DATE", "2003-05-04")]),
        # anchored to an event, not to the date talked about: no value to give
        ("He was last seen May 3, the day before police issued a warrant.",
         [("May 3", "DATE", "2003-05-03")]),
        ("He arrived on May 3, the day after the vote.", [("May 3", "DATE", "2003-05-03")]),
        ("He arrived on May 3, the week before Smith resigned.", [("May 3", "DATE", "2003-05-03")]),
    ],
)  # fmt: skip
def test_the_day_before_counts_from_a_date_only_standing_alone(dates, body, expected):
    assert dates(body) == expected


def test_a_date_bounding_a_comparison_is_not_what_the_text_talks_about(dates):
    found = dates("Rates rose to the highest since 1998. Sales fell at the end of the year.")
    assert found == [("1998", "DATE", "1998"), ("the end of the year", "DATE", "2003")]


def test_the_end_of_the_year_in_a_clause_about_the_future_is_the_datelines(dates):
    found = dates("He joined in 1985. Markets expect a rise by the end of the year.")
    assert found == [("1985", "DATE", "1985"), ("the end of the year", "DATE", "2003")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # since the start of the year, up to now: the dateline's year
        ("The vote was held in 2001. Since the start of the year, 20 people have died.",
         [("2001", "DATE", "2001"), ("the start of the year", "DATE", "2003")]),
        # ... but told from a past time, the year talked about
        ("The vote was held in 2001. Since the start of the year, 20 people had died.",
         [("2001", "DATE", "2001"), ("the start of the year", "DATE", "2001")]),
    ],
)  # fmt: skip
def test_since_the_start_of_the_year_in_the_present_perfect_is_the_datelines(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "for the year", "during the week": the period talked about, else the dateline's
        ("For the year, net income rose. For the week, the index fell.",
         [("the year", "DATE", "2003"), ("the week", "DATE", "2003-W19")]),
        ("In 1998 the firm grew. During the year, it hired 300 people.",
         [("1998", "DATE", "1998"), ("the year", "DATE", "1998")]),
        # "over the year": as long as one
        ("Over the year, prices rose 5%.", [("the year", "DURATION", "P1Y")]),
        # not a title, a year written after it, or a period before or after another
        ("He was named player of the year. The year 2000 was big.",
         [("The year 2000", "DATE", "2000")]),
    ],
)  # fmt: skip
def test_the_period_talked_about(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a weekday counted from the day talked about
        ("Next Tuesday he meets the pope. The following Tuesday he flies to Rome.",
         [("Next Tuesday", "DATE", "2003-05-13"),
          ("The following Tuesday", "DATE", "2003-05-20")]),
        ("On March 3, a Monday, the talks began. The previous Friday, rebels attacked.",
         [("March 3", "DATE", "2003-03-03"), ("The previous Friday", "DATE", "2003-02-28")]),
        # no day talked about: nothing to count from
        ("In 1999 he left. The following Tuesday he came back.", [("1999", "DATE", "1999")]),
    ],
)  # fmt: skip
def test_weekdays_counted_from_the_day_talked_about(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a season counted from the date talked about: after a year, the next year's ...
        ("The law passed in 1998. The following spring it took effect. That summer, prices "
         "rose.",
         [("1998", "DATE", "1998"), ("The following spring", "DATE", "1999-SP"),
          ("That summer", "DATE", "1999-SU")]),
        # ... after a day or month, the first to begin after it, the last to end before it,
        # the one it falls in (January is in the winter begun the December before)
        ("He left in January 2001. The previous winter had been mild.",
         [("January 2001", "DATE", "2001-01"), ("The previous winter", "DATE", "1999-WI")]),
        ("He left in January 2001. During that winter he was ill.",
         [("January 2001", "DATE", "2001-01"), ("that winter", "DATE", "2000-WI")]),
        ("He left in January 2001. The following spring he returned.",
         [("January 2001", "DATE", "2001-01"), ("The following spring", "DATE", "2001-SP")]),
        # ... and that season is talked about from there
        ("He left in January 2001. The previous winter had been mild; that winter he was ill.",
         [("January 2001", "DATE", "2001-01"), ("The previous winter", "DATE", "1999-WI"),
          ("that winter", "DATE", "1999-WI")]),
        # "that" as a conjunction
        ("Officials said that summer jobs are scarce.", []),
    ],
)  # fmt: skip
def test_seasons_counted_from_the_date_talked_about(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a weekend counted from the date talked about
        ("The vote was held on March 3. That weekend, protests began. The following weekend "
         "they ended.",
         [("March 3", "DATE", "2003-03-03"), ("That weekend", "DATE", "2003-W10-WE"),
          ("The following weekend", "DATE", "2003-W11-WE")]),
        # ... never a weekend the year talked about cannot tell
        ("In 1999 he left. That weekend he returned.",
         [("1999", "DATE", "1999"), ("That weekend", "DATE", "1999-WXX-WE")]),
    ],
)  # fmt: skip
def test_weekends_counted_from_the_date_talked_about(dates, body, expected):
    assert dates(body) == expected


def test_anaphora_inside_one_sentence(dates):
    found = dates("He fled in June 1998 and returned later that year.")
    assert found[-1] == ("later that year", "DATE", "1998")
