"""Sets: recurring times ("daily", "every Sunday" → ``XXXX-WXX-7``, "twice a week" →
``P1W``, "24 hours a day", "every four years" → ``P4Y``, "Friday mornings" elsewhere).

"Daily" or "weekly" naming a thing that comes out that often ("a weekly magazine", "the
party daily Granma") is no recurrence.
"""

from __future__ import annotations

import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.toolkit import (
    MONTH,
    NUMBER_WORDS_PATTERN,
    WEEKDAY,
    duration_value,
    make_rule,
    number_of,
    unit_of,
)
from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.temporal import DAY_PARTS, SEASONS, WEEKDAYS

__all__ = ["RULES"]


_SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "fortnightly": "P2W",
    "biweekly": "P2W",
}


#: After "daily", "weekly": a thing named by how often it comes out, not a recurrence ("a
#: weekly magazine", "the Communist Party daily Granma").
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:(?:news)?papers?|magazines?|journals?|newsletters?|tabloids?|publications?|"
    r"columns?|editions?|digests?|gazettes?|bulletins?|"
    rf"(?!{WEEKDAY}|{MONTH})[A-Z]\w+)\b"
)


#: Words that may follow a season without making it an adjective ("every summer since").
_FUNCTION_WORDS = frozenset(
    "the a an since in at on and or but for to from until when while he she they we it i you "
    "there this that its their his her our".split()
)


def _every_n(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "every four years" (SET ``P4Y``), "every other week" (``P2W``)."""
    if m["other"]:
        return Timex("SET", duration_value(2, unit_of(m["other"])))
    number = number_of(m["num"])
    if number is None:
        return None
    return Timex("SET", duration_value(number, unit_of(m["unit"])))


def _every_nth_weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("SET", f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()] + 1}")


def _set(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["word"]:
        if _PUBLICATION_AFTER.match(ctx.sentence, m.end()):
            return None
        return Timex("SET", _SET_WORDS[m["word"].lower()])
    unit = m["unit"].lower()
    if unit in WEEKDAYS:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}")
    if unit in SEASONS:  # "every summer"; not "every spring test"
        after = re.match(r"\s+([a-z]+)", ctx.sentence[m.end() :])
        if after and after[1] not in _FUNCTION_WORDS:
            return None
        return Timex("SET", f"XXXX-{SEASONS[unit]}")
    if unit in DAY_PARTS:
        return Timex("SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}")
    if unit == "quarter":
        return Timex("SET", "P3M")  # "each quarter"
    return Timex("SET", duration_value(1, unit_of(unit.removesuffix("end"))))  # "each weekend": P1W


def _weekends(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("SET", "XXXX-WXX-WE")


RULES: tuple[Rule, ...] = (
    make_rule(
        "weekends",
        # "closed on weekends", "at weekends": every weekend
        r"(?<=\b(?i:on) )(?i:weekends)\b|(?<=\b(?i:at) )(?i:weekends)\b",
        _weekends,
        needs=("weekends",),
    ),
    make_rule(
        "every_n",
        rf"\b(?i:every)\s+(?:(?P<num>\d+|(?i:{NUMBER_WORDS_PATTERN}))\s+"
        r"(?P<unit>(?i:years|months|weeks|days|hours|minutes|decades))"
        r"|(?i:other)\s+(?P<other>(?i:year|month|week|day|hour|minute|decade)))\b",
        _every_n,
        needs=("every",),
    ),
    make_rule(
        "every_nth_weekday",
        # "every second Tuesday", "every other Friday": a set of weekdays
        rf"\b(?i:every)\s+(?i:other|second|third|fourth)\s+{WEEKDAY}\b",
        _every_nth_weekday,
        needs=("every",),
    ),
    make_rule(
        "set",
        r"\b(?:(?P<word>(?i:daily|nightly|weekly|monthly|annually|yearly|hourly|fortnightly|"
        r"biweekly))\b|"
        r"(?:(?i:every|each|once a|twice a|per|once an|(?:\w+) times a)"
        # "24 hours a day", "seven days a week": how much of every period
        rf"|(?:\d+|(?i:{NUMBER_WORDS_PATTERN}))\s+(?i:hours|days|nights|minutes)\s+(?i:a|an))"
        r"\s+(?P<unit>(?i:day|week|month|quarter|"
        rf"year|hour|weekend|morning|night|evening|afternoon|{'|'.join(WEEKDAY_NAMES)}|"
        r"spring|summer|autumn|fall|winter))\b(?!\s+(?i:ago|later|earlier|before|after)\b))",
        _set,
        needs=(
            "daily",
            "nightly",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "hourly",
            "fortnightly",
            "biweekly",
            "every",
            "each",
            "once",
            "twice",
            "per",
            "times",
            "hours",
            "days",
            "nights",
            "minutes",
        ),
    ),
)
