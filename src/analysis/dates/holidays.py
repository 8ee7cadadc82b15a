"""Holidays and named days: "Christmas", "last Thanksgiving", "Easter 2001", the week that
holds one ("Easter week" → ``2000-W16``) and the days counted from one ("Good Friday", "Ash
Wednesday", "Black Friday"); "Black Friday 1869" is an event known by its year.

Named alone, a holiday is the next one in a sentence about the future, the last one in a
sentence that tells what happened ("said" only reports), else the nearest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import day_value, shift_day, week_value
from analysis.dates.tense import (
    FUTURE_VERB,
    PAST,
    is_future,
    nearest,
)
from analysis.dates.toolkit import MONTH_FULL, WEEKDAY, YEAR, make_rule, relation_of
from analysis.language.english.temporal import FIXED_HOLIDAYS

__all__ = ["MOVEABLE_FEASTS", "RULES"]

#: Days named after a holiday they are counted from: (holiday, days after it).
MOVEABLE_FEASTS: dict[str, tuple[str, int]] = {
    "good friday": ("easter", -2),
    "holy thursday": ("easter", -3),
    "maundy thursday": ("easter", -3),
    "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "easter monday": ("easter", 1),
    "pentecost": ("easter", 49),
    "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    if n > 0:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift_day(first, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> dt.date:
    if name in MOVEABLE_FEASTS:
        base, days = MOVEABLE_FEASTS[name]
        return _holiday_date(base, year) + dt.timedelta(days=days)
    if name in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[name])
    if name == "canadian thanksgiving":  # the second Monday of October
        return _nth_weekday(year, 10, 0, 2)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return _easter(year)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    raise KeyError(name)


#: Past verbs that report rather than tell what happened: "said" dates the saying, not the
#: holiday ("Retailers said Christmas sales will be strong").
_REPORTING = frozenset({"said", "told", "wrote"})


#: After a holiday's name, a word that makes it the name of a thing: a capitalised word
#: ("Easter Island", "the Easter Rising") or one of a few things named after it.
_THING_AFTER = re.compile(
    rf"\s+(?:(?!Day\b|Eve\b|Week\b|Weekend\b|{WEEKDAY}|{MONTH_FULL})[A-Z][a-z]+\b|"
    r"(?:trees?|cards?|carols?|crackers?|ornaments?|decorations)\b)"
)


#: Words that make an Independence Day the United States' (4 July).
#: Words that make a Thanksgiving Canada's (the second Monday of October).
_CANADIAN = re.compile(r"\b(?:Canada|Canadian|Canadians|Ottawa|Toronto|Montreal|Quebec)\b")
_AMERICAN = re.compile(r"\b(?:Americans?|America|US|United States|July)\b|\bU\.S\.")


def _holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    """A named day ("Christmas", "last Thanksgiving", "Easter 2001"), the week that holds it
    ("Easter week", "Christmas week") or its weekend ("the Labor Day weekend"). Named alone,
    the next one in a sentence about the future, the last one in one that tells what
    happened, else the nearest."""
    if not m["year"] and not m["week"] and _THING_AFTER.match(ctx.sentence, m.end()):
        return None  # "Easter Island", "the Easter Rising", "a Christmas tree": no day
    name = " ".join(m["name"].lower().replace("’", "'").split())
    relation = relation_of(m["rel"])
    if m["year"] and name == "black friday":
        return Timex("DATE", m["year"])  # "Black Friday 1869": an event known by its year
    if name.startswith("thanksgiving") and _CANADIAN.search(ctx.sentence):
        name = "canadian thanksgiving"
    if name == "independence day" and not _AMERICAN.search(ctx.sentence):
        # every country has its own: the day is known for the United States only
        year = m["year"] or (f"{ctx.anchor.year:04d}" if ctx.anchor else "XXXX")
        return Timex("DATE", f"{year}-XX-XX")
    if m["year"]:
        day = _holiday_date(name, int(m["year"]))
    elif ctx.anchor is None:
        unknown = "XXXX-WXX-WE" if m["end"] else "XXXX-WXX" if m["week"] else "XXXX-XX-XX"
        return Timex("DATE", unknown)
    else:
        year = ctx.anchor.year
        this_year = _holiday_date(name, year)
        if relation == "last" and this_year >= ctx.anchor:
            year -= 1
        elif relation == "next" and this_year <= ctx.anchor:
            year += 1
        day = _holiday_date(name, year)
        if relation is None:
            candidates = [_holiday_date(name, y) for y in (year - 1, year, year + 1)]
            if m["week"] and not m["end"]:  # "as Easter week began": begun when its Monday has
                candidates = [c - dt.timedelta(days=c.weekday()) for c in candidates]
            day = nearest(ctx.anchor, candidates, future=False)
            if is_future(ctx, m.start()) or FUTURE_VERB.search(ctx.sentence, m.end()):
                day = min(c for c in candidates if c >= ctx.anchor)  # "will return after Labor Day"
            elif any(
                verb.group().lower() not in _REPORTING for verb in PAST.finditer(ctx.sentence)
            ):
                day = max(c for c in candidates if c <= ctx.anchor)  # "opened on Christmas Eve"
    if m["end"]:  # the weekend a holiday makes long: before a Monday, after a Thursday
        long_weekend = day - dt.timedelta(days=3 if day.weekday() < 2 else 0)
        return Timex("DATE", week_value(long_weekend) + "-WE")
    return Timex("DATE", week_value(day) if m["week"] else day_value(day))


_HOLIDAYS = "|".join(
    [
        *(re.escape(name).replace("'", "['’]") for name in FIXED_HOLIDAYS),
        r"thanksgiving(?: day)?",
        r"easter(?: sunday)?",
        "election day",
        "labor day",
        "memorial day",
        *MOVEABLE_FEASTS,
    ]
)

RULES: tuple[Rule, ...] = (
    make_rule(
        "holiday",
        # "the Labor Day weekend": the article is the weekend's
        rf"(?:(?i:the)\s+(?=(?i:{_HOLIDAYS})\s+(?i:weekend)\b))?"
        rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>(?i:{_HOLIDAYS}))\b"
        rf"(?P<week>\s+(?i:week(?P<end>end)?)\b)?(?:,?\s+{YEAR})?",
        _holiday,
    ),
)

# What must occur in a sentence (lower case) for the rule to be tried: a name as far as its
# first apostrophe, where the pattern allows two kinds ("new year", not "new", which nearly
# every news sentence holds: the rule ran on one sentence in seven, now on few).
_OTHER_FEASTS = ("thanksgiving", "easter", "election day", "labor day", "memorial day")
_NAMED = {name.split("'")[0] for name in (*FIXED_HOLIDAYS, *MOVEABLE_FEASTS, *_OTHER_FEASTS)}
_HOLIDAY_WORDS = tuple(sorted(n for n in _NAMED if not any(o in n for o in _NAMED - {n})))
RULES = tuple(dataclasses.replace(rule, needs=_HOLIDAY_WORDS) for rule in RULES)
