"""The evidence for each speaker, for a reader to check: the sentence in which the text names
or refers to the speaker, cut at that mention."""

from __future__ import annotations

import bisect

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.frames import Rows
from analysis.quotes.extract import extract_quotes

__all__ = ["EVIDENCE_COLUMNS", "speaker_evidence"]

EVIDENCE_COLUMNS = [
    "quote",
    "kind",
    "speaker",
    "resolved_by",
    "paragraph",
    "before",
    "mention",
    "after",
]
_SPEECH = ("direct", "partial", "indirect")


def speaker_evidence(article: ArticleLike, *, limit: int | None = None) -> pd.DataFrame:
    """One row per quotation or reported statement whose speaker the text names or refers
    to (``speaker_start`` in :func:`analysis.extract_quotes`), in text order.

    Args:
        limit: At most this many rows, spread evenly over the article (None: all).

    Returns:
        ``quote``, ``kind``, ``speaker``, ``resolved_by`` (as in the quotes table),
        ``paragraph`` (of the quotation), and the sentence that holds the mention in three
        parts: ``before``, ``mention`` (the words that name or refer to the speaker: "he",
        "the spokeswoman", "Stoltenberg") and ``after``. For a quotation that continues the
        one before, the mention is that one's.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")
    doc = as_document(article)
    text = doc.article.text
    sentences = doc.article.sentences
    starts = [s.start for s in sentences]
    rows = []
    for row in extract_quotes(doc).itertuples(index=False):
        if row.kind not in _SPEECH or pd.isna(row.speaker_start):
            continue
        start, end = int(row.speaker_start), int(row.speaker_end)
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        sentence = sentences[index]
        left, right = min(sentence.start, start), max(sentence.end, end)
        rows.append(
            (
                row.quote,
                row.kind,
                row.speaker,
                row.resolved_by,
                row.paragraph,
                text[left:start].lstrip(),
                text[start:end],
                text[end:right].rstrip(),
            )
        )
    if limit is not None and len(rows) > limit:
        step = len(rows) / limit if limit else 0
        rows = [rows[int(i * step)] for i in range(limit)]
    dtypes = {name: "object" for name in EVIDENCE_COLUMNS} | {"paragraph": "int64"}
    return Rows(tuple(EVIDENCE_COLUMNS), dtypes, rows).frame()
