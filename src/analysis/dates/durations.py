"""Durations without a number: "another month" (``P1M``), "an additional year", "over the
year" (``P1Y``), "multi-year" (``PXY``), "the first minutes" (``PTXM``). ("All week", "all
day" are left alone: the AQUAINT annotators tag neither.)

A duration of one unit needs no number when a word says "one more" ("another", "an
additional", "a further"), or when "over"/"throughout" makes "the year" a stretch of time
rather than a date ("over the year" vs "the year's results"). "multi-year", "multi-week" are
durations of an unknown number of units.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.toolkit import duration_value, make_rule, unit_of

__all__ = ["RULES"]

_UNIT = r"(?P<unit>(?i:second|minute|hour|day|week|month|year|decade|century))"
_UNITS = r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))"


def _one_more(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DURATION", duration_value(1, unit_of(m["unit"])))


def _some(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DURATION", duration_value(None, unit_of(m["unit"])))


RULES: tuple[Rule, ...] = (
    make_rule(
        "one_more_unit",
        rf"\b(?i:another|an additional|a further)\s+{_UNIT}\b(?![-’']|\s+(?:of|or)\b)",
        _one_more,
    ),
    make_rule(
        "over_the_unit",
        r"(?:(?<=\b(?i:over) )|(?<=\b(?i:throughout) ))(?i:the)\s+(?:(?i:whole|entire)\s+)?"
        r"(?P<unit>(?i:year|month|week|day|decade|century))\b"
        r"(?![-’']|\s+(?:of|to|before|after)\b)",
        _one_more,
    ),
    make_rule("multi_unit", r"\b(?i:multi)-?(?P<unit>(?i:year|month|week|day|decade))\b", _some),
    make_rule(
        "first_units",
        rf"\b(?i:the)\s+(?i:first|final|next|following)\s+(?:(?i:few|several)\s+)?{_UNITS}\b"
        r"(?!\s+(?:of|ago)\b)",
        _some,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "one_more_unit": ("another", "additional", "further"),
    "over_the_unit": ("over", "throughout"),
    "multi_unit": ("multi",),
    "first_units": ("first", "final", "next", "following"),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
