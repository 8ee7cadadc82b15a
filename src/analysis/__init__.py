"""article-analysis: what is in a news article.

Public functions are re-exported here and imported lazily on first use, so
``import analysis`` stays fast and the heavy libraries load only when needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "Article": "analysis.article",
    "ArticleError": "analysis.article",
    "Paragraph": "analysis.article",
    "Sentence": "analysis.article",
    "load_article": "analysis.article",
    "parse_article": "analysis.article",
    "tokens": "analysis.tokens",
    "normalise": "analysis.tokens",
    "sentence_spans": "analysis.sentences",
    "MissingResourceError": "analysis.resources",
    "stopwords": "analysis.resources",
    "DEFAULT_ARTICLE": "analysis.paths",
    "DATA_DIR": "analysis.paths",
}

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
    from analysis.paths import DATA_DIR, DEFAULT_ARTICLE
    from analysis.resources import MissingResourceError, stopwords
    from analysis.sentences import sentence_spans
    from analysis.tokens import normalise, tokens


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
