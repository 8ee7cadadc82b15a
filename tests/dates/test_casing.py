"""How a line is capitalised (``analysis.dates.casing``): sentences written in capitals are
read in lower case with month and weekday names capitalised (the expressions keep the text as
written); a line in Title Case says nothing of names and titles by its capitals. Dateline:
Tuesday 6 May 2003."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates.casing import as_read, title_case


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("TROOPS WILL LEAVE BY DECEMBER 2004, OFFICIALS SAID ON MONDAY.",
         [("DECEMBER 2004", "DATE", "2004-12"), ("MONDAY", "DATE", "2003-05-05")]),
        ("THE TALKS ENDED IN MARCH. ON SEPT 5 THEY MET AGAIN AT 5 P.M.",
         [("MARCH", "DATE", "2003-03"), ("SEPT 5", "DATE", "2002-09-05"),
          ("5 P.M.", "TIME", "2002-09-05T17:00")]),
        # a few capitals in a sentence are names, not shouting
        ("NATO said on Monday that the EU may join.", [("Monday", "DATE", "2003-05-05")]),
        # "may" and "march" are verbs unless a date's neighbours make them months
        ("TROOPS MAY LEAVE SOON AND PROTESTERS MARCH TODAY.", [("TODAY", "DATE", "2003-05-06")]),
        ("THE VOTE IS ON MAY 20.", [("MAY 20", "DATE", "2003-05-20")]),
    ],
)  # fmt: skip
def test_a_sentence_in_capitals(dates, body, expected):
    assert dates(body) == expected


def test_a_sentence_in_ordinary_case_is_read_as_written():
    text = "Troops may leave in May; the NATO summit is on Monday."
    assert as_read(text) is text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_reading_keeps_every_offset(text):
    assert len(as_read(text)) == len(text)
    assert len(as_read(text.upper())) == len(text.upper())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks Slide As June Sales Weaken", True),
        ("The Results For June Sales Are Weak", True),
        # a headline leaves short words in lower case: 5 of 8 capitalised
        ("Talks To Resume on Monday in the Capital", True),
        ("Troops Set to Leave Kabul by End of Year", True),
        ("Singer June Carter sang at the fair.", False),
        ("NATO said on Monday that the EU may join.", False),
        # numbers and marks are no words to tell by
        ("2003 -- 45 %", None),
        ("Monday", None),
        ("", None),
    ],
)
def test_title_case(text, expected):
    assert title_case(text) is expected


@given(st.lists(st.sampled_from(["Word", "word", "7", "--", "Another", "of"]), max_size=12))
def test_title_case_is_the_share_of_capitalised_words(words):
    lettered = [w for w in words if w[0].isalpha()]
    expected = (
        None if len(lettered) < 2 else sum(w[0].isupper() for w in lettered) / len(lettered) > 0.6
    )
    assert title_case(" ".join(words)) is expected
