"""Temporal expressions of an article and the timeline they draw."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

import pandas as pd

from analysis.article import Article
from analysis.dates import (
    anaphora,
    business,
    decades,
    durations,
    holidays,
    numeric,
    ranges,
    relative_year,
    sets,
    spelled,
    times,
)
from analysis.dates.calendar import place, week_value
from analysis.dates.rules import DATELINE_AFTER, RULES, Context, Rule, Timex
from analysis.document import ArticleLike, as_document
from analysis.frames import Rows

__all__ = [
    "DATE_COLUMNS",
    "TIMELINE_COLUMNS",
    "date_rows",
    "extract_dates",
    "timeline",
    "timeline_rows",
]

DATE_COLUMNS = [
    "text",
    "type",
    "value",
    "start",
    "end",
    "paragraph",
    "sentence",
    "date",
    "granularity",
    "rule",
]
TIMELINE_COLUMNS = ["date", "granularity", "value", "event", "paragraph", "publication"]


def _units(article: Article) -> Iterator[tuple[int, int, int, str]]:
    """(paragraph, sentence, start offset, text) for the headline (0, 0) and each sentence."""
    if article.headline and article.headline_span:
        yield 0, 0, article.headline_span[0], article.headline
    for sentence in article.sentences:
        yield sentence.paragraph, sentence.index, sentence.start, sentence.text


#: The modules of the families of expressions beyond the general rules, each with its rules.
FAMILIES = (
    times,
    sets,
    holidays,
    business,
    anaphora,
    decades,
    durations,
    numeric,
    ranges,
    relative_year,
    spelled,
)
#: The rules of every family, the general ones first (they win ties of equal length).
ALL_RULES: tuple[Rule, ...] = (*RULES, *(rule for module in FAMILIES for rule in module.RULES))


#: Rules that find a clock time, on the dateline's day unless a weekday comes with it.
_CLOCKS = frozenset({"clock", "clock_24h", "clock_at", "clock_word", "twilight"})
#: Rules valued against the date the text is talking about, up to the expression itself.
_ANAPHORIC = frozenset(
    (
        *anaphora.RULES,
        *(r for r in business.RULES if r.name in {"reported_quarter", "year_earlier"}),
        *(r for r in RULES if r.name == "quarter"),
    )
)


#: The rule name of a date in a wire dateline ("NAIROBI, Aug. 7 (Xinhua) --"): TimeML
#: annotates it (functionInDocument PUBLICATION_TIME); the timeline leaves it out.
_DATELINE = Rule("dateline", DATELINE_AFTER, lambda match, context: None)

#: Every word some rule needs (:attr:`Rule.needs`): looked for once per sentence.
_NEEDED = tuple(sorted({word for rule in ALL_RULES for word in rule.needs}))


def _matches(text: str, context: Context) -> list[tuple[int, int, Timex, Rule, re.Match[str]]]:
    """Non-overlapping normalised matches in one sentence: longest first, then rule order."""
    candidates = []
    lower = text.lower()
    present = {word for word in _NEEDED if word in lower}
    for order, rule in enumerate(ALL_RULES):
        if rule.needs and present.isdisjoint(rule.needs):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            try:
                timex = rule.handler(match, context)
            except (ValueError, OverflowError):  # calendar arithmetic beyond year 1 or 9999
                continue
            if timex is not None:
                candidates.append((match.start(), match.end(), order, timex, rule, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, Timex, Rule, re.Match[str]]] = []
    for start, end, _, timex, rule, match in candidates:
        if all(end <= t[0] or start >= t[1] for t in taken):
            if DATELINE_AFTER.match(text, end):
                rule = _DATELINE  # "NAIROBI, Aug. 7 (Xinhua)": the day the story was filed
            taken.append((start, end, timex, rule, match))
    taken += _day_range_ends(text, taken)
    return _shared_years(text, _widened(text, sorted(taken, key=lambda t: t[0])))


#: "the week of" (ending, beginning) right before a day: the week of that day. ("The night
#: of Oct. 23" stays "Oct. 23": TimeBank-style annotation keeps parts of a named day out.)
_WEEK_OF = re.compile(
    r"\b(?i:the)\s+(?P<period>(?i:week|weekend))\s+(?i:of|ending|ended|beginning|starting)\s+$"
)
_WEEK_OF_DAY = Rule("week_of_day", _WEEK_OF, lambda match, context: None)
#: Words before a date that belong to its extent and leave its value as it is: "the end of
#: 1991", "the beginning of last year", "the year 2000" (TimeML: the expression's mod).
_PART_OF = re.compile(
    r"\b(?:(?i:the)\s+(?:(?i:very)\s+)?(?i:end|beginning|start|middle|close)\s+(?i:of)"
    r"|(?i:the)\s+(?i:year)|(?i:earlier|later))\s+$"
)


def _takes_part(part: re.Match[str], rule: Rule) -> bool:
    """Whether the words ``part`` before an expression found by ``rule`` belong to it: "the
    year" only before a year, "earlier"/"later" only before "today", "tonight", "this
    morning" ("three days later Monday" is two expressions)."""
    word = part.group().split()[0].lower()
    if word == "the" and part.group().split()[1].lower() == "year":
        return rule.name == "year"
    if word in {"earlier", "later"}:
        return rule.name == "relative_day"
    return True


