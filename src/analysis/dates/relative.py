"""Expressions counted from the dateline: days ("yesterday", "tomorrow night"), periods
("last week", "the past decade", "the week before last"), seasons ("by spring", "in the
fall"), distances ("two years ago"), lengths of time ("three weeks", "a day-long strike",
"for years") and the present, past and future ("now", "the near future").

Like the calendar rules (:mod:`analysis.dates.rules`) these are the general ones, tried before
any family's: they win ties of equal length.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.dates.base import Context, Rule, Timex
from analysis.dates.calendar import (
    SEASON_MONTH,
    add_months,
    day_value,
    month_value,
    shift_day,
    week_value,
    year_value,
)
from analysis.dates.casing import title_case
from analysis.dates.tense import is_future
from analysis.dates.toolkit import (
    NUMBER,
    NUMBER_WORDS_PATTERN,
    UNIT,
    duration_value,
    make_rule,
    number_of,
    relation_of,
    shifted_period,
    unit_of,
)
from analysis.language.english.temporal import DAY_PARTS, SEASONS

__all__ = ["RULES"]

_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "this": 0,
    "last": -1,
}


def in_a_title(m: re.Match[str], sentence: str) -> bool:
    """Whether a match of several words is capitalised like a title in a sentence that is not
    ("The Day After Tomorrow is a film"; a Title Case headline is no title of that kind)."""
    words = m.group().split()
    if len(words) < 2 or not all(w[0].isupper() for w in words[1:]):
        return False
    return title_case(f"{sentence[: m.start()]} {sentence[m.end() :]}") is False


#: After "today's", a people or a world of these days: "today's youth", "today's world".
_NOWADAYS_AFTER = re.compile(
    r"['’]s\s+(?:(?:young|modern)\s+)?(?:youth|young|children|kids|teenagers|generation|"
    r"world|society|culture|standards|technology|families|parents|students|workers|women|"
    r"men|people|politics|consumers|voters|athletes)\b",
    re.IGNORECASE,
)


def _relative_day(m: re.Match[str], ctx: Context) -> Timex | None:
    if in_a_title(m, ctx.sentence):
        return None
    word = " ".join(m["word"].lower().split())
    part = m["part"].lower() if m["part"] else None
    if word in {"this", "last"} and part is None:
        return None
    if word == "last" and part != "night":
        return None
    if word == "today" and not part and _NOWADAYS_AFTER.match(ctx.sentence, m.end()):
        return None  # "today's youth": these days, no day of the calendar
    # A part of a day carries its part: "this morning" -> "2003-05-06TMO", "tonight" ->
    # "...TNI" (typed DATE, as TempEval-3 does).
    if word == "tonight":
        part = "night"
    suffix = f"T{DAY_PARTS[part]}" if part else ""
    kind = "DATE"
    if ctx.anchor is None:
        if word in {"today", "this"} and not part:
            return Timex("DATE", "PRESENT_REF")
        return Timex(kind, "XXXX-XX-XX" + suffix)
    day = day_value(ctx.anchor + dt.timedelta(days=_DAY_OFFSETS[word]))
    return Timex(kind, day + suffix)


def _season_year(anchor: dt.date, code: str, relation: str | None) -> int:
    """Year of a season: "last fall" is the latest fall that has ended, "next" the first
    that has not begun; a season named alone is that of the dateline's year."""
    start = SEASON_MONTH[code]
    if relation == "last":
        return anchor.year if anchor.month >= start + 3 else anchor.year - 1
    if relation == "next":
        return anchor.year if anchor.month < start else anchor.year + 1
    return anchor.year


