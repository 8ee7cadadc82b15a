"""Temporal expressions of an article and the timeline they draw."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

import pandas as pd

from analysis.article import Article
from analysis.dates import (
    anaphora,
    business,
    casing,
    decades,
    durations,
    holidays,
    numeric,
    ordinal,
    ranges,
    relative,
    relative_year,
    rules,
    sets,
    spelled,
    times,
)
from analysis.dates.base import Context, Rule
from analysis.dates.calendar import place
from analysis.dates.compose import (
    Found,
    counted_from_days,
    day_range_ends,
    day_right_after,
    ordered_weekday_ranges,
    shared_years,
    undated_clock,
    widened,
)
from analysis.dates.tense import SINCE_BEFORE, is_future
from analysis.dates.toolkit import DATELINE_AFTER
from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows, row_schema
from analysis.language import LanguageError, supported

__all__ = [
    "DATE_COLUMNS",
    "TIMELINE_COLUMNS",
    "date_rows",
    "extract_dates",
    "timeline",
    "timeline_rows",
]


class DateRow(NamedTuple):
    """One row of the dates table (see :func:`extract_dates` for the columns)."""

    text: str
    type: str
    value: str
    start: int
    end: int
    paragraph: int
    sentence: int
    date: pd.Timestamp
    granularity: str | None
    rule: str


_DATE_SCHEMA = row_schema(DateRow)
#: Columns of :func:`extract_dates`.
DATE_COLUMNS = list(_DATE_SCHEMA[0])
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
    ordinal,
)
#: The general rules: dates named by the calendar, then those counted from the dateline.
GENERAL = (rules, relative)
#: The rules of every family, the general ones first (they win ties of equal length).
ALL_RULES: tuple[Rule, ...] = tuple(
    rule for module in (*GENERAL, *FAMILIES) for rule in module.RULES
)


#: The rule name of a date in a wire dateline ("NAIROBI, Aug. 7 (Xinhua) --"): TimeML
#: annotates it (functionInDocument PUBLICATION_TIME); the timeline leaves it out.
_DATELINE = Rule("dateline", DATELINE_AFTER, lambda match, context: None)


@dataclass(frozen=True, slots=True)
class RuleBook:
    """The date rules of one language, laid out for the search: ``needed`` is every word some
    rule needs (:attr:`Rule.needs`), looked for once per article, then those its text holds
    once per sentence; ``by_needs`` the rules (with their place in ``rules``) grouped by the
    words they need — many share them (month names, digits), so a sentence is checked once
    per group."""

    rules: tuple[Rule, ...]
    needed: tuple[str, ...]
    by_needs: tuple[tuple[frozenset[str], tuple[tuple[int, Rule], ...]], ...]

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleBook:
        return cls(
            rules=rules,
            needed=tuple(sorted({word for rule in rules for word in rule.needs})),
            by_needs=tuple(
                (
                    frozenset(needs),
                    tuple((order, rule) for order, rule in enumerate(rules) if rule.needs == needs),
                )
                for needs in dict.fromkeys(rule.needs for rule in rules)
            ),
        )


#: The rule book of each language the tagger reads (ISO 639-1 code; the rules are built from
#: :mod:`analysis.language.english`).
RULE_BOOKS = {"en": RuleBook.of(ALL_RULES)}


def rule_book(language: str) -> RuleBook:
    """The date rules of ``language``.

    Raises:
        LanguageError: The tagger has no rules for it.
    """
    book = RULE_BOOKS.get(language)
    if book is None:
        supported(language, what="the date tagger")  # raises: no resources at all
        raise LanguageError(f"the date tagger: no rules for language {language!r}")
    return book


def _matches(text: str, context: Context, book: RuleBook, needed: tuple[str, ...]) -> list[Found]:
    """Non-overlapping normalised matches in one sentence: longest first, then rule order
    (the order is kept with each candidate, so the rules may be tried in any order).
    ``needed``: the words of ``book.needed`` its article holds."""
    candidates = []
    lower = text.lower()
    present = {word for word in needed if word in lower}
    for needs, members in book.by_needs:
        if needs and present.isdisjoint(needs):
            continue
        for order, rule in members:
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
    taken: list[Found] = []
    for start, end, _, timex, rule, match in candidates:
        if all(end <= t[0] or start >= t[1] for t in taken):
            if DATELINE_AFTER.match(text, end):
                rule = _DATELINE  # "NAIROBI, Aug. 7 (Xinhua)": the day the story was filed
            taken.append((start, end, timex, rule, match))
    taken += day_range_ends(text, taken)
    found = shared_years(text, widened(text, sorted(taken, key=lambda t: t[0])))
    found = counted_from_days(text, found)
    return ordered_weekday_ranges(text, found, context.anchor)


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
        ``rule`` (the rule that found it: ``month_day``, ``anaphoric_period``, ...;
        ``dateline`` for the date of a wire dateline, "NAIROBI, Aug. 7 (Xinhua) --").
    """
    return as_document(article).shared_frame(shared_date_rows).copy(deep=False)


