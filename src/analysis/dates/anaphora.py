"""Anaphoric dates: valued against the date the text is talking about, not the dateline.

"In 1998 the council ... The previous year, ..." -> 1997; "On March 3 ... three days later"
-> March 6; "that month", "the same week", "the next evening", "the following year", "the
year before", "earlier in the day". The reference is the last date placed on the calendar
before the expression (:attr:`Context.reference`); without one, the dateline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import (
    SEASON_MONTH,
    add_months,
    day_value,
    month_value,
    year_value,
)
from analysis.dates.tense import SINCE_BEFORE, is_future
from analysis.dates.toolkit import WEEKDAY, make_rule, shifted_period
from analysis.language.english.temporal import NUMBER_WORDS, SEASONS, STEP_WORDS, WEEKDAYS
from analysis.patterns import alternation

__all__ = ["RULES"]

_UNIT = r"(?P<unit>(?i:year|month|weekend|week|day|morning|afternoon|evening|night))"
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_NUMBERS = alternation(NUMBER_WORDS)


def _reference(ctx: Context) -> dt.date | None:
    if ctx.reference is not None:
        return ctx.reference[0]
    return ctx.anchor


# How fine a reference or a unit is: "that month" needs a reference of a month or finer.
_FINENESS = {
    "century": -2,
    "decade": -1,
    "year": 0,
    "half": 1,
    "season": 1,
    "quarter": 1,
    "month": 2,
    "week": 3,
    "weekend": 3,
    "day": 4,
    "time": 5,
}


def _unknown_within(ctx: Context, unit: str) -> str | None:
    """The value of an anaphor finer than the date it refers to, with the unknown part left
    unknown: "that month" after "in 2000" is ``2000-XX``, "the day before" after "in May
    2000" ``2000-05-XX`` — never a made-up January or first of the month. None when the
    reference is fine enough to count from."""
    if ctx.reference is None:
        return None  # the dateline: a day
    base, granularity = ctx.reference
    wanted = "day" if unit in _PARTS else unit
    if _FINENESS[wanted] <= _FINENESS.get(granularity, 4):
        return None
    if wanted == "month":
        return f"{year_value(base.year)}-XX"
    if wanted in {"week", "weekend"}:
        return f"{year_value(base.year)}-WXX" + ("-WE" if wanted == "weekend" else "")
    if granularity == "month":
        return f"{month_value(base.year, base.month)}-XX"
    return f"{year_value(base.year)}-XX-XX"


def _shift(base: dt.date, unit: str, step: int) -> str:
    """The period ``step`` units from ``base``: a day (with its part: "the next morning"), or
    a week, weekend, month, year, decade, century as :func:`~analysis.dates.toolkit.shifted_period`
    counts them from the dateline."""
    period = shifted_period(unit, step, base)
    if period is not None:
        return period.value
    return day_value(base + dt.timedelta(days=step)) + _PARTS.get(unit, "")


def _relative(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the previous year", "the following month", "the next day", "that week", "the same
    day", "the year before", "the day after"."""
    base = _reference(ctx)
    word = (m["rel"] or m["after"] or "").lower()  # "that week": step 0
    unit = m["unit"].lower()
    step = STEP_WORDS.get(word, 0)
    if word == "next" and unit in {"year", "month", "week"}:
        return None  # "the next year" is usually a duration or the coming year, not anaphora
    if base is None:
        return None
    return Timex("DATE", _unknown_within(ctx, unit) or _shift(base, unit, step))


#: "since the start of the year" in the present perfect: up to now, so the dateline's year.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?!to\b)[a-z]+\b")


