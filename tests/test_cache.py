"""Results reused per article are never shared as mutable frames."""

from __future__ import annotations

import analysis as an


def test_repeated_calls_reuse_the_work_but_return_independent_frames(article):
    first = an.tokens(article)
    first.loc[0, "norm"] = "changed"
    second = an.tokens(article)
    assert second.loc[0, "norm"] == "afghan"
    assert an.term_frequencies(article).iloc[0]["term"] == "nato"


def test_equal_articles_from_different_loads_give_equal_results(article):
    again = an.load_article(an.DEFAULT_ARTICLE)
    assert again is not article
    assert an.extract_dates(again).equals(an.extract_dates(article))


def test_other_articles_are_not_confused(article, fixture_article):
    for _ in range(2):
        assert an.extract_dates(article)["text"].iloc[0] == "today"
        assert an.extract_dates(fixture_article)["text"].iloc[0] == "Monday"
