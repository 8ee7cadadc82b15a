"""Generated sentences follow the data, and are escaped for display."""

from __future__ import annotations

import analysis as an
from analysis import narrative

EMPTY = an.parse_article(" date 2021-08-17 Headline only\n")


def test_sentences_of_our_article(article):
    assert narrative.describe_terms(an.term_frequencies(article), paragraphs=10) == (
        "The most frequent term is “nato”: 11 times (3.2% of all words), in 6 of 10 "
        "paragraphs, followed by “security” and “stoltenberg”."
    )
    assert narrative.describe_sentiment(
        an.sentiment_by_paragraph(article), an.headline_sentiment(article)
    ) == (
        "Of 10 paragraphs, 4 positive, 4 negative and 2 neutral. The most negative is "
        "paragraph 1 (-0.83), the most positive paragraph 8 (+0.76). The headline scores "
        "-0.68 (negative)."
    )
    assert narrative.describe_timeline(an.timeline(article)).startswith(
        "The article reaches from 2003 to 17 Aug 2021 with 5 distinct dates."
    )
    assert "Jens Stoltenberg is quoted most: 6 quotations, 65 words (19% of the article)" in (
        narrative.describe_quotes(an.extract_quotes(article), an.speakers(article))
    )
    assert narrative.describe_reliability(an.readability_by_paragraph(article)).startswith(
        "0 paragraphs of 10 have the 3 sentences"
    )


def test_sentences_change_with_the_article(fixture_article):
    text = narrative.describe_terms(an.term_frequencies(fixture_article), paragraphs=6)
    assert text.startswith("The most frequent term is “harbour”: 4 times")
    assert narrative.describe_timeline(an.timeline(fixture_article)).startswith(
        "The article reaches from the 1990s to"
    )


def test_empty_article_sentences():
    assert narrative.describe_terms(an.term_frequencies(EMPTY), paragraphs=0) == (
        "The article has no terms to count."
    )
    assert narrative.describe_readability(an.readability_scores(EMPTY)).startswith(
        "The article has no body"
    )
    assert narrative.describe_quotes(an.extract_quotes(EMPTY), an.speakers(EMPTY)) == (
        "The article quotes nobody."
    )
    assert "0 paragraphs, 0 sentences and 0 words" in narrative.describe_article(EMPTY)


def test_show_escapes_html():
    shown = narrative.show("<script>alert(1)</script> & more")
    assert shown.data == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"
