"""Tokenizer: spans, normalisation, stop words."""

from __future__ import annotations

import pytest

from analysis import normalise, parse_article, tokens
from analysis.tokenizer import TOKEN_COLUMNS


def test_columns_and_types(article):
    table = tokens(article)
    assert list(table.columns) == TOKEN_COLUMNS
    assert len(table) == 406
    assert table["paragraph"].between(1, 10).all()
    assert table["sentence"].is_monotonic_increasing
    assert table["start"].is_monotonic_increasing


def test_every_token_slices_back(article):
    table = tokens(article)
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.token


@pytest.mark.parametrize(
    ("token", "norm"),
    [
        ("Secretary-General", "secretary-general"),
        ("300,000-strong", "300,000-strong"),
        ("NATO’s", "nato"),
        ("Afghanistan’s", "afghanistan"),
        ("harm’s", "harm"),
        ("30-country", "30-country"),
        ("conflict-torn", "conflict-torn"),
        ("10,000", "10,000"),
    ],
)
def test_tricky_spans_of_our_article(article, token, norm):
    table = tokens(article)
    rows = table[table["token"] == token]
    assert len(rows) >= 1
    assert set(rows["norm"]) == {norm}


def test_nato_counts_eleven_with_possessives(article):
    table = tokens(article)
    assert (table["norm"] == "nato").sum() == 11
    assert set(table.loc[table["norm"] == "nato", "token"]) == {"NATO", "NATO’s"}


def test_quotes_are_separate_punctuation_tokens(article):
    table = tokens(article)
    first = table[table["sentence"] == 2].head(3)
    assert list(first["token"]) == ["“", "Afghan", "leadership"]
    assert not first.iloc[0]["is_word"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("It’s", "it's"),
        ("DON’T", "don't"),
        ("Stoltenberg’s", "stoltenberg"),
        ("“", '"'),
        ("Ä", "ä"),
        ("STRASSE", "strasse"),
        ("’s", "'s"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_numbers_abbreviations_and_stop_words():
    article = parse_article(
        "date 2021-01-01 H\n\nThe U.S. economy grew 1.1 percent at 10 a.m. on Aug. 7, "
        "and it’s No. 2."
    )
    table = tokens(article)
    assert list(table["token"]) == [
        "The", "U.S.", "economy", "grew", "1.1", "percent", "at", "10", "a.m.", "on",
        "Aug", ".", "7", ",", "and", "it’s", "No", ".", "2", ".",
    ]  # fmt: skip
    words = table[table["is_word"]]
    assert "1.1" not in set(words["token"])
    assert set(table.loc[table["is_stop"], "norm"]) == {"the", "at", "on", "and", "it's", "no"}
    assert len(article.sentences) == 1


def test_empty_article_gives_empty_frame_with_columns():
    table = tokens(parse_article(" date 2021-08-17 Only a headline\n"))
    assert table.empty
    assert list(table.columns) == TOKEN_COLUMNS


def test_paragraph_counts(article):
    from analysis import paragraph_counts

    counts = paragraph_counts(tokens(article))
    assert list(counts.columns) == ["paragraph", "sentences", "tokens", "words", "stop_words"]
    assert counts["sentences"].tolist() == [1, 1, 2, 1, 2, 1, 2, 1, 2, 2]
    assert counts["words"].sum() == 349
    assert counts.iloc[1].tolist() == [2, 1, 17, 13, 4]  # “Afghan leadership ... added.


def test_changed_norms(article):
    from analysis import changed_norms

    changed = changed_norms(tokens(article))
    assert changed.iloc[0].tolist() == ["Afghanistan’s", "afghanistan", 2]
    assert set(changed["norm"]) == {"afghanistan", "nato", "libya", "taliban", "harm"}


def test_sentence_table(article):
    from analysis import sentence_table

    table = sentence_table(article)
    assert list(table.columns) == ["paragraph", "sentence", "start", "end", "text"]
    assert len(table) == 15
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.text
