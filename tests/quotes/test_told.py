"""Whom something was told (analysis.quotes.told), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.told import whom_with_relative


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # whom it was told, a relative clause about them, then the "that" of what was said
        (" people who were at two clinics last week that they may have been exposed.",
         len(" people who were at two clinics last week")),
        (" residents who live near the plant that the water was unsafe.",
         len(" residents who live near the plant")),
        # a relative clause with a speech or a thought of its own: its "that" (no report)
        (" people who said that the plan was dead.", None),
        (" voters who think that he lied.", None),
        # no "that" after it, or no relative clause: as the other rules read it
        (" the mayors who gathered in Indianapolis, \"no one should be confused.\"", 0),
        (" reporters that the plan was dead.", 0),
        (" the story that his father told him.", 0),
    ],
)  # fmt: skip
def test_whom_with_a_relative_clause_before_what_was_said(rest, expected):
    assert whom_with_relative(rest) == expected
