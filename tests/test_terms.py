"""Term frequencies, n-grams, collocations, distinctive terms, KWIC and positions."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import (
    collocations,
    distinctive_terms,
    keyword_in_context,
    ngram_frequencies,
    parse_article,
    term_frequencies,
    term_positions,
)

EMPTY = parse_article(" date 2021-08-17 Headline only\n")


def counts(frame: pd.DataFrame, column: str = "term") -> dict[str, int]:
    return dict(zip(frame[column], frame["count"], strict=True))


def test_our_article_top_terms(article):
    frame = term_frequencies(article)
    assert list(frame.columns) == ["term", "count", "share", "paragraphs"]
    assert frame.iloc[0].tolist() == ["nato", 11, pytest.approx(11 / 349), 6]
    # Hand counts in the body (headline excluded).
    assert counts(frame.head(9)) == {
        "nato": 11,
        "security": 6,
        "stoltenberg": 6,
        "afghan": 5,
        "afghanistan": 5,
        "forces": 5,
        "taliban": 5,
        "leadership": 4,
        "training": 4,
    }


def test_sorted_by_count_then_term(article):
    frame = term_frequencies(article)
    keys = list(zip(-frame["count"], frame["term"], strict=True))
    assert keys == sorted(keys)


def test_numbers_punctuation_and_stop_words_are_not_terms(article):
    terms = set(term_frequencies(article)["term"])
    assert not {"2003", "2014", "10,000", "36", ",", "“", "the", "and"} & terms
    assert {"300,000-strong", "30-country", "secretary-general"} <= terms
    with_stops = counts(term_frequencies(article, keep_stopwords=True))
    assert with_stops["the"] == 21  # grep -ow the on the body


def test_fixture_hand_counts(fixture_article):
    frame = term_frequencies(fixture_article)
    got = counts(frame)
    assert got["harbour"] == 4
    assert got["islands"] == 3
    assert got["kelby"] == 3
    assert got["reyes"] == 3
    assert got["ferry"] == 2 and got["ferries"] == 2
    assert got["fishermen"] == 2  # Fishermen + Fishermen’s
    assert frame.set_index("term").loc["harbour", "paragraphs"] == 3
    assert frame["share"].iloc[0] == pytest.approx(4 / 155)


def test_min_chars_filters_short_terms():
    article = parse_article("date 2021-01-01 H\n\nX marks a UN spot. X again.")
    assert counts(term_frequencies(article, min_chars=1)) == {
        "x": 2,
        "marks": 1,
        "spot": 1,
        "un": 1,
    }
    assert "x" not in counts(term_frequencies(article, min_chars=2))


def test_bigrams_stay_inside_clauses(article):
    frame = ngram_frequencies(article, n=2)
    got = counts(frame, "ngram")
    assert got["security forces"] == 3
    assert got["afghan leadership"] == 1
    assert got["national security"] == 2
    # "... Jens Stoltenberg, are ..." — the comma ends the phrase.
    assert "stoltenberg are" not in got
    # Sentence 9 ends "a year ago." and sentence 10 starts with a quote: no cross-sentence pair.
    assert "ago there" not in got


def test_trigrams_with_stop_words(article):
    got = counts(ngram_frequencies(article, n=3, keep_stopwords=True), "ngram")
    assert got["to blame for"] == 2


def test_collocations_rank_by_likelihood_ratio(article):
    frame = collocations(article)
    assert list(frame["ngram"]) == ["security forces", "national security", "stoltenberg said"]
    assert frame["score"].is_monotonic_decreasing
    pmi = collocations(article, measure="pmi", min_count=1)
    assert len(pmi) > len(frame)


@pytest.mark.parametrize("measure", ["likelihood_ratio", "pmi", "student_t", "chi_sq"])
def test_a_word_repeated_next_to_itself_is_no_collocation(measure):
    # "today today today": the pair's counts overlap (a negative cell in the likelihood
    # ratio's table: was a math domain error from NLTK)
    article = parse_article("date 2024-01-15 Headline\n\ntoday today today. Big deal, big deal.\n")
    frame = collocations(article, measure=measure, keep_stopwords=True)
    assert frame["ngram"].tolist() == ["big deal"]


def test_distinctive_terms(article):
    frame = distinctive_terms(article)
    assert list(frame.columns) == ["term", "count", "share", "reference_share", "log_ratio"]
    assert frame["term"].iloc[0] == "stoltenberg"
    assert {"nato", "taliban", "afghan"} <= set(frame["term"].head(5))
    assert (frame["count"] >= 2).all()
    assert frame["log_ratio"].is_monotonic_decreasing
    from wordfreq import word_frequency

    row = frame.set_index("term").loc["nato"]
    assert row["reference_share"] == word_frequency("nato", "en")
    assert 2 ** row["log_ratio"] == pytest.approx(row["share"] / row["reference_share"])


def test_keyword_in_context(article):
    frame = keyword_in_context(article, "NATO", width=20)
    assert list(frame.columns) == ["paragraph", "sentence", "left", "keyword", "right", "start"]
    assert len(frame) == 11
    first = frame.iloc[0]
    assert first["left"] == "ities, according to "
    assert first["keyword"] == "NATO"
    assert first["right"] == " Secretary-General J"
    assert "NATO’s" in set(frame["keyword"])
    assert (frame["left"].str.len() <= 20).all()
    for row in frame.itertuples():
        assert article.text[row.start : row.start + len(row.keyword)] == row.keyword


def test_kwic_context_stops_at_the_paragraph(fixture_article):
    frame = keyword_in_context(fixture_article, "reyes", width=30)
    assert frame.iloc[1]["left"] == ""  # paragraph 4 starts with "Reyes"
    assert list(frame["paragraph"]) == [2, 4, 6]


def test_term_positions(article):
    frame = term_positions(article, ["Taliban", "nato"])
    assert list(frame.columns) == ["term", "position", "relative", "paragraph"]
    assert list(frame["term"].drop_duplicates()) == ["taliban", "nato"]
    assert (frame["term"] == "nato").sum() == 11
    assert frame["relative"].between(0, 1).all()


def test_empty_article_gives_empty_frames_with_columns():
    assert list(term_frequencies(EMPTY).columns) == ["term", "count", "share", "paragraphs"]
    assert term_frequencies(EMPTY).empty
    assert ngram_frequencies(EMPTY).empty
    assert list(ngram_frequencies(EMPTY).columns) == ["ngram", "count", "paragraphs"]
    assert list(collocations(EMPTY).columns) == ["ngram", "count", "score"]
    assert distinctive_terms(EMPTY).empty
    assert keyword_in_context(EMPTY, "x").empty
    assert term_positions(EMPTY, ["x"]).empty


def test_bad_n_is_rejected(article):
    with pytest.raises(ValueError, match="n must be at least 1"):
        ngram_frequencies(article, n=0)
