"""Expressions read together with their neighbours in a sentence, after every rule has
matched: "the week of March 6" (``2000-W10``), "the end of 1991", "earlier today", "the fall
of last year", "at least six months"; the dates of one list or range sharing the year
written on one of them ("between March and June 2003"); the second day of "Jan. 5-7"; the
order of a range of weekdays ("from Monday to Friday"); a length counted from a day ("two
days before Christmas"); and the day a clock time is on when it names none ("at 10:35 a.m.
(0735 GMT) Friday")."""

from __future__ import annotations

import datetime as dt
import re

from analysis.dates.base import Rule, Timex
from analysis.dates.calendar import place, shift_day, week_value
from analysis.language.english.temporal import SEASONS

__all__ = [
    "APPROXIMATE",
    "Found",
    "counted_from_days",
    "day_range_ends",
    "day_right_after",
    "ordered_weekday_ranges",
    "shared_years",
    "undated_clock",
    "widened",
]

#: A match kept in a sentence: (start, end, TIMEX3, the rule that found it, the match).
Found = tuple[int, int, Timex, Rule, re.Match[str]]


#: "the week of" (ending, beginning) right before a day: the week of that day. ("The night
#: of Oct. 23" stays "Oct. 23": TimeBank-style annotation keeps parts of a named day out.)
_WEEK_OF = re.compile(
    r"\b(?i:the)\s+(?P<period>(?i:week|weekend))\s+(?i:of|ending|ended|beginning|starting)\s+$"
)
_WEEK_OF_DAY = Rule("week_of_day", _WEEK_OF, lambda match, context: None)
#: Words before a date that belong to its extent and leave its value as it is: "the end of
#: 1991", "the beginning of last year", "the year 2000" (TimeML: the expression's mod).
_PART_OF = re.compile(
    r"\b(?:(?:(?:(?i:the)\s+)?(?:(?i:very)\s+)?(?i:end|beginning|start|middle|close)\s+(?i:of)"
    r"|(?i:the)\s+(?i:first|second|latter|last|early|final)\s+(?i:half|part|years|decades)\s+"
    r"(?i:of))\s+(?:(?i:the)\s+)?"  # "the end of the 1990s"
    r"|(?:(?i:the)\s+(?i:year)|(?i:earlier|later|early|late))\s+|(?i:mid|end|start)-)$"
)
#: A season before a year, however the year is written: "the autumn of nineteen
#: ninety-five" (``1995-FA``), "the fall of last year" (``2002-FA``).
_SEASON_OF = re.compile(
    r"\b(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|fall|autumn|winter))\s+(?i:of)\s+$"
)
_SEASON_OF_YEAR = Rule("season_of_year", _SEASON_OF, lambda match, context: None)


def _takes_part(part: re.Match[str], rule: Rule) -> bool:
    """Whether the words ``part`` before an expression found by ``rule`` belong to it: "the
    year" only before a year, "earlier"/"later" only before "today", "tonight", "this
    morning" ("three days later Monday" is two expressions)."""
    word = part.group().split()[0].lower()
    if word == "the" and part.group().split()[1].lower() == "year":
        return rule.name == "year"
    if word in {"earlier", "later"}:
        return rule.name == "relative_day"
    return True  # "the end of", "early", "late", "mid-": a part of any date


#: Words before a duration that bound or round it, part of its extent (TimeML's ``mod``):
#: "at least six months", "no more than two days", "about five hours", "the better part of a
#: decade". (Read here rather than in the duration rule: an optional prefix of so many words
#: is tried at every position of every sentence.)
APPROXIMATE = re.compile(
    r"\b(?:(?:no\s+)?(?:more|less|fewer)\s+than|at\s+(?:least|most)|almost|nearly|about|around|"
    r"roughly|approximately|some|(?:just\s+|well\s+)?(?:over|under)|up\s+to|as\s+(?:long|little|"
    r"many|much)\s+as|the\s+better\s+part\s+of)\s+$",
    re.IGNORECASE,
)


_DETERMINED = re.compile(r"(?i:the|these|those|recent)\b")


