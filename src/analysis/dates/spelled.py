"""Broadcast transcripts: years, days, hours and amounts spelled out, and halves.

"nineteen eighty-four" -> ``1984``; "the year two thousand and one" -> ``2001``; "three and a
half months" and "3 1/2 months" -> ``P3M15D``; "an hour and a half" -> ``PT1H30M``; "half an
hour" -> ``PT30M``; "one hundred hours" -> ``PT100H``; "February fifteenth" and "the
fifteenth of February" -> that day; "ten o'clock tonight" -> ``T22:00``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import day_value
from analysis.dates.tense import (
    has_happened,
    is_future,
    weekday_date,
    year_of_month,
)
from analysis.dates.toolkit import MONTH_FULL, WEEKDAY, duration_value, make_rule, unit_of
from analysis.language.english.temporal import (
    HOUR_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    WEEKDAYS,
)
from analysis.patterns import alternation

__all__ = ["RULES"]

_TEENS = {w: n for w, n in NUMBER_WORDS.items() if 10 <= n <= 19 and " " not in w}
_TWO_DIGITS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 99 and w not in {"a", "an"}}
_WORDS = alternation(_TWO_DIGITS)
# The smaller unit a half is written in, and how many of it make the half.
_HALF = {
    "year": ("Y", "M", 6),
    "month": ("M", "D", 15),
    "week": ("W", "D", 3.5),
    "day": ("D", "H", 12),
    "hour": ("H", "M", 30),
    "minute": ("M", "S", 30),
}


def _spelled_year(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["century"]:
        first = _TEENS[m["century"].lower()]
        rest = m["rest"].lower()
        second = 0 if rest == "hundred" else _TWO_DIGITS.get(rest.replace("oh ", "").strip())
        if second is None:
            return None
        return Timex("DATE", f"{first * 100 + second:04d}")
    rest = (m["units"] or "").lower()
    value = 2000 + (_TWO_DIGITS.get(rest, 0) if rest else 0)
    return Timex("DATE", f"{value:04d}")


def number_of(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _half(num: str | None, unit_word: str) -> Timex | None:
    """``num`` (None: one) and a half of a unit, in the next smaller unit for the half."""
    unit = unit_word.lower().removesuffix("s")
    whole = number_of(num) if num else 1
    if whole is None or unit not in _HALF:
        return None
    big, small, amount = _HALF[unit]
    if unit == "day":
        return Timex("DURATION", f"P{whole}DT12H")
    if unit == "week":
        return Timex("DURATION", f"P{whole * 7 + 3}DT12H")
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return Timex("DURATION", f"{prefix}{whole}{big}{amount:g}{small}")


#: Days in a unit, to count "a year and a half ago" back from the dateline.
_DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}


def _half_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    num, unit = (None, m["unit2"]) if m["unit2"] else (m["num"], m["unit"])
    if not m["dir"]:
        return _half(num, unit)  # "an hour and a half": a duration
    # "a year and a half ago": the month it was (the day, for weeks and days)
    unit = unit.lower().removesuffix("s")
    whole = number_of(num) if num else 1
    if whole is None or unit not in _DAYS_IN:
        return None
    ago = m["dir"].strip().lower() == "ago"
    if ctx.anchor is None:
        return Timex("DATE", "PAST_REF" if ago else "FUTURE_REF")
    days = round((whole + 0.5) * _DAYS_IN[unit])
    when = ctx.anchor + dt.timedelta(days=-days if ago else days)
    if unit in {"year", "month"}:
        return Timex("DATE", f"{when.year:04d}-{when.month:02d}")
    return Timex("DATE", day_value(when))


#: Halves written before their unit ("half an hour"), in the smaller unit.
_HALF_OF = {
    "minute": "PT30S",
    "hour": "PT30M",
    "day": "PT12H",
    "week": "P3DT12H",
    "month": "P15D",
    "year": "P6M",
    "decade": "P5Y",
    "century": "P50Y",
}
_ORDINAL_WORDS = alternation(ORDINAL_WORDS)


_SECOND_MONTH = MONTH_FULL.replace("?P<month>", "?P<month2>")


#: A quarter of a unit, in the smaller unit: "a quarter of an hour", "a quarter century".
_QUARTER_OF = {"hour": (15, "PT{}M"), "year": (3, "P{}M"), "century": (25, "P{}Y")}


def _quarter_of(m: re.Match[str], ctx: Context) -> Timex | None:
    amount, form = _QUARTER_OF[m["unit"].lower()]
    count = 3 if m["count"].lower() == "three" else 1
    return Timex("DURATION", form.format(amount * count))


def _half_of(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DURATION", _HALF_OF[m["unit"].lower()])


def _hundreds(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "one hundred hours", "two hundred and fifty years"."""
    first = NUMBER_WORDS[m["num"].lower()]
    rest = _TWO_DIGITS.get((m["rest"] or "").lower(), 0)
    return Timex("DURATION", duration_value(first * 100 + rest, unit_of(m["unit"])))


