"""Loading a news article: dateline, headline, paragraphs and sentences with offsets.

The file format: an optional first line `` date YYYY-MM-DD Headline`` (leading space
optional), then body paragraphs separated by blank lines. Every offset indexes into
:attr:`Article.text`, the decoded file with a UTF-8 BOM removed and line endings normalised
to ``\\n``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from analysis.sentences import sentence_spans

__all__ = [
    "Article",
    "ArticleError",
    "Paragraph",
    "Sentence",
    "parse_article",
    "parse_date",
]

_DATELINE = re.compile(r"[ \t]*date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<headline>.*?))?[ \t]*$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ArticleError(ValueError):
    """The article cannot be read; the message names the source and the problem."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``index`` counts from 1 over the whole article; offsets into the text."""

    index: int
    paragraph: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph, numbered from 1 (the headline is not a paragraph)."""

    index: int
    text: str
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed news article.

    Attributes:
        text: The whole decoded text; every offset below indexes into it.
        date: Publication date from the dateline, or None when there is no dateline.
        headline: Headline from the dateline, or None.
        paragraphs: Body paragraphs, numbered from 1.
        sentences: All body sentences, in order.
        source: File path or ``"<string>"`` (with ``#id`` for a record of a collection),
            used in error messages.
        headline_span: ``(start, end)`` of the headline in ``text``, or None.
        id: Identifier of the article in its collection, or None.
        outlet: The publication (site, paper, agency), or None when unknown.
        url: Where the article was published, or None.
        author: Byline, or None.
        date_source: Where ``date`` comes from, for a reader ("from the dateline", "from the
            page's title; the page also gives 2019-08-01, later: an update, ..."), or None.
        language: The language the article is read in, an ISO 639-1 code (``"en"``; see
            :func:`analysis.language.settled_language`): the rules take their words by it.
    """

    text: str = field(repr=False)
    date: dt.date | None
    headline: str | None
    paragraphs: tuple[Paragraph, ...] = field(repr=False)
    source: str = field(default="<string>", repr=False)
    headline_span: tuple[int, int] | None = field(default=None, repr=False)
    id: str | None = field(default=None, repr=False)
    outlet: str | None = field(default=None, repr=False)
    url: str | None = field(default=None, repr=False)
    author: str | None = field(default=None, repr=False)
    date_source: str | None = field(default=None, repr=False, compare=False)
    language: str = field(default="en", repr=False)
    #: All body sentences, in order.
    sentences: tuple[Sentence, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sentences = tuple(s for p in self.paragraphs for s in p.sentences)
        object.__setattr__(self, "sentences", sentences)

    @classmethod
    def from_parts(
        cls,
        body: str,
        *,
        date: dt.date | str | None = None,
        headline: str | None = None,
        source: str = "<string>",
        id: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
        date_source: str | None = None,
        language: str = "en",
    ) -> Article:
        """Build an article from its fields (a record of a collection, an extracted page).

        ``text`` is the headline, a blank line, then ``body`` unchanged (so an offset ``i``
        into ``body`` is ``len(text) - len(body) + i`` in ``text``). Paragraphs are split as
        in :func:`parse_article`'s body.

        Raises:
            ArticleError: No body text, NUL characters, or a date that is not a date.
        """
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in body:
            raise ArticleError(f"{source}: binary content (NUL character); expected plain text")
        if not body.strip():
            raise ArticleError(f"{source}: the article has no body text")
        headline = " ".join(headline.split()) if headline else None
        prefix = f"{headline}\n\n" if headline else ""
        text = prefix + body
        return cls(
            text=text,
            date=parse_date(date, source=source) if date is not None else None,
            headline=headline,
            paragraphs=_paragraphs(text, len(prefix)),
            source=source,
            headline_span=(0, len(headline)) if headline else None,
            id=id,
            outlet=outlet,
            url=url,
            author=author,
            date_source=date_source if date is not None else None,
            language=language,
        )

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (headline and dateline excluded)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def __repr__(self) -> str:
        n_sentences = len(self.sentences)
        headline = (
            self.headline
            if self.headline is None or len(self.headline) <= 60
            else (self.headline[:57] + "...")
        )
        return (
            f"Article(date={self.date.isoformat() if self.date else None}, "
            f"headline={headline!r}, paragraphs={len(self.paragraphs)}, "
            f"sentences={n_sentences})"
        )


def parse_article(text: str, *, source: str = "<string>") -> Article:
    """Parse article text (see the module docstring for the format).

    Args:
        text: The article text.
        source: Name used in error messages.

    Raises:
        ArticleError: Empty or whitespace-only text, NUL characters, or an invalid dateline.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ArticleError(f"{source}: binary content (NUL character); expected plain text")
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    date, headline, headline_span, body_start = _parse_dateline(text, first_end, source)
    return Article(
        text=text,
        date=date,
        headline=headline,
        paragraphs=_paragraphs(text, body_start),
        source=source,
        headline_span=headline_span,
        date_source="from the dateline" if date is not None else None,
    )


def parse_date(value: dt.date | str, *, source: str = "<string>") -> dt.date:
    """A publication date from a ``date``/``datetime``, an ISO 8601 string (``2024-05-01``,
    ``2024-05-01T09:30:00Z``), an e-mail/RSS date (``Tue, 14 May 2024 08:30:00 GMT``) or a
    written date (``May 14, 2024``, ``14 May 2024``). The time of day is dropped. Numeric
    dates such as ``05/04/2024`` are refused: month-first or day-first cannot be told.

    Raises:
        ArticleError: The value is not a date; the message names ``source``.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)", text)
    if match is None:
        from email.utils import parsedate_to_datetime

        from analysis.sources.layout import published_date

        if (written := published_date(text)) is not None:
            return written
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
        raise ArticleError(
            f"{source}: date {text!r} is not a date (expected YYYY-MM-DD, "
            "an RSS date or a written date such as 'May 14, 2024')"
        )
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ArticleError(f"{source}: invalid date {text!r} ({exc})") from None


