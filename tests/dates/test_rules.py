"""The general rules named by the calendar (``analysis.dates.rules``): dates, months, years,
weekdays and the tense of their clause — sentences written for each, with the value the
TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise); and the
rule table of every family: a rule's ``needs`` words only skip sentences it could never
match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import DEFAULT_CORPUS, read_articles, timeline
from analysis.dates.extract import ALL_RULES, _units

_SENTENCES = [text for article in read_articles(DEFAULT_CORPUS) for *_, text in _units(article)]

# Words and shapes of temporal expressions, mixed with ordinary words, for generated sentences.
_PIECES = [
    "Jan.", "Sept.", "March", "May", "Monday's", "Friday", "noon", "midnight", "a.m.", "p. m.",
    "pm", "GMT", "0930", "14:20", "1998", "2004-2005", "3/14/05", "2005-03-14", "1980s", "'90s",
    "two", "forty-eight", "several", "a", "half", "quarter", "second", "fiscal", "years",
    "decades", "days", "weekend", "week", "month", "ago", "from", "now", "hence", "last", "this",
    "next", "the", "past", "coming", "every", "each", "times", "daily", "Christmas", "Easter",
    "New", "Year's", "Eve", "Labor", "Day", "today", "tonight", "yesterday", "currently",
    "future", "century", "19th", "eighties", "later", "earlier", "said", "will", "in", "on",
    "of", "and", ",", ".", "-", "Q3", "H1", "at", "dawn", "dusk", "until", "20:00", "other",
    "hours", "end", "25th", "day-long", "years-old", "old", "ending", "Oct. 23", "year",
    "o'clock", "morning", "ten", "October", "Good", "Black", "Valentine's", "Memorial",
]  # fmt: skip


def _holds(rule, text: str) -> bool:
    lower = text.lower()
    matched = any(m.end() > m.start() for m in rule.pattern.finditer(text))
    return not matched or any(word in lower for word in rule.needs)


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.needs], ids=lambda r: r.name)
def test_needs_never_skip_a_match_in_real_news(rule):
    missed = [text for text in _SENTENCES if not _holds(rule, text)]
    assert missed == []


def test_needs_are_single_words_or_phrases_the_pattern_spells():
    # a sentence may break a phrase anywhere ("end of\nthe year" still needs "end"), so a
    # need of two words is only for a pattern that spells them with one space ("new year")
    phrases = [(r.name, w) for r in ALL_RULES for w in r.needs if any(c.isspace() for c in w)]
    assert {name for name, _ in phrases} == {"holiday"}
    for name, phrase in phrases:
        (rule,) = {r for r in ALL_RULES if r.name == name}
        assert re.escape(phrase) in rule.pattern.pattern or phrase in rule.pattern.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_needs_never_skip_a_match_in_generated_sentences(words):
    # a rule's needs are single words: any white space may stand between them
    text = " ".join(words)
    assert [r.name for r in ALL_RULES if r.needs and not _holds(r, text)] == []
    text = "  \n".join(words)  # any white space between words
    assert [r.name for r in ALL_RULES if r.needs and not _holds(r, text)] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month name before a surname is a given name
        ("June Carter sang; reporter April Ryan asked August Wilson.", []),
        ("He met with April Smith.", []),
        # ... unless a preposition dates it, or the line is in Title Case
        ("In June Parliament voted.", [("June", "DATE", "2002-06")]),
        ("Sales Rise In June After Strike", [("June", "DATE", "2003-06")]),
        ("June was hot.", [("June", "DATE", "2002-06")]),
    ],
)  # fmt: skip
def test_month_names_that_are_given_names(dates, body, expected):
    assert dates(body) == expected


def test_this_weekday_is_in_the_datelines_week(dates):
    # dateline Tuesday 6 May 2003: its week runs from Monday 5 to Sunday 11 May
    assert dates("This Friday the vote takes place; he arrived this Monday.") == [
        ("This Friday", "DATE", "2003-05-09"),
        ("this Monday", "DATE", "2003-05-05"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day of the month alone: the last one, or the next in a clause about the future
        ("He arrived on the 2nd and left.", [("the 2nd", "DATE", "2003-05-02")]),
        ("He arrived on the 12th.", [("the 12th", "DATE", "2003-04-12")]),
        ("The ceremony will be held on the 25th.", [("the 25th", "DATE", "2003-05-25")]),
        ("She died on the 31st.", [("the 31st", "DATE", "2003-03-31")]),
        ("They live on the 25th floor.", []),
        # "earlier"/"later" belong to "today"
        ("The minister will speak later today.", [("later today", "DATE", "2003-05-06")]),
        # "May", "March" between a determiner and the noun they date
        ("The March accession will help.", [("March", "DATE", "2004-03")]),
        ("The March on Washington was big and the march was calm.", []),
    ],
)  # fmt: skip
def test_a_day_of_the_month_alone(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the possessive is not part of the expression (TimeML: <TIMEX3>Sunday</TIMEX3>'s)
        ("Sunday's vote was close.", [("Sunday", "DATE", "2003-05-04")]),
        ("Last Friday’s game was won.", [("Last Friday", "DATE", "2003-05-02")]),
        # a plural weekday is every such day
        ("The shop closes on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
        ("He ran on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ],
)  # fmt: skip
def test_weekday_extents_and_plurals(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a weekday with a month-day: one expression, in the year the weekday agrees with —
        # the year talked about ...
        ("They met on Friday, October 1, 1999. They met again on Monday, Oct. 4.",
         [("Friday, October 1, 1999", "DATE", "1999-10-01"),
          ("Monday, Oct. 4", "DATE", "1999-10-04")]),
        ("They met in 1999. On Wednesday 6 October the talks ended.",
         [("1999", "DATE", "1999"), ("Wednesday 6 October", "DATE", "1999-10-06")]),
        # ... or the year next to the usual one (6 May 2002 was a Monday)
        ("The board met on Monday, May 6.", [("Monday, May 6", "DATE", "2002-05-06")]),
        # ... else the usual year: the weekday may be wrong, the date is kept
        ("The board met on Friday, May 2.", [("Friday, May 2", "DATE", "2003-05-02")]),
        ("The board met on Sunday, May 2.", [("Sunday, May 2", "DATE", "2003-05-02")]),
        # "the 15th of October": the article belongs to it
        ("The list closes on the 15th of October.",
         [("the 15th of October", "DATE", "2003-10-15")]),
    ],
)  # fmt: skip
def test_a_weekday_with_a_month_day(dates, body, expected):
    assert dates(body) == expected


def test_our_article_timeline_is_unchanged(article):
    assert timeline(article)["value"].tolist() == [
        "2003", "2014", "2020", "2021-08-15", "2021-08-17",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "The Sunday Times reported the deal.",
        "He writes for the Mail on Sunday.",
        "He was a Friday-night regular.",
        "She hosts Saturday Night Live.",
        "The Weekend Edition show aired.",
        # a weekday no one can place: "a Monday" standing alone
        "It happened on a Friday, police said.",
    ],
)
def test_weekdays_in_names_are_no_dates(dates, body):
    assert dates(body) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before a capitalised word is a name ("June Carter") in a sentence...
        ("date 2003-05-06 H\n\nSinger June Carter sang at the fair.", []),
        ("date 2003-05-06 H\n\nReporter April Ryan asked about it.", []),
        # ... but a date in a line written in Title Case, where every word is capitalised
        ("date 2003-05-06 Stocks Slide As June Sales Weaken\n\nThe body.", [("June", "2003-06")]),
        ("date 2003-05-06 H\n\nThe Results For June Sales Are Weak", [("June", "2003-06")]),
    ],
)
def test_a_title_case_line_dates_a_month_before_a_capitalised_word(text, expected):
    import analysis as an

    found = an.extract_dates(an.parse_article(text))
    assert list(zip(found["text"], found["value"], strict=True)) == expected
