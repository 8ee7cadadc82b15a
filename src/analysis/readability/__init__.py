"""Readability: textstat's formulas on the body text, with grades and plain-English readings.

Scores are textstat's own, computed on :attr:`analysis.Article.body` (the paragraphs joined by
blank lines; headline and dateline excluded). Six formulas give a US school grade directly
(higher => more difficult text); :func:`reading_grade` is their mean, the one figure the report
leads with. Flesch reading ease runs the other way (0-100, higher => easier) and Dale–Chall
gives a score on its own scale: both are read with their published tables as a band ("fairly
difficult: 10th-12th grade"), never as a grade. textstat's consensus is a whole number.

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
from analysis.readability.word_caches import widen_word_caches
from analysis.resources import read_cmudict_at_once

__all__ = [
    "FORMULAS",
    "GRADE_FORMULAS",
    "grade_interpretation",
    "paragraph_difficulty",
    "readability_by_paragraph",
    "readability_counts",
    "readability_rows",
    "readability_scores",
    "reading_grade",
    "reading_grade_of",
]

SCORE_COLUMNS = ["metric", "label", "score", "scale", "grade", "interpretation"]
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

# Flesch (1948), table of reading ease: lower bound of the band -> its reading. A band, not a
# grade: the report shows the ease (0-100) and this reading, never a grade read from it.
_FLESCH_TABLE = [
    (90.0, "very easy: 5th grade"),
    (80.0, "easy: 6th grade"),
    (70.0, "fairly easy: 7th grade"),
    (60.0, "standard: 8th-9th grade"),
    (50.0, "fairly difficult: 10th-12th grade"),
    (30.0, "difficult: college level"),
    (-math.inf, "very difficult: college graduate"),
]
# Chall & Dale (1995): lower bound of the new Dale–Chall score -> the band of grades it reads.
_DALE_CHALL_TABLE = [
    (10.0, "band: grade 16 and above (college graduate)"),
    (9.0, "band: grades 13-15 (college)"),
    (8.0, "band: grades 11-12"),
    (7.0, "band: grades 9-10"),
    (6.0, "band: grades 7-8"),
    (5.0, "band: grades 5-6"),
    (-math.inf, "band: grade 4 and below"),
]
#: What each formula's ``score`` is measured in.
SCALES = {
    "flesch_reading_ease": "ease 0-100 (higher = easier)",
    "dale_chall_readability_score": "Dale–Chall score, read in bands of grades",
    "text_standard": "grade (a whole number)",
}


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
#: The formulas that give a US school grade directly, from which the reading grade is
#: averaged. Flesch reading ease (a 0-100 ease) and Dale–Chall (a score read in bands of two
#: grades) are not grades, and textstat's consensus is a whole number: neighbouring texts tie.
GRADE_FORMULAS: tuple[str, ...] = (
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "linsear_write_formula",
)
READING_GRADE_COLUMNS = ["grade", "low", "high", "spread", "lowest", "highest", "formulas",
                         "interpretation"]  # fmt: skip


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
    """The grade of a score (NaN for the two band formulas, which give none) and its reading."""
    if math.isnan(score):
        return math.nan, grade_interpretation(math.nan)
    if metric == "flesch_reading_ease":
        return math.nan, next(text for low, text in _FLESCH_TABLE if score >= low)
    if metric == "dale_chall_readability_score":
        return math.nan, next(text for low, text in _DALE_CHALL_TABLE if score >= low)
    return score, grade_interpretation(score)


def _textstat() -> Any:
    read_cmudict_at_once()  # without the corpus, textstat would try to fetch it from the network
    import textstat

    widen_word_caches()
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
        ``scale`` (what the score is measured in: a grade, a 0-100 ease, a Dale–Chall score),
        ``grade`` (US school grade, higher => more difficult; NaN for Flesch reading ease and
        Dale–Chall, which give a band, not a grade), ``interpretation`` (the grade's reading,
        or the band). Empty (same columns) when the article has no body.
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
            grade, reading = _grade(formula.metric, score)
            scale = SCALES.get(formula.metric, "grade")
            rows.append((formula.metric, formula.label, score, scale, grade, reading))
    return Rows(
        tuple(SCORE_COLUMNS),
        {
            "metric": "object",
            "label": "object",
            "score": "float64",
            "scale": "object",
            "grade": "float64",
            "interpretation": "object",
        },
        rows,
    )


def reading_grade(article: ArticleLike) -> pd.DataFrame:
    """The article's reading grade: one continuous figure that orders texts, and how far the
    formulas agree on it.

    The grade is the mean of the six grade-level formulas (:data:`GRADE_FORMULAS`), a US school
    grade (higher => harder) shown to one decimal. On 48 Guardian articles rewritten by
    teachers at three levels (OneStopEnglish, ``python -m analysis.readability.evaluate``) it
    orders the three versions of an article in 99.3% of pairs; textstat's whole-number
    consensus, 75.7%.

    Returns:
        One row (none when the article has no body): ``grade`` (the mean), ``low`` and
        ``high`` (the lowest and highest formula's grade), ``spread`` (``high - low``: how far
        the formulas disagree), ``lowest`` and ``highest`` (those formulas' names),
        ``formulas`` (how many were averaged), ``interpretation`` (of ``grade``).
    """
    return reading_grade_of(readability_scores(article))


def reading_grade_of(scores: pd.DataFrame) -> pd.DataFrame:
    """:func:`reading_grade` from a :func:`readability_scores` table already computed."""
    grades = scores[scores["metric"].isin(GRADE_FORMULAS)].dropna(subset=["grade"])
    if grades.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="float64" if c in ("grade", "low", "high", "spread") else "object")
             for c in READING_GRADE_COLUMNS}
        ).astype({"formulas": "int64"})  # fmt: skip
    low, high = grades.loc[grades["grade"].idxmin()], grades.loc[grades["grade"].idxmax()]
    grade = float(grades["grade"].mean())
    row = {
        "grade": grade,
        "low": float(low["grade"]),
        "high": float(high["grade"]),
        "spread": float(high["grade"] - low["grade"]),
        "lowest": low["label"],
        "highest": high["label"],
        "formulas": len(grades),
        "interpretation": grade_interpretation(grade),
    }
    return pd.DataFrame([row], columns=READING_GRADE_COLUMNS)


def readability_counts(article: ArticleLike) -> pd.DataFrame:
    """Basic counts behind the formulas, as textstat counts them on the body text.

    Returns:
        ``measure``, ``value``, ``description``: textstat's own counts, which the formulas
        use (they can differ slightly from the word tokens every other analysis counts, see
        :func:`analysis.tokenizer.word_count`): sentences, words, syllables, difficult
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
