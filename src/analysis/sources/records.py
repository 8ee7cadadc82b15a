"""Records of a collection — JSON Lines, JSON arrays, CSV and TSV exports — as field maps.

A record is a mapping of field names to values. :data:`FIELD_NAMES` lists the names news APIs,
scrapers and spreadsheets use for each of our fields; ``fields=`` maps ours to theirs when
they are named otherwise.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.article import ArticleError

__all__ = ["FIELD_NAMES", "Record", "field_map", "json_objects", "records"]

#: Our field -> the names it goes by in exports, most usual first (compared case-insensitively).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "docid", "article_id", "uuid", "guid", "key"),
    "date": (
        "date",
        "published",
        "published_at",
        "publishedat",
        "publication_date",
        "pubdate",
        "date_published",
        "datetime",
        "timestamp",
        "time",
    ),
    "headline": ("headline", "title", "heading"),
    "text": ("text", "body", "content", "article", "maintext", "full_text", "fulltext", "story"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "source_name", "domain"),
    "url": ("url", "link", "href", "permalink"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang", "locale", "language_code"),
}
#: Keys under which a JSON document holds its list of articles (news APIs).
_LIST_KEYS = ("articles", "items", "data", "results", "docs", "documents", "records")


@dataclass(frozen=True)
class Record:
    """One record: where it is (``label``, e.g. ``line 4``), its id if any, its raw fields,
    or the problem that makes it unreadable."""

    label: str
    fields: Mapping[str, Any] | None
    problem: str | None = None


def field_map(names: list[str], fields: Mapping[str, str] | None, *, source: str) -> dict[str, str]:
    """Our field -> the collection's field name, for the names present.

    Raises:
        ArticleError: ``fields`` names a field the collection lacks, or no text field exists.
    """
    present = {name.casefold(): name for name in names}
    mapping: dict[str, str] = {}
    for ours, theirs in (fields or {}).items():
        if ours not in FIELD_NAMES:
            raise ArticleError(
                f"{source}: fields= maps unknown field {ours!r}; ours are {', '.join(FIELD_NAMES)}"
            )
        if theirs.casefold() not in present:
            raise ArticleError(
                f"{source}: fields= maps {ours!r} to {theirs!r}, which the collection lacks "
                f"(it has {', '.join(names) or 'no fields'})"
            )
        mapping[ours] = present[theirs.casefold()]
    for ours, candidates in FIELD_NAMES.items():
        if ours not in mapping:
            found = next((present[c] for c in candidates if c in present), None)
            if found is not None and found not in mapping.values():
                mapping[ours] = found
    if "text" not in mapping:
        raise ArticleError(
            f"{source}: no text column: expected one of {', '.join(FIELD_NAMES['text'])} "
            f"(it has {', '.join(names) or 'no fields'}); name it with fields={{'text': ...}}"
        )
    return mapping


def _json_records(path: Path, text: str) -> Iterator[Record]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(document, dict):
        key = next((k for k in _LIST_KEYS if isinstance(document.get(k), list)), None)
        document = document[key] if key else [document]
    if not isinstance(document, list):
        raise ArticleError(f"{path}: expected a JSON array of article objects")
    for number, item in enumerate(document, start=1):
        if isinstance(item, dict):
            yield Record(f"item {number}", item)
        else:
            yield Record(f"item {number}", None, f"not an object but {type(item).__name__}")


def _jsonl_records(text: str) -> Iterator[Record]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(f"line {number}", None, f"not valid JSON ({exc.msg})")
            continue
        if isinstance(item, dict):
            yield Record(f"line {number}", item)
        else:
            yield Record(f"line {number}", None, f"not an object but {type(item).__name__}")


def json_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of a JSON Lines file with their line numbers, for the scorers and training:
    unlike a collection (which skips a bad record and reports it), any bad line stops.

    Raises:
        ArticleError: A line is not JSON or not an object; the message names file and line.
    """
    for record in _jsonl_records(path.read_text(encoding="utf-8")):
        number = int(record.label.removeprefix("line "))
        if record.fields is None:
            raise ArticleError(f"{path}:{number}: {record.problem}")
        yield number, dict(record.fields)


def _csv_records(path: Path, text: str, delimiter: str) -> Iterator[Record]:
    csv.field_size_limit(1 << 30)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ArticleError(f"{path}: the file is empty") from None
    header = [name.strip() for name in header]
    for row in reader:
        label = f"row {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problem = f"{len(row)} fields where the header has {len(header)}"
            yield Record(label, None, problem)
            continue
        yield Record(label, dict(zip(header, row, strict=True)))


def records(path: Path, text: str, kind: str) -> Iterator[Record]:
    """The records of a collection's text; ``kind`` is ``jsonl``, ``json``, ``csv`` or
    ``tsv``."""
    if kind == "jsonl":
        return _jsonl_records(text)
    if kind == "json":
        return _json_records(path, text)
    return _csv_records(path, text, "\t" if kind == "tsv" else _delimiter(text))


def _delimiter(text: str) -> str:
    """``,`` unless the header line clearly uses ``;`` or a tab (European spreadsheets)."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","
