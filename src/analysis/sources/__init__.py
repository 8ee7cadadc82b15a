"""Articles as people have them: our text format, plain text, Markdown, saved web pages, and
collections (JSON Lines, JSON, CSV/TSV exports, folders of files).

- :func:`load_article` reads one article from a file, its format named by ``format=`` or
  guessed from the extension, then the content.
- :func:`read_articles` reads every article of a collection, skipping and reporting bad
  records (or raising on the first, with ``strict=True``).

Formats (``format=``): ``article`` (our layout: `` date YYYY-MM-DD Headline`` then paragraphs),
``text`` (plain text: paragraphs by blank lines, single newlines or hard wrapping; a first
line that reads as a headline is the headline; byline and date lines are read),
``markdown``, ``html``, and for collections ``jsonl``, ``json``, ``csv``, ``tsv``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import warnings
from collections.abc import Iterator, Mapping
from os import PathLike
from pathlib import Path
from typing import Any

from analysis.article import Article, ArticleError, parse_article, parse_date
from analysis.language import LanguageError, language_code, settled_language, supported
from analysis.sources.layout import front_matter, is_canonical, paragraph_texts
from analysis.sources.records import Record, field_map, records

__all__ = [
    "COLLECTION_FORMATS",
    "FORMATS",
    "Collection",
    "SkippedRecord",
    "SkippedRecordWarning",
    "guess_format",
    "load_article",
    "read_articles",
]

#: Formats of one article.
FORMATS = ("article", "text", "markdown", "html")
#: Formats of a collection of articles.
COLLECTION_FORMATS = ("jsonl", "json", "csv", "tsv")
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
}
_DATELINE_START = ("date ", " date ", "\ufeffdate ", "\ufeff date ")


class SkippedRecordWarning(UserWarning):
    """A record of a collection could not be read and was skipped (see
    :attr:`Collection.skipped`)."""


@dataclasses.dataclass(frozen=True)
class SkippedRecord:
    """A record left out of a collection: where (``source#label``) and why."""

    where: str
    problem: str


def _decode(path: Path, data: bytes, encoding: str) -> str:
    if b"\x00" in data:
        raise ArticleError(
            f"{path}: binary content (NUL byte at offset {data.index(0)}); "
            "expected text, Markdown, HTML, JSON or CSV"
        )
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            f"{path}: line {line}: byte {data[exc.start]:#04x} at offset {exc.start} is not "
            f"valid {exc.encoding}; pass encoding=... if the file uses another encoding"
        ) from None
    except LookupError:
        raise ArticleError(f"{path}: unknown encoding {encoding!r}") from None


def guess_format(path: str | PathLike[str], text: str | None = None) -> str:
    """The format of a file: by its extension, then (for ``.txt`` and unknown extensions) by
    its content. ``.txt`` is ``article`` when it opens with our dateline, else ``text``."""
    from analysis.sources.html import looks_like_html

    path = Path(path)
    if path.is_dir():
        return "folder"
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension not in (None, "text"):
        return by_extension
    if text is None:
        return by_extension or "text"
    head = text.lstrip("\ufeff")
    if head.startswith(_DATELINE_START):
        return "article"
    stripped = head.lstrip()
    if looks_like_html(stripped):
        return "html"
    if by_extension is None and stripped.startswith(("{", "[")):
        return "jsonl" if "\n{" in stripped.strip() else "json"
    if stripped.startswith("---\n") or stripped.startswith("# "):
        return "markdown"
    return "text"