def widened(text: str, taken: list[Found]) -> list[Found]:
    """``taken`` with the words that belong to an expression taken in: "the week of March 6"
    (``2000-W10``, in place of "March 6" and of "the week" when a rule took it alone), "the
    weekend of March 4" (``2000-W09-WE``), "the autumn of nineteen ninety-five" (``1995-FA``);
    a duration's bound or rounding ("at least six months"); "the end of 1991", "late Monday",
    "earlier today" and "the year 2000" (the value of the date)."""
    result: list[Found] = []
    for start, end, timex, rule, match in taken:
        before = max(0, start - 30)
        if (
            timex.type == "DURATION"
            and not _DETERMINED.match(text, start)  # "over the past decade": a preposition
            and (bound := APPROXIMATE.search(text, before, start))
        ):
            while result and result[-1][1] > bound.start():
                result.pop()
            result.append((bound.start(), end, timex, rule, match))
        elif timex.type != "DATE" or timex.value.endswith("_REF"):
            result.append((start, end, timex, rule, match))
        elif (week := _WEEK_OF.search(text, before, start)) and _FULL_DAY.fullmatch(timex.value):
            while result and result[-1][1] > week.start():
                result.pop()  # "the weekend" of "the weekend of March 4", taken alone
            weekend = "-WE" if week["period"].lower() == "weekend" else ""
            value = week_value(dt.date.fromisoformat(timex.value)) + weekend
            result.append((week.start(), end, Timex("DATE", value), _WEEK_OF_DAY, week))
        elif (season := _SEASON_OF.search(text, before, start)) and _YEAR.fullmatch(timex.value):
            while result and result[-1][1] > season.start():
                result.pop()
            value = f"{timex.value}-{SEASONS[season['season'].lower()]}"
            result.append((season.start(), end, Timex("DATE", value), _SEASON_OF_YEAR, season))
        elif (part := _PART_OF.search(text, before, start)) and _takes_part(part, rule):
            while result and result[-1][1] > part.start():
                result.pop()
            result.append((part.start(), end, timex, rule, match))
        else:
            result.append((start, end, timex, rule, match))
    return result


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Between a length of time and the day it counts from: "two days before Christmas".
_COUNTED_FROM = re.compile(r"\s+(?P<dir>(?i:before|after))\s+")
#: "the day before", "the week after" right before a day: "the day before last Tuesday".
_THE_UNIT_BEFORE = re.compile(
    r"\b(?i:the)\s+(?P<unit>(?i:day|week))\s+(?P<dir>(?i:before|after))\s+$"
)
_LENGTH = re.compile(r"P(?P<n>\d+)(?P<unit>[DWMY])")
_COUNTED = Rule("counted_from_a_day", _COUNTED_FROM, lambda match, context: None)
#: Before a length that lasts from a day rather than counts to one: "jailed for 10 days
#: after March 3".
_LASTS_FROM_BEFORE = re.compile(r"\b(?i:for|within|lasted|lasting|spent|took)\s+$")


