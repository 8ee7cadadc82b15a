"""Ranges of years written with a hyphen or a slash: "2004-2005", "1998-99", "1998/99" are
two dates (TimeML annotates each end), never one year."""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.toolkit import make_rule

__all__ = ["RULES"]


def _first(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DATE", m["y1"])


def _second(m: re.Match[str], ctx: Context) -> Timex | None:
    start, end = m["y1"], m["y2"]
    year = start[: 4 - len(end)] + end
    if int(year) <= int(start):
        return None
    return Timex("DATE", year)


_START = r"(?<![\w$£€#.,/:-])(?P<y1>(?:1[6-9]|20)\d\d)"
RULES: tuple[Rule, ...] = (
    # (not a date written year first: "2003/03/05")
    make_rule(
        "range_start",
        _START + r"(?=[-–/](?:(?:1[6-9]|20)\d\d|\d\d)(?![\w%]|[-–/.]\d))",
        _first,
    ),
    make_rule(
        "range_end",
        r"(?<=(?P<y1>(?:1[6-9]|20)\d\d)[-–/])(?P<y2>(?:1[6-9]|20)\d\d|\d\d)(?![\w%]|[.,/-]\d)",
        _second,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "range_start": ("-", "–", "/"),
    "range_end": ("-", "–", "/"),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