def _widened(
    text: str, taken: list[tuple[int, int, Timex, Rule, re.Match[str]]]
) -> list[tuple[int, int, Timex, Rule, re.Match[str]]]:
    """``taken`` with the words that belong to an expression taken in: "the week of March 6"
    (``2000-W10``, in place of "March 6" and of "the week" when a rule took it alone), "the
    weekend of March 4" (``2000-W09-WE``), "the end of 1991", "earlier today" and "the year
    2000" (the value of the date)."""
    result: list[tuple[int, int, Timex, Rule, re.Match[str]]] = []
    for start, end, timex, rule, match in taken:
        before = max(0, start - 30)
        if timex.type != "DATE" or timex.value.endswith("_REF"):
            result.append((start, end, timex, rule, match))
        elif (week := _WEEK_OF.search(text, before, start)) and _FULL_DAY.fullmatch(timex.value):
            while result and result[-1][1] > week.start():
                result.pop()  # "the weekend" of "the weekend of March 4", taken alone
            weekend = "-WE" if week["period"].lower() == "weekend" else ""
            value = week_value(dt.date.fromisoformat(timex.value)) + weekend
            result.append((week.start(), end, Timex("DATE", value), _WEEK_OF_DAY, week))
        elif (part := _PART_OF.search(text, before, start)) and _takes_part(part, rule):
            while result and result[-1][1] > part.start():
                result.pop()
            result.append((part.start(), end, timex, rule, match))
        else:
            result.append((start, end, timex, rule, match))
    return result


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


#: Rules that place a month or a day without a year of their own.
_YEARLESS = frozenset({"month", "month_day", "day_month", "spelled_day"})
#: What joins two dates of one list or range: "March and June 2003", "Jan. 5 to Feb. 9, 1999".
_JOINED = re.compile(r"\s*(?:,?\s*(?:and|or|to|through|until|till)|[-–,])\s*")
_YEAR_WRITTEN = re.compile(r"\b(?:1[6-9]|20)\d\d\b|['’]\d\d\b|\b(?i:last|this|next)\s+year\b")


def _shared_years(
    text: str, taken: list[tuple[int, int, Timex, Rule, re.Match[str]]]
) -> list[tuple[int, int, Timex, Rule, re.Match[str]]]:
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


_DAY_RANGE_END = re.compile(
    r"(?:[-–]|\s+(?:and|or|to|through)\s+)(?P<day>[0-3]?\d)(?![\d:.]\d|\d)"
    # after "and 25": the sentence goes on, not a count ("April 24 and 25 people")
    r"(?=\s*(?:$|[.,;:)'\"”]|(?:in|at|on|for|when|with|and|respectively)\b))"
)


