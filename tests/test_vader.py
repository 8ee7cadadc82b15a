"""The analyzer scores exactly as VADER's reference implementation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import load_article
from analysis.paths import DEFAULT_ARTICLE, DEFAULT_CORPUS
from analysis.sources import read_articles
from analysis.vader import polarity_scores, vader_lexicon

REFERENCE = SentimentIntensityAnalyzer()

#: Each of the steps done differently, and the emoji path VADER keeps.
CASES = [
    "The plan is not good.",
    "It isn't bad at all, and it wasn't a failure.",
    "This was never so good; it is never this bad.",
    "Without doubt the best day. He is without any doubt happy.",
    "It was kind of good, sort of sad.",
    "That band is the bomb, yeah right, a kiss of death.",
    "The talks were good but the outcome was TERRIBLE!!!",
    "At least it worked; the least bad option; very least good.",
    "No problem. No good deed. Nor hope or joy.",
    "I love it 😀 and hate that 😠",
    "  spaces around a happy text  ",
    "",
    ":) great :( awful",
    "He is NOT HAPPY, she is really VERY happy.",
]


@pytest.mark.parametrize("text", CASES)
def test_cases_score_as_the_reference(text):
    assert polarity_scores(text) == REFERENCE.polarity_scores(text)


def test_every_sentence_and_paragraph_of_the_bundled_news_scores_as_the_reference():
    articles = [load_article(DEFAULT_ARTICLE), *read_articles(DEFAULT_CORPUS)]
    texts = [s.text for a in articles for s in a.sentences]
    texts += [p.text for a in articles for p in a.paragraphs]
    assert len(texts) > 2400
    for text in texts:
        assert polarity_scores(text) == REFERENCE.polarity_scores(text), text


_WORDS = [
    *sorted(vader_lexicon())[::50],
    "not", "never", "so", "this", "without", "doubt", "kind", "of", "but", "least", "at",
    "very", "no", "or", "nor", "isn't", "the", "bomb", "yeah", "right", "extremely", "!", "?",
    "GREAT", "Bad", "😀",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_any_sequence_of_vader_words_scores_as_the_reference(words):
    text = " ".join(words)
    assert polarity_scores(text) == REFERENCE.polarity_scores(text)