def _parts(
    text: str, kind: str, *, source: str, front: bool = True, check: bool = True
) -> tuple[str, dict[str, Any]] | Article:
    """Body text and metadata of one article's text, or the article itself when the text is
    in our format (then kept byte for byte). ``front``: a whole file, not a record's text
    field — look for a headline, byline and date lines at the top of plain text (a record's
    fields name them) and, with ``check``, refuse a web page whose text is no article."""
    if kind == "article":
        return parse_article(text, source=source)
    if kind == "html":
        from analysis.sources.html import extract_page, looks_like_html

        if not looks_like_html(text):
            raise ArticleError(f"{source}: not HTML (no HTML tags found); pass format='text'")
        page = extract_page(text, source=source, check=front and check)
        page_meta: dict[str, Any] = {
            "headline": page.headline,
            "date": page.date,
            "date_source": page.date_reason,
            "author": page.author,
            "outlet": page.outlet,
            "url": page.url,
            "language": page.language,
        }
        return "\n\n".join(page.paragraphs), page_meta
    meta: dict[str, Any] = {}
    if kind == "markdown":
        from analysis.sources.markdown import parse_markdown

        parsed = parse_markdown(text)
        text = parsed.body
        meta = {"headline": parsed.headline, "date": parsed.date, "author": parsed.author}
        if parsed.date:
            meta["date_source"] = "from the front matter"
    elif kind != "text":
        raise ArticleError(f"{source}: unknown format {kind!r}; one of {', '.join(FORMATS)}")
    paragraphs = paragraph_texts(text)
    if not paragraphs:
        raise ArticleError(f"{source}: the article is empty")
    if front:
        found = front_matter(paragraphs, headline=meta.get("headline") is None)
        meta["headline"] = meta.get("headline") or found.headline
        meta["author"] = meta.get("author") or found.author
        if not meta.get("date") and found.date:
            meta["date"], meta["date_source"] = found.date, "from a date line above the article"
        if found.paragraphs != paragraphs:
            return "\n\n".join(found.paragraphs), meta
    if kind == "text" and is_canonical(text):
        return text, meta  # already our paragraph layout: keep the text as it is
    return "\n\n".join(paragraphs), meta


def _language(declared: str | None, body: str, *, source: str, forced: str | None) -> str:
    """The language to read an article in: ``forced`` (the language option) when given, else
    what :func:`~analysis.language.settled_language` settles; a language the analyses cannot
    read is an :class:`ArticleError`."""
    try:
        if forced is not None:
            return supported(language_code(forced) or forced, what=f"{source}: language={forced!r}")
        return settled_language(declared, body, source=source)
    except LanguageError as exc:
        raise ArticleError(str(exc)) from exc


def _build(
    parts: tuple[str, dict[str, Any]] | Article,
    *,
    source: str,
    date: dt.date | str | None,
    headline: str | None,
    language: str | None = None,
    **extra: Any,
) -> Article:
    given = "given when the article was loaded (the date option)"
    if isinstance(parts, Article):
        article = parts
        if language is not None:
            extra["language"] = _language(None, article.body, source=source, forced=language)
        date_source = given if date is not None else article.date_source
        if headline is not None and headline != article.headline:
            return Article.from_parts(
                article.body,
                date=date or article.date,
                headline=headline,
                source=source,
                date_source=date_source,
                **({"language": article.language} | extra),
            )
        changes: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
        if date is not None:
            changes["date"] = parse_date(date, source=source)
            changes["date_source"] = date_source
        return dataclasses.replace(article, **changes) if changes else article
    body, meta = parts
    for key, value in extra.items():
        if value is not None:
            meta[key] = value
    return Article.from_parts(
        body,
        date=date if date is not None else meta.pop("date", None),
        headline=headline if headline is not None else meta.pop("headline", None),
        source=source,
        date_source=given if date is not None else meta.get("date_source"),
        language=_language(meta.get("language"), body, source=source, forced=language),
        **{k: _text_or_none(meta.get(k)) for k in ("id", "outlet", "url", "author")},
    )


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):  # {"id": ..., "name": "Reuters"} (news APIs)
        value = value.get("name") or value.get("title") or value.get("id")
    if isinstance(value, list | tuple):
        value = ", ".join(str(_text_or_none(v)) for v in value if v)
    text = " ".join(str(value).split())
    return text or None


