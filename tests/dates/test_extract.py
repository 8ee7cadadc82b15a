"""Temporal expressions: spans, TIMEX3 values resolved against datelines, no false positives."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import extract_dates, parse_article, timeline
from analysis.dates.extract import DATE_COLUMNS


def found(sentence: str, dateline: str | None = "2021-08-17") -> list[tuple[str, str, str]]:
    head = f" date {dateline} Headline\n\n" if dateline else ""
    frame = extract_dates(parse_article(head + sentence + "\n"))
    frame = frame[frame["paragraph"] > 0]
    return list(zip(frame["text"], frame["type"], frame["value"], strict=True))


def test_our_article(article):
    frame = extract_dates(article)
    assert list(frame.columns) == DATE_COLUMNS
    assert list(zip(frame["text"], frame["type"], frame["value"], strict=True)) == [
        ("today", "DATE", "2021-08-17"),
        ("the years", "DURATION", "PXY"),
        ("2003", "DATE", "2003"),
        ("2014", "DATE", "2014"),
        ("the last few weeks", "DURATION", "PXW"),
        ("a year ago", "DATE", "2020"),
        ("now", "DATE", "PRESENT_REF"),
        ("Sunday", "DATE", "2021-08-15"),
    ]
    for row in frame.itertuples():
        assert article.text[row.start : row.end] == row.text
    sunday = frame[frame["text"] == "Sunday"].iloc[0]
    assert sunday["date"] == pd.Timestamp("2021-08-15")
    assert sunday["granularity"] == "day"
    assert (sunday["paragraph"], sunday["sentence"]) == (7, 10)
    durations = frame[frame["type"] == "DURATION"]
    assert durations["date"].isna().all()
    assert durations["granularity"].isna().all()


def test_prepositions_are_not_part_of_the_span():
    assert found("Since 2003, troops stayed.") == [("2003", "DATE", "2003")]
    assert found("They left on Sunday.")[0][0] == "Sunday"


@pytest.mark.parametrize(
    ("sentence", "dateline", "expected"),
    [
        ("It happened today.", "2021-08-17", ("today", "DATE", "2021-08-17")),
        ("It happened yesterday.", "2021-01-01", ("yesterday", "DATE", "2020-12-31")),
        ("It happens tomorrow.", "2020-02-28", ("tomorrow", "DATE", "2020-02-29")),
        ("It happens tomorrow.", "2021-02-28", ("tomorrow", "DATE", "2021-03-01")),
        ("They met on Sunday.", "2021-08-17", ("Sunday", "DATE", "2021-08-15")),
        ("They met Friday.", "1998-08-07", ("Friday", "DATE", "1998-08-07")),
        ("They met Thursday.", "2021-01-01", ("Thursday", "DATE", "2020-12-31")),
        ("They will meet Monday.", "2021-08-17", ("Monday", "DATE", "2021-08-23")),
        ("They met last Tuesday.", "2021-08-17", ("last Tuesday", "DATE", "2021-08-10")),
        (
            "The team planned to leave on Thursday.",
            "1998-09-30",
            ("Thursday", "DATE", "1998-10-01"),
        ),
        ("They met Friday night.", "2021-08-17", ("Friday night", "DATE", "2021-08-13TNI")),
        ("Prices fell a year ago.", "2021-08-17", ("a year ago", "DATE", "2020")),
        ("Prices fell two years ago.", "2021-01-05", ("two years ago", "DATE", "2019")),
        ("It rained three days ago.", "2020-03-02", ("three days ago", "DATE", "2020-02-28")),
        ("It opened six weeks ago.", "2021-01-05", ("six weeks ago", "DATE", "2020-W48")),
        ("It opened last month.", "2021-01-15", ("last month", "DATE", "2020-12")),
        ("It opens next month.", "2020-12-15", ("next month", "DATE", "2021-01")),
        ("It opens next week.", "2020-12-30", ("next week", "DATE", "2021-W01")),
        ("It opened last week.", "2021-01-06", ("last week", "DATE", "2020-W53")),
        ("It was said earlier this year.", "2021-08-17", ("earlier this year", "DATE", "2021")),
        ("It was said last year.", "2000-02-29", ("last year", "DATE", "1999")),
        ("Talks began Aug. 7.", "2021-08-17", ("Aug. 7", "DATE", "2021-08-07")),
        ("Talks began Nov. 25.", "2000-01-07", ("Nov. 25", "DATE", "1999-11-25")),
        ("Talks began on Feb. 29.", "2020-03-10", ("Feb. 29", "DATE", "2020-02-29")),
        ("It began Jan. 3, 1998.", "2021-08-17", ("Jan. 3, 1998", "DATE", "1998-01-03")),
        ("It began in August 2020.", "2021-08-17", ("August 2020", "DATE", "2020-08")),
        ("It grew in late November.", "2000-01-07", ("late November", "DATE", "1999-11")),
        (
            "Sales rose in the third quarter.",
            "1998-11-02",
            ("the third quarter", "DATE", "1998-Q3"),
        ),
        ("Prices rose in the 1990s.", "2021-08-17", ("1990s", "DATE", "199")),
        ("It was built in the early 1990s.", "2021-08-17", ("early 1990s", "DATE", "199")),
        ("They talked for three months.", "2021-08-17", ("three months", "DURATION", "P3M")),
        ("A 16-hour flight.", "2021-08-17", ("16-hour", "DURATION", "PT16H")),
        ("It took five hours.", "2021-08-17", ("five hours", "DURATION", "PT5H")),
        ("Over the past decade it grew.", "2021-08-17", ("the past decade", "DURATION", "P10Y")),
        (
            "It was a long night for the past few days.",
            "2021-08-17",
            ("the past few days", "DURATION", "PXD"),
        ),
        ("Papers arrive daily.", "2021-08-17", ("daily", "SET", "P1D")),
        ("He runs every Monday.", "2021-08-17", ("every Monday", "SET", "XXXX-WXX-1")),
        ("They met at 10:30 a.m.", "2021-08-17", ("10:30 a.m.", "TIME", "2021-08-17T10:30")),
        ("They met at 6 p.m. Sunday.", "2021-08-17", ("6 p.m. Sunday", "TIME", "2021-08-15T18:00")),
        ("They met at noon.", "2021-08-17", ("noon", "TIME", "2021-08-17T12:00")),
        ("It is now over.", "2021-08-17", ("now", "DATE", "PRESENT_REF")),
        ("In the future, it will grow.", "2021-08-17", ("the future", "DATE", "FUTURE_REF")),
        (
            "In the near future, it will grow.",
            "2021-08-17",
            ("the near future", "DATE", "FUTURE_REF"),
        ),
        (
            "In the distant past, it flooded.",
            "2021-08-17",
            ("the distant past", "DATE", "PAST_REF"),
        ),
        ("Stores close on Christmas.", "2021-12-20", ("Christmas", "DATE", "2021-12-25")),
        ("Stores closed on Thanksgiving.", "2000-01-07", ("Thanksgiving", "DATE", "1999-11-25")),
        ("Last fall it snowed.", "1999-03-01", ("Last fall", "DATE", "1998-FA")),
        ("It was founded 2021-02-28.", "2021-08-17", ("2021-02-28", "DATE", "2021-02-28")),
        ("The fort was built in 1650.", "2021-08-17", ("1650", "DATE", "1650")),
        ("It was decided at last year's summit.", "1998-12-03", ("last year", "DATE", "1997")),
        (
            "Kenya must prepare for future disasters.",
            "1998-09-30",
            ("future", "DATE", "FUTURE_REF"),
        ),
        ("Wait a second.", "2021-08-17", ("a second", "DURATION", "PT1S")),
    ],
)
def test_expression_values(sentence, dateline, expected):
    assert found(sentence, dateline) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO helped build a 300,000-strong army.",
        "Around 10,000 people from 36 member and partner countries took part.",
        "The 30-country military alliance met.",
        "The economy grew 1.1 percent.",
        "He is the No. 2 in the party.",
        "The team won 3-2 and then 2:1 in the final.",
        "They hired 2000 workers and paid $1999 each.",
        "She may go, and they will march on.",
        "Flight 1998 landed at gate 12.",
        "The case is for today's youth what the blockade was for their parents.",
        "He lives at 1600 Pennsylvania Avenue; the office is at 2000 N. Main St.",
        "Article 1650 of the code and Section 1983 claims; he drove on Interstate 1995.",
        "They held an a.m. meeting.",
        "A 35-year-old man was hurt.",
        "They earn $5 a day.",
        "The council plans a second route.",
        "He appeared on 60 Minutes.",
    ],
)
def test_no_false_positives(sentence):
    assert found(sentence) == []


def test_without_dateline_relative_values_stay_unresolved():
    rows = found(
        "It happened on Sunday, Aug. 7, a year ago, last month and today; it ended in 2003.",
        None,
    )
    assert rows == [
        ("Sunday, Aug. 7", "DATE", "XXXX-08-07"),
        ("a year ago", "DATE", "PAST_REF"),
        ("last month", "DATE", "XXXX-XX"),
        ("today", "DATE", "PRESENT_REF"),
        ("2003", "DATE", "2003"),
    ]
    frame = extract_dates(parse_article("It happened on Sunday and in 2003.\n"))
    assert frame.set_index("text").loc["Sunday", "value"] == "XXXX-WXX-7"
    assert pd.isna(frame.set_index("text").loc["Sunday", "date"])
    assert frame.set_index("text").loc["2003", "date"] == pd.Timestamp("2003-01-01")


def test_dates_before_1677_are_placed_on_the_calendar():
    frame = extract_dates(parse_article("date 2021-08-17 H\n\nThe fort was built in 1650.\n"))
    assert frame["date"].tolist() == [pd.Timestamp("1650-01-01")]


def test_headline_rows_are_paragraph_zero():
    frame = extract_dates(parse_article(" date 2021-08-17 Talks set for Friday\n\nBody in 2003.\n"))
    assert frame.iloc[0][["text", "paragraph", "sentence"]].tolist() == ["Friday", 0, 0]
    assert frame.iloc[1]["text"] == "2003"


def test_wire_dateline_date_is_the_filing_day():
    # TimeML annotates a dateline's date (functionInDocument PUBLICATION_TIME); the whole
    # month-day, never the month alone; it is the filing, not an event of the timeline
    article = parse_article(
        " date 1998-08-12 Headline\n\nWASHINGTON, Aug. 11 (Xinhua) -- Talks resumed Friday.\n"
    )
    rows = extract_dates(article)[["text", "value", "rule"]].values.tolist()
    assert rows == [["Aug. 11", "1998-08-11", "dateline"], ["Friday", "1998-08-07", "weekday"]]
    assert timeline(article)["value"].tolist() == ["1998-08-07", "1998-08-12"]


def test_empty_article():
    frame = extract_dates(parse_article(" date 2021-08-17\n"))
    assert frame.empty
    assert list(frame.columns) == DATE_COLUMNS
    assert list(timeline(parse_article(" date 2021-08-17\n"))["value"]) == ["2021-08-17"]
    assert timeline(parse_article("No dateline, no dates.\n")).empty


def test_timeline_of_our_article(article):
    frame = timeline(article)
    assert list(frame.columns) == [
        "date", "granularity", "value", "event", "paragraph", "publication",
    ]  # fmt: skip
    assert list(frame["value"]) == ["2003", "2014", "2020", "2021-08-15", "2021-08-17"]
    assert list(frame["granularity"]) == ["year", "year", "year", "day", "day"]
    assert list(frame["publication"]) == [False, False, False, False, True]
    events = list(frame["event"])
    assert events[0] == "Since 2003, NATO has led international security efforts in Afghanistan"
    assert events[1].startswith("Combat operations were suspended in 2014")
    assert "10,000 people" in events[2] and "a year ago" in events[2]
    assert "no forces under NATO command" in events[3]
    assert "witnessing today" in events[4]


def test_timeline_adds_publication_when_not_mentioned(fixture_article):
    frame = timeline(fixture_article)
    published = frame[frame["publication"]]
    assert published["value"].tolist() == ["2019-12-31"]
    assert published["event"].tolist() == ["Article published"]
    assert frame["date"].is_monotonic_increasing
    assert frame["value"].is_unique


# Pieces of temporal expressions and of the sentences around them, for generated articles.
_PIECES = (
    "Jan. 5 - 7 and 10-12 March 2003 , Q3 H1 2004 the week of weekend end year 2010 earlier "
    "later today tonight at 10:30 a.m. (0730 GMT) Friday dusk dawn every four years 24 hours a "
    "day three meals said will began in October since 2008 before after 3/4/05 14.03.2005 "
    "nineteen nineties a quarter of century and half ago 48 this next last Christmas Easter "
    "on 25th day-long 6-year-old 45 old expected due reopen did not that same following "
    "previous between to from through until by in at the"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14), st.booleans())
def test_expressions_are_the_text_they_name_and_never_overlap(words, dated):
    head = " date 2003-05-06 Headline\n\n" if dated else "Headline\n\n"
    article = parse_article(head + " ".join(words) + ".\n")
    frame = extract_dates(article)
    for start, end, text in zip(frame["start"], frame["end"], frame["text"], strict=True):
        assert article.text[start:end] == text
    spans = sorted(zip(frame["start"], frame["end"], strict=True))
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    timeline(article)  # every placed value can be put on the timeline


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline's infinitive is its future
        ("Talks To Resume On Monday", "2003-05-12"),
        ("Senate To Vote Friday On Budget", "2003-05-09"),
        # ... not "to" before a place, nor a headline's present, which tells what happened
        ("Trip To Paris On Monday Ends In Tears", "2003-05-05"),
        ("Police Arrest Suspect On Monday", "2003-05-05"),
    ],
)
def test_a_headline_has_a_grammar_of_its_own(headline, expected):
    frame = extract_dates(parse_article(f"date 2003-05-06 {headline}\n\nNo dates here.\n"))
    assert list(frame["value"]) == [expected]
