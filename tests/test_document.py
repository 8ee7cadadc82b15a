"""A Document computes what the analyses share once, and keeps it with the article."""

from __future__ import annotations

from collections import OrderedDict

import pandas as pd
import pytest

import analysis as an
import analysis.document as document
from analysis.document import Document, as_document


def test_shared_tables_are_computed_once(article, monkeypatch):
    calls = []
    from analysis import tokenizer

    original = tokenizer.token_rows
    monkeypatch.setattr(tokenizer, "token_rows", lambda a: calls.append(a) or original(a))
    doc = Document(article)
    an.term_frequencies(doc)
    an.ngram_frequencies(doc)
    an.speakers(doc)
    an.key_numbers(doc)
    assert len(calls) == 1
    # A bare article gets a document of its own, kept while it is among the recent ones.
    monkeypatch.setattr(document, "_recent", OrderedDict())
    an.term_frequencies(article)
    an.term_frequencies(article)
    assert len(calls) == 2


def test_rows_and_frames_agree(article):
    """The rows an analysis computes (what a corpus batch writes) are the frame a reader
    gets, value for value and type for type."""
    from analysis.dates.extract import shared_date_rows, timeline_rows
    from analysis.quotes.extract import shared_quote_rows, speaker_rows
    from analysis.sentiment import paragraph_rows, shared_sentence_rows
    from analysis.terms import term_rows
    from analysis.tokenizer import shared_token_rows

    doc = Document(article)
    pairs = [
        (shared_token_rows(doc), an.tokens(doc)),
        (shared_date_rows(doc), an.extract_dates(doc)),
        (shared_quote_rows(doc), an.extract_quotes(doc)),
        (shared_sentence_rows(doc), an.sentiment_by_sentence(doc)),
        (term_rows(doc), an.term_frequencies(doc)),
        (timeline_rows(doc), an.timeline(doc)),
        (speaker_rows(doc), an.speakers(doc)),
        (paragraph_rows(doc), an.sentiment_by_paragraph(doc)),
    ]
    for rows, frame in pairs:
        assert list(rows.columns) == list(frame.columns)
        assert [str(rows.dtypes[c]) for c in rows.columns] == [str(t) for t in frame.dtypes]
        pd.testing.assert_frame_equal(rows.frame(), frame)
        assert len(rows) == len(frame) > 0


def test_two_articles_never_share_results(article, fixture_article):
    first, second = Document(article), Document(fixture_article)
    for _ in range(2):
        assert an.term_frequencies(first).iloc[0]["term"] == "nato"
        assert an.term_frequencies(second).iloc[0]["term"] == "harbour"
    assert an.tokens(first) is not an.tokens(second)


def test_returned_tables_can_be_changed_without_changing_the_document(article):
    doc = Document(article)
    table = an.tokens(doc)
    table["norm"] = "changed"
    table.loc[0, "token"] = "changed"
    assert (an.tokens(doc)["norm"] != "changed").all()
    dates = an.extract_dates(doc)
    dates.loc[:, "value"] = "changed"
    assert an.extract_dates(doc).equals(an.extract_dates(article))


def test_one_word_count_is_every_denominator(article):
    from analysis.tokenizer import word_count

    doc = Document(article)
    assert word_count(doc) == 349  # hand count: tokens with a letter
    terms = an.term_frequencies(doc)
    assert terms.iloc[0]["share"] == pytest.approx(11 / 349)
    table = an.speakers(doc)
    assert (table["share"] * 349).round().astype(int).tolist() == table["words"].tolist()
    assert an.key_numbers(doc).set_index("measure").loc["words", "value"] == "349"


def test_quote_words_are_the_word_tokens_inside_its_span(article):
    doc = Document(article)
    quotes = an.extract_quotes(doc)
    table = an.tokens(doc)
    words = table[table["is_word"]]
    for row in quotes[quotes["kind"] == "indirect"].itertuples():
        inside = words[(words["start"] >= row.start) & (words["end"] <= row.end)]
        assert row.words == len(inside)
    from analysis.tokenizer import words_between

    assert words_between(doc, 0, len(article.text)) == 349
    assert words_between(doc, 5, 5) == 0


def test_a_shared_table_is_computed_once_per_document(article):
    calls = []

    def compute(doc):
        calls.append(doc)
        return len(doc.article.text)

    first, second = Document(article), Document(article)
    assert first.shared(compute) == first.shared(compute) == second.shared(compute)
    assert calls == [first, second]  # once per document, never across documents


