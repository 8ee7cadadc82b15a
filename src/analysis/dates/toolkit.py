"""The shared toolkit of the date rules: the patterns every family builds on (months,
weekdays, years, numbers, units), the words they turn into values (a number, a unit, a
relation: last/next/this), a period shifted from the dateline's, the year of a quarter named
without one, whether a sentence speaks of business or of a game, and ``make_rule``. The
families of rules (:mod:`analysis.dates.rules` and one module per family) import from here;
nothing here is a rule.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.dates.base import Context, Handler, Rule, Timex
from analysis.dates.calendar import (
    add_months,
    month_value,
    week_value,
    year_value,
)
from analysis.dates.tense import is_future
from analysis.language.english.calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NEWS_AGENCIES,
    WEEKDAY_NAMES,
)
from analysis.language.english.temporal import (
    NUMBER_WORDS,
    UNITS,
    VAGUE_NUMBERS,
)
from analysis.pattern_cache import cached_compile
from analysis.patterns import alternation

__all__ = [
    "DATELINE_AFTER",
    "MONTH",
    "MONTH_FULL",
    "MONTH_FULL_NAMES",
    "NUMBER",
    "NUMBER_WORDS_PATTERN",
    "UNIT",
    "WEEKDAY",
    "YEAR",
    "duration_value",
    "in_a_game",
    "in_business",
    "make_rule",
    "number_of",
    "period_year",
    "relation_of",
    "shifted_period",
    "unit_of",
]


# --- building blocks ---------------------------------------------------------------------

_MONTH_ABBR = "|".join(rf"{abbreviation.capitalize()}\.?" for abbreviation in MONTH_ABBREVIATIONS)
MONTH_FULL_NAMES = "|".join(name.capitalize() for name in MONTH_NAMES)
MONTH = rf"(?P<month>{MONTH_FULL_NAMES}|{_MONTH_ABBR})(?![a-z])"
MONTH_FULL = rf"(?P<month>{MONTH_FULL_NAMES})(?![\w-])"
WEEKDAY = rf"(?P<weekday>{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)})"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d)"
NUMBER_WORDS_PATTERN = alternation(NUMBER_WORDS)
_VAGUE = alternation(VAGUE_NUMBERS)
NUMBER = rf"(?P<num>\d+(?:\.\d+)?|(?i:{NUMBER_WORDS_PATTERN}|{_VAGUE}))"
UNIT = (
    r"(?P<unit>(?i:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)))"
    r"(?P<plural>(?i:s))?"
)
DATELINE_AFTER = re.compile(rf"\s*\((?:{'|'.join(NEWS_AGENCIES)})\s*\)")


def number_of(word: str) -> int | None:
    """The number a word stands for; None for a vague quantity ("several")."""
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word[0].isdigit():
        number = float(word)
        return int(number) if number.is_integer() else None
    return None


def unit_of(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.removesuffix("s")


def duration_value(number: int | None, unit: str) -> str:
    code, is_time = UNITS[unit]
    amount = "X" if number is None else str(number * (2 if unit == "fortnight" else 1))
    if code == "DE":
        code, amount = ("Y", str(number * 10)) if number is not None else ("DE", "X")
    if code == "CE":
        code, amount = ("Y", str(number * 100)) if number is not None else ("CE", "X")
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


_LAST_WORDS = frozenset(
    {"last", "this past", "the past", "the last", "the latest", "the previous", "previous"}
)


def relation_of(word: str | None) -> str | None:
    """Map a modifier to ``last``, ``next``, ``this`` or None."""
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in {"early", "late", "mid"}:
        return None  # a part of the period, not a relation: "late Monday" is a Monday
    if word in _LAST_WORDS:
        return "last"
    if word in {"next", "this coming", "the coming", "the next", "coming", "early next"}:
        return "next"
    if word.endswith("next"):
        return "next"
    if word.endswith("last"):
        return "last"
    return "this"


def shifted_period(unit: str, step: int, anchor: dt.date | None) -> Timex | None:
    """The week, weekend, month, quarter, year, decade or century ``step`` of them from the
    dateline's."""
    if anchor is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
        return Timex("DATE", unknown.get(unit, "XXXX"))
    if unit in {"week", "weekend"}:
        value = week_value(anchor + dt.timedelta(weeks=step))
        return Timex("DATE", value + ("-WE" if unit == "weekend" else ""))
    if unit == "month":
        return Timex("DATE", month_value(*add_months(anchor.year, anchor.month, step)))
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return Timex("DATE", f"{index // 4:04d}-Q{index % 4 + 1}")
    if unit == "year":
        return Timex("DATE", year_value(anchor.year + step))
    if unit == "decade":
        return Timex("DATE", f"{anchor.year // 10 + step:03d}")
    if unit == "century":
        return Timex("DATE", f"{anchor.year // 100 + step:02d}")
    return None


#: Words of a game: "scored 10 points in the fourth quarter" is no calendar quarter.
_GAME = re.compile(
    r"\b(?:scor(?:e|ed|es|ing)|points?|goals?|touchdowns?|baskets?|game|match|innings?|"
    r"halftime|half-time|overtime|kick-?off|whistle|penalty|rebounds?|assists?|tackles?|"
    r"quarterback|striker|goalkeeper|referee|minutes? (?:left|remaining|into))\b",
    re.IGNORECASE,
)
_BUSINESS = re.compile(
    r"\b(?:profits?|sales|revenues?|earnings|income|net|loss(?:es)?|growth|economy|gdp|"
    r"output|results|shares?|fiscal|dividends?|margins?|forecasts?|costs?|expenses|orders)\b",
    re.IGNORECASE,
)


def in_business(sentence: str) -> bool:
    """Whether a sentence speaks of a company's or an economy's figures (profit, sales, ...)."""
    return _BUSINESS.search(sentence) is not None


def in_a_game(sentence: str) -> bool:
    """Whether a sentence speaks of a game rather than of business: then "the second half"
    and "the fourth quarter" are parts of the game, not of the year."""
    return bool(_GAME.search(sentence)) and not in_business(sentence)


def period_year(code: str, anchor: dt.date, ctx: Context, start: int) -> int:
    """The year of a quarter or half named without one (``code`` ``Q4``, ``H2``) against the
    dateline ``anchor``: "fourth-quarter profit" in a February story is last year's — a
    quarter not yet begun this year, in a clause not about the future; a half stays in the
    dateline's year ("the second half" is more often the coming one)."""
    quarter = (anchor.month - 1) // 3 + 1
    if code[0] == "Q" and int(code[1]) > quarter and not is_future(ctx, start):
        return anchor.year - 1
    return anchor.year


def make_rule(
    name: str,
    pattern: str,
    handler: Handler,
    flags: int = 0,
    needs: tuple[str, ...] = (),
    *,
    anaphoric: bool = False,
) -> Rule:
    """A rule: its name, its pattern compiled with ``flags``, its handler, the words a sentence
    needs for it to be tried, and whether it is valued against the date talked about."""
    return Rule(name, cached_compile(pattern, flags), handler, needs, anaphoric=anaphoric)
