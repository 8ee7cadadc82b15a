"""Dates written in digits: ``3/14/05``, ``14.03.2005``, ``14/03/2005``.

Which number is the month is known only when the other one is above 12; otherwise the date
is ambiguous between month-first (US) and day-first and is valued with its year only and
unknown month and day (``2005-XX-XX``), never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.calendar import day_value
from analysis.dates.rules import Context, Rule, Timex, _rule

__all__ = ["RULES"]


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _numeric(m: re.Match[str], ctx: Context) -> Timex | None:
    first, second, year = int(m["a"]), int(m["b"]), _year(m["y"])
    if not (1 <= first <= 31 and 1 <= second <= 31):
        return None
    if first > 12 and second <= 12:
        month, day = second, first
    elif second > 12 and first <= 12:
        month, day = first, second
    elif first == second:
        month = day = first
    else:
        return Timex("DATE", f"{year:04d}-XX-XX")  # month-first or day-first: not guessed
    try:
        return Timex("DATE", day_value(dt.date(year, month, day)))
    except ValueError:
        return None


RULES: tuple[Rule, ...] = (
    _rule(
        "numeric_date",
        r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
        r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d|-\d)",
        _numeric,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "numeric_date": ("/", "."),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
