"""The two views side by side."""

from __future__ import annotations

import analysis as an


def test_comparison_shows_the_words_that_drove_each():
    table = an.tone_comparison(["The talks failed to secure a peaceful solution."])
    row = table.iloc[0]
    assert row["compound"] > 0 > row["tone"]  # VADER's misreading, the news view's reading
    assert "peaceful +" in row["vader_words"]
    assert "peaceful -" in row["tone_words"] and "(negated)" in row["tone_words"]


def test_vader_words_are_its_lexicon_words():
    assert an.vader_words("A happy day, a sad night") == "happy +2.7, sad -2.1"
    assert an.vader_words("The committee met") == ""


def test_disagreements_of_our_article(article):
    table = an.tone_disagreements(article)
    assert list(table.columns) == [
        "paragraph", "compound", "tone", "vader_words", "tone_words", "text",
    ]  # fmt: skip
    assert table.iloc[0]["paragraph"] == 8  # "Despite the faults ... the best method ..."
    assert table.iloc[0]["compound"] > 0.5 and table.iloc[0]["tone"] < -0.5
    gaps = (table["compound"] - table["tone"]).abs()
    assert gaps.is_monotonic_decreasing


def test_disagreements_of_an_article_without_any():
    article = an.Article.from_parts("The committee met on Tuesday.")
    assert an.tone_disagreements(article).empty
