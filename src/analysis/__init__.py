"""article-analysis: what is in a news article.

Public names are re-exported here and imported lazily on first use, so ``import analysis``
stays fast and the heavy libraries (pandas, NLTK, textstat, matplotlib) load only when a
function needs them.

The ``if TYPE_CHECKING:`` block below is the one list of the public API: type checkers and
editors read it as imports, and at run time :func:`_exports` reads the same block (with
``ast``) to build ``__all__`` and the lazy loader. Add a name there and nowhere else.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.article import (
        Article,
        ArticleError,
        Paragraph,
        Sentence,
        parse_article,
        parse_date,
    )
    from analysis.corpus import (
        Corpus,
        analyse_corpus,
        articles_per_outlet,
        cited_dates,
        countries_named,
        distinctive_terms_by_outlet,
        readability_by_outlet,
        terms_over_time,
        tone_by_outlet,
        top_entities,
        top_speakers,
    )
    from analysis.dates import extract_dates, timeline
    from analysis.dates.format import date_label, gap_label
    from analysis.display import evidence_table, reading_table, use_reading_tables
    from analysis.document import ArticleLike, Document, as_document
    from analysis.gazetteer import places, resolve_place
    from analysis.language import LanguageError
    from analysis.narrative import (
        describe_article,
        describe_attribution,
        describe_cited_dates,
        describe_corpus,
        describe_countries_named,
        describe_coverage,
        describe_difficulty,
        describe_distinctive_terms,
        describe_entities,
        describe_places,
        describe_quotes,
        describe_readability,
        describe_readability_by_outlet,
        describe_readability_validity,
        describe_reliability,
        describe_sentiment,
        describe_terms,
        describe_thresholds,
        describe_timeline,
        describe_tone_by_outlet,
        describe_tone_validity,
        describe_tone_views,
        describe_top_entities,
        describe_top_speakers,
        show,
    )
    from analysis.ner import ModelError, entities, entity_summary
    from analysis.overview import key_numbers
    from analysis.paths import DATA_DIR, DEFAULT_ARTICLE, DEFAULT_CORPUS
    from analysis.quotes import extract_quotes, speakers
    from analysis.quotes.evidence import speaker_evidence
    from analysis.readability import (
        FORMULAS,
        GRADE_FORMULAS,
        paragraph_difficulty,
        readability_by_paragraph,
        readability_counts,
        readability_scores,
        reading_grade,
        reading_grade_of,
    )
    from analysis.resources import MissingResourceError, stopwords
    from analysis.sentences import sentence_spans
    from analysis.sentiment import (
        headline_sentiment,
        polarity_scores,
        sentiment_by_paragraph,
        sentiment_by_sentence,
    )
    from analysis.sources import (
        COLLECTION_FORMATS,
        FORMATS,
        Collection,
        SkippedRecordWarning,
        guess_format,
        load_article,
        read_articles,
    )
    from analysis.structure import subjects, syntax
    from analysis.summary import article_summary
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
    from analysis.tone import tone_label, tone_score, tone_words
    from analysis.tone.compare import tone_comparison, tone_disagreements, vader_words
    from analysis.validity import validity_table
    from analysis.viz.corpus import (
        plot_articles_per_outlet,
        plot_cited_dates,
        plot_countries_named,
        plot_distinctive_terms,
        plot_readability_by_outlet,
        plot_tone_by_outlet,
        plot_top_entities,
        plot_top_speakers,
    )
    from analysis.viz.entities import plot_entities
    from analysis.viz.overview import plot_overview
    from analysis.viz.quotes import plot_speakers
    from analysis.viz.readability import plot_paragraph_difficulty, plot_readability_grades
    from analysis.viz.sentiment import plot_sentiment, plot_tone_views
    from analysis.viz.terms import plot_dispersion, plot_term_frequencies
    from analysis.viz.timeline import plot_timeline


def _exports() -> dict[str, str]:
    """Public name -> defining module, from the ``if TYPE_CHECKING:`` imports of this file."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    exports: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    for alias in statement.names:
                        exports[alias.asname or alias.name] = statement.module
    return exports


_EXPORTS = _exports()

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