def _day_range_ends(
    text: str, taken: list[tuple[int, int, Timex, Rule, re.Match[str]]]
) -> list[tuple[int, int, Timex, Rule, re.Match[str]]]:
    """The second day of "Jan. 5-7", "April 24 and 25": a date of its own, in the first one's
    month (TimeML annotates each end of a range and each day of a list)."""
    ends = []
    for _, end, timex, rule, match in taken:
        day_range = _DAY_RANGE_END.match(text, end)
        if rule.name != "month_day" or day_range is None or len(timex.value) != 10:
            continue
        first, last = int(timex.value[8:]), int(day_range["day"])
        if not first < last <= 31:
            continue
        try:
            dt.date(int(timex.value[:4]), int(timex.value[5:7]), last)
        except ValueError:
            continue
        value = f"{timex.value[:8]}{last:02d}"
        ends.append(
            (day_range.start("day"), day_range.end("day"), Timex("DATE", value), rule, match)
        )
    return ends


def extract_dates(article: ArticleLike) -> pd.DataFrame:
    """The temporal expressions of the headline and body, normalised to TIMEX3 (computed once
    per :class:`~analysis.document.Document`).

    Relative expressions ("today", "on Sunday", "a year ago", "last month") are resolved
    against ``article.date``; without a dateline they keep unknown digits (``XXXX-WXX-7``) or
    a ``*_REF`` value and get no ``date``.

    Returns:
        One row per expression, in text order: ``text`` (as written), ``type`` (DATE, TIME,
        DURATION or SET), ``value`` (TIMEX3, e.g. ``2003``, ``2021-08-15``, ``P3M``,
        ``PRESENT_REF``), ``start``/``end`` (offsets into ``article.text``), ``paragraph`` (0
        for the headline), ``sentence`` (0 for the headline), ``date`` (Timestamp at the start
        of the period, NaT when it cannot be placed on a calendar), ``granularity`` (``year``,
        ``quarter``, ``month``, ``week``, ``day``, ``time``, ...; None when not placed),
        ``rule`` (the rule that found it: ``month_day``, ``anaphoric_period``, ...).
    """
    return as_document(article).dates.copy(deep=False)


#: Before a date that bounds a comparison ("the highest since 2008"): not what the text goes
#: on to talk about.
_SINCE = re.compile(r"\b(?i:since)\s+$")


def date_rows(article: Article) -> Rows:
    """The temporal expressions of ``article`` as rows (uncached; see :func:`extract_dates`)."""
    rows = []
    reference: tuple[dt.date, str] | None = None
    order = numeric.day_first(article.text)  # the order of its numeric dates, if they say
    for paragraph, sentence, offset, text in _units(article):
        context = Context(anchor=article.date, sentence=text, reference=reference, day_first=order)
        day_named: dt.date | None = None  # a day this sentence has named so far
        matches = _matches(text, context)
        for number, (start, end, timex, rule, match) in enumerate(matches):
            if rule in _ANAPHORIC:  # valued against the last date named, this sentence too
                timex = rule.handler(match, replace(context, reference=reference)) or timex
            if _undated_clock(rule, match):
                # "died yesterday at 4:25 p.m.", "at 10:35 a.m. (0735 GMT) Friday": a clock
                # time is on the day its sentence names, before it or right after it
                day = day_named or _day_right_after(text, matches, number)
                if day is not None:
                    timex = replace(timex, value=day.isoformat() + timex.value[10:])
            placed = place(timex.value) if timex.type in {"DATE", "TIME"} else None
            if placed and placed[1] in {"day", "time"}:
                day_named = placed[0].date()  # "at 7 a.m. on Thursday and ... at 10 p.m."
            if (
                placed
                and paragraph > 0
                and placed[1] in {"year", "month", "day", "quarter", "week"}
                and not _SINCE.search(text, 0, start)
            ):
                reference = (placed[0].date(), placed[1])  # what the text is about from here
            rows.append(
                (
                    text[start:end],
                    timex.type,
                    timex.value,
                    offset + start,
                    offset + end,
                    paragraph,
                    sentence,
                    pd.Timestamp(placed[0]) if placed else pd.NaT,
                    placed[1] if placed else None,
                    rule.name,
                )
            )
    return Rows(
        tuple(DATE_COLUMNS),
        {
            "text": "object",
            "type": "object",
            "value": "object",
            "start": "int64",
            "end": "int64",
            "paragraph": "int64",
            "sentence": "int64",
            "date": "datetime64[s]",
            "granularity": "object",
            "rule": "object",
        },
        rows,
    )