def load_article(
    path: str | PathLike[str],
    *,
    format: str | None = None,
    date: dt.date | str | None = None,
    headline: str | None = None,
    id: str | None = None,
    encoding: str = "utf-8",
    allow_short: bool = False,
    language: str | None = None,
) -> Article:
    """Read one article from a file.

    Args:
        path: The file: our text format, plain text, Markdown, HTML (a saved web page), or a
            collection (JSON Lines, JSON, CSV, TSV) together with ``id``.
        format: One of :data:`FORMATS` or :data:`COLLECTION_FORMATS`; guessed by default (by
            extension, then content).
        date: Publication date (``YYYY-MM-DD`` or a date): replaces or supplies the file's.
        headline: Replaces or supplies the file's headline.
        id: For a collection, the id of the record to read (or its number, from 1, when the
            records have no id).
        encoding: Text encoding of the file (a web page's declared charset wins).
        allow_short: Load a saved web page even when its text is no news article: too short
            (a caption, a teaser, a paywall notice) or mostly navigation. By default such a
            page is an error that says what was found.
        language: Read the article in this language (``"en"``), whatever the page or record
            declares. By default a declared language counts only when the words bear it out
            (:func:`analysis.language.settled_language`), and an article in a language the
            analyses have no words for is an error.

    Raises:
        FileNotFoundError: The file does not exist.
        ArticleError: The file cannot be read as an article; the message names the file and
            the problem.
    """
    path = Path(path)
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file; see read_articles")
    data = path.read_bytes()
    kind = format or guess_format(path)
    if kind in ("html",) or (format is None and path.suffix.lower() in (".html", ".htm")):
        from analysis.sources.html import declared_charset

        encoding = declared_charset(data) or encoding
    text = _decode(path, data, encoding)
    if format is None:
        kind = guess_format(path, text)
    if kind in COLLECTION_FORMATS:
        if id is None:
            raise ArticleError(
                f"{path}: a collection of articles ({kind}); pass id= to choose one, or read "
                "them all with read_articles"
            )
        collection = read_articles(path, format=kind, strict=False, encoding=encoding)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedRecordWarning)  # other records: not asked
            article = next((a for a in collection if a.id == str(id)), None)
        if article is None:
            for skipped in collection.skipped:
                if skipped.where == f"{path}#{id}":
                    raise ArticleError(f"{skipped.where}: {skipped.problem}")
            raise ArticleError(f"{path}: no article with id {id!r}")
        return _build(
            article, source=article.source, date=date, headline=headline, language=language
        )
    if kind not in FORMATS:
        raise ArticleError(
            f"{path}: unknown format {kind!r}; one of {', '.join(FORMATS + COLLECTION_FORMATS)}"
        )
    source = str(path)
    parts = _parts(text, kind, source=source, check=not allow_short)
    return _build(parts, source=source, date=date, headline=headline, language=language)


class Collection(Iterator[Article]):
    """The articles of a collection, read lazily; bad records are skipped and reported.

    Attributes:
        read: Articles read so far.
        skipped: Records left out so far, each with where and why (also issued as
            :class:`SkippedRecordWarning`).
    """

    def __init__(self, articles: Iterator[Article | SkippedRecord], *, strict: bool) -> None:
        self._articles = articles
        self._strict = strict
        self.read = 0
        self.skipped: list[SkippedRecord] = []

    def __iter__(self) -> Collection:
        return self

    def __next__(self) -> Article:
        while True:
            item = next(self._articles)
            if isinstance(item, Article):
                self.read += 1
                return item
            if self._strict:
                raise ArticleError(f"{item.where}: {item.problem}")
            self.skipped.append(item)
            warnings.warn(
                f"{item.where}: skipped: {item.problem}", SkippedRecordWarning, stacklevel=2
            )

    def summary(self) -> str:
        """``73 articles read, 2 records skipped``."""
        return f"{self.read} articles read, {len(self.skipped)} records skipped"


def _record_article(
    record: Record, fields: Mapping[str, str] | None, *, path: Path, number: int
) -> Article | SkippedRecord:
    from analysis.sources.html import looks_like_html

    label = record.label
    if record.fields is None:
        return SkippedRecord(f"{path}#{label}", record.problem or "unreadable")
    try:
        mapping = field_map(list(record.fields), fields, source=f"{path}#{label}")
    except ArticleError as exc:
        return SkippedRecord(f"{path}#{label}", str(exc).split(": ", 1)[1])
    values = {ours: record.fields.get(theirs) for ours, theirs in mapping.items()}
    identifier = _text_or_none(values.get("id")) or str(number)
    source = f"{path}#{identifier}"
    text = values.get("text")
    if not isinstance(text, str) or not text.strip():
        return SkippedRecord(source, f"{label}: no text in field {mapping['text']!r}")
    try:
        kind = "html" if looks_like_html(text) else "text"
        parts = _parts(text, kind, source=source, front=False)
        assert not isinstance(parts, Article)  # only our file format gives an Article
        body, meta = parts
        record_date = _text_or_none(values.get("date"))
        return Article.from_parts(
            body,
            date=record_date or meta.get("date"),
            date_source=f"from the record's {mapping['date']!r} field"
            if record_date and "date" in mapping
            else meta.get("date_source"),
            headline=_text_or_none(values.get("headline")) or meta.get("headline"),
            source=source,
            id=identifier,
            outlet=_text_or_none(values.get("outlet")) or meta.get("outlet"),
            url=_text_or_none(values.get("url")) or meta.get("url"),
            author=_text_or_none(values.get("author")) or meta.get("author"),
            language=_language(
                _text_or_none(values.get("language")) or meta.get("language"),
                body,
                source=source,
                forced=None,
            ),
        )
    except ArticleError as exc:
        message = str(exc).removeprefix(f"{source}: ")
        return SkippedRecord(source, f"{label}: {message}")


