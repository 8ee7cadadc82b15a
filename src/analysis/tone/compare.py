"""The two views of tone side by side: where VADER and the news view disagree, and the words
that drove each."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.tone import tone_score, tone_words
from analysis.vader import polarity_scores, vader_lexicon

__all__ = ["tone_comparison", "tone_disagreements", "vader_words"]

_WORD = re.compile(r"[a-z][a-z'’-]*")
COMPARISON_COLUMNS = ["text", "compound", "tone", "vader_words", "tone_words"]


def vader_words(text: str, *, top: int = 4) -> str:
    """The words of ``text`` in VADER's lexicon with their valence, strongest first
    ("best +3.2, corruption -2.8"); VADER's own rules (negation, "but") then act on these."""
    lexicon = vader_lexicon()
    found = {w: lexicon[w] for w in _WORD.findall(text.lower().replace("’", "'")) if w in lexicon}
    strongest = sorted(found.items(), key=lambda item: -abs(item[1]))[:top]
    return ", ".join(f"{w} {v:+.1f}" for w, v in strongest)


def _tone_words(text: str, top: int = 4) -> str:
    words = tone_words(text).head(top)
    return ", ".join(
        f"{w} {c:+.1f}" + (f" ({why})" if why else "")
        for w, c, why in zip(words["word"], words["contribution"], words["why"], strict=True)
    )


def tone_comparison(texts: Iterable[str]) -> pd.DataFrame:
    """Both views of each text.

    Returns:
        ``text``, ``compound`` (VADER), ``tone`` (news view), ``vader_words`` and
        ``tone_words`` (the words that drove each, with their valence; the news view's after
        negation, hedging, contrast and quotation).
    """
    rows = [
        (text, polarity_scores(text)["compound"], tone_score(text), vader_words(text),
         _tone_words(text))
        for text in texts
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def tone_disagreements(article: ArticleLike, *, gap: float = 0.5) -> pd.DataFrame:
    """The paragraphs where VADER and the news view disagree: opposite signs with one of them
    beyond ±0.2, or scores ``gap`` or more apart.

    Returns:
        ``paragraph``, ``compound`` and ``tone`` (the paragraph's, means of its sentences),
        ``vader_words``, ``tone_words`` (of the whole paragraph), ``text``; largest gap first.
    """
    from analysis.sentiment import sentiment_by_paragraph

    paragraphs = sentiment_by_paragraph(as_document(article))
    rows = []
    for row in paragraphs.itertuples(index=False):
        compound, tone = float(row.compound), float(row.tone)
        opposite = compound * tone < 0 and max(abs(compound), abs(tone)) > 0.2
        if opposite or abs(compound - tone) >= gap:
            rows.append((row.paragraph, compound, tone, vader_words(row.text),
                         _tone_words(row.text), row.text))  # fmt: skip
    frame = pd.DataFrame(
        rows, columns=["paragraph", "compound", "tone", "vader_words", "tone_words", "text"]
    ).astype({"paragraph": "int64", "compound": "float64", "tone": "float64"})
    order = (frame["compound"] - frame["tone"]).abs().sort_values(ascending=False, kind="stable")
    return frame.loc[order.index].reset_index(drop=True)
