"""Word tokens with offsets and the normalised form used for counting.

A regular expression rather than a Treebank tokenizer: it keeps every span exact (Treebank
tokenizers rewrite quotes and lose offsets), keeps hyphenated compounds and numbers whole
(``Secretary-General``, ``300,000-strong``, ``1.1``) and keeps ``NATO’s`` as one token whose
``norm`` is ``nato``.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import pandas as pd

from analysis.article import Article
from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows, row_schema
from analysis.resources import stopwords

__all__ = [
    "TOKEN_COLUMNS",
    "changed_norms",
    "normalise",
    "paragraph_counts",
    "sentence_table",
    "shared_token_rows",
    "token_rows",
    "tokens",
    "word_count",
    "words_between",
]


class TokenRow(NamedTuple):
    """One row of the tokens table (see :func:`tokens` for the columns)."""

    paragraph: int
    sentence: int
    start: int
    end: int
    token: str
    norm: str
    is_word: bool
    is_stop: bool


_TOKEN_SCHEMA = row_schema(TokenRow)
#: Columns of :func:`tokens`.
TOKEN_COLUMNS = list(_TOKEN_SCHEMA[0])

_TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}(?![^\W\d_])               # initialisms: U.S., a.m.
    | \d+(?:[.,:/]\d+)*(?:[-‐–][^\W_]+)*          # numbers, 300,000-strong, 30-country
    | [^\W_]+(?:[-‐][^\W_]+)*(?:['’][^\W_]+)*     # words, Secretary-General, NATO’s, don't
    | \S                                          # any other character, one at a time
    """,
    re.VERBOSE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "“": '"', "”": '"'})
_CONTRACTED = frozenset("it he she that there what who where here how let when why".split())
_LETTER = re.compile(r"[^\W\d_]")


def normalise(token: str) -> str:
    """Return the counting form of a token.

    Case-folded; curly quotes and apostrophes made straight; a possessive ``'s`` folded into
    its noun (``NATO’s`` → ``nato``) but kept on contractions (``it’s`` → ``it's``).
    """
    norm = token.casefold().translate(_APOSTROPHES)
    if norm.endswith("'s") and len(norm) > 2 and norm[:-2] not in _CONTRACTED:
        norm = norm[:-2]
    return norm


def tokens(article: ArticleLike) -> pd.DataFrame:
    """The tokens of the article body, one row per token (computed once per
    :class:`~analysis.document.Document`).

    Columns:
        paragraph, sentence: numbers (from 1) of the token's paragraph and sentence.
        start, end: offsets into ``article.text`` (``article.text[start:end] == token``).
        token: the text as written.
        norm: the counting form (see :func:`normalise`).
        is_word: the token contains a letter (numbers and punctuation are not words).
        is_stop: ``norm`` is an NLTK English stop word.
    """
    return as_document(article).shared_frame(shared_token_rows).copy(deep=False)


def shared_token_rows(doc: Document) -> Rows[TokenRow]:
    """The rows of :func:`tokens`, computed once per document (shared; do not modify)."""
    return doc.shared(_token_rows_of)


def _token_rows_of(doc: Document) -> Rows[TokenRow]:
    return token_rows(doc.article)


def _word_starts(doc: Document) -> list[int]:
    return [row.start for row in shared_token_rows(doc).rows if row.is_word]


def _word_ends(doc: Document) -> list[int]:
    return [row.end for row in shared_token_rows(doc).rows if row.is_word]


def word_count(doc: Document) -> int:
    """Word tokens of the body (tokens with a letter): the one denominator of every share in
    the package."""
    return len(doc.shared(_word_starts))


def words_between(doc: Document, start: int, end: int) -> int:
    """Number of word tokens lying wholly inside ``doc.article.text[start:end]``."""
    first = bisect.bisect_left(doc.shared(_word_starts), start)
    last = bisect.bisect_right(doc.shared(_word_ends), end)
    return max(0, last - first)


def token_rows(article: Article) -> Rows[TokenRow]:
    """The tokens of the article body as rows (uncached; see :func:`tokens` for the
    columns)."""
    rows = []
    for sentence in article.sentences:
        offset = sentence.start
        for match in _TOKEN.finditer(sentence.text):
            token = match.group()
            start, end = match.span()
            rows.append(
                TokenRow(
                    sentence.paragraph,
                    sentence.index,
                    offset + start,
                    offset + end,
                    token,
                    *_forms(token),
                )
            )
    return Rows(*_TOKEN_SCHEMA, rows)


@functools.lru_cache(maxsize=65_536)
def _forms(token: str) -> tuple[str, bool, bool]:
    """``norm``, ``is_word`` and ``is_stop`` of a token, worked out once per distinct token
    (a corpus repeats its words)."""
    norm = normalise(token)
    return norm, _LETTER.search(token) is not None, norm in stopwords()


def paragraph_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Sentences, tokens, words and stop words per paragraph of a :func:`tokens` table.

    Returns:
        ``paragraph``, ``sentences``, ``tokens``, ``words`` (tokens with a letter),
        ``stop_words``.
    """
    grouped = table.groupby("paragraph")
    frame = pd.DataFrame(
        {
            "sentences": grouped["sentence"].nunique(),
            "tokens": grouped.size(),
            "words": grouped["is_word"].sum(),
            "stop_words": grouped["is_stop"].sum(),
        }
    ).reset_index()
    return frame.astype("int64")


def changed_norms(table: pd.DataFrame) -> pd.DataFrame:
    """Word tokens whose counting form is more than their lower case: possessives folded,
    apostrophes and quotes made straight.

    Returns:
        ``token``, ``norm``, ``count``; sorted by count, then token.
    """
    words = table[table["is_word"]]
    changed = words[words["norm"] != words["token"].str.casefold()]
    return (
        changed.groupby(["token", "norm"])
        .size()
        .rename("count")
        .reset_index()
        .sort_values(["count", "token"], ascending=[False, True], ignore_index=True)
    )


def sentence_table(article: ArticleLike) -> pd.DataFrame:
    """The body sentences as a table.

    Returns:
        ``paragraph``, ``sentence``, ``start``, ``end`` (offsets into ``article.text``),
        ``text``.
    """
    sentences = as_document(article).article.sentences
    rows = [(s.paragraph, s.index, s.start, s.end, s.text) for s in sentences]
    return pd.DataFrame.from_records(
        rows, columns=["paragraph", "sentence", "start", "end", "text"]
    ).astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
