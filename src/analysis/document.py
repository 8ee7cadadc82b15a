"""An analysed article: what several analyses share, computed once and kept with the article.

A :class:`Document` wraps an :class:`~analysis.article.Article` and computes, on first use, the
tables that more than one analysis needs — tokens, the word count, sentence sentiment, dates,
quotations — each as :class:`~analysis.frames.Rows` (what the analyses and a corpus batch
read) and as a DataFrame (built from the rows when a reader asks for it). Nothing is cached
anywhere else: drop the document and its results go with it, so two articles analysed
alternately (or on different processes) never evict each other.

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

    from analysis.frames import Rows

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
    def entity_rows(self) -> Rows:
        """The rows of :func:`analysis.ner.entities` (shared; do not modify)."""
        from analysis.ner import entity_rows

        return entity_rows(self)

    @cached_property
    def syntax_rows(self) -> Rows:
        """The rows of :func:`analysis.structure.syntax` (shared; do not modify)."""
        from analysis.structure import syntax_rows

        return syntax_rows(self)

    @cached_property
    def token_rows(self) -> Rows:
        """The rows of :func:`analysis.tokenizer.tokens` (shared; do not modify)."""
        from analysis.tokenizer import token_rows

        return token_rows(self.article)

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """:func:`analysis.tokenizer.tokens` of the article (shared; do not modify)."""
        return self.token_rows.frame()

    @cached_property
    def word_starts(self) -> list[int]:
        """Start offsets of the word tokens, in text order (for counting words in a span)."""
        return [row[2] for row in self.token_rows.rows if row[6]]

    @cached_property
    def word_ends(self) -> list[int]:
        """End offsets of the word tokens, in text order."""
        return [row[3] for row in self.token_rows.rows if row[6]]

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
    def sentence_rows(self) -> Rows:
        """The rows of :func:`analysis.sentiment.sentiment_by_sentence` (shared)."""
        from analysis.sentiment import sentence_rows

        return sentence_rows(self.article)

    @cached_property
    def sentence_sentiment(self) -> pd.DataFrame:
        """:func:`analysis.sentiment.sentiment_by_sentence` of the article (shared)."""
        return self.sentence_rows.frame()

    @cached_property
    def date_rows(self) -> Rows:
        """The rows of :func:`analysis.dates.extract_dates` (shared)."""
        from analysis.dates.extract import date_rows

        return date_rows(self.article)

    @cached_property
    def dates(self) -> pd.DataFrame:
        """:func:`analysis.dates.extract_dates` of the article (shared)."""
        return self.date_rows.frame()

    @cached_property
    def quote_rows(self) -> Rows:
        """The rows of :func:`analysis.quotes.extract_quotes` (shared)."""
        from analysis.quotes import quote_rows

        return quote_rows(self)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """:func:`analysis.quotes.extract_quotes` of the article (shared)."""
        return self.quote_rows.frame()


#: What every analysis function accepts.
ArticleLike: TypeAlias = Article | Document


def as_document(source: ArticleLike) -> Document:
    """The document of ``source``: itself when it is one, else a new wrapper of the article."""
    if isinstance(source, Document):
        return source
    return Document(source)
