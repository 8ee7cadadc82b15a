"""An analysed article: what several analyses share, computed once and kept with the article.

A :class:`Document` wraps an :class:`~analysis.article.Article` and keeps, once computed, the
tables that more than one analysis needs — tokens, the word count, sentence sentiment, dates,
quotations — each as :class:`~analysis.frames.Rows` (what the analyses and a corpus batch
read) and as a DataFrame (built from the rows when a reader asks for it). Each table is
computed by the analysis that owns it (``shared_token_rows(doc)`` in
:mod:`analysis.tokenizer`, ``shared_date_rows(doc)`` in :mod:`analysis.dates.extract`, ...).
Nothing is kept but the documents of the last few articles (:func:`as_document`): drop the
document and its results go with it. The document imports no analysis: the package's import
graph has no circle (``tests/test_imports.py``).

Every analysis function accepts an ``Article`` or a ``Document``. An ``Article`` gets the
document of the same article object when it is one of the last few analysed
(:func:`as_document`), so the cells of a notebook that all pass ``article`` compute each table
once; wrap explicitly to hold the tables as long as you like::

    doc = Document(load_article(path))
    term_frequencies(doc); speakers(doc); key_numbers(doc)   # tokens computed once

One report analyses its article once for all its notebooks, each run in its own kernel: the
report computes the shared tables, writes them with :func:`save_shared` to a folder it names
in the environment variable ``ARTICLE_ANALYSIS_STORE`` for the duration of the run, and a
document made in a kernel started then takes the tables of its article from there (by a
digest of everything the analyses read: text, date, headline, language). Without the
variable nothing is read from disk.

The tables a document holds are shared by the calls that use them: the public functions hand
out shallow copies (pandas' copy-on-write keeps the document's own table unchanged when a copy
is modified).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from analysis.article import Article
from analysis.language import supported

if TYPE_CHECKING:
    import pandas as pd

    from analysis.frames import Rows

T = TypeVar("T")

__all__ = ["STORE_VARIABLE", "ArticleLike", "Document", "as_document", "content_key", "save_shared"]

#: The environment variable naming the folder of a run's analysed documents (see the module
#: docstring); set by the report for its notebooks' kernels.
STORE_VARIABLE = "ARTICLE_ANALYSIS_STORE"
#: How many of the most recently analysed articles keep their document (:func:`as_document`).
RECENT = 4


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
        """Raises:
        TypeError: ``article`` is no :class:`~analysis.article.Article`.
        LanguageError: its language is one the analyses have no words for."""
        if not isinstance(article, Article):
            raise TypeError(
                f"Document needs an Article (from load_article or Article.from_parts), "
                f"not {type(article).__name__}"
            )
        # every analysis reads a document: none runs English rules on another language
        supported(article.language, what=f"{article.source}: the analyses")
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

_recent: OrderedDict[int, Document] = OrderedDict()
_recent_lock = threading.Lock()


def as_document(source: ArticleLike) -> Document:
    """The document of ``source``: itself when it is one; for an article, the document of that
    same article object when it is one of the :data:`RECENT` last analysed, else a new one
    (with the shared tables of a run's store, when :data:`STORE_VARIABLE` names one)."""
    if isinstance(source, Document):
        return source
    with _recent_lock:
        doc = _recent.get(id(source))
        if doc is not None and doc.article is source:
            _recent.move_to_end(id(source))
            return doc
    doc = Document(source)
    store = os.environ.get(STORE_VARIABLE)
    if store:
        _restore_shared(doc, Path(store))
    with _recent_lock:
        _recent[id(source)] = doc  # the document holds the article: its id is not reused
        while len(_recent) > RECENT:
            _recent.popitem(last=False)
    return doc


def content_key(article: Article) -> str:
    """A digest of everything the analyses read of ``article``: text, date, headline,
    language and where its paragraphs and sentences are."""
    parts = (
        article.text,
        article.date,
        article.headline,
        article.headline_span,
        article.language,
        [(s.paragraph, s.start, s.end) for s in article.sentences],
    )
    return hashlib.sha256(pickle.dumps(parts, protocol=5)).hexdigest()


def save_shared(doc: Document, folder: Path) -> Path:
    """Write the shared tables ``doc`` holds to ``folder`` (named by :func:`content_key`), for
    the documents of the same article other processes make; return the file."""
    path = Path(folder) / f"{content_key(doc.article)}.pickle"
    path.write_bytes(pickle.dumps(doc._shared, protocol=5))
    return path


def _restore_shared(doc: Document, folder: Path) -> None:
    """Give ``doc`` the shared tables ``folder`` holds for its article, if any (a file of
    this run, written by :func:`save_shared`)."""
    path = folder / f"{content_key(doc.article)}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        return
    # (a private folder the report made for this run: the only pickles read)
    doc._shared.update(pickle.loads(data))