def shared_date_rows(doc: Document) -> Rows[DateRow]:
    """The rows of :func:`extract_dates`, computed once per document (shared)."""
    return doc.shared(_date_rows_of)


def _date_rows_of(doc: Document) -> Rows[DateRow]:
    return date_rows(doc.article)


def date_rows(article: Article) -> Rows[DateRow]:
    """The temporal expressions of ``article`` as rows (uncached; see :func:`extract_dates`)."""
    rows = []
    reference: tuple[dt.date, str] | None = None
    last_day: tuple[int, dt.date] | None = None  # (sentence, day) of the last day named
    order = numeric.day_first(article.text)  # the order of its numeric dates, if they say
    book = rule_book(article.language)
    lower = article.text.lower()
    needed = tuple(word for word in book.needed if word in lower)  # the needed words it holds
    for paragraph, sentence, offset, written in _units(article):
        text = casing.as_read(written)  # a sentence in capitals is read in lower case
        context = Context(
            anchor=article.date,
            sentence=text,
            reference=reference,
            day_first=order,
            headline=paragraph == 0,
            language=article.language,
        )
        day_named: dt.date | None = None  # a day this sentence has named so far
        # the last day the sentence before named, if it is the dateline's or before
        day_before = last_day[1] if last_day and last_day[0] == sentence - 1 else None
        matches = _matches(text, context, book, needed)
        for number, (start, end, timex, rule, match) in enumerate(matches):
            if rule.anaphoric:  # valued against the last date named, this sentence too
                timex = rule.handler(match, replace(context, reference=reference)) or timex
            if undated_clock(rule, match):
                # "died yesterday at 4:25 p.m.", "at 10:35 a.m. (0735 GMT) Friday": a clock
                # time is on the day its sentence names, before it or right after it
                day = day_named or day_right_after(text, matches, number)
                if day is None and day_before is not None and not is_future(context, start):
                    day = day_before  # "... early Sunday. He was attacked at 2:15 a.m."
                if day is not None:
                    timex = replace(timex, value=day.isoformat() + timex.value[10:])
            placed = place(timex.value) if timex.type in {"DATE", "TIME"} else None
            if placed and placed[1] in {"day", "time"}:
                day_named = placed[0].date()  # "at 7 a.m. on Thursday and ... at 10 p.m."
                if paragraph > 0 and (article.date is None or day_named <= article.date):
                    last_day = (sentence, day_named)
            if (
                placed
                and paragraph > 0
                and placed[1] in {"year", "season", "month", "day", "quarter", "week"}
                # a date that bounds a comparison ("the highest since 2008") is no new topic
                and not SINCE_BEFORE.search(text, 0, start)
                and not business.is_baseline(rule, match)
                and not rule.keeps_topic
            ):
                reference = (placed[0].date(), placed[1])  # what the text is about from here
            rows.append(
                DateRow(
                    written[start:end],
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
    return Rows(*_DATE_SCHEMA, rows)


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
    for found in shared_date_rows(doc).rows:
        text, value, at, paragraph, index = (found.text, found.value, found.start,
                                             found.paragraph, found.sentence)  # fmt: skip
        date, granularity = found.date, found.granularity
        if date is pd.NaT or value in rows or found.rule == _DATELINE.name:
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