def _moved(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit in {"D", "W"}:
        return day + dt.timedelta(days=amount * (7 if unit == "W" else 1))
    return shift_day(day, amount * (12 if unit == "Y" else 1))


def counted_from_days(text: str, taken: list[Found]) -> list[Found]:
    """``taken`` with a length of time counted from a day written after it made one date:
    "two days before Christmas" (``2003-12-23``), "a week after March 3", "the day before
    last Tuesday" — the length and the day together, the day moved by the length. (A length
    counted from an event, "three days after the vote", stays a duration.)"""
    result: list[Found] = []
    index = 0
    while index < len(taken):
        start, end, timex, rule, match = taken[index]
        day_of = taken[index + 1] if index + 1 < len(taken) else None
        counted = None
        if day_of is not None and _FULL_DAY.fullmatch(day_of[2].value):
            length = _LENGTH.fullmatch(timex.value) if timex.type == "DURATION" else None
            between = _COUNTED_FROM.fullmatch(text, end, day_of[0])
            lasting = _LASTS_FROM_BEFORE.search(text, max(0, start - 12), start)
            if length and between and not lasting:
                sign = -1 if between["dir"].lower() == "before" else 1
                counted = _moved(
                    dt.date.fromisoformat(day_of[2].value), sign * int(length["n"]), length["unit"]
                )
        if counted is not None and day_of is not None:
            value = Timex("DATE", counted.isoformat())
            result.append((start, day_of[1], value, _COUNTED, match))
            index += 2
            continue
        result.append(taken[index])
        index += 1
    # "the day before last Tuesday": no rule took "the day before" (it stands alone only)
    final: list[Found] = []
    for start, end, timex, rule, match in result:
        unit_before = _THE_UNIT_BEFORE.search(text, max(0, start - 20), start)
        if (
            unit_before
            and _FULL_DAY.fullmatch(timex.value)
            and (not final or final[-1][1] <= unit_before.start())
        ):
            sign = -1 if unit_before["dir"].lower() == "before" else 1
            unit = "W" if unit_before["unit"].lower() == "week" else "D"
            day = _moved(dt.date.fromisoformat(timex.value), sign, unit)
            value = Timex("DATE", day.isoformat())
            final.append((unit_before.start(), end, value, _COUNTED, match))
        else:
            final.append((start, end, timex, rule, match))
    return final


_YEAR = re.compile(r"\d{4}")


#: Rules that place a month or a day without a year of their own.
_YEARLESS = frozenset({"month", "month_day", "day_month", "spelled_day"})
#: What joins two dates of one list or range: "March and June 2003", "Jan. 5 to Feb. 9, 1999".
_JOINED = re.compile(r"\s*(?:,?\s*(?:and|or|to|through|until|till)|[-–,])\s*")
_YEAR_WRITTEN = re.compile(r"\b(?:1[6-9]|20)\d\d\b|['’]\d\d\b|\b(?i:last|this|next)\s+year\b")


def shared_years(text: str, taken: list[Found]) -> list[Found]:
    """``taken`` with the dates of one list or range sharing the year written on one of them:
    "between March and June 2003" puts March in 2003, "May 3 and 4, 2001" both days in 2001,
    "in March 2003 and June" June in 2003."""
    result = list(taken)
    shared: set[int] = set()  # dates that took a partner's year, and pass it on

    def year(index: int) -> str | None:
        start, end, timex, _, _ = result[index]
        if index in shared or (
            _YEAR_WRITTEN.search(text, start, end) and timex.value[:4].isdigit()
        ):
            return timex.value[:4]
        return None

    def takes_year(index: int, partner: int) -> None:
        start, end, timex, rule, match = result[index]
        if rule.name not in _YEARLESS or _YEAR_WRITTEN.search(text, start, end):
            return
        first, second = sorted((index, partner))
        if not _JOINED.fullmatch(text, result[first][1], result[second][0]):
            return
        written = year(partner)
        value = f"{written}{timex.value[4:]}" if written else None
        if value is not None and timex.value[:4].isdigit() and place(value) is not None:
            result[index] = (start, end, Timex(timex.type, value), rule, match)
            shared.add(index)

    for index in range(len(result) - 2, -1, -1):  # a year written after: "March and June 2003"
        takes_year(index, index + 1)
    for index in range(1, len(result)):  # a year written before: "in March 2003 and June"
        if index not in shared:
            takes_year(index, index - 1)
    return result


#: What joins the two weekdays of a range: "from Monday to Friday", "Monday-Friday".
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|(?:to|through|until|till)\b)\s*")


