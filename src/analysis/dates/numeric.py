"""Dates written in digits: ``3/14/05``, ``14.03.2005``, ``14/03/2005``, ``2003/03/05``,
``05-Jan-2003``; a year cut to two digits after a preposition ("in '98", "since ’01").

Which number is the month is known when the other one is above 12. Otherwise the date is
ambiguous between month-first (US) and day-first, and is resolved by evidence only: the
order of the article's other numeric dates when they all agree (``3/14/05`` elsewhere makes
``03/04/05`` March 4), or else the one reading that is the dateline's day or the day before
(a dated note at the head of the story); failing both it is valued with its year only and
unknown month and day (``2005-XX-XX``), never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import day_value
from analysis.language.english.calendar import MONTH_PREFIXES
from analysis.language.english.temporal import MONTHS

__all__ = ["RULES", "day_first"]


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _order(first: int, second: int) -> bool | None:
    """True when the two numbers can only be day, month; False month, day; else None."""
    if first > 12 and second <= 12:
        return True
    if second > 12 and first <= 12:
        return False
    return None


def day_first(text: str) -> bool | None:
    """The order of the numeric dates of ``text``: True when every unambiguous one is
    day-first, False when every one is month-first, None when there are none or they
    disagree."""
    if "/" not in text and _TWO_DOTS.search(text) is None:
        return None  # no date written in digits: most articles
    orders = {_order(int(m["a"]), int(m["b"])) for m in _NUMERIC.finditer(text) if m["a"] != m["b"]}
    orders.discard(None)
    return orders.pop() if len(orders) == 1 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(m: re.Match[str], ctx: Context) -> Timex | None:
    first, second, year = int(m["a"]), int(m["b"]), _year(m["y"])
    if not (1 <= first <= 31 and 1 <= second <= 31):
        return None
    order = _order(first, second)
    if order is None and first != second:
        order = ctx.day_first
    if order is None and first != second:
        readings = {_date(year, first, second): False, _date(year, second, first): True}
        near = [
            reading
            for when, reading in readings.items()
            if when is not None and ctx.anchor is not None and 0 <= (ctx.anchor - when).days <= 1
        ]
        if len(near) != 1:
            return Timex("DATE", f"{year:04d}-XX-XX")  # month-first or day-first: not guessed
        order = near[0]
    when = _date(year, second, first) if order else _date(year, first, second)
    return Timex("DATE", day_value(when)) if when is not None else None


_TWO_DOTS = re.compile(r"\d\.\d{1,2}\.\d")
_NUMERIC = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d|-\d)"
)


def _short_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "in '98": the year with those last two digits nearest before the dateline, or up to
    ten years after it ("by '08" in 2003 is 2008)."""
    if not _SHORT_YEAR_BEFORE.search(ctx.sentence, max(0, m.start() - 9), m.start()):
        return None
    digits = int(m["yy"])
    if ctx.anchor is None:
        return Timex("DATE", f"{_year(m['yy']):04d}")
    year = ctx.anchor.year // 100 * 100 + digits
    if year > ctx.anchor.year + 10:
        year -= 100
    return Timex("DATE", f"{year:04d}")


#: A year cut to two digits, only after a preposition or a conjunction of a list ("in '98",
#: "between '98 and '01"): an apostrophe and two digits elsewhere may be anything.
_SHORT_YEAR = re.compile(r"(?<= )['’](?P<yy>\d\d)(?![\w%'’]|[.,]\d)")
_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?i:in|since|of|by|until|till|before|after|from|during|through|to|and|or|between) $"
)


def _year_first(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "2003/03/05": year, month, day (never year, day, month)."""
    when = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Timex("DATE", day_value(when)) if when is not None else None


def _day_month_abbr(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "05-Jan-2003", "5/Jan/03"."""
    month = MONTHS[m["month"].lower()]
    when = _date(_year(m["y"]), month, int(m["d"]))
    return Timex("DATE", day_value(when)) if when is not None else None


_YEAR_FIRST = re.compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/]|\.\d)"
)
#: What a day-month-year date with the month's name must hold: "-jan", "/jan", ...
_MONTH_AFTER_SEPARATOR = tuple(
    f"{separator}{month}" for separator in "-/" for month in MONTH_PREFIXES
)
_DAY_MONTH_ABBR = re.compile(
    rf"(?<![\d./-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<month>(?i:{'|'.join(MONTH_PREFIXES)}))"
    r"(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/-])"
)

RULES: tuple[Rule, ...] = (
    Rule("numeric_date", _NUMERIC, _numeric),
    Rule("numeric_date", _YEAR_FIRST, _year_first, needs=("/",)),
    Rule("numeric_date", _DAY_MONTH_ABBR, _day_month_abbr, needs=_MONTH_AFTER_SEPARATOR),
    Rule("short_year", _SHORT_YEAR, _short_year),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "numeric_date": tuple("0123456789"),
    "short_year": ("'", "’"),
}
RULES = tuple(dataclasses.replace(rule, needs=rule.needs or _NEEDS[rule.name]) for rule in RULES)
