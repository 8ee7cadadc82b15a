"""article-analysis: what is in a news article.

Public functions are re-exported here and imported lazily on first use, so
``import analysis`` stays fast and the heavy libraries (pandas, NLTK, textstat, matplotlib)
load only when a function needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_PUBLIC: dict[str, tuple[str, ...]] = {
    "analysis.article": (
        "Article",
        "ArticleError",
        "Paragraph",
        "Sentence",
        "load_article",
        "parse_article",
    ),
    "analysis.paths": ("DATA_DIR", "DEFAULT_ARTICLE"),
    "analysis.resources": ("MissingResourceError", "stopwords"),
    "analysis.sentences": ("sentence_spans",),
    "analysis.tokenizer": (
        "changed_norms",
        "normalise",
        "paragraph_counts",
        "sentence_table",
        "tokens",
    ),
    "analysis.overview": ("key_numbers",),
    "analysis.terms": (
        "collocations",
        "distinctive_terms",
        "keyword_in_context",
        "ngram_frequencies",
        "term_frequencies",
        "term_positions",
    ),
    "analysis.readability": (
        "paragraph_difficulty",
        "readability_by_paragraph",
        "readability_counts",
        "readability_scores",
    ),
    "analysis.sentiment": (
        "headline_sentiment",
        "polarity_scores",
        "sentiment_by_paragraph",
        "sentiment_by_sentence",
    ),
    "analysis.dates": ("extract_dates", "timeline"),
    "analysis.quotes": ("extract_quotes", "speakers"),
    "analysis.viz.terms": ("plot_dispersion", "plot_term_frequencies"),
    "analysis.viz.timeline": ("plot_timeline",),
    "analysis.viz.quotes": ("plot_speakers",),
    "analysis.viz.overview": ("plot_overview",),
    "analysis.viz.readability": ("plot_paragraph_difficulty", "plot_readability_grades"),
    "analysis.viz.sentiment": ("plot_sentiment",),
}
_EXPORTS = {name: module for module, names in _PUBLIC.items() for name in names}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from analysis.article import (
        Article,
        ArticleError,
        Paragraph,
        Sentence,
        load_article,
        parse_article,
    )
    from analysis.dates import extract_dates, timeline
    from analysis.overview import key_numbers
    from analysis.paths import DATA_DIR, DEFAULT_ARTICLE
    from analysis.quotes import extract_quotes, speakers
    from analysis.readability import (
        paragraph_difficulty,
        readability_by_paragraph,
        readability_counts,
        readability_scores,
    )
    from analysis.resources import MissingResourceError, stopwords
    from analysis.sentences import sentence_spans
    from analysis.sentiment import (
        headline_sentiment,
        polarity_scores,
        sentiment_by_paragraph,
        sentiment_by_sentence,
    )
    from analysis.terms import (
        collocations,
        distinctive_terms,
        keyword_in_context,
        ngram_frequencies,
        term_frequencies,
        term_positions,
    )
    from analysis.tokenizer import (
        changed_norms,
        normalise,
        paragraph_counts,
        sentence_table,
        tokens,
    )
    from analysis.viz.overview import plot_overview
    from analysis.viz.quotes import plot_speakers
    from analysis.viz.readability import plot_paragraph_difficulty, plot_readability_grades
    from analysis.viz.sentiment import plot_sentiment
    from analysis.viz.terms import plot_dispersion, plot_term_frequencies
    from analysis.viz.timeline import plot_timeline


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
