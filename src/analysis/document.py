"""An analysed article: what several analyses share, computed once and kept with the article.

A :class:`Document` wraps an :class:`~analysis.article.Article` and keeps, once computed, the
tables that more than one analysis needs — tokens, the word count, sentence sentiment, dates,
quotations — each as :class:`~analysis.frames.Rows` (what the analyses and a corpus batch
read) and as a DataFrame (built from the rows when a reader asks for it). Each table is
computed by the analysis that owns it (``shared_token_rows(doc)`` in
:mod:`analysis.tokenizer`, ``shared_date_rows(doc)`` in :mod:`analysis.dates.extract`, ...).
Nothing is cached anywhere else: drop the document and its results go with it, so two
articles analysed alternately (or on different processes) never evict each other. The
document imports no analysis: the package's import graph has no circle
(``tests/test_imports.py``).

Every analysis function accepts an ``Article`` or a ``Document``; an ``Article`` is wrapped on
the fly (each call then recomputes what it needs). Wrap once to analyse an article many ways::

    doc = Document(load_article(path))
    term_frequencies(doc); speakers(doc); key_numbers(doc)   # tokens computed once

The tables a document holds are shared by the calls that use them: the public functions hand
out shallow copies (pandas' copy-on-write keeps the document's own table unchanged when a copy
is modified).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from analysis.article import Article

if TYPE_CHECKING:
    import pandas as pd

    from analysis.frames import Rows

T = TypeVar("T")

__all__ = ["ArticleLike", "Document", "as_document"]


class Document:
    """An article and what analyses of it share, each computed at most once.

    ``doc.shared(compute)`` is ``compute(doc)``, computed on first use and kept: the analysis
    that owns a shared table (tokens in :mod:`analysis.tokenizer`, dates in
    :mod:`analysis.dates.extract`, ...) passes its row builder, and every other analysis asks
    that module for the table. The document knows no analysis (nothing here imports one).

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
        self._shared: dict[Callable[[Document], Any], Any] = {}
        self._frames: dict[tuple[str, Callable[[Document], Rows[Any]]], pd.DataFrame] = {}

    def __repr__(self) -> str:
        return f"Document({self.article!r})"

    def shared(self, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, computed once for this document (shared: do not modify it)."""
        try:
            return cast(T, self._shared[compute])
        except KeyError:
            value = self._shared[compute] = compute(self)
            return value

    def shared_frame(self, rows: Callable[[Document], Rows[Any]]) -> pd.DataFrame:
        """The DataFrame of the shared rows ``rows(self)`` gives, built once (shared: hand
        out a copy)."""
        key = ("frame", rows)
        if key not in self._frames:
            self._frames[key] = rows(self).frame()
        return self._frames[key]


#: What every analysis function accepts.
ArticleLike: TypeAlias = Article | Document


def as_document(source: ArticleLike) -> Document:
    """The document of ``source``: itself when it is one, else a new wrapper of the article."""
    if isinstance(source, Document):
        return source
    return Document(source)
