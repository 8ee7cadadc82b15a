"""Paragraphs of plain text as people have it: blank-line separated, pasted from a browser
(one newline between paragraphs), hard-wrapped at a fixed width, with bullet lists and
sub-headings; and the headline, byline and date lines that open a pasted article.

Every function here takes and returns plain strings; :mod:`analysis.sources` builds the
:class:`~analysis.article.Article`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from analysis.language.english.calendar import (
    MONTH_NAMES,
    MONTHS,
    MONTHS_ALSO_NAMES,
    NEWS_AGENCIES,
    WEEKDAY_NAMES,
)
from analysis.patterns import alternation

__all__ = [
    "Front",
    "dateline_date",
    "front_matter",
    "is_canonical",
    "is_page_chrome",
    "paragraph_texts",
    "published_date",
]

#: A bullet or numbered list item: ``- x``, ``* x``, ``• x``, ``1. x``, ``2) x``.
BULLET = re.compile(r"^\s*(?:[-*+•▪–]|\d{1,3}[.)])\s+")
#: A Markdown heading line: ``## Sub-heading``.
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A line that ends inside a sentence: a letter, digit, comma, hyphen or an opening bracket.
_OPEN_LINE_END = re.compile(r"[\w,;(\[“‘-]$")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$|[\"”]$")
# Hard wrapping never breaks a line longer than this: wider lines are paragraphs.
_MAX_WRAP_WIDTH = 120


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_item(line: str) -> bool:
    return bool(BULLET.match(line) or HEADING.match(line))


def _stands_alone(line: str) -> bool:
    """A line that is a paragraph of its own even without a blank line around it: an item,
    a heading, a line that is only a date ("Date: 2017-08-27", "March 14, 2024") or only a
    byline ("By Maria Lopez")."""
    return _is_item(line) or published_date(line) is not None or _byline(line) is not None


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether the lines were broken at a fixed width inside sentences.

    Wrapped text has no line wider than the wrapping width (at most 120 characters) and many
    lines that end inside a sentence (a word or a comma, not a full stop); text pasted from a
    browser has one paragraph a line, nearly all ending a sentence.
    """
    prose = [line.rstrip() for line in lines if line.strip() and not _is_item(line)]
    if len(prose) < 3:
        return False
    width = max(len(line) for line in prose)
    if width > _MAX_WRAP_WIDTH:
        return False
    open_ends = sum(bool(_OPEN_LINE_END.search(line)) for line in prose[:-1])
    return open_ends >= 0.4 * (len(prose) - 1)


def _wrapped_paragraphs(block: list[str], width: int) -> list[list[str]]:
    """Paragraphs of lines wrapped at ``width``: a line that ends a sentence ends its
    paragraph when the next line's first word would have fitted on it (a wrapping program
    would have put it there); an indented line, a bullet or a heading starts a new one, a
    line that is only a date or a byline is one."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for index, line in enumerate(block):
        alone = _stands_alone(line)
        starts_new = alone or (
            bool(current) and line[:1].isspace() and not current[-1][:1].isspace()
        )
        if current and starts_new:
            paragraphs.append(current)
            current = []
        current.append(line)
        stripped = line.rstrip()
        following = block[index + 1].split() if index + 1 < len(block) else []
        fits = bool(following) and len(stripped) + 1 + len(following[0]) <= width
        ends = alone and not _is_item(line)  # a date line or a byline ends where it ends
        if HEADING.match(line) or ends or (fits and _SENTENCE_END.search(stripped)):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


_MARKER = re.compile(r"^\s*(?:#{1,6}|[-*+•▪–])\s+")


def _join(lines: list[str]) -> str:
    """One paragraph from its lines, joined by single spaces; a heading's ``#`` marks and a
    bullet's symbol dropped (a number of a numbered item is kept: it is content)."""
    text = " ".join(line.strip() for line in lines if line.strip())
    return _MARKER.sub("", text).rstrip("# ").strip() if _MARKER.match(text) else text


