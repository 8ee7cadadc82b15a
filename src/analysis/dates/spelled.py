"""Broadcast transcripts: years and amounts spelled out, and halves.

"nineteen eighty-four" -> ``1984``; "the year two thousand and one" -> ``2001``; "three and a
half months" and "3 1/2 months" -> ``P3M15D``; "an hour and a half" -> ``PT1H30M``.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.dates.lexicon import NUMBER_WORDS
from analysis.dates.rules import Context, Rule, Timex, _rule

__all__ = ["RULES"]

_TEENS = {w: n for w, n in NUMBER_WORDS.items() if 10 <= n <= 19 and " " not in w}
_TWO_DIGITS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 99 and w not in {"a", "an"}}
_WORDS = "|".join(sorted(_TWO_DIGITS, key=len, reverse=True))
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


def _number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _half(num: str | None, unit_word: str) -> Timex | None:
    """``num`` (None: one) and a half of a unit, in the next smaller unit for the half."""
    unit = unit_word.lower().removesuffix("s")
    whole = _number(num) if num else 1
    if whole is None or unit not in _HALF:
        return None
    big, small, amount = _HALF[unit]
    if unit == "day":
        return Timex("DURATION", f"P{whole}DT12H")
    if unit == "week":
        return Timex("DURATION", f"P{whole * 7 + 3}DT12H")
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return Timex("DURATION", f"{prefix}{whole}{big}{amount:g}{small}")


def _half_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["unit2"]:  # "an hour and a half"
        return _half(None, m["unit2"])
    return _half(m["num"], m["unit"])


RULES: tuple[Rule, ...] = (
    _rule(
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
    _rule(
        "half_duration",
        r"\b(?:(?P<num>\d+|(?i:" + _WORDS + r"))\s+(?i:and\s+a\s+half|1/2|½)\s+"
        r"(?P<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?))"
        r"|(?i:an?)\s+(?P<unit2>(?i:year|month|week|day|hour|minute))\s+(?i:and\s+a\s+half))\b",
        _half_duration,
    ),
)

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "spelled_year": ("thousand", "hundred", "nineteen", "eighteen", "seventeen"),
    "half_duration": ("half", "1/2", "½"),
}
RULES = tuple(dataclasses.replace(rule, needs=_NEEDS[rule.name]) for rule in RULES)
