"""Runs of name words: where a name may start."""

from __future__ import annotations

import pytest

from analysis.quotes.names import _RUN


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the anti-Trump PAC said", ["Trump PAC"]),  # not "nti-Trump PAC"
        ("iPhone maker Apple Inc. said", ["Apple Inc"]),  # not "Phone"
        (
            "Gen. Ray Dunn and Mr. O'Brien met al-Sayed",
            ["Gen. Ray Dunn", "Mr. O'Brien", "al-Sayed"],
        ),
        (
            "Ludwig van Beethoven, McKinnon and J.L. Hart",
            ["Ludwig van Beethoven", "McKinnon", "J.L. Hart"],
        ),
    ],
)
def test_a_run_starts_at_a_word(text, runs):
    assert [m.group().strip() for m in _RUN.finditer(text)] == runs
