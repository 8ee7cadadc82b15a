"""VADER (Hutto & Gilbert, 2014), the reference implementation (``vaderSentiment``, which
ships its lexicon): loaded once per process, used by the sentiment tables and by the news view
of tone."""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["polarity_scores", "vader_lexicon"]


@functools.cache
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon: word -> valence (-4 most negative .. +4 most positive); shared, do
    not modify."""
    lexicon: dict[str, float] = _analyzer().lexicon
    return lexicon


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's scores of ``text``: ``compound``, ``pos``, ``neu``, ``neg``."""
    scores: dict[str, float] = _analyzer().polarity_scores(text)
    return scores
