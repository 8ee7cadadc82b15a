"""Openings of a sentence (``analysis.quotes.openings``): datelines, read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.openings import without_dateline


@pytest.mark.parametrize(
    ("lead", "rest"),
    [
        # a capitals city and a state or country written in full (was no dateline: "Iowa"
        # was read as a speaker's name)
        ("DES MOINES, Iowa — Ted Cruz said", "Ted Cruz said"),
        ("KASHIMA, Japan — Jessie Fleming scored", "Jessie Fleming scored"),
        ("KENSINGTON, P.E.I. — When their father died", "When their father died"),
        # guards: the abbreviated forms read before
        ("ORLANDO, Fla. (Reuters) - Rubio said", "Rubio said"),
        ("WASHINGTON, Dec. 8 (UPI) — Reid said", "Reid said"),
    ],
)
def test_a_dateline_is_passed(lead, rest):
    assert without_dateline(lead) == rest
