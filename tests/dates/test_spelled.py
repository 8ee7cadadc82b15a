"""Spelled-out expressions of broadcast transcripts. Sentences written for each family, with
the value the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said
otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He was born in nineteen eighty-four.", [("nineteen eighty-four", "DATE", "1984")]),
        ("It opened in the year two thousand and one.",
         [("the year two thousand and one", "DATE", "2001")]),
        ("They waited forty-eight hours.", [("forty-eight hours", "DURATION", "PT48H")]),
        ("The trial took three and a half months.",
         [("three and a half months", "DURATION", "P3M15D")]),
        ("The trial took 3 1/2 months.", [("3 1/2 months", "DURATION", "P3M15D")]),
        ("The meeting lasted an hour and a half.",
         [("an hour and a half", "DURATION", "PT1H30M")]),
        ("He spoke for half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("It took a quarter of a century.", [("a quarter of a century", "DURATION", "P25Y")]),
        ("He waited three quarters of an hour.",
         [("three quarters of an hour", "DURATION", "PT45M")]),
        ("The war ended after one hundred hours.",
         [("one hundred hours", "DURATION", "PT100H")]),
        ("The deadline was February fifteenth.", [("February fifteenth", "DATE", "2003-02-15")]),
        ("It began on the twenty-first of January.",
         [("the twenty-first of January", "DATE", "2003-01-21")]),
        ("They meet at ten o'clock.", [("ten o'clock", "TIME", "2003-05-06T10:00")]),
        ("They meet at seven o'clock tonight.",
         [("seven o'clock tonight", "TIME", "2003-05-06T19:00")]),
        ("The deadline is 4 in the morning.", [("4 in the morning", "TIME", "2003-05-06T04:00")]),
        ("He called at eleven at night.", [("eleven at night", "TIME", "2003-05-06T23:00")]),
        # "ago" counts back from the dateline: the month, or the day, it was
        ("A year and a half ago, nobody knew him.", [("A year and a half ago", "DATE", "2001-11")]),
        ("Forty-eight hours ago, the ship sank.",
         [("Forty-eight hours ago", "DATE", "2003-05-04")]),
    ],
)  # fmt: skip
def test_broadcast_transcripts(dates, body, expected):
    assert dates(body) == expected