#: What may stand between a clock time and the day it is on ("10:35 a.m. (0735 GMT)
#: Friday", "4 in the morning (4 a.m. EDT Thursday)", "9 p.m. local time on Sunday").
_CLOCK_TO_DAY = re.compile(r"[\s(),]*(?:(?:local|[A-Z]{2,4})\s+time\b)?[\s(),]*(?:on\s+)?")


def _undated_clock(rule: Rule, match: re.Match[str]) -> bool:
    """A clock time that names no day of its own ("10:35 a.m.", "4 in the morning"; not
    "4 a.m. Thursday", "8 o'clock tomorrow")."""
    if rule.name == "oclock":
        return re.search(r"(?i)tonight|tomorrow", match[0]) is None
    return rule.name in _CLOCKS and not match["weekday"]


def _day_right_after(
    text: str, matches: list[tuple[int, int, Timex, Rule, re.Match[str]]], number: int
) -> dt.date | None:
    """The day named right after the clock time ``matches[number]`` — past other clock
    times and brackets only — or None."""
    end = matches[number][1]
    for start, following_end, timex, rule, match in matches[number + 1 :]:
        if not _CLOCK_TO_DAY.fullmatch(text, end, start):
            return None
        if _undated_clock(rule, match):
            end = following_end  # the same time in another zone: look past it
            continue
        placed = place(timex.value) if timex.type in {"DATE", "TIME"} else None
        if placed is not None and placed[1] in {"day", "time"}:
            return placed[0].date()
        return None
    return None


_CLAUSE_BREAK = re.compile(r"[;:]\s+|,?\s+(?:but|while|whereas)\s+|\s+[—–]\s+")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds ``[start, end)``: split at ``;``, ``but``, dashes."""
    left, right = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    clause = text[left:right].strip(" ,;:—–")
    return clause[0].upper() + clause[1:] if clause else clause


def timeline(article: ArticleLike) -> pd.DataFrame:
    """The dated events of the article, one row per distinct calendar date, in time order.

    Every expression that can be placed on a calendar (:func:`extract_dates` rows with a
    ``date``) plus the publication date. ``event`` is the clause of the sentence that
    mentions the date first (clauses split at ``;``, ``:``, "but", "while" and dashes);
    for the publication date, when the article does not mention it, "Article published".
    A wire dateline's date (rule ``dateline``) is when the story was filed, not an event: it
    is left out.

    Returns:
        ``date``, ``granularity``, ``value``, ``event``, ``paragraph`` (of the first mention;
        0 for the headline or the dateline alone), ``publication`` (True for the row of the
        publication date).
    """
    return timeline_rows(article).frame()


def timeline_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`timeline`."""
    doc = as_document(article)
    article = doc.article
    sentences = {s.index: s for s in article.sentences}
    rows: dict[str, list[object]] = {}
    for text, _, value, at, _, paragraph, index, date, granularity, rule in doc.date_rows.rows:
        if date is pd.NaT or value in rows or rule == _DATELINE.name:
            continue  # a wire dateline's date is when the story was filed, not an event
        if index == 0:
            event = article.headline or ""
            start = at - (article.headline_span or (0, 0))[0]
        else:
            sentence = sentences[index]
            event, start = sentence.text, at - sentence.start
        event = _clause(event, start, start + len(text))
        rows[value] = [date, granularity, value, event, paragraph, False]
    if article.date is not None:
        value = article.date.isoformat()
        if value in rows:
            rows[value][5] = True
        else:
            rows[value] = [pd.Timestamp(article.date), "day", value, "Article published", 0, True]
    return Rows(
        tuple(TIMELINE_COLUMNS),
        {
            "date": "datetime64[s]",
            "granularity": "object",
            "value": "object",
            "event": "object",
            "paragraph": "int64",
            "publication": "bool",
        },
        [tuple(row) for row in rows.values()],
    ).sorted(key=lambda row: (row[0], row[2]))
