"""The article at a glance: one key number from each analysis."""

from __future__ import annotations

import pandas as pd

from analysis.dates import timeline
from analysis.document import ArticleLike, as_document
from analysis.ner import entity_summary
from analysis.quotes import speakers
from analysis.readability import readability_scores, reading_grade_of
from analysis.sentiment import sentiment_by_paragraph
from analysis.terms import term_frequencies
from analysis.tokenizer import word_count

__all__ = ["key_numbers"]


def key_numbers(article: ArticleLike) -> pd.DataFrame:
    """Headline numbers of every analysis, as text ready to read.

    Returns:
        ``analysis``, ``measure``, ``value`` (a string; "–" when the article has nothing to
        measure).
    """
    doc = as_document(article)
    article = doc.article
    terms = term_frequencies(doc)
    scores = readability_scores(doc).set_index("metric")
    tone = sentiment_by_paragraph(doc)
    events = timeline(doc)
    quoted = speakers(doc)
    named = entity_summary(doc)
    dash = "–"
    grade = reading_grade_of(scores.reset_index())
    reading = (
        f"{grade['grade'].iloc[0]:.1f} (formulas {grade['low'].iloc[0]:.1f} to "
        f"{grade['high'].iloc[0]:.1f})"
        if len(grade)
        else dash
    )
    rows = [
        ("article", "date", article.date.isoformat() if article.date else "no publication date"),
        (
            "article",
            "paragraphs / sentences",
            f"{len(article.paragraphs)} / {len(article.sentences)}",
        ),
        ("article", "words", str(word_count(doc))),
        (
            "terms",
            "top term",
            f"{terms.iloc[0]['term']} ({terms.iloc[0]['count']}×)" if len(terms) else dash,
        ),
        ("readability", "reading grade", reading),
        (
            "sentiment",
            "mean paragraph tone (news view)",
            f"{tone['tone'].mean():+.2f}" if len(tone) else dash,
        ),
        (
            "sentiment",
            "mean paragraph compound (VADER)",
            f"{tone['compound'].mean():+.2f}" if len(tone) else dash,
        ),
        (
            "sentiment",
            "negative / positive paragraphs",
            f"{(tone['label'] == 'negative').sum()} / {(tone['label'] == 'positive').sum()}",
        ),
        ("timeline", "distinct dates", str(len(events))),
        (
            "quotes",
            "most quoted",
            f"{quoted.iloc[0]['speaker']} ({quoted.iloc[0]['words']} words)"
            if len(quoted)
            else dash,
        ),
        (
            "entities",
            "most named",
            f"{named.iloc[0]['entity']} ({named.iloc[0]['mentions']} mentions)"
            if len(named)
            else dash,
        ),
    ]
    return pd.DataFrame.from_records(rows, columns=["analysis", "measure", "value"])
