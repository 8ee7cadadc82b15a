"""Entities of our article and of constructed ones, with the shipped model."""

from __future__ import annotations

import pytest

import analysis as an


@pytest.fixture(scope="module")
def mentions(article):
    return an.entities(article)


def test_columns_offsets_and_places_of_mentions(article, mentions):
    assert list(mentions.columns) == [
        "text", "label", "start", "end", "paragraph", "sentence", "entity",
    ]  # fmt: skip
    for row in mentions.itertuples():
        assert article.text[row.start : row.end] == row.text
        if row.paragraph:
            paragraph = article.paragraphs[row.paragraph - 1]
            assert paragraph.start <= row.start < row.end <= paragraph.end
            sentence = article.sentences[row.sentence - 1]
            assert sentence.start <= row.start and sentence.paragraph == row.paragraph
    headline = mentions[mentions["paragraph"] == 0]
    assert set(headline["text"]) == {"NATO", "Taliban"}


def test_who_our_article_names(mentions):
    found = set(zip(mentions["entity"], mentions["label"], strict=True))
    assert {("Jens Stoltenberg", "PER"), ("NATO", "ORG"), ("Taliban", "ORG"),
            ("Afghanistan", "LOC"), ("Libya", "LOC"), ("Al Qaeda", "ORG")} <= found  # fmt: skip
    lone = mentions[mentions["text"] == "Stoltenberg"]
    assert len(lone) == 5 and set(lone["entity"]) == {"Jens Stoltenberg"}
    assert not (mentions["label"] == "PER").sum() > 6  # nobody else is a person here


def test_summary_counts_mentions_and_who_is_quoted(article, mentions):
    summary = an.entity_summary(article).set_index("entity")
    assert summary.loc["NATO", "mentions"] == (mentions["entity"] == "NATO").sum() == 12
    assert summary.loc["Jens Stoltenberg", ["mentions", "first_paragraph"]].tolist() == [6, 1]
    assert summary.loc["Jens Stoltenberg", "quoted"]
    assert summary.loc["Jens Stoltenberg", "quoted_words"] == 65  # as the speakers table says
    assert not summary.loc["Afghanistan", "quoted"]
    assert list(summary.index[:2]) == ["NATO", "Taliban"]  # most mentioned first


def test_a_constructed_article_with_a_surname_after_the_full_name():
    article = an.Article.from_parts(
        "The World Health Organization (WHO) warned on Monday that cases were rising in Kenya.\n\n"
        "“We are worried,” said Tedros Adhanom Ghebreyesus, the WHO chief. Ghebreyesus spoke "
        "in Geneva.",
        headline="WHO warns of rising cases",
    )
    table = an.entities(article)
    entity = dict(zip(table["text"], table["entity"], strict=False))
    # The model misses "World Health Organization" and "WHO" here (an instructive error of
    # the model card); the acronym rule itself is tested in test_names.py.
    assert entity.get("Ghebreyesus") == "Tedros Adhanom Ghebreyesus"
    assert {"Kenya", "Geneva"} <= set(table.loc[table["label"] == "LOC", "text"])


def test_an_article_without_names_and_an_empty_summary():
    article = an.Article.from_parts("It rained all day and the river rose by two metres.")
    assert an.entities(article).empty
    summary = an.entity_summary(article)
    assert summary.empty and list(summary.columns) == [
        "entity", "label", "mentions", "first_paragraph", "quoted", "quoted_words",
    ]  # fmt: skip
    assert an.describe_entities(summary).startswith("The article names no person")