def paragraph_texts(text: str) -> list[str]:
    """The paragraphs of plain text, each on one line.

    - Paragraphs are separated by blank lines; when the text has no blank line, by single
      newlines (text pasted from a browser or a word processor).
    - Hard-wrapped text (lines broken inside sentences at a fixed width) is joined back into
      its paragraphs, ended by a short line that ends a sentence or by an indented line.
    - A bullet or numbered item and a Markdown heading are paragraphs of their own, never
      merged into the sentences around them.
    """
    lines = _lines(text)
    blocks = _blocks(lines)
    wrapped = is_hard_wrapped(lines)
    width = max((len(line.rstrip()) for line in lines if line.strip()), default=0)
    paragraphs: list[list[str]] = []
    if len(blocks) <= 1 and not wrapped:
        paragraphs = [[line] for block in blocks for line in block]  # one paragraph a line
    elif len(blocks) <= 1:
        paragraphs = _wrapped_paragraphs(blocks[0], width)
    else:
        for block in blocks if len(blocks) > 1 else []:
            if wrapped:
                paragraphs += _wrapped_paragraphs(block, width)
                continue
            current: list[str] = []
            for line in block:  # a block of several lines: one paragraph, items apart
                alone = len(block) > 1 and _stands_alone(line)
                if alone and current:
                    paragraphs.append(current)
                    current = []
                current.append(line)
                if HEADING.match(line) or (alone and not _is_item(line)):
                    paragraphs.append(current)
                    current = []
            if current:
                paragraphs.append(current)
    return [joined for lines_ in paragraphs if (joined := _join(lines_))]


def is_canonical(text: str) -> bool:
    """Whether ``text`` already has our layout: paragraphs of one line, separated by blank
    lines (then it is kept byte for byte)."""
    blocks = _blocks(_lines(text))
    return len(blocks) > 1 and all(
        len(block) == 1 and not HEADING.match(block[0]) for block in blocks
    )


_MONTH = r"(?P<month>" + alternation(MONTHS) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_CLOCK = r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2})?"
# after the date: ", 10:32 AM ET", "at 5:04 p.m.", " / 10:32 AM" (Reuters), " | 10:32"; then
# perhaps " / Updated 6 years ago"
_TIME = (
    rf"(?:(?:,?\s*(?:at\s+)?|\s*[/|]\s*){_CLOCK})?"
    r"(?:\s*[/|]\s*(?:updated|last\s+updated)\b[^/|]*)?"
)
# before it: "Published 10:32 GMT, 5 March 2013"
_TIME_FIRST = rf"(?:{_CLOCK},?\s+(?:on\s+)?)?"
_PREFIX = (
    r"(?:(?:published|posted|updated|last\s+updated|first\s+published|date|dated)"
    r"(?:\s+on)?:?\s+)?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_MONTH2 = _MONTH.replace("month", "month2")
_FULL_DATE = (
    rf"{_WEEKDAY}(?:"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+{_MONTH2},?\s+(?P<year2>\d{{4}})"
    rf"|{_ISO}"
    r")"
)
_DATE_LINE = re.compile(rf"^\s*{_PREFIX}{_TIME_FIRST}{_FULL_DATE}{_TIME}\s*$", re.IGNORECASE)
# A wire dateline opening the first paragraph: a place in capitals, perhaps a region, perhaps
# the agency, then a full date and a dash: ``MIAMI, Sept. 14, 2024 —``, ``LONDON, 14 March
# 2024 (Reuters) -``, ``KABUL, Afghanistan (AP) Aug. 17, 2021 --``.
_AGENCY = rf"(?:\s*\((?:{'|'.join(NEWS_AGENCIES)})\))?"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"
    rf"{_AGENCY},?\s+(?i:{_FULL_DATE}){_AGENCY}\s*(?:—|–|--?)\s*\S"
)


def dateline_date(paragraph: str) -> dt.date | None:
    """The date of a wire dateline that opens a paragraph (``MIAMI, Sept. 14, 2024 — ...``);
    None when the paragraph does not open with a place, a full date and a dash."""
    match = _DATELINE.match(paragraph)
    return None if match is None else _date_of(match)


def published_date(line: str) -> dt.date | None:
    """The date of a line that is only a date (``March 14, 2024``, ``Thursday 14 March 2024
    10.32 GMT``, ``Published: 2024-03-14``); None for any other line."""
    match = _DATE_LINE.match(line)
    return None if match is None else _date_of(match)


def _date_of(match: re.Match[str]) -> dt.date | None:
    try:
        if match["iso"]:
            return dt.date.fromisoformat(match["iso"])
        if match["month"]:
            return dt.date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        month = MONTHS[match["month2"].lower()]
        return dt.date(int(match["year2"]), month, int(match["day2"]))
    except ValueError:
        return None


_BYLINE = re.compile(
    r"^\s*(?i:by)\s+(?P<author>[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,7})"
    r"(?:\s*[,|–—-]\s*(?P<rest>.*))?$"
)


@dataclass(frozen=True)
class Front:
    """What opens a pasted article: its headline, byline and date lines, and the body
    paragraphs after them."""

    headline: str | None
    author: str | None
    date: dt.date | None
    paragraphs: list[str]


