"""An analysed article: what several analyses share, computed once and kept with the article.

A :class:`Document` wraps an :class:`~analysis.article.Article` and computes, on first use, the
tables that more than one analysis needs — tokens, the word count, sentence sentiment, dates,
quotations. Nothing is cached anywhere else: drop the document and its results go with it, so
two articles analysed alternately (or on different processes) never evict each other.

Every analysis function accepts an ``Article`` or a ``Document``; an ``Article`` is wrapped on
the fly (each call then recomputes what it needs). Wrap once to analyse an article many ways::

    doc = Document(load_article(path))
    term_frequencies(doc); speakers(doc); key_numbers(doc)   # tokens computed once

The tables a document holds are shared by the calls that use them: the public functions hand
out shallow copies (pandas' copy-on-write keeps the document's own table unchanged when a copy
is modified).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, TypeAlias

from analysis.article import Article

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ArticleLike", "Document", "as_document"]


class Document:
    """An article and the shared tables derived from it, each computed at most once.

    Attributes:
        article: The article analysed.
    """

    def __init__(self, article: Article) -> None:
        if not isinstance(article, Article):
            raise TypeError(
                f"Document needs an Article (from load_article or Article.from_parts), "
                f"not {type(article).__name__}"
            )
        self.article = article

    def __repr__(self) -> str:
        return f"Document({self.article!r})"

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """:func:`analysis.tokenizer.tokens` of the article (shared; do not modify)."""
        from analysis.tokenizer import tokenize

        return tokenize(self.article)

    @cached_property
    def word_starts(self) -> list[int]:
        """Start offsets of the word tokens, in text order (for counting words in a span)."""
        words = self.tokens
        starts: list[int] = words.loc[words["is_word"], "start"].tolist()
        return starts

    @cached_property
    def word_ends(self) -> list[int]:
        """End offsets of the word tokens, in text order."""
        words = self.tokens
        ends: list[int] = words.loc[words["is_word"], "end"].tolist()
        return ends

    @cached_property
    def word_count(self) -> int:
        """Word tokens of the body: the one denominator of every share in the package."""
        return len(self.word_starts)

    def words_between(self, start: int, end: int) -> int:
        """Number of word tokens lying wholly inside ``article.text[start:end]``."""
        import bisect

        first = bisect.bisect_left(self.word_starts, start)
        last = bisect.bisect_right(self.word_ends, end)
        return max(0, last - first)

    @cached_property
    def sentence_sentiment(self) -> pd.DataFrame:
        """:func:`analysis.sentiment.sentiment_by_sentence` of the article (shared)."""
        from analysis.sentiment import score_sentences

        return score_sentences(self.article)

    @cached_property
    def dates(self) -> pd.DataFrame:
        """:func:`analysis.dates.extract_dates` of the article (shared)."""
        from analysis.dates.extract import find_dates

        return find_dates(self.article)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """:func:`analysis.quotes.extract_quotes` of the article (shared)."""
        from analysis.quotes import find_quotes

        return find_quotes(self)


#: What every analysis function accepts.
ArticleLike: TypeAlias = Article | Document


def as_document(source: ArticleLike) -> Document:
    """The document of ``source``: itself when it is one, else a new wrapper of the article."""
    if isinstance(source, Document):
        return source
    return Document(source)
