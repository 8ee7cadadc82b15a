"""Times of day: clock times with their zone ("10:35 a.m.", "14:20 GMT" → ``T14:20Z``, "9
p.m. EST" → ``T21:00-05``, "at 20:00"), clock words ("noon", "midnight Sunday" →
``T24:00``; "high noon" and "the midnight oil" are idioms) and the light ("at dusk" →
``TEV``, "at dawn" → ``TMO``).

A time is on the dateline's day unless a weekday comes with it; :mod:`analysis.dates.extract`
moves one that names no day to the day its sentence names, before or right after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import day_value
from analysis.dates.tense import (
    is_future,
    weekday_date,
)
from analysis.dates.toolkit import WEEKDAY, make_rule
from analysis.language.english.temporal import HOUR_WORDS, WEEKDAYS

__all__ = ["RULES", "ZONES"]


#: The day written right after a time of day: "4 a.m. EDT Thursday", "at dawn on Sunday",
#: "2:30 p.m. yesterday", "midnight tonight", "9 p.m. last night".
_DAY_AFTER = (
    rf"(?:,?\s+(?:on\s+)?{WEEKDAY}|\s+(?P<relday>(?i:today|tonight|yesterday|tomorrow|"
    r"last\s+night|this\s+(?:morning|afternoon|evening)))\b)?"
)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1, "this": 0}


def _day(m: re.Match[str], ctx: Context) -> str:
    """The day a time of day is on, as a TIMEX3 date: the day that comes with it ("4 a.m.
    Thursday": the Thursday of the week around the dateline, by the tense of its clause; "2:30
    p.m. yesterday"), else the dateline's day; with no dateline, unknown digits
    (``XXXX-WXX-4``, ``XXXX-XX-XX``)."""
    weekday = WEEKDAYS[m["weekday"].lower()] if m["weekday"] else None
    if ctx.anchor is None:
        return "XXXX-XX-XX" if weekday is None else f"XXXX-WXX-{weekday + 1}"
    if m["relday"]:
        offset = _RELATIVE_DAYS[m["relday"].split()[0].lower()]
        return day_value(ctx.anchor + dt.timedelta(days=offset))
    if weekday is None:
        return day_value(ctx.anchor)
    future = is_future(ctx, m.start())
    return day_value(weekday_date(ctx.anchor, weekday, future=future, strict=False))


#: Hours and minutes said in words, as broadcast transcripts write them: "eight p.m.",
#: "ten thirty a.m.".
_MINUTE_WORDS = {"fifteen": 15, "thirty": 30, "forty five": 45}


def _clock(m: re.Match[str], ctx: Context) -> Timex | None:
    hour = int(m["h"]) if m["h"].isdigit() else HOUR_WORDS[m["h"].lower()]
    said = " ".join((m["mi"] or "0").lower().replace("-", " ").split())
    minute = int(said) if said.isdigit() else _MINUTE_WORDS[said]
    ampm = (m["ampm"] or "").lower().replace(" ", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (not ampm and hour > 23):
        return None
    return Timex("TIME", f"{_day(m, ctx)}T{hour:02d}:{minute:02d}{_zone(m['zone'])}")


#: Offsets of the time zones news copy names; GMT and UTC are "Z". "local time" keeps none.
ZONES = {"GMT": "Z", "UTC": "Z", "EST": "-05", "EDT": "-04", "CST": "-06", "CDT": "-05",
         "MST": "-07", "MDT": "-06", "PST": "-08", "PDT": "-07", "BST": "+01", "CET": "+01",
         "CEST": "+02", "EET": "+02", "MSK": "+03", "IST": "+0530", "JST": "+09",
         "KST": "+09", "HKT": "+08", "SGT": "+08", "AEST": "+10", "AEDT": "+11",
         "NZST": "+12", "NZDT": "+13", "SAST": "+02", "EAT": "+03", "WAT": "+01",
         "AKST": "-09", "HST": "-10"}  # fmt: skip


#: A zone written after a time: "EST", "AEDT", "GMT", "local time", and the US "ET", "PT"
#: (Eastern Time, standard or daylight: no offset given).
_ZONE = r"[A-Z]{2,4}T|[ECMP]T|GMT|UTC|local time"


def _zone(zone: str | None) -> str:
    return ZONES.get(zone or "", "")


#: Idioms with a clock word that name no time: "high noon", "burn the midnight oil".
_CLOCK_IDIOM_BEFORE = re.compile(r"\b(?i:high)\s+$")
_CLOCK_IDIOM_AFTER = re.compile(r"\s+(?i:oil|blue|sun)\b")


#: Times of day named by the light: the part of the day they fall in.
_TWILIGHT = {"dawn": "TMO", "daybreak": "TMO", "sunrise": "TMO", "first light": "TMO",
             "dusk": "TEV", "sunset": "TEV", "sundown": "TEV", "nightfall": "TEV"}  # fmt: skip


def _twilight(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "at dusk" (``2003-05-06TEV``), "at dawn Sunday" (``2003-05-04TMO``): the part of the
    day it falls in, on the dateline's day unless a day is named."""
    part = _TWILIGHT[" ".join(m["word"].lower().split())]
    return Timex("DATE", f"{_day(m, ctx)}{part}")


def _clock_word(m: re.Match[str], ctx: Context) -> Timex | None:
    if _CLOCK_IDIOM_BEFORE.search(ctx.sentence, 0, m.start()) or _CLOCK_IDIOM_AFTER.match(
        ctx.sentence, m.end()
    ):
        return None
    time = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["word"].lower()]
    return Timex("TIME", f"{_day(m, ctx)}T{time}")  # "midnight Sunday": that Sunday


