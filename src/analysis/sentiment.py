"""Sentiment with VADER (Hutto & Gilbert, 2014), sentence by sentence.

Scores come from the reference implementation, the ``vaderSentiment`` package, which ships its
lexicon (NLTK's port would need a download). ``compound`` is VADER's normalised sum of the
valences, from -1 (most negative) to +1 (most positive); ``pos``, ``neu`` and ``neg`` are the
proportions of the text that are positive, neutral and negative (they sum to 1).

VADER was built for social media; on news it misreads some things: negated praise ("failed
to secure the peaceful solution") keeps some of its positive weight, and words like "forces"
or "security" are scored without regard to their military sense.

References:
    Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
    analysis of social media text. ICWSM-14.
"""

from __future__ import annotations

import pandas as pd

from analysis.article import Article
from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows, frame_from_rows
from analysis.vader import polarity_scores as polarity_scores
from analysis.vader import vader_lexicon as vader_lexicon

__all__ = [
    "POSITIVE_THRESHOLD",
    "headline_sentiment",
    "paragraph_rows",
    "polarity_scores",
    "sentence_rows",
    "sentiment_by_paragraph",
    "sentiment_by_sentence",
    "sentiment_label",
    "vader_lexicon",
]

#: VADER's documented thresholds on ``compound``.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

SENTENCE_COLUMNS = ["paragraph", "sentence", "text", "compound", "pos", "neu", "neg", "tone"]
PARAGRAPH_COLUMNS = [
    "paragraph",
    "compound",
    "pos",
    "neu",
    "neg",
    "label",
    "sentences",
    "paragraph_compound",
    "tone",
    "text",
]
_SCORES = ["compound", "pos", "neu", "neg"]


def sentiment_label(compound: float) -> str:
    """``positive`` (>= 0.05), ``negative`` (<= -0.05) or ``neutral``: VADER's thresholds."""
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def sentiment_by_sentence(article: ArticleLike) -> pd.DataFrame:
    """VADER's scores of every body sentence (computed once per document).

    Returns:
        ``paragraph``, ``sentence``, ``text``, ``compound``, ``pos``, ``neu``, ``neg`` (VADER's),
        ``tone`` (the news view, -1..+1: :func:`analysis.tone.tone_score`).
    """
    return as_document(article).shared_frame(shared_sentence_rows).copy(deep=False)


def shared_sentence_rows(doc: Document) -> Rows:
    """The rows of :func:`sentiment_by_sentence`, computed once per document (shared)."""
    return doc.shared(_sentence_rows_of)


def _sentence_rows_of(doc: Document) -> Rows:
    return sentence_rows(doc.article)


def sentence_rows(article: Article) -> Rows:
    """Score every body sentence (uncached; see :func:`sentiment_by_sentence`)."""
    from analysis.tone import tone_score

    rows = []
    for sentence in article.sentences:
        scores = polarity_scores(sentence.text)
        rows.append(
            (
                sentence.paragraph,
                sentence.index,
                sentence.text,
                *(scores[k] for k in _SCORES),
                tone_score(sentence.text),
            )
        )
    return Rows(
        tuple(SENTENCE_COLUMNS),
        {"paragraph": "int64", "sentence": "int64", "text": "object"}
        | dict.fromkeys([*_SCORES, "tone"], "float64"),
        rows,
    )


def sentiment_by_paragraph(article: ArticleLike) -> pd.DataFrame:
    """Score every paragraph as the mean of its sentences' scores.

    VADER's author recommends scoring longer texts sentence by sentence and averaging, since
    the compound score saturates on long inputs. ``compound``, ``pos``, ``neu`` and ``neg`` are
    therefore means over the paragraph's sentences; ``paragraph_compound`` is VADER's score of
    the whole paragraph at once, for comparison. ``label`` applies VADER's thresholds to
    ``compound``.

    ``tone`` is the news view (:mod:`analysis.tone`), the mean of the sentences' tone.

    Returns:
        ``paragraph``, ``compound``, ``pos``, ``neu``, ``neg``, ``label``, ``sentences``
        (count), ``paragraph_compound``, ``tone``, ``text``.
    """
    return paragraph_rows(article).frame()


def paragraph_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`sentiment_by_paragraph`."""
    doc = as_document(article)
    article = doc.article
    by_sentence = shared_sentence_rows(doc)
    sums: dict[int, list[float]] = {}
    counts: dict[int, int] = {}
    # a one-sentence paragraph's whole-text score is its sentence's: VADER runs once
    alone: dict[int, tuple[str, float]] = {}
    for paragraph, _, text, *values in by_sentence.rows:
        total = sums.setdefault(paragraph, [0.0] * (len(_SCORES) + 1))
        for i, value in enumerate(values):
            total[i] += value
        counts[paragraph] = counts.get(paragraph, 0) + 1
        alone[paragraph] = (text, values[0])
    rows = []
    for paragraph in article.paragraphs:
        n = counts.get(paragraph.index, 0)
        # A paragraph with no sentence cannot happen, but never fabricate a score.
        means = [v / n for v in sums[paragraph.index]] if n else [float("nan")] * 5
        scores, tone = means[: len(_SCORES)], means[len(_SCORES)]
        rows.append(
            (
                paragraph.index,
                *scores,
                sentiment_label(scores[0]),
                n,
                alone[paragraph.index][1]
                if n == 1 and alone[paragraph.index][0] == paragraph.text
                else polarity_scores(paragraph.text)["compound"],
                tone,
                paragraph.text,
            )
        )
    return Rows(
        tuple(PARAGRAPH_COLUMNS),
        {"paragraph": "int64", "label": "object", "sentences": "int64", "text": "object"}
        | dict.fromkeys([*_SCORES, "paragraph_compound", "tone"], "float64"),
        rows,
    )


def headline_sentiment(article: ArticleLike) -> pd.DataFrame:
    """Score the headline on its own (it is not a body paragraph).

    Returns:
        One row (none without a headline): ``text``, ``compound``, ``pos``, ``neu``, ``neg``,
        ``label`` (VADER's), ``tone`` (the news view, -1..+1), ``tone_label``.
    """
    from analysis.tone import tone_label, tone_score

    article = as_document(article).article
    rows = []
    if article.headline:
        scores = polarity_scores(article.headline)
        tone = tone_score(article.headline)
        rows.append(
            (
                article.headline,
                *(scores[k] for k in _SCORES),
                sentiment_label(scores["compound"]),
                tone,
                tone_label(tone),
            )
        )
    return frame_from_rows(
        rows,
        ["text", *_SCORES, "label", "tone", "tone_label"],
        {"text": "object", "label": "object", "tone_label": "object"}
        | dict.fromkeys([*_SCORES, "tone"], "float64"),
    )
