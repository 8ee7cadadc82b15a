"""Dates written in digits. Sentences written for each family, with the value the TimeML /
TIMEX3 guidelines give (dateline: Tuesday 6 May 2003 unless said otherwise)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The form is dated 3/14/05.", [("3/14/05", "DATE", "2005-03-14")]),
        ("The form is dated 14.03.2005.", [("14.03.2005", "DATE", "2005-03-14")]),
        ("The form is dated 2005-03-14.", [("2005-03-14", "DATE", "2005-03-14")]),
        # year first, or the month's name between the numbers: no ambiguity
        ("The file is dated 2005/03/14.", [("2005/03/14", "DATE", "2005-03-14")]),
        ("The form is dated 05-Jan-2005.", [("05-Jan-2005", "DATE", "2005-01-05")]),
        # ... and no range of years
        ("The form is dated 2005/13/01.", []),
        ("The form is dated 3/4/05.", [("3/4/05", "DATE", "2005-XX-XX")]),  # not guessed
        # ... unless the article's other numeric dates say which order it writes
        ("Form 3/14/05 replaced form 3/4/05.",
         [("3/14/05", "DATE", "2005-03-14"), ("3/4/05", "DATE", "2005-03-04")]),
        ("Form 14.03.2005 replaced form 3.4.2005.",
         [("14.03.2005", "DATE", "2005-03-14"), ("3.4.2005", "DATE", "2005-04-03")]),
        ("Forms 14.03.2005, 3/14/05 and 3/4/05.",  # they disagree: still not guessed
         [("14.03.2005", "DATE", "2005-03-14"), ("3/14/05", "DATE", "2005-03-14"),
          ("3/4/05", "DATE", "2005-XX-XX")]),
        # ... or one reading is the dateline's day (a dated note heading the story)
        ("05/06/03 -- The board met.", [("05/06/03", "DATE", "2003-05-06")]),
    ],
)  # fmt: skip
def test_numeric_dates(dates, body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Prices peaked in '98 and have fallen since ’01.",
         [("'98", "DATE", "1998"), ("’01", "DATE", "2001")]),
        ("Between '98 and '01 the class of '99 grew.",
         [("'98", "DATE", "1998"), ("'01", "DATE", "2001"), ("'99", "DATE", "1999")]),
        # up to ten years ahead of the dateline
        ("The plant will close by '08.", [("'08", "DATE", "2008")]),
        # not after any other word, nor a decade or a quoted number
        ("He said '98 was fine; the '90s hits; 'in 98' he wrote.", [("the '90s", "DATE", "199")]),
    ],
)  # fmt: skip
def test_a_year_cut_to_two_digits_after_a_preposition(dates, body, expected):
    assert dates(body) == expected