#: A credited agency or a dateline: a first paragraph, not a headline.
_AGENCY_OR_DATELINE = re.compile(rf"\((?:{'|'.join(NEWS_AGENCIES)})\)|^[A-Z][A-Z ,.]+\b[-—–]")


def _looks_like_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        2 <= len(words) <= 25
        and paragraph[:1].isupper()
        and not re.search(r"[.,;:_—–-]$", paragraph)
        and not _AGENCY_OR_DATELINE.search(paragraph)
    )


_NOT_AN_AUTHOR = (
    frozenset("this that then now noon midnight".split())
    | frozenset(WEEKDAY_NAMES)
    | (frozenset(MONTH_NAMES) - frozenset(MONTHS_ALSO_NAMES))  # "By April Ryan" is a byline
)
# "By James Okafor, Transport Correspondent": the job after the name is no author.
_JOB = re.compile(
    r"\b(?i:correspondent|editor|reporter|writer|columnist|staff|desk|contributor|producer|"
    r"analyst|chief|journalist|critic)s?\b"
)


def _byline(line: str) -> tuple[str, dt.date | None] | None:
    """(author, date written after the name or None) of a byline; None for any other line."""
    match = _BYLINE.match(line)
    if match is None or len(line.split()) > 16:
        return None
    parts = [part.strip() for part in match["author"].strip(" ,").split(",")]
    jobs = [i for i, part in enumerate(parts) if i > 0 and _JOB.search(part)]
    if jobs:
        parts = parts[: jobs[0]]
    author = ", ".join(parts)
    if author.split()[0].rstrip(".,").lower() in _NOT_AN_AUTHOR:
        return None
    tail = (match["rest"] or "").strip()
    date = published_date(tail) if tail else None
    if date is None and (re.search(r"[.!?]$", tail) or len(tail.split()) > 8):
        return None  # a sentence, not a byline's tail
    return author, date


# Lines a browser copy picks up from the page around the article: they are never its text.
_PAGE_CHROME = re.compile(
    r"^\s*(?:advertisement|advert|sponsored|share|share this(?: article| story)?|tweet|email|"
    r"print|comments?|save|skip advertisement|continue reading(?: the main story)?|"
    r"story continues below(?: this)? advertisement|listen to this article|sign up|subscribe|"
    r"follow us|image|photo|video|close|menu|"
    r"(?:read more|related|see also|also read|more on this story|recommended|watch|listen)"
    r"\s*:.{0,150}?)\s*$",
    re.IGNORECASE,
)


def is_page_chrome(paragraph: str) -> bool:
    """True for a line copied from the page around an article ("Advertisement", "Share",
    "Read more: ..."), which is no part of its text."""
    return _PAGE_CHROME.match(paragraph) is not None and not re.search(r"[.!?][\"”’]?$", paragraph)


def front_matter(paragraphs: list[str], *, headline: bool = True) -> Front:
    """Split off a date line or a byline above the headline, the headline (the first
    paragraph when it reads as one: a short line with no closing full stop, followed by more
    text), then the byline (``By Maria Lopez``) and date lines (a line that is only a date)
    among the next four paragraphs, where a standfirst
    (a summary line under the headline) may come first and stays in the text; failing a date
    line, the date of a wire dateline opening the first body paragraph (which stays in the
    text). Lines of page chrome ("Advertisement", "Share", "Read more: ...") are dropped.

    Precision first: a line is taken only when it is nothing but a byline or a date.
    """
    found_headline = None
    rest = [p for p in paragraphs if not is_page_chrome(p)] or list(paragraphs)
    author = None
    date = None
    for _ in range(2):  # a date line or a byline above the headline ("Date: 2017-08-27")
        if len(rest) <= 2:
            break
        if date is None and (first := published_date(rest[0])) is not None:
            date = first
        elif author is None and (byline := _byline(rest[0])) is not None:
            author, date = byline[0], date or byline[1]
        else:
            break
        rest.pop(0)
    if headline and len(rest) > 1 and _looks_like_headline(rest[0]):
        found_headline = rest.pop(0)
    index = 0
    for _ in range(4):
        if index >= len(rest) or len(rest) <= 1:
            break
        line = rest[index]
        if date is None and (found := published_date(line)) is not None:
            date = found
            rest.pop(index)
            continue
        if author is None and (byline := _byline(line)) is not None:
            author, date = byline[0], date or byline[1]
            rest.pop(index)
            continue
        if index > 0 or author is not None or date is not None or len(line.split()) > 40:
            break  # a byline or date comes at most one standfirst line after the headline
        index += 1
    if date is None and rest:
        date = dateline_date(rest[0])
    return Front(found_headline, author, date, rest)