def _collection(
    path: Path, kind: str, fields: Mapping[str, str] | None, encoding: str
) -> Iterator[Article | SkippedRecord]:
    """The articles of one collection file. A CSV/TSV header without a text column fails the
    whole file (every row would); a JSON object without one is a skipped record."""
    text = _decode(path, path.read_bytes(), encoding)
    stream = records(path, text, kind)
    if kind in ("csv", "tsv"):
        header = next(stream, None)
        if header is None:
            return
        if header.fields is not None:
            field_map(list(header.fields), fields, source=str(path))
        stream = itertools.chain([header], stream)
    for number, record in enumerate(stream, start=1):
        yield _record_article(record, fields, path=path, number=number)


def _folder(
    path: Path, fields: Mapping[str, str] | None, encoding: str
) -> Iterator[Article | SkippedRecord]:
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and p.suffix.lower() in _EXTENSIONS
    )
    for file in files:
        kind = _EXTENSIONS[file.suffix.lower()]
        if kind in COLLECTION_FORMATS:
            try:
                yield from _collection(file, kind, fields, encoding)
            except ArticleError as exc:
                yield SkippedRecord(str(file), str(exc).removeprefix(f"{file}: "))
            continue
        try:
            article = load_article(file, encoding=encoding)
        except ArticleError as exc:
            yield SkippedRecord(str(file), str(exc).removeprefix(f"{file}: "))
            continue
        name = str(file.relative_to(path))
        yield dataclasses.replace(article, id=article.id or name)


def read_articles(
    path: str | PathLike[str],
    *,
    format: str | None = None,
    fields: Mapping[str, str] | None = None,
    strict: bool = False,
    encoding: str = "utf-8",
) -> Collection:
    """Read every article of a collection: a JSON Lines, JSON, CSV or TSV file (one article a
    record), or a folder of article files of any format (collections inside included).

    Fields are found by their usual names (:data:`~analysis.sources.records.FIELD_NAMES`:
    ``id``, ``date``, ``headline``/``title``, ``text``/``body``/``content``,
    ``outlet``/``source``, ``url``, ``author``); ``fields={"text": "story_html"}`` names them
    otherwise. A text field holding HTML is extracted like a web page.

    A bad record (no text, a date that is not a date, broken JSON) stops nothing: it is
    skipped, issued as a :class:`SkippedRecordWarning` and listed in ``.skipped`` of the
    returned :class:`Collection`; with ``strict=True`` it raises :class:`ArticleError`.

    Raises:
        FileNotFoundError: The path does not exist.
        ArticleError: The file is not a collection at all (not JSON, no text column, ...).
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if path.is_dir():
        return Collection(_folder(path, fields, encoding), strict=strict)
    kind = format or guess_format(path, _decode(path, path.read_bytes()[:4096], "latin-1"))
    if kind not in COLLECTION_FORMATS:
        raise ArticleError(
            f"{path}: not a collection ({kind}); use load_article, or name the format with "
            f"format= (one of {', '.join(COLLECTION_FORMATS)})"
        )
    articles = _collection(path, kind, fields, encoding)
    first = next(articles, None)  # a file that is no collection fails here, not mid-run

    def chained() -> Iterator[Article | SkippedRecord]:
        if first is not None:
            yield first
        yield from articles

    return Collection(chained(), strict=strict)