def _parse_dateline(
    text: str, first_end: int, source: str
) -> tuple[dt.date | None, str | None, tuple[int, int] | None, int]:
    match = _DATELINE.fullmatch(text, 0, first_end)
    if match is None:
        return None, None, None, 0
    raw = match["date"]
    if not _ISO_DATE.fullmatch(raw):
        raise ArticleError(f"{source}: line 1: dateline date {raw!r} is not in YYYY-MM-DD form")
    try:
        date = dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise ArticleError(f"{source}: line 1: invalid dateline date {raw!r} ({exc})") from None
    if not match["headline"]:
        return date, None, None, first_end
    return date, match["headline"], match.span("headline"), first_end


def _paragraphs(text: str, body_start: int) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    n_sentences = 0
    for start, end in _paragraph_spans(text, body_start):
        index = len(paragraphs) + 1
        sentences = []
        for s_start, s_end in sentence_spans(text[start:end]):
            n_sentences += 1
            sentences.append(
                Sentence(
                    index=n_sentences,
                    paragraph=index,
                    text=text[start + s_start : start + s_end],
                    start=start + s_start,
                    end=start + s_end,
                )
            )
        paragraphs.append(Paragraph(index, text[start:end], start, end, tuple(sentences)))
    return tuple(paragraphs)


def _paragraph_spans(text: str, body_start: int) -> list[tuple[int, int]]:
    """Spans of runs of non-blank lines, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    pos = body_start
    while pos <= len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            if start is None:
                start = pos + (len(line) - len(line.lstrip()))
            end = pos + len(line.rstrip())
        elif start is not None:
            spans.append((start, end))
            start = None
        pos = line_end + 1
    if start is not None:
        spans.append((start, end))
    return spans
