"""Sentiment: VADER reference values, paragraph means, headline, labels."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import (
    headline_sentiment,
    parse_article,
    sentiment_by_paragraph,
    sentiment_by_sentence,
)
from analysis.sentiment import polarity_scores, sentiment_label
from analysis.tone import tone_score

REFERENCE = SentimentIntensityAnalyzer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Examples and outputs from the vaderSentiment README (Hutto, cjhutto/vaderSentiment).
        ("VADER is smart, handsome, and funny.", (0.8316, 0.746, 0.254, 0.0)),
        ("VADER is not smart, handsome, nor funny.", (-0.7424, 0.0, 0.354, 0.646)),
        ("The book was good.", (0.4404, 0.492, 0.508, 0.0)),
        ("Today SUX!", (-0.5461, 0.0, 0.221, 0.779)),
    ],
)
def test_reference_values(text, expected):
    scores = polarity_scores(text)
    assert (scores["compound"], scores["pos"], scores["neu"], scores["neg"]) == expected


def test_sentence_scores_equal_the_reference(article):
    frame = sentiment_by_sentence(article)
    assert list(frame.columns) == [
        "paragraph", "sentence", "text", "compound", "pos", "neu", "neg", "tone",
    ]  # fmt: skip
    assert len(frame) == 15
    for row in frame.itertuples():
        ref = REFERENCE.polarity_scores(row.text)
        assert (row.compound, row.pos, row.neu, row.neg) == (
            ref["compound"],
            ref["pos"],
            ref["neu"],
            ref["neg"],
        )


def test_paragraph_compound_is_mean_of_sentences(article):
    paragraphs = sentiment_by_paragraph(article).set_index("paragraph")
    sentences = sentiment_by_sentence(article)
    third = sentences[sentences["paragraph"] == 3]["compound"]
    assert paragraphs.loc[3, "compound"] == pytest.approx(third.mean())
    assert paragraphs.loc[3, "sentences"] == 2
    assert (
        paragraphs.loc[3, "paragraph_compound"]
        == REFERENCE.polarity_scores(article.paragraphs[2].text)["compound"]
    )
    assert paragraphs.loc[3, "tone"] == pytest.approx(
        sum(tone_score(s.text) for s in article.paragraphs[2].sentences) / 2
    )
    assert paragraphs.loc[2, "compound"] == -0.8271
    assert paragraphs.loc[2, "label"] == "negative"
    assert list(paragraphs["label"]) == [
        "negative", "negative", "neutral", "positive", "negative",
        "neutral", "positive", "positive", "positive", "negative",
    ]  # fmt: skip


def test_headline_scored_apart(article):
    frame = headline_sentiment(article)
    assert len(frame) == 1
    assert frame.iloc[0]["compound"] == REFERENCE.polarity_scores(article.headline)["compound"]
    assert frame.iloc[0]["label"] == "negative"
    assert frame.iloc[0]["tone"] == pytest.approx(tone_score(article.headline))
    assert frame.iloc[0]["tone_label"] == "negative"  # -0.70: collapse, blame
    assert article.headline not in set(sentiment_by_sentence(article)["text"])


@pytest.mark.parametrize(
    ("compound", "label"),
    [(0.05, "positive"), (0.0499, "neutral"), (-0.0499, "neutral"), (-0.05, "negative")],
)
def test_label_thresholds(compound, label):
    assert sentiment_label(compound) == label


def test_empty_article_and_no_headline():
    empty = parse_article(" date 2021-08-17 Headline only\n")
    assert sentiment_by_sentence(empty).empty
    assert sentiment_by_paragraph(empty).empty
    assert list(sentiment_by_paragraph(empty).columns) == [
        "paragraph", "compound", "pos", "neu", "neg", "label", "sentences",
        "paragraph_compound", "tone", "text",
    ]  # fmt: skip
    assert headline_sentiment(parse_article("No dateline here.")).empty
