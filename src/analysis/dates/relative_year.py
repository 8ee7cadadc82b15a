"""A month or a season with its year given relatively or by number: "March this year",
"October last year", "the autumn of 2001", "summer 1999"."""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import month_value
from analysis.dates.toolkit import MONTH_FULL, YEAR, make_rule
from analysis.language.english.temporal import MONTHS, SEASONS

__all__ = ["RULES"]

_STEP = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}


def _month_relative(m: re.Match[str], ctx: Context) -> Timex | None:
    month = MONTHS[m["month"].lower()]
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}")
    step = _STEP[" ".join(m["rel"].lower().split())]
    return Timex("DATE", month_value(ctx.anchor.year + step, month))


def _season_of_year(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DATE", f"{m['year']}-{SEASONS[m['season'].lower()]}")


RULES: tuple[Rule, ...] = (
    make_rule(
        "month_relative_year",
        rf"{MONTH_FULL}\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b",
        _month_relative,
    ),
    make_rule(
        "season_of_year",
        rf"(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|fall|autumn|winter))\s+(?:(?i:of)\s+)?"
        # "the winter of 1995-96": the winter that begins in 1995
        rf"{YEAR}(?:[-–/](?:\d\d|(?:1[6-9]|20)\d\d)(?!\d))?",
        _season_of_year,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "month_relative_year": ("year",),
    "season_of_year": ("spring", "summer", "fall", "autumn", "winter"),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
