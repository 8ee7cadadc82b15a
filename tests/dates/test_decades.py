"""Centuries and decades. Sentences written for each family, with the value the TimeML / TIMEX3
guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Steam engines spread in the 19th century.", [("the 19th century", "DATE", "18")]),
        ("Music of the eighties returned.", [("the eighties", "DATE", "198")]),
        ("Music of the '80s returned.", [("the '80s", "DATE", "198")]),
        ("In the nineteen nineties, it boomed.", [("the nineteen nineties", "DATE", "199")]),
        ("Music of the 1980s returned.", [("1980s", "DATE", "198")]),
        # a hundred years written as a decade is the century; "the 2000s" the decade
        ("The city grew in the 1800s and the early 1900s.",
         [("1800s", "DATE", "18"), ("early 1900s", "DATE", "19")]),
        ("The 2000s were hard.", [("2000s", "DATE", "200")]),
        # the decade of a century's first ten years, in British English
        ("Music of the noughties returned.", [("the noughties", "DATE", "200")]),
        ("Fashion of the late noughties came back.", [("the late noughties", "DATE", "200")]),
    ],
)  # fmt: skip
def test_centuries_and_decades(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the decade talked about, or the dateline's
        ("The company expects to double sales by the end of the decade.",
         [("the end of the decade", "DATE", "200")]),
        ("In 1995 he left. By the end of the decade he was back.",
         [("1995", "DATE", "1995"), ("the end of the decade", "DATE", "199")]),
    ],
)  # fmt: skip
def test_the_end_of_the_decade(dates, body, expected):
    assert dates(body) == expected
