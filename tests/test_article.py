"""Loader: our article, format variants and bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article, ArticleError, load_article, parse_article, tokens

HEADLINE = (
    "NATO Secretary-General says Afghan leaders are to blame for the country’s collapse "
    "under the Taliban."
)


def test_our_article_loads_as_specified(article):
    assert article.date == dt.date(2021, 8, 17)
    assert article.headline == HEADLINE
    assert len(article.paragraphs) == 10
    assert len(article.sentences) == 15
    assert [len(p.sentences) for p in article.paragraphs] == [1, 1, 2, 1, 2, 1, 2, 1, 2, 2]
    assert [p.index for p in article.paragraphs] == list(range(1, 11))
    assert [s.index for s in article.sentences] == list(range(1, 16))


def test_offsets_slice_back(article):
    start, end = article.headline_span
    assert article.text[start:end] == article.headline
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert sentence.paragraph == paragraph.index
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_sentences_keep_closing_quotes(article):
    texts = [s.text for s in article.sentences]
    assert texts[1] == (
        "“Afghan leadership failure resulted in the tragedy we are witnessing today,” "
        "Stoltenberg added."
    )
    assert texts[7].endswith("at a speed that had not been anticipated.”")
    assert texts[8].endswith("to train Afghan security forces a year ago.")
    assert texts[9].startswith("“There are now no forces")


def test_repr_is_short_and_readable(article):
    text = repr(article)
    assert text.startswith("Article(date=2021-08-17, headline='NATO Secretary-General")
    assert text.endswith("paragraphs=10, sentences=15)")
    assert len(text) < 150


def test_article_is_immutable(article):
    with pytest.raises(AttributeError):
        article.date = None  # type: ignore[misc]


def test_body_excludes_dateline_and_headline(article):
    assert article.body.startswith("Afghan authorities")
    assert "Secretary-General says" not in article.body
    assert article.body.count("\n\n") == 9


@pytest.mark.parametrize(
    ("raw", "date", "headline", "n_paragraphs"),
    [
        ("\ufeff date 2020-01-02 Title\n\nOne.\n", dt.date(2020, 1, 2), "Title", 1),
        ("date 2020-01-02 Title\r\n\r\nOne.\r\n\r\nTwo.", dt.date(2020, 1, 2), "Title", 2),
        ("date 2020-01-02 Title\r\rOne.\r\rTwo.\r", dt.date(2020, 1, 2), "Title", 2),
        ("date 2020-01-02 Title\n\nNo trailing newline.", dt.date(2020, 1, 2), "Title", 1),
        ("First paragraph.\n\nSecond paragraph.\n", None, None, 2),
        (" date 2020-02-29 Only a headline\n", dt.date(2020, 2, 29), "Only a headline", 0),
        (" date 2020-02-29\n\nBody.\n", dt.date(2020, 2, 29), None, 1),
        ("date 2020-01-02 T\n\n\n\n  Spaced.  \n \t \nNext\nline.\n", dt.date(2020, 1, 2), "T", 2),
    ],
)
def test_format_variants_load(raw, date, headline, n_paragraphs):
    article = parse_article(raw)
    assert article.date == date
    assert article.headline == headline
    assert len(article.paragraphs) == n_paragraphs
    assert "\r" not in article.text
    assert not article.text.startswith("\ufeff")
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip()


def test_no_dateline_makes_every_paragraph_body():
    article = parse_article("A headline-like line\n\nBody text.")
    assert article.date is None
    assert [p.text for p in article.paragraphs] == ["A headline-like line", "Body text."]


def test_bom_and_crlf_file_loads(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf date 2021-08-17 Head\r\n\r\nBody one.\r\n")
    article = load_article(path)
    assert article.text == " date 2021-08-17 Head\n\nBody one.\n"
    assert article.paragraphs[0].text == "Body one."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n  ", "empty"),
        (b" date 2021-13-45 Headline\n\nBody.", "invalid dateline date '2021-13-45'"),
        (b" date 2021/08/17 Headline\n\nBody.", "not in YYYY-MM-DD form"),
        (
            b"date 2021-08-17 Head\n\nBad \xff byte",
            "line 3: byte 0xff at offset 26 is not valid utf-8",
        ),
        (b"date 2021-08-17 Head\n\nBinary\x00data", "binary content"),
    ],
)
def test_bad_files_raise_article_error_naming_the_file(tmp_path: Path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_decode_error_mentions_encoding_option_and_other_encodings_work(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(" date 2021-08-17 Café\n\nA café.".encode("latin-1"))
    with pytest.raises(ArticleError, match="encoding="):
        load_article(path)
    assert load_article(path, encoding="latin-1").headline == "Café"


def test_directory_and_missing_file(tmp_path: Path):
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)
    with pytest.raises(FileNotFoundError):
        load_article(tmp_path / "missing.txt")


def test_article_error_is_a_value_error():
    assert issubclass(ArticleError, ValueError)
    with pytest.raises(ArticleError, match="<string>: the article is empty"):
        parse_article("   ")


def test_megabyte_article_loads_and_tokenizes(article):
    """Its speed is measured by `make bench` (scaling to 1 MB), not asserted here."""
    body = "\n\n".join([article.body] * 432)  # about 1 MB
    big = parse_article(f" date 2021-08-17 Big\n\n{body}\n")
    table = tokens(big)
    assert len(big.text) > 1_000_000
    assert len(big.paragraphs) == 4320
    assert len(table) == 406 * 432


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(" \t\n\r.,;:!?“”\"'’-‘—()date0123456789")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.builds(lambda body: " date 2021-08-17 Headline\n\n" + body, _TEXT)))
def test_any_text_parses_with_consistent_offsets_or_raises_article_error(text):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text.strip()
        for sentence in paragraph.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text
    for row in tokens(article).itertuples():
        assert article.text[row.start : row.end] == row.token


def test_from_parts_builds_the_same_article_as_the_file_format():
    body = "First paragraph. It has two sentences.\n\nSecond one."
    built = Article.from_parts(body, date="2021-08-17", headline="  A  headline ")
    parsed = parse_article(f" date 2021-08-17 A headline\n\n{body}")
    assert built.date == parsed.date == dt.date(2021, 8, 17)
    assert built.headline == "A headline"
    assert [p.text for p in built.paragraphs] == [p.text for p in parsed.paragraphs]
    assert [s.text for s in built.sentences] == [s.text for s in parsed.sentences]
    start, end = built.headline_span
    assert built.text[start:end] == "A headline"
    for sentence in built.sentences:
        assert built.text[sentence.start : sentence.end] == sentence.text
    assert built.text.endswith(body)


def test_from_parts_keeps_source_metadata():
    article = Article.from_parts(
        "Body.", source="feed.jsonl#7", id="7", outlet="AP", url="https://x.test/a", author="Al"
    )
    assert (article.id, article.outlet, article.url, article.author) == (
        "7",
        "AP",
        "https://x.test/a",
        "Al",
    )
    assert article.date is None and article.headline is None and article.headline_span is None


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-05-01", dt.date(2024, 5, 1)),
        ("2024-05-01T09:30:00Z", dt.date(2024, 5, 1)),
        (dt.datetime(2024, 5, 1, 9, 30), dt.date(2024, 5, 1)),
        (dt.date(2024, 5, 1), dt.date(2024, 5, 1)),
    ],
)
def test_from_parts_dates(date, expected):
    assert Article.from_parts("Body.", date=date).date == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"body": "  \n "}, "feed#3: the article has no body text"),
        ({"body": "a\x00b"}, "feed#3: binary content"),
        ({"body": "Body.", "date": "yesterday"}, "feed#3: date 'yesterday' is not a date"),
        ({"body": "Body.", "date": "2024-02-30"}, "feed#3: invalid date '2024-02-30'"),
    ],
)
def test_from_parts_bad_input_names_the_source(kwargs, message):
    with pytest.raises(ArticleError, match=re.escape(message)):
        Article.from_parts(**kwargs, source="feed#3")