def test_as_document_wraps_once():
    article = an.parse_article("date 2021-01-01 H\n\nA short body.")
    doc = as_document(article)
    assert as_document(doc) is doc and doc.article is article
    assert repr(doc).startswith("Document(Article(date=2021-01-01")


def test_document_refuses_what_is_not_an_article():
    with pytest.raises(TypeError, match="Document needs an Article"):
        Document("some text")  # type: ignore[arg-type]


def test_no_module_level_cache_of_article_results():
    """Caches of static data (the stop list, VADER's lexicon) are fine; nothing computed from
    an article is kept outside its Document."""
    import importlib
    import importlib.util
    import inspect
    import pkgutil

    import analysis

    for info in pkgutil.walk_packages(analysis.__path__, "analysis."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            assert not isinstance(value, pd.DataFrame), f"{info.name}.{name}"
            if hasattr(value, "cache_clear"):
                parameters = inspect.signature(value.__wrapped__).parameters
                assert not {"article", "doc", "document"} & set(parameters), name
    assert not (importlib.util.find_spec("analysis._cache"))


def test_a_shared_frame_is_built_once_from_its_rows(article):
    from analysis.tokenizer import shared_token_rows

    doc = Document(article)
    first = doc.shared_frame(shared_token_rows)
    assert doc.shared_frame(shared_token_rows) is first
    pd.testing.assert_frame_equal(first, shared_token_rows(doc).frame())


# --- the documents of recent articles, and a run's store ------------------------------------


def test_an_article_keeps_its_document_while_it_is_among_the_recent(monkeypatch):
    monkeypatch.setattr(document, "_recent", OrderedDict())
    monkeypatch.delenv(document.STORE_VARIABLE, raising=False)
    articles = [an.parse_article(f"date 2021-01-01 H{i}\n\nBody {i}.") for i in range(6)]
    first = as_document(articles[0])
    assert as_document(articles[0]) is first  # the cells of a notebook share one document
    for article in articles[1:]:
        as_document(article)
    assert len(document._recent) == document.RECENT
    assert as_document(articles[0]) is not first  # evicted: a corpus loop keeps no tables
    # the same text in another article object is another document
    twin = an.parse_article(articles[1].text)
    assert as_document(twin) is not as_document(articles[1])


def test_a_run_analyses_its_article_once_for_every_process(tmp_path, monkeypatch, article):
    """What the report does: analyse once, save; a notebook's kernel (here: a fresh document
    of a freshly loaded article) computes no shared table and never loads the model."""
    import analysis.ner.model
    from analysis.report import analysed

    monkeypatch.setattr(document, "_recent", OrderedDict())
    doc = analysed(article)
    saved = document.save_shared(doc, tmp_path)
    assert saved.parent == tmp_path and len(doc._shared) >= 5

    monkeypatch.setattr(document, "_recent", OrderedDict())
    monkeypatch.setenv(document.STORE_VARIABLE, str(tmp_path))
    monkeypatch.setattr(analysis.ner, "language_model", _no_model, raising=False)
    monkeypatch.setattr(analysis.ner.model, "language_model", _no_model)
    again = an.load_article(an.DEFAULT_ARTICLE)
    restored = as_document(again)
    assert restored is not doc and set(restored._shared) == set(doc._shared)
    before = dict(restored._shared)
    for analysis_of in (an.key_numbers, an.extract_quotes, an.speakers, an.entity_summary,
                        an.timeline, an.sentiment_by_paragraph, an.term_frequencies,
                        an.readability_scores, an.speaker_evidence):  # fmt: skip
        analysis_of(again)
    assert all(restored._shared[key] is value for key, value in before.items())
    for name in ("tokens", "sentiment_by_sentence", "extract_dates", "extract_quotes", "entities"):
        pd.testing.assert_frame_equal(getattr(an, name)(again), getattr(an, name)(doc))


def test_a_store_holds_nothing_for_another_article(tmp_path, monkeypatch, article):
    document.save_shared(Document(article), tmp_path)
    monkeypatch.setattr(document, "_recent", OrderedDict())
    monkeypatch.setenv(document.STORE_VARIABLE, str(tmp_path))
    changed = an.load_article(an.DEFAULT_ARTICLE, date="2020-01-01")  # another date: another key
    assert document.content_key(changed) != document.content_key(article)
    assert as_document(changed)._shared == {}


def _no_model(*args, **kwargs):
    raise AssertionError("the language model was loaded: the store was not used")