RULES: tuple[Rule, ...] = (
    make_rule(
        "clock",
        rf"(?<![\d.:])(?P<h>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*"
        rf"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|[AP]\.\s?M\.?|[AP]M\b)(?:\s+(?P<zone>{_ZONE}))?"
        rf"{_DAY_AFTER}",
        _clock,
        needs=("a.", "p.", "am", "pm"),
    ),
    make_rule(
        "spelled_clock",
        rf"\b(?P<h>(?i:{'|'.join(HOUR_WORDS)}))(?:[\s-]+(?P<mi>(?i:fifteen|thirty|forty[\s-]five)))?"
        # (with the full stops only: "eight am" is rare, "am" a common word)
        rf"\s+(?P<ampm>[ap]\.\s?m\.?|[AP]\.\s?M\.?)(?:\s+(?P<zone>{_ZONE}))?{_DAY_AFTER}",
        _clock,
        needs=("a.m", "p.m", "a.", "p."),
    ),
    make_rule(
        "clock_24h",
        # "14:20 GMT", "0930 UTC", "10.32 GMT" (British papers), "10:15:00 GMT" (the seconds
        # are left out of the value)
        rf"(?<![\d.:])(?P<h>[0-2]?\d)[:.]?(?P<mi>[0-5]\d)(?::[0-5]\d)?(?P<ampm>)"
        rf"\s+(?P<zone>{_ZONE})"
        rf"{_DAY_AFTER}",
        _clock,
        needs=tuple("0123456789"),
    ),
    make_rule(
        "clock_at",
        # "at 10:30", "until 23:00" with neither a.m./p.m. nor a zone: a time after "at",
        # "by", "until"..., never a score or a ratio ("won 2:1")
        r"(?:"
        + "|".join(
            rf"(?<=\b{word} )"
            for word in (
                "at",
                "by",
                "until",
                "till",
                "before",
                "after",
                "around",
                "about",
                "from",
                "since",
            )
        )
        + rf")(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?P<ampm>)(?P<zone>)(?![\d:]|[.,]\d)"
        rf"{_DAY_AFTER}",
        _clock,
        flags=re.IGNORECASE,
        needs=(":",),
    ),
    make_rule(
        "twilight",
        # "at dusk", "before dawn on Sunday"; not "the dawn of a new era"
        r"(?:"
        + "|".join(
            rf"(?<=\b{word} )"
            for word in ("at", "before", "after", "until", "by", "around", "since", "till")
        )
        + r")(?P<word>dawn|dusk|daybreak|sunrise|sunset|sundown|nightfall|first\s+light)\b"
        rf"(?!\s+of\b){_DAY_AFTER}",
        _twilight,
        flags=re.IGNORECASE,
        needs=("dawn", "dusk", "daybreak", "sunrise", "sunset", "sundown", "nightfall", "light"),
    ),
    make_rule(
        "clock_word",
        rf"\b(?P<word>(?i:noon|midday|midnight))\b{_DAY_AFTER}",
        _clock_word,
        needs=("noon", "midday", "midnight"),
    ),
)
RULES = tuple(dataclasses.replace(rule, clock=True) for rule in RULES)
