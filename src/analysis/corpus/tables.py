"""The per-article tables of a corpus: every analysis of one article as tidy rows, with the
article's ``article_id``, ``date`` (publication) and ``outlet`` in front, and their Arrow
schemas. A table's own ``date`` column (the dates an article names) is ``event_date`` here.

:func:`article_tables` runs on a worker (a process of the local pool or a Dask worker); it
never raises for a bad article: each analysis that fails becomes a row of the ``errors`` table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.dates.extract import shared_date_rows, timeline_rows
from analysis.document import Document
from analysis.frames import Rows
from analysis.ner import shared_entity_rows
from analysis.quotes.extract import shared_quote_rows, speaker_rows
from analysis.readability import readability_rows
from analysis.sentiment import paragraph_rows, shared_sentence_rows
from analysis.terms import term_rows
from analysis.tokenizer import shared_token_rows, word_count

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "ANALYSES",
    "ARROW_TYPES",
    "KEYS",
    "TABLES",
    "arrow_table",
    "article_hash",
    "article_key",
    "article_tables",
    "batch_table",
]

#: Columns in front of every table (``row``: the row's number within its article's table).
KEYS = ["article_id", "date", "outlet", "row"]


def _articles(doc: Document) -> Rows:
    article = doc.article
    return Rows(
        ("headline", "url", "author", "source", "paragraphs", "sentences", "words", "characters"),
        {
            "headline": "object",
            "url": "object",
            "author": "object",
            "source": "object",
            "paragraphs": "int64",
            "sentences": "int64",
            "words": "int64",
            "characters": "int64",
        },
        [
            (
                article.headline,
                article.url,
                article.author,
                article.source,
                len(article.paragraphs),
                len(article.sentences),
                word_count(doc),
                len(article.body),
            )
        ],
    )


def _readability(doc: Document) -> Rows:
    return readability_rows(doc).without("interpretation")


def _paragraph_sentiment(doc: Document) -> Rows:
    return paragraph_rows(doc).without("text")


def _sentence_sentiment(doc: Document) -> Rows:
    return shared_sentence_rows(doc).without("text")


#: Every table of a corpus, in order: its name and the function that gives one article's
#: rows. The one list of them: :data:`ANALYSES`, the runs and the store read it from here.
TABLES: dict[str, Callable[[Document], Rows]] = {
    "articles": _articles,
    "tokens": shared_token_rows,
    "terms": term_rows,
    "readability": _readability,
    "sentiment_paragraphs": _paragraph_sentiment,
    "sentiment_sentences": _sentence_sentiment,
    "dates": shared_date_rows,
    "timeline": timeline_rows,
    "quotes": shared_quote_rows,
    "speakers": speaker_rows,
    "entities": shared_entity_rows,
}
#: The names of the tables, in order.
ANALYSES: tuple[str, ...] = tuple(TABLES)


def article_hash(article: Article) -> str:
    """A digest of what the analyses read: text, date, headline, outlet."""
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (article.text, str(article.date), article.headline or "", article.outlet or ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """The article's id in the corpus: its own, else its content digest."""
    return article.id or article_hash(article)[:16]


def article_tables(
    article: Article, analyses: tuple[str, ...] = ANALYSES
) -> tuple[dict[str, Rows], list[tuple[str, str, str]]]:
    """Run ``analyses`` on one article.

    Returns:
        The tables as rows (keys are added per batch, :func:`batch_table`) and the errors as
        ``(article_id, analysis, message)``; a failing analysis never stops the others.
    """
    key = article_key(article)
    doc = Document(article)
    tables: dict[str, Rows] = {}
    errors: list[tuple[str, str, str]] = []
    for name in analyses:
        try:
            rows = TABLES[name](doc)
        except Exception as exc:  # one bad article never stops a corpus run
            errors.append((key, name, f"{type(exc).__name__}: {exc}"))
            continue
        tables[name] = rows
    return tables, errors


#: Arrow types of the column types of :class:`~analysis.frames.Rows`.
ARROW_TYPES = {
    "object": "string",
    "int64": "int64",
    "Int64": "int64",
    "float64": "float64",
    "bool": "bool",
    "datetime64[s]": "timestamp[s]",
}


def arrow_table(rows: Rows, *, batch: int) -> pa.Table:
    """``rows`` as an Arrow table with a ``batch`` column: fixed types, so that every batch
    of the dataset agrees (an all-empty text column is still text; NaN and NaT are null)."""
    columns = [list(values) for values in zip(*rows.rows, strict=True)] if rows.rows else []
    return _arrow(rows.columns, rows.dtypes, columns or [[] for _ in rows.columns], batch=batch)


def _arrow(
    names: tuple[str, ...], dtypes: Mapping[str, str], columns: list[list[object]], *, batch: int
) -> pa.Table:
    import pyarrow as pa

    arrays = [
        pa.array(values, type=pa.type_for_alias(ARROW_TYPES[dtypes[name]]), from_pandas=True)
        for name, values in zip(names, columns, strict=True)
    ]
    arrays.append(pa.array([batch] * len(columns[0]) if columns else [], type=pa.int64()))
    return pa.Table.from_arrays(arrays, names=[*names, "batch"])


def batch_table(parts: list[tuple[Article, Rows]], *, batch: int) -> pa.Table:
    """One table of a batch: the articles' rows stacked, ``article_id``, ``date``, ``outlet``
    and ``row`` in front, ``batch`` last. The table's own ``date`` is ``event_date``.

    Built column by column (each article's rows turned into columns, then appended): a batch
    of tokens is some 50,000 rows, and one tuple per row of the stack cost a millisecond an
    article."""
    import datetime as dt

    first = parts[0][1]
    stacked: list[list[object]] = [[] for _ in range(len(KEYS) + len(first.columns))]
    keys, own = stacked[: len(KEYS)], stacked[len(KEYS) :]
    for article, part in parts:
        count = len(part.rows)
        if not count:
            continue
        day = article.date
        date = None if day is None else dt.datetime(day.year, day.month, day.day)
        article_ids, dates, outlets, row_numbers = keys
        article_ids += [article_key(article)] * count
        dates += [date] * count
        outlets += [article.outlet] * count
        row_numbers += range(count)
        for column, values in zip(own, zip(*part.rows, strict=True), strict=True):
            column += values
    columns = tuple("event_date" if c == "date" else c for c in first.columns)
    dtypes = {"article_id": "object", "date": "datetime64[s]", "outlet": "object", "row": "int64"}
    dtypes |= {new: first.dtypes[old] for new, old in zip(columns, first.columns, strict=True)}
    return _arrow((*KEYS, *columns), dtypes, stacked, batch=batch)
