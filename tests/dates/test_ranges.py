"""Ranges and lists of dates. Sentences written for each family, with the value the TimeML /
TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The season 2004-2005 was dry.", [("2004", "DATE", "2004"), ("2005", "DATE", "2005")]),
        ("In 1998-99 prices fell.", [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
        ("From 2004 to 2007 prices fell.", [("2004", "DATE", "2004"), ("2007", "DATE", "2007")]),
    ],
)  # fmt: skip
def test_ranges_are_two_dates_never_one_year(dates, body, expected):
    assert dates(body) == expected
