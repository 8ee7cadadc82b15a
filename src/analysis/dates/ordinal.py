"""Parts of a month or a year named by their order: "the second week of January" (the ISO
week that holds its middle, ``2004-W02``), "the last week of June", "the first day of 2003"
(``2003-01-01``), "the last day of June", "the third Sunday in June" (``2003-06-15``), "the
last Friday of May".

A month without a year takes the year :func:`~analysis.dates.tense.year_of_month` gives by
the tense of the clause, as a month named alone does.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import day_value, week_value
from analysis.dates.tense import (
    has_happened,
    is_future,
    year_of_month,
)
from analysis.dates.toolkit import MONTH_FULL, WEEKDAY, YEAR, make_rule
from analysis.language.english.temporal import MONTHS, WEEKDAYS

__all__ = ["RULES"]

_ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
_ORDER_WORDS = r"(?P<order>(?i:first|second|third|fourth|fifth|last|final))"


def _year(m: re.Match[str], ctx: Context, month: int) -> int | None:
    """The year written, else the year of the month by the tense of its clause."""
    if m["year"]:
        return int(m["year"])
    if ctx.anchor is None:
        return None
    future, past = is_future(ctx, m.start()), has_happened(ctx, m.start())
    return year_of_month(ctx.anchor, month, None, future=future, past=past)


def _week_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the second week of January": the ISO week holding the middle of its seven days."""
    month = MONTHS[m["month"].lower()]
    year = _year(m, ctx, month)
    order = _ORDER[m["order"].lower()]
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}")  # which week of which January: unknown
    length = calendar.monthrange(year, month)[1]
    if order < 0:
        middle = length - 3
    elif 7 * order - 3 > length:
        return None  # "the fifth week of February"
    else:
        middle = 7 * order - 3
    return Timex("DATE", week_value(dt.date(year, month, middle)))


def _day_of_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the first day of 2003", "the last day of June"."""
    first = m["order"].lower() == "first"
    if m["whole"]:  # a year: "the last day of 2002"
        return Timex("DATE", f"{m['whole']}-01-01" if first else f"{m['whole']}-12-31")
    month = MONTHS[m["month"].lower()]
    year = _year(m, ctx, month)
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}-XX")
    day = 1 if first else calendar.monthrange(year, month)[1]
    return Timex("DATE", day_value(dt.date(year, month, day)))


def _weekday_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the third Sunday in June", "the last Friday of May"."""
    month = MONTHS[m["month"].lower()]
    weekday = WEEKDAYS[m["weekday"].lower()]
    year = _year(m, ctx, month)
    if year is None:
        return None  # which year's: a SET in the guidelines' terms, not tagged here
    days = [
        day
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, day).weekday() == weekday
    ]
    order = _ORDER[m["order"].lower()]
    if order > len(days):
        return None
    return Timex("DATE", day_value(dt.date(year, month, days[order - 1 if order > 0 else -1])))


_YEAR_AFTER = rf"(?:,?\s+{YEAR})?"

RULES: tuple[Rule, ...] = (
    make_rule(
        "week_of_month",
        rf"\b(?i:the)\s+{_ORDER_WORDS}\s+(?i:week)\s+(?i:of|in)\s+{MONTH_FULL}{_YEAR_AFTER}",
        _week_of_month,
    ),
    make_rule(
        "day_of_period",
        rf"\b(?i:the)\s+(?P<order>(?i:first|last|final))\s+(?i:day)\s+(?i:of|in)\s+"
        rf"(?:{MONTH_FULL}{_YEAR_AFTER}|(?P<whole>(?:1[6-9]|20)\d\d)\b)",
        _day_of_period,
    ),
    make_rule(
        "weekday_of_month",
        rf"\b(?i:the)\s+{_ORDER_WORDS}\s+{WEEKDAY}\s+(?i:of|in)\s+{MONTH_FULL}{_YEAR_AFTER}",
        _weekday_of_month,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "week_of_month": ("week",),
    "day_of_period": ("day",),
    "weekday_of_month": tuple(WEEKDAYS),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