def _edge(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the end of the year": of the year talked about; in a clause about the future
    ("markets expect a rise by the end of the year"), or since it in the present perfect
    ("since the start of the year, prices have risen"), of the dateline's."""
    if is_future(ctx, m.start()) or (
        SINCE_BEFORE.search(ctx.sentence, 0, m.start()) and _PRESENT_PERFECT.search(ctx.sentence)
    ):
        ctx = dataclasses.replace(ctx, reference=None)
    return _relative(m, ctx)


def _the_period(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "for the year", "during the week": the period talked about (the dateline's when the
    text has named none)."""
    if not _PERIOD_BEFORE.search(ctx.sentence, max(0, m.start() - 12), m.start()):
        return None
    return _relative(m, ctx)


#: Before "the year" of :func:`_the_period` ("over the year", its length, is a duration:
#: durations.py).
_PERIOD_BEFORE = re.compile(r"\b(?i:for|during|in) $")


def _anaphoric_weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the following Tuesday", "the previous Friday": the first such day after (before) the
    day talked about. Without a day talked about, no value (the text has named none to
    count from)."""
    if ctx.reference is None or _FINENESS.get(ctx.reference[1], 0) < _FINENESS["day"]:
        return None
    base = ctx.reference[0]
    weekday = WEEKDAYS[m["weekday"].lower()]
    word = m["rel"].lower().split()[-1]
    ahead = (weekday - base.weekday()) % 7 or 7
    behind = (base.weekday() - weekday) % 7 or 7
    if word in {"following", "next"}:
        return Timex("DATE", day_value(base + dt.timedelta(days=ahead)))
    return Timex("DATE", day_value(base - dt.timedelta(days=behind)))


def _anaphoric_season(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the following spring": the first spring to begin after the date talked about (the
    dateline when none); "the previous winter" the last one begun before it; "that summer"
    the one it falls in or the one of its year."""
    rel = m["rel"].lower().split()[-1]
    if rel == "that" and not (
        _THAT_FRONTED.search(ctx.sentence, 0, m.start())
        or _PREPOSITION_BEFORE.search(ctx.sentence, 0, m.start())
    ):
        return None  # "officials said that summer jobs ...": a conjunction, not "that summer"
    base = _reference(ctx)
    if base is None:
        return None
    code = SEASONS[m["season"].lower()]
    step = STEP_WORDS.get(rel, 0)
    if ctx.reference is not None and ctx.reference[1] == "year":
        return Timex("DATE", f"{base.year + step:04d}-{code}")  # "in 1998 ... that summer"

    def begins(year: int) -> dt.date:
        return dt.date(year, SEASON_MONTH[code], 1)

    def ends(year: int) -> dt.date:
        return dt.date(*add_months(year, SEASON_MONTH[code], 3), 1)

    if step > 0:  # the first to begin after the date
        year = base.year - 1
        while begins(year) <= base:
            year += 1
    elif step < 0:  # the last to end before it
        year = base.year
        while ends(year) > base:
            year -= 1
    else:  # the one it falls in, else the one of its year
        within = [y for y in (base.year - 1, base.year) if begins(y) <= base < ends(y)]
        year = within[0] if within else base.year
    return Timex("DATE", f"{year:04d}-{code}")


#: "that summer" opening a clause: the start of the sentence or a clause break before it.
_THAT_FRONTED = re.compile(r"(?:^|[;:—(]|--)[\s\"“'`]*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|during|by|until|since|through|of|that|all)\s+$")


def _later(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "three days later", "two weeks earlier", "a year later": from the reference date."""
    base = _reference(ctx)
    word = m["num"].lower()
    number = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
    if base is None or number is None:
        return None
    unit = m["unit"].lower().removesuffix("s")
    step = number if m["dir"].lower() == "later" else -number
    if unit in {"morning", "afternoon", "evening", "night"}:
        return None
    unknown = _unknown_within(ctx, unit)
    if unknown is not None:
        return Timex("DATE", unknown)
    if unit == "day":
        return Timex("DATE", day_value(base + dt.timedelta(days=step)))
    return Timex("DATE", _shift(base, unit, step))


RULES: tuple[Rule, ...] = (
    make_rule(
        "anaphoric_period",
        rf"\b(?:(?i:earlier|later)\s+)?(?:(?i:the)\s+(?P<rel>(?i:previous|preceding|following|"
        rf"prior|same|next))|(?i:that)(?:\s+(?i:same|very))?)\s+{_UNIT}\b"
        r"(?!\s+(?:of|and|to)\b)(?P<after>)",
        _relative,
    ),
    make_rule(
        "anaphoric_after",
        rf"\b(?i:the)\s+{_UNIT}\s+(?P<after>(?i:before|after))\b(?P<rel>)"
        # ... as a phrase of its own: "the day before authorities issued a warrant", "the day
        # after the vote" are anchored to an event, not to the date talked about
        r"(?=\s*(?:[.,;:!?)'\"”’`—–]|--|$)|\s+(?:and|but|or|in|at|on|with|as|while|because|"
        r"so|from|by|for|during|under|than|only)\b)",
        _relative,
    ),
    make_rule(
        "anaphoric_within",
        r"\b(?i:earlier|later)\s+(?i:in)\s+(?i:the)\s+(?P<unit>(?i:day|week|month|year))\b"
        r"(?P<rel>)(?P<after>)",
        _relative,
    ),
    make_rule(
        "edge_of_period",
        # "by the end of the year", "since the beginning of the month": of the year talked
        # about ("the end of the day" is an idiom, not a date)
        r"\b(?i:the)\s+(?:(?i:very)\s+)?(?i:end|beginning|start|middle|close)\s+(?i:of)\s+"
        r"(?i:the)\s+(?P<unit>(?i:year|month|week|decade|century))\b"
        r"(?![-’']|\s+(?:of|before|after)\b)"
        r"(?P<rel>)(?P<after>)",
        _edge,
    ),
    make_rule(
        "anaphoric_weekday",
        # ("that Tuesday" is as often "said that Tuesday ...": left alone)
        rf"\b(?P<rel>(?i:the)\s+(?i:following|next|previous|preceding))\s+{WEEKDAY}\b",
        _anaphoric_weekday,
    ),
    make_rule(
        "anaphoric_season",
        r"\b(?P<rel>(?i:the)\s+(?i:following|next|previous|preceding)|(?i:that))\s+"
        r"(?P<season>(?i:spring|summer|fall|autumn|winter))\b(?!\s+(?:of|semester|session|"
        r"term|season|olympics|games|collection)\b)",
        _anaphoric_season,
    ),
    make_rule(
        "the_period",
        # "for the year", "during the week", "over the month", the phrase ending there (not
        # "the year before", "player of the year", "the year 2000", "the year's")
        r"(?<= )(?i:the)\s+(?P<unit>(?i:year|month|week))"
        r"(?=\s*(?:[.,;:!?)\"”]|--|—|$)|\s+(?:and|but|as|when|while|after|because|with)\b)"
        r"(?P<rel>)(?P<after>)",
        _the_period,
    ),
    make_rule(
        "anaphoric_offset",
        rf"\b(?P<num>\d+|(?i:{_NUMBERS}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+"
        rf"(?P<dir>(?i:later|earlier))\b",
        _later,
    ),
)

#: Rules that name the period talked about again ("for the year"): they leave it as it is,
#: however coarse their own value ("for the week" after "for the year" is still this week).
_SAME_PERIOD = frozenset({"the_period"})

# Words of which one must occur in a sentence for these rules to be tried (lower case).
_NEEDS: dict[str, tuple[str, ...]] = {
    "anaphoric_period": ("previous", "preceding", "following", "prior", "same", "that", "next"),
    "anaphoric_after": ("before", "after"),
    "anaphoric_within": ("later", "earlier"),
    "anaphoric_offset": ("later", "earlier"),
    "the_period": ("year", "month", "week"),
    "anaphoric_weekday": ("following", "next", "previous", "preceding"),
    "anaphoric_season": ("spring", "summer", "fall", "autumn", "winter"),
    "edge_of_period": ("end", "beginning", "start", "middle", "close"),
}
RULES = tuple(
    dataclasses.replace(
        rule, needs=_NEEDS[rule.name], anaphoric=True, keeps_topic=rule.name in _SAME_PERIOD
    )
    for rule in RULES
)