def _spelled_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "February fifteenth", "the fifteenth of February": that day, its year as for a
    written month and day."""
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    day = ORDINAL_WORDS[" ".join((m["ord"] or m["ord2"]).lower().split())]
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}")
    future, past = is_future(ctx, m.start()), has_happened(ctx, m.start())
    year = year_of_month(ctx.anchor, month, None, day=day, future=future, past=past)
    try:
        return Timex("DATE", day_value(dt.date(year, month, day)))
    except ValueError:
        return None


def _oclock(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "ten o'clock" (``T10:00``), "seven o'clock tonight" / "in the evening" (``T19:00``),
    "4 in the morning" (``T04:00``)."""
    word = m["h"].lower()
    hour = int(word) if word.isdigit() else HOUR_WORDS.get(word)
    if hour is None or not 1 <= hour <= 12:
        return None
    part = (m["part"] or m["part2"] or "").lower()
    if hour < 12 and any(p in part for p in ("evening", "afternoon", "night", "tonight")):
        hour += 12
    day: dt.date | None = ctx.anchor
    if "tomorrow" in part and ctx.anchor is not None:
        day = ctx.anchor + dt.timedelta(days=1)
    if m["weekday"] and ctx.anchor is not None:  # the weekday written after it
        future = is_future(ctx, m.start())
        day = weekday_date(ctx.anchor, WEEKDAYS[m["weekday"].lower()], future=future, strict=False)
    prefix = "XXXX-XX-XX" if day is None else day_value(day)
    return Timex("TIME", f"{prefix}T{hour:02d}:00")


RULES: tuple[Rule, ...] = (
    make_rule(
        "spelled_year",
        r"\b(?:(?i:the\s+year)\s+)?(?:"
        r"(?P<century>(?i:"
        + "|".join(w for w in _TEENS if _TEENS[w] in (17, 18, 19))
        + r"))\s+(?P<rest>(?i:hundred|oh\s+\w+|"
        + _WORDS
        + r"))"
        r"|(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?P<units>(?i:" + _WORDS + r")))?)\b",
        _spelled_year,
    ),
    make_rule(
        "half_duration",
        r"\b(?:(?P<num>\d+|(?i:" + _WORDS + r"))\s+(?i:and\s+a\s+half|1/2|½)\s+"
        r"(?P<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?))"
        r"|(?i:an?)\s+(?P<unit2>(?i:year|month|week|day|hour|minute))\s+(?i:and\s+a\s+half))\b"
        r"(?P<dir>\s+(?i:ago|from\s+now)\b)?",
        _half_duration,
    ),
    make_rule(
        "half_of",
        r"\b(?i:half)\s+(?:(?i:an?|the)\s+)?"
        r"(?P<unit>(?i:minute|hour|day|week|month|year|decade|century))\b(?!-)",
        _half_of,
    ),
    make_rule(
        "quarter_of",
        r"\b(?P<count>(?i:a|one|three))\s+(?i:quarters?)\s+(?:(?i:of)\s+)?(?:(?i:an?)\s+)?"
        r"(?P<unit>(?i:hour|year|century))\b(?!-)",
        _quarter_of,
    ),
    make_rule(
        "hundreds",
        r"\b(?P<num>(?i:a|one|two|three|four|five|six|seven|eight|nine))\s+(?i:hundred)"
        r"(?:\s+(?i:and\s+)?(?P<rest>(?i:" + _WORDS + r")))?\s+"
        r"(?P<unit>(?i:years|months|weeks|days|hours|minutes|seconds))\b",
        _hundreds,
    ),
    make_rule(
        "spelled_day",
        rf"\b(?:{MONTH_FULL}\s+(?:the\s+)?(?P<ord>(?i:{_ORDINAL_WORDS}))"
        rf"|(?i:the)\s+(?P<ord2>(?i:{_ORDINAL_WORDS}))\s+(?i:of)\s+{_SECOND_MONTH})\b",
        _spelled_day,
    ),
    make_rule(
        "oclock",
        r"\b(?P<h>\d{1,2}|(?i:" + "|".join(HOUR_WORDS) + r"))\s+(?:(?i:o['’]clock)"
        r"(?P<part>\s+(?i:tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|"
        r"this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|"
        r"at\s+night))?|(?P<part2>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b)"
        # "eight o'clock local time on Wednesday"
        rf"(?:\s+(?i:local\s+time)\b)?(?:,?\s+(?:on\s+)?{WEEKDAY})?",
        _oclock,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "spelled_year": ("thousand", "hundred", "nineteen", "eighteen", "seventeen"),
    "half_duration": ("half", "1/2", "½"),
    "half_of": ("half",),
    "quarter_of": ("quarter",),
    "hundreds": ("hundred",),
    "spelled_day": (
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "teenth",
        "twentieth",
        "thirtieth",
    ),
    "oclock": (
        "o'clock",
        "o’clock",
        "morning",
        "afternoon",
        "evening",
        "night",
    ),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
