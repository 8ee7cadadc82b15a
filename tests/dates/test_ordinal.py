"""Parts of a month or a year named by their order. Sentences written for the family, with
the value the TimeML / TIMEX3 guidelines give (dateline: Tuesday 6 May 2003)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a week of a month: the ISO week holding the middle of its seven days, in the year
        # the tense of its clause gives
        ("The talks resume in the second week of January.",
         [("the second week of January", "DATE", "2004-W02")]),
        ("Sales fell in the last week of June.", [("the last week of June", "DATE", "2002-W26")]),
        ("He left in the first week of March 2001.",
         [("the first week of March 2001", "DATE", "2001-W09")]),
        # a first or last day
        ("On the last day of 2002 he died.", [("the last day of 2002", "DATE", "2002-12-31")]),
        ("Rents rose on the first day of May.", [("the first day of May", "DATE", "2003-05-01")]),
        ("It ended on the last day of February 2004.",
         [("the last day of February 2004", "DATE", "2004-02-29")]),
        # a weekday counted in its month
        ("The vote is on the third Sunday in June.",
         [("the third Sunday in June", "DATE", "2003-06-15")]),
        ("The fair opens the last Friday of May 2004.",
         [("the last Friday of May 2004", "DATE", "2004-05-28")]),
        # never a week or a weekday the month does not have
        ("It fell on the fifth Monday of February 2003.", [("February 2003", "DATE", "2003-02")]),
    ],
)  # fmt: skip
def test_parts_of_a_month_named_by_their_order(dates, body, expected):
    assert dates(body) == expected
