"""The per-article tables of a corpus: every analysis of one article as tidy rows, with the
article's ``article_id``, ``date`` (publication) and ``outlet`` in front, and their Arrow
schemas. A table's own ``date`` column (the dates an article names) is ``event_date`` here.

:func:`article_tables` runs on a worker (a process of the local pool or a Dask worker); it
never raises for a bad article: each analysis that fails becomes a row of the ``errors`` table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.article import Article

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "ANALYSES",
    "KEYS",
    "article_hash",
    "article_key",
    "article_tables",
    "schema",
    "with_keys",
]

#: Columns in front of every table (``row``: the row's number within its article's table).
KEYS = ["article_id", "date", "outlet", "row"]


def _articles(doc: Any) -> pd.DataFrame:
    article = doc.article
    return pd.DataFrame(
        {
            "headline": [article.headline],
            "url": [article.url],
            "author": [article.author],
            "source": [article.source],
            "paragraphs": [len(article.paragraphs)],
            "sentences": [len(article.sentences)],
            "words": [doc.word_count],
            "characters": [len(article.body)],
        }
    )


def _analyses() -> dict[str, Callable[[Any], pd.DataFrame]]:
    import analysis as an

    def sentiment_paragraphs(doc: Any) -> pd.DataFrame:
        return an.sentiment_by_paragraph(doc).drop(columns=["text"])

    def sentiment_sentences(doc: Any) -> pd.DataFrame:
        return an.sentiment_by_sentence(doc).drop(columns=["text"])

    def readability(doc: Any) -> pd.DataFrame:
        return an.readability_scores(doc).drop(columns=["interpretation"])

    return {
        "articles": _articles,
        "tokens": an.tokens,
        "terms": an.term_frequencies,
        "readability": readability,
        "sentiment_paragraphs": sentiment_paragraphs,
        "sentiment_sentences": sentiment_sentences,
        "dates": an.extract_dates,
        "timeline": an.timeline,
        "quotes": an.extract_quotes,
        "speakers": an.speakers,
    }


#: The per-article analyses, by table name, in the order they run.
ANALYSES: tuple[str, ...] = (
    "articles",
    "tokens",
    "terms",
    "readability",
    "sentiment_paragraphs",
    "sentiment_sentences",
    "dates",
    "timeline",
    "quotes",
    "speakers",
)


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
) -> tuple[dict[str, pd.DataFrame], list[tuple[str, str, str]]]:
    """Run ``analyses`` on one article.

    Returns:
        The tables (keys are added per batch, :func:`with_keys`) and the errors as
        ``(article_id, analysis, message)``; a failing analysis never stops the others.
    """
    from analysis.document import Document

    functions = _analyses()
    key = article_key(article)
    doc = Document(article)
    tables: dict[str, pd.DataFrame] = {}
    errors: list[tuple[str, str, str]] = []
    for name in analyses:
        try:
            frame = functions[name](doc)
        except Exception as exc:  # one bad article never stops a corpus run
            errors.append((key, name, f"{type(exc).__name__}: {exc}"))
            continue
        tables[name] = frame
    return tables, errors


def with_keys(name: str, parts: list[tuple[Article, pd.DataFrame]]) -> pd.DataFrame:
    """One table of a batch: the articles' frames stacked, ``article_id``, ``date``,
    ``outlet`` and ``row`` in front (added once per batch, not per article)."""
    import numpy as np

    frame = pd.concat([f for _, f in parts], ignore_index=True)
    frame = frame.rename(columns={"date": "event_date"})  # "date" is the article's here
    lengths = [len(f) for _, f in parts]
    keys: dict[str, Any] = {
        "article_id": np.repeat([article_key(a) for a, _ in parts], lengths),
        "date": np.repeat(
            np.array(
                [np.datetime64(a.date, "s") if a.date else None for a, _ in parts],
                dtype="datetime64[s]",
            ),
            lengths,
        ),
        "outlet": np.repeat(np.array([a.outlet for a, _ in parts], dtype=object), lengths),
        "row": np.concatenate([np.arange(n) for n in lengths]) if lengths else [],
    }
    front = pd.DataFrame(keys)
    return pd.concat([front, frame], axis=1)


def schema(frame: pd.DataFrame) -> pa.Schema:
    """The Arrow schema a table is written with: fixed types, so that every batch of the
    dataset agrees (an all-empty text column is still text)."""
    import pyarrow as pa

    fields = []
    for column, dtype in frame.dtypes.items():
        if column == "date" or str(dtype).startswith("datetime64"):
            kind = pa.timestamp("s")
        elif str(dtype) == "bool":
            kind = pa.bool_()
        elif str(dtype) in ("int64", "Int64"):
            kind = pa.int64()
        elif str(dtype) == "float64":
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(str(column), kind))
    return pa.schema(fields)