def _the_season(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "in the spring": the next one to begin when the clause speaks of the future, else the
    latest one begun ("in the fall" in a May story that looks back is last fall)."""
    code = SEASONS[m["season"].lower()]
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{code}")
    start = SEASON_MONTH[code]
    if is_future(ctx, m.start()):  # in its first month a season is still to come
        year = ctx.anchor.year + (1 if ctx.anchor.month > start else 0)
    else:
        year = ctx.anchor.year - (0 if ctx.anchor.month >= start else 1)
    return Timex("DATE", f"{year:04d}-{code}")


#: "and"/"or" after a season: the next season is in the same phrase ("the spring and summer").
_SEASON_AND_BEFORE = re.compile(r"(?i:spring|summer|fall|autumn|winter)\s+(?i:and|or)\s+$")
_AND_BEFORE = re.compile(r"\b(?i:and|or)\s+$")


def _bare_season(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "by spring", "since fall"; after "and" only when a season comes before it ("in the
    spring and summer")."""
    if _AND_BEFORE.search(ctx.sentence, 0, m.start()) and not _SEASON_AND_BEFORE.search(
        ctx.sentence, 0, m.start()
    ):
        return None
    return _the_season(m, ctx)


_SPAN_DAYS = {"week": 7, "month": 30}


def _relative_period(m: re.Match[str], ctx: Context) -> Timex | None:
    relation = relation_of(m["rel"])
    unit = m["unit"].lower()
    if m["rel"].lower() in {"the past", "the last"} and unit in {"year", "decade", "century"}:
        return Timex("DURATION", duration_value(1, unit))  # "the past decade": P10Y
    step = {"last": -1, "next": 1}.get(relation or "this", 0)
    anchor = ctx.anchor
    if (
        anchor is not None
        and unit in _SPAN_DAYS
        and " ".join(m["rel"].lower().split())
        in {
            "the past",
            "the last",
        }
    ):
        # "the past week": the seven days up to the dateline, named by the week (month) that
        # holds their middle — the dateline's own week from a Thursday on
        return shifted_period(unit, 0, anchor - dt.timedelta(days=_SPAN_DAYS[unit] // 2))
    if unit in SEASONS:
        code = SEASONS[unit]
        if anchor is None:
            return Timex("DATE", f"XXXX-{code}")
        return Timex("DATE", f"{_season_year(anchor, code, relation):04d}-{code}")
    return shifted_period(unit, step, anchor)


def _before_last(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the week before last" (two weeks back), "the year after next" (two years on)."""
    step = -2 if m["far"].lower().startswith("before") else 2
    return shifted_period(m["unit"].lower(), step, ctx.anchor)


def _weekend(m: re.Match[str], ctx: Context) -> Timex | None:
    """Value "the weekend" as the coming weekend when the sentence speaks of the future or the
    dateline falls on a weekend, else as the last one."""
    if "Weekend" in m.group() and re.match(r"\s+[A-Z]", ctx.sentence[m.end() :]):
        return None  # "the Weekend Edition": a title, not a weekend
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-WXX-WE")
    anchor = ctx.anchor
    if anchor.weekday() < 5 and not is_future(ctx, m.start()):
        anchor -= dt.timedelta(weeks=1)
    return Timex("DATE", week_value(anchor) + "-WE")


def _ago(m: re.Match[str], ctx: Context) -> Timex | None:
    number = number_of(m["num"])
    unit = unit_of(m["unit"])
    direction = -1 if m["dir"].lower() == "ago" else 1
    if number is None:
        return Timex("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    anchor = ctx.anchor
    if anchor is None:
        return Timex("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    amount = direction * number
    if m["today"] and unit in {"day", "week", "month", "year", "decade", "century"}:
        months = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
        if months is not None:  # the anniversary: "a hundred years ago today"
            return Timex("DATE", day_value(shift_day(anchor, months * amount)))
        days = amount * (7 if unit == "week" else 1)
        return Timex("DATE", day_value(anchor + dt.timedelta(days=days)))
    if unit in {"second", "minute", "hour"}:
        days = round(amount / 24) if unit == "hour" else 0  # "48 hours ago": two days back
        return Timex("DATE", day_value(anchor + dt.timedelta(days=days)))
    if unit == "day":
        return Timex("DATE", day_value(anchor + dt.timedelta(days=amount)))
    if unit in {"week", "fortnight"}:
        weeks = amount * (2 if unit == "fortnight" else 1)
        return Timex("DATE", week_value(anchor + dt.timedelta(weeks=weeks)))
    if unit == "month":
        return Timex("DATE", month_value(*add_months(anchor.year, anchor.month, amount)))
    years = amount * {"year": 1, "decade": 10, "century": 100}[unit]
    return Timex("DATE", year_value(shift_day(anchor, 12 * years).year))


def _duration_rule(m: re.Match[str], ctx: Context) -> Timex | None:
    if m["adj"] and (m["adj"].lower() == "-old" or m["num"].lower() in {"a", "an"}):
        return None  # an age ("6-year-old"); "a day-long strike": see adjective_duration
    if _AGE_AFTER.match(ctx.sentence, m.end()):
        return None  # an age: "Smith, 45 years old"
    number = number_of(m["num"])
    unit = unit_of(m["unit"])
    word = m["num"].lower()
    plural = m["plural"] is not None
    if m["unit"][0].isupper() and m.start("unit") > 0 and not m["num"][0].isupper():
        return None  # a title: "60 Minutes"
    if unit == "second" and not plural and not _SECOND_AS_TIME.match(ctx.sentence, m.end()):
        return None  # "a second route", "one second thought"
    if number is None and not plural:
        return None  # "some day", "many a year"
    # "a day", "one year" alone: a duration unless it is a rate ("$5 a day").
    if (
        word in {"a", "an", "one"}
        and not m["pre"]
        and not m["adj"]
        and _RATE_BEFORE.search(ctx.sentence, 0, m.start())
    ):
        return None
    return Timex("DURATION", duration_value(number, unit))


_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b")
#: After "a second" that is a length of time: the end of its phrase ("wait a second."), not
#: a comma ("a second, smaller object" is an ordinal).
_SECOND_AS_TIME = re.compile(r"\s*(?:[.;:!?)]|$|(?:ago|later|earlier|before|after|of|in)\b)")
#: Before "a day": a rate, not a duration ("$5 a day", "twice a day", "three meals a day").
_RATE_BEFORE = re.compile(
    rf"(?:\$[\d,.]+|\d+%?|times|once|twice|per|\b(?:\d[\d,.]*|(?i:{NUMBER_WORDS_PATTERN}))\s+(?:[a-z]+\s+)?[a-z]+s)\s*$"
)


def _adjective_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    plural = m["plural"] is not None
    return Timex("DURATION", duration_value(None if plural else 1, unit_of(m["unit"])))


#: A verb of lasting right before a bare plural: "could last weeks", "spent years".
_LASTING_BEFORE = re.compile(
    r"\b(?:last|lasts|lasted|lasting|took|take|takes|taking|spent|spend|spends|waited)\s+$"
)


def _lasting_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    if not _LASTING_BEFORE.search(ctx.sentence, max(0, m.start() - 10), m.start()):
        return None
    return _vague_duration(m, ctx)


def _vague_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DURATION", duration_value(None, unit_of(m["unit"])))


_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the past": "PAST_REF",
}


def _ref(m: re.Match[str], ctx: Context) -> Timex | None:
    word = " ".join(m["word"].lower().split())
    if word.startswith("the ") and word.endswith(("future", "past")):
        word = "the " + word.rsplit(" ", 1)[1]  # "the near future": the future
    if word == "now" and re.match(r"\s*(?:that\b|-)", ctx.sentence[m.end() :]):
        return None
    return Timex("DATE", _REFS[word])


# Words one of which must be in a sentence (lower-cased) for a rule to match there
# (see :attr:`analysis.dates.base.Rule.needs`).
_UNIT_WORDS = (
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur"
)  # fmt: skip


#: "last" that is the verb: "could last several days", "to last two weeks" (looked behind
#: once "last" has matched: before it, the test would run at every position).
_VERB_LAST_AFTER = (
    "could would will may might can should must to did not n't does usually only".split()
)
_NOT_THE_VERB = "".join(rf"(?<!\b{word} last)" for word in _VERB_LAST_AFTER)


#: The rules, in order of preference when two matches have the same length.
RULES: tuple[Rule, ...] = (
    make_rule(
        "relative_day",
        r"(?:(?i:early|late)\s+)?"
        r"(?P<word>(?i:the day before yesterday|the day after tomorrow|today|tonight|yesterday|"
        r"tomorrow|this|last))(?:(?:['’]s)?\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b",
        _relative_day,
        needs=("today", "tonight", "yesterday", "tomorrow", "this", "last"),
    ),
    make_rule(
        "relative_period",
        r"(?P<rel>(?i:this past|this coming|the past|the last|the latest|the coming|the next|"
        r"the current|earlier this|later this|early this|early next|early last|late last|"
        r"late this|late next|last|this|next))\s+"
        r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|"
        r"winter))\b(?!-)",
        _relative_period,
        needs=(
            "week",
            "month",
            "year",
            "quarter",
            "decade",
            "century",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
        ),
    ),
    make_rule("weekend", r"\b(?i:the)\s+(?i:weekend)\b", _weekend, needs=("weekend",)),
    make_rule(
        "before_last",
        r"\b(?i:the)\s+(?P<unit>(?i:week|weekend|month|year))\s+"
        r"(?P<far>(?i:before\s+last|after\s+next))\b",
        _before_last,
        needs=("last", "next"),
    ),
    make_rule(
        "the_season",
        r"(?:(?<=\b(?i:in) )|(?<=\b(?i:during) )|(?<=\b(?i:by) )|(?<=\b(?i:until) ))"
        r"(?i:the)\s+(?P<season>(?i:spring|summer|fall|autumn|winter))\b(?!\s+(?:of|semester|"
        r"session|term|season|olympics|games|collection)\b)",
        _the_season,
        needs=("spring", "summer", "fall", "autumn", "winter"),
    ),
    make_rule(
        "bare_season",
        # "by spring", "since fall": a season alone after a preposition, the phrase ending
        # there ("in spring training", "in fall colours" are things)
        r"(?:(?<=\b(?i:in) )|(?<=\b(?i:during) )|(?<=\b(?i:by) )|(?<=\b(?i:until) )|"
        r"(?<=\b(?i:since) )|(?<=\b(?i:till) )|(?<=\b(?i:and) )|(?<=\b(?i:or) ))"
        r"(?P<season>spring|summer|fall|autumn|winter)\b"
        r"(?=\s*(?:[.,;:!?)\"”]|--|—|$)|\s+(?:and|or|but|when|after|before|as|if|the|a|an|he|"
        r"she|it|they|we|I|with|for|to)\b)",
        _bare_season,
        needs=("spring", "summer", "fall", "autumn", "winter"),
    ),
    make_rule(
        "ago",
        rf"(?:(?i:more than|less than|almost|nearly|about|around|roughly|some|over|just over)"
        rf"\s+)?\b{NUMBER}[\s-]+{UNIT}\s+(?P<dir>(?i:ago|from now|hence))\b"
        # "a hundred years ago today": that very day
        r"(?P<today>\s+(?i:today)\b)?",
        _ago,
        needs=("ago", "now", "hence"),
    ),
    make_rule(
        "duration",
        rf"(?:(?:(?i:the)\s+(?=(?i:past|last|next|first|coming|previous|final|following)\b))?"
        # ("about", "at least", "more than" ... before it: compose.APPROXIMATE)
        # ("could last several days": the verb)
        rf"(?P<pre>(?i:past|last{_NOT_THE_VERB}|next|first|coming|previous|final|following|another|"
        rf"an additional))\s+)?"
        rf"\b{NUMBER}[\s-]+(?:(?i:more|full|straight)\s+)?"
        # ("a year-earlier loss": business.year_earlier)
        rf"{UNIT}\b(?P<adj>(?i:-long|-old))?(?!-(?i:earlier|ago|before|end)\b)",
        _duration_rule,
        needs=_UNIT_WORDS,
    ),
    make_rule(
        "adjective_duration",
        # "a day-long strike", "decades-long", "a years-old slump" (the age of a thing with
        # no number; "a 6-year-old" is an age, no temporal expression)
        rf"\b{UNIT}(?:(?P<adj>-long)|(?<=s)(?P<old>-old))\b",
        _adjective_duration,
        needs=("-long", "s-old"),
    ),
    make_rule(
        "vague_duration",
        r"(?:(?<=\b(?i:over) )(?i:the)\s+|(?<=\b(?i:for) )|(?<=\b(?i:within) )|"
        r"(?i:recent|the coming|coming|the past|the last)\s+|"
        # "the days ahead", "the weeks to come"
        r"(?i:the)\s+(?=(?i:years|months|weeks|days)\s+(?i:ahead|to\s+come)\b))"
        r"(?P<unit>(?i:years|decades|months|weeks|days|hours))\b"
        r"(?:\s+(?i:ahead|to\s+come)\b)?(?!\s+(?:of|ago|old))",
        _vague_duration,
        needs=("years", "decades", "months", "weeks", "days", "hours"),
    ),
    make_rule(
        "lasting_duration",
        # after a verb of lasting: "could last weeks", "took months", "spent years" (the verb
        # is looked for in the handler: a lookbehind per verb ran at every position)
        r"\b(?P<unit>(?i:years|decades|months|weeks|days|hours))\b(?!\s+(?:of|ago|old)\b)",
        _lasting_duration,
        needs=("years", "decades", "months", "weeks", "days", "hours"),
    ),
    make_rule(
        "ref",
        # "the near future", "the distant past"
        r"\b(?P<word>(?i:right now|now|currently|nowadays|at present|the present|"
        r"the\s+(?:(?:near|distant|immediate|foreseeable|recent)\s+)?(?:future|past)|"
        r"future))\b(?![-’'])",
        _ref,
        needs=("now", "current", "present", "future", "past"),
    ),
)