def ordered_weekday_ranges(text: str, taken: list[Found], anchor: dt.date | None) -> list[Found]:
    """``taken`` with the weekdays of a range in order: each weekday is placed by the tense of
    its clause, so "ran from Monday to Friday" in a Tuesday story gave yesterday's Monday and
    last Friday; a range that ran is the week before (its start moves back a week), one to
    come the week after (its end moves on a week)."""
    result = list(taken)
    for index in range(len(result) - 1):
        start, end, timex, rule, match = result[index]
        next_start, next_end, next_timex, next_rule, next_match = result[index + 1]
        if (
            anchor is None
            or rule.name != "weekday"
            or next_rule.name != "weekday"
            or not _FULL_DAY.fullmatch(timex.value[:10])
            or not _FULL_DAY.fullmatch(next_timex.value[:10])
            or not _RANGE_JOIN.fullmatch(text, end, next_start)
        ):
            continue
        first = dt.date.fromisoformat(timex.value[:10])
        last = dt.date.fromisoformat(next_timex.value[:10])
        if last >= first:
            continue
        if last <= anchor:  # it ran: it began a week earlier
            moved = (first - dt.timedelta(weeks=1)).isoformat() + timex.value[10:]
            result[index] = (start, end, Timex(timex.type, moved), rule, match)
        else:  # it is to come: it ends a week later
            moved = (last + dt.timedelta(weeks=1)).isoformat() + next_timex.value[10:]
            result[index + 1] = (next_start, next_end, Timex(next_timex.type, moved), next_rule,
                                 next_match)  # fmt: skip
    return result


_DAY_RANGE_END = re.compile(
    r"(?:[-–]|\s+(?:and|or|to|through)\s+)(?P<day>[0-3]?\d)(?![\d:.]\d|\d)"
    # after "and 25": the sentence goes on, not a count ("April 24 and 25 people")
    r"(?=\s*(?:$|[.,;:)'\"”]|(?:in|at|on|for|when|with|and|respectively)\b))"
)


#: The first day of "10-12 March", "10 and 12 March" (day-first dates), right before them.
_DAY_RANGE_START = re.compile(
    r"(?<![\d.,:/])(?P<day>[0-3]?\d)(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+)$"
)


def day_range_ends(text: str, taken: list[Found]) -> list[Found]:
    """The other day of "Jan. 5-7", "April 24 and 25", "10-12 March": a date of its own, in
    the month of the day written with it (TimeML annotates each end of a range and each day
    of a list)."""
    ends = []
    for start, end, timex, rule, match in taken:
        if len(timex.value) != 10 or rule.name not in {"month_day", "day_month"}:
            continue
        if rule.name == "month_day":
            other = _DAY_RANGE_END.match(text, end)
        else:
            other = _DAY_RANGE_START.search(text, max(0, start - 12), start)
        if other is None or any(
            s < other.end("day") and other.start("day") < e for s, e, *_ in taken
        ):
            continue
        day, written = int(other["day"]), int(timex.value[8:])
        if not (written < day <= 31 if rule.name == "month_day" else 1 <= day < written):
            continue
        try:
            dt.date(int(timex.value[:4]), int(timex.value[5:7]), day)
        except ValueError:
            continue
        value = f"{timex.value[:8]}{day:02d}"
        ends.append((other.start("day"), other.end("day"), Timex("DATE", value), rule, match))
    return ends


#: What may stand between a clock time and the day it is on ("10:35 a.m. (0735 GMT)
#: Friday", "4 in the morning (4 a.m. EDT Thursday)", "9 p.m. local time on Sunday").
_CLOCK_TO_DAY = re.compile(r"[\s(),]*(?:(?:local|[A-Z]{2,4})\s+time\b)?[\s(),]*(?:on\s+)?")


def undated_clock(rule: Rule, match: re.Match[str]) -> bool:
    """A clock time that names no day of its own ("10:35 a.m.", "4 in the morning"; not
    "4 a.m. Thursday", "2:30 p.m. yesterday", "8 o'clock tomorrow")."""
    if rule.name == "oclock":
        return re.search(r"(?i)tonight|tomorrow", match[0]) is None and not match["weekday"]
    return rule.clock and not (match["weekday"] or match["relday"])


def day_right_after(text: str, matches: list[Found], number: int) -> dt.date | None:
    """The day named right after the clock time ``matches[number]`` — past other clock
    times and brackets only — or None."""
    end = matches[number][1]
    for start, following_end, timex, rule, match in matches[number + 1 :]:
        if not _CLOCK_TO_DAY.fullmatch(text, end, start):
            return None
        if undated_clock(rule, match):
            end = following_end  # the same time in another zone: look past it
            continue
        placed = place(timex.value) if timex.type in {"DATE", "TIME"} else None
        if placed is not None and placed[1] in {"day", "time"}:
            return placed[0].date()
        return None
    return None
