"""Readability: textstat's formulas on the body text, with grades and plain-English readings.

Scores are textstat's own, computed on :attr:`analysis.Article.body` (the paragraphs joined by
blank lines; headline and dateline excluded). Every formula except Flesch reading ease gives a
US school grade directly (higher => more difficult text). Flesch reading ease runs the other
way (0-100, higher => easier) and Dale–Chall gives a score on its own scale; both are mapped to
grades with their published tables.

References:
    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3).
    Chall, J. S. & Dale, E. (1995). Readability revisited: The new Dale–Chall readability
    formula. Brookline Books.
    McLaughlin, G. H. (1969). SMOG grading. Journal of Reading 12(8).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.frames import Rows
from analysis.resources import ensure_nltk_data

__all__ = [
    "FORMULAS",
    "grade_interpretation",
    "paragraph_difficulty",
    "readability_by_paragraph",
    "readability_counts",
    "readability_rows",
    "readability_scores",
]

SCORE_COLUMNS = ["metric", "label", "score", "grade", "interpretation"]
PARAGRAPH_COLUMNS = [
    "paragraph",
    "metric",
    "label",
    "score",
    "grade",
    "textstat_sentences",
    "textstat_words",
    "reliable",
]

# Flesch (1948), table of reading ease: lower bound of the band -> (school grade, reading).
_FLESCH_TABLE = [
    (90.0, 5.0, "very easy: 5th grade"),
    (80.0, 6.0, "easy: 6th grade"),
    (70.0, 7.0, "fairly easy: 7th grade"),
    (60.0, 8.5, "standard: 8th-9th grade"),
    (50.0, 11.0, "fairly difficult: 10th-12th grade"),
    (30.0, 14.5, "difficult: college level"),
    (-math.inf, 17.0, "very difficult: college graduate"),
]
# Chall & Dale (1995): lower bound of the new Dale–Chall score band -> school grade.
_DALE_CHALL_TABLE = [
    (10.0, 16.0),
    (9.0, 14.0),
    (8.0, 11.5),
    (7.0, 9.5),
    (6.0, 7.5),
    (5.0, 5.5),
    (-math.inf, 4.0),
]


@dataclass(frozen=True)
class Formula:
    """A readability formula: textstat function name, display name, minimum sample."""

    metric: str
    label: str
    min_sentences: int


#: The formulas reported, in display order. ``min_sentences`` is the smallest sample on which
#: a score is reported per paragraph: SMOG was normed on 30-sentence samples; the others
#: average over sentences and are noise on one or two.
FORMULAS: tuple[Formula, ...] = (
    Formula("flesch_reading_ease", "Flesch reading ease", 3),
    Formula("flesch_kincaid_grade", "Flesch–Kincaid grade", 3),
    Formula("gunning_fog", "Gunning fog", 3),
    Formula("smog_index", "SMOG", 30),
    Formula("coleman_liau_index", "Coleman–Liau", 3),
    Formula("automated_readability_index", "Automated readability (ARI)", 3),
    Formula("dale_chall_readability_score", "Dale–Chall", 3),
    Formula("linsear_write_formula", "Linsear Write", 3),
)
_CONSENSUS = Formula("text_standard", "Consensus (textstat text_standard)", 3)


def grade_interpretation(grade: float) -> str:
    """Plain-English reading of a US school grade (higher => more difficult)."""
    if math.isnan(grade):
        return "not enough text"
    if grade < 6:
        return "very easy: elementary school"
    if grade < 9:
        return "easy: middle school"
    if grade < 11:
        return "standard: early high school"
    if grade < 13:
        return "fairly difficult: late high school"
    if grade < 16:
        return "difficult: college level"
    return "very difficult: college graduate"


def _grade(metric: str, score: float) -> tuple[float, str]:
    if math.isnan(score):
        return math.nan, grade_interpretation(math.nan)
    if metric == "flesch_reading_ease":
        return next((g, text) for low, g, text in _FLESCH_TABLE if score >= low)
    if metric == "dale_chall_readability_score":
        grade = next(g for low, g in _DALE_CHALL_TABLE if score >= low)
        return grade, grade_interpretation(grade)
    return score, grade_interpretation(score)


def _textstat() -> Any:
    ensure_nltk_data()  # without the corpus, textstat would try to fetch it from the network
    import textstat

    return textstat


def _score(metric: str, text: str) -> float:
    function: Callable[..., float] = getattr(_textstat(), metric)
    if metric == "text_standard":
        return float(function(text, float_output=True))
    return float(function(text))


def readability_scores(article: ArticleLike) -> pd.DataFrame:
    """Score the body text with each formula in :data:`FORMULAS` plus textstat's consensus.

    Returns:
        ``metric`` (textstat function name), ``label``, ``score`` (textstat's value),
        ``grade`` (US school grade; higher => more difficult), ``interpretation``. Empty
        (same columns) when the article has no body.
    """
    return readability_rows(article).frame()


def readability_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`readability_scores`."""
    article = as_document(article).article
    body = article.body
    rows = []
    if body.strip():
        for formula in (*FORMULAS, _CONSENSUS):
            score = _score(formula.metric, body)
            rows.append((formula.metric, formula.label, score, *_grade(formula.metric, score)))
    return Rows(
        tuple(SCORE_COLUMNS),
        {
            "metric": "object",
            "label": "object",
            "score": "float64",
            "grade": "float64",
            "interpretation": "object",
        },
        rows,
    )


def readability_counts(article: ArticleLike) -> pd.DataFrame:
    """Basic counts behind the formulas, as textstat counts them on the body text.

    Returns:
        ``measure``, ``value``, ``description``: textstat's own counts, which the formulas
        use (they can differ slightly from the word tokens every other analysis counts, see
        :attr:`analysis.document.Document.word_count`): sentences, words, syllables, difficult
        words
        (words not on the Dale–Chall list of familiar words, with 2+ syllables), words per
        sentence, syllables per word, reading time in seconds (14.69 ms per character).
    """
    article = as_document(article).article
    ts = _textstat()
    body = article.body
    empty = not body.strip()
    words = 0 if empty else ts.lexicon_count(body)
    sentences = 0 if empty else ts.sentence_count(body)
    syllables = 0 if empty else ts.syllable_count(body)
    rows = [
        ("sentences", sentences, "textstat's count of sentences (its own splitter)"),
        ("words", words, "textstat's count of words (its own splitter, punctuation removed)"),
        (
            "syllables",
            syllables,
            "textstat's count of syllables (CMU dictionary; Pyphen for unknown words)",
        ),
        (
            "difficult_words",
            0 if empty else ts.difficult_words(body),
            "distinct words of 2+ syllables not on the Dale–Chall familiar-word list",
        ),
        (
            "words_per_sentence",
            words / sentences if sentences else math.nan,
            "average sentence length in words",
        ),
        (
            "syllables_per_word",
            syllables / words if words else math.nan,
            "average word length in syllables",
        ),
        (
            "reading_time_seconds",
            0.0 if empty else ts.reading_time(body),
            "reading time at 14.69 ms per character",
        ),
    ]
    return pd.DataFrame.from_records(rows, columns=["measure", "value", "description"]).astype(
        {"value": "float64"}
    )


def readability_by_paragraph(article: ArticleLike) -> pd.DataFrame:
    """Score each paragraph with each formula of :data:`FORMULAS`.

    A paragraph with fewer sentences than a formula's ``min_sentences`` gets ``score`` and
    ``grade`` NaN and ``reliable`` False: the formulas average over sentences and were
    normed on longer samples (SMOG on 30 sentences), so a one-sentence score is noise. Sample
    size is textstat's own sentence count.

    Returns:
        One row per paragraph and formula: ``paragraph``, ``metric``, ``label``, ``score``,
        ``grade``, ``textstat_sentences``, ``textstat_words`` (textstat's counts, on which
        the formulas are computed), ``reliable``.
    """
    article = as_document(article).article
    ts = _textstat()
    rows = []
    for paragraph in article.paragraphs:
        sentences = ts.sentence_count(paragraph.text)
        words = ts.lexicon_count(paragraph.text)
        for formula in FORMULAS:
            reliable = sentences >= formula.min_sentences
            score = _score(formula.metric, paragraph.text) if reliable else math.nan
            grade, _ = _grade(formula.metric, score)
            row = (paragraph.index, formula.metric, formula.label, score, grade)
            rows.append((*row, sentences, words, reliable))
    return pd.DataFrame.from_records(rows, columns=PARAGRAPH_COLUMNS).astype(
        {
            "paragraph": "int64",
            "score": "float64",
            "grade": "float64",
            "textstat_sentences": "int64",
            "textstat_words": "int64",
            "reliable": "bool",
        }
    )


def paragraph_difficulty(article: ArticleLike) -> pd.DataFrame:
    """Measures of difficulty that hold on any sample size, paragraph by paragraph.

    The formulas of :func:`readability_by_paragraph` need several sentences; their two
    ingredients do not: long sentences and hard words. These are what the per-paragraph chart
    shows.

    Returns:
        ``paragraph``, ``textstat_sentences``, ``textstat_words``, ``words_per_sentence``,
        ``syllables_per_word``, ``difficult_share`` (share of the paragraph's words that are
        difficult in the Dale–Chall sense, repeats counted), all from textstat's counts.
    """
    article = as_document(article).article
    ts = _textstat()
    rows = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        sentences = ts.sentence_count(text)
        words = ts.lexicon_count(text)
        rows.append(
            (
                paragraph.index,
                sentences,
                words,
                words / sentences if sentences else math.nan,
                ts.syllable_count(text) / words if words else math.nan,
                ts.difficult_words(text, unique=False) / words if words else math.nan,
            )
        )
    columns = [
        "paragraph",
        "textstat_sentences",
        "textstat_words",
        "words_per_sentence",
        "syllables_per_word",
        "difficult_share",
    ]
    return pd.DataFrame.from_records(rows, columns=columns).astype(
        {"paragraph": "int64", "textstat_sentences": "int64", "textstat_words": "int64"}
        | {c: "float64" for c in columns[3:]}
    )
