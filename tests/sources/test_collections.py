"""Collections: JSON Lines, JSON, CSV/TSV exports and folders; bad records skipped and named."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

import analysis as an
from analysis import ArticleError, SkippedRecordWarning, read_articles
from analysis.paths import DEFAULT_CORPUS as CORPUS

SOURCES = Path(__file__).parents[1] / "fixtures" / "sources"


def test_jsonl_export_with_other_field_names_and_bad_records():
    with pytest.warns(SkippedRecordWarning) as warned:
        collection = read_articles(SOURCES / "export.jsonl")
        articles = list(collection)
    assert [a.id for a in articles] == ["a-1", "a-2", "a-6"]
    first = articles[0]
    assert first.headline == "Port strike enters second week"
    assert first.date == dt.date(2024, 4, 8)
    assert first.outlet == "The Daily Coast"  # {"source": {"name": ...}}
    assert first.author == "Maria Lopez, Ian Frost"
    assert first.url == "https://dailycoast.example/a-1"
    assert len(first.paragraphs) == 2
    assert first.source.endswith("export.jsonl#a-1")
    assert articles[1].date == dt.date(2024, 4, 9)  # an RSS date
    # A record whose text is HTML is extracted like a page.
    assert [p.text for p in articles[2].paragraphs] == [
        "The council approved plans on Friday to raise the harbour wall by one metre.",
        "Work starts in June.",
    ]
    assert collection.summary() == "3 articles read, 3 records skipped"
    problems = {s.where.rsplit("#", 1)[1]: s.problem for s in collection.skipped}
    assert problems["a-3"] == "line 3: no text in field 'content'"
    assert problems["a-4"].startswith("line 4: date 'next Tuesday' is not a date")
    assert problems["line 5"].startswith("not valid JSON")
    assert len(warned) == 3 and "export.jsonl#a-3: skipped" in str(warned[0].message)


def test_strict_mode_raises_on_the_first_bad_record():
    with pytest.raises(ArticleError, match=r"export\.jsonl#a-3: line 3: no text"):
        list(read_articles(SOURCES / "export.jsonl", strict=True))


def test_csv_export_with_semicolons_and_a_bad_row():
    with pytest.warns(SkippedRecordWarning, match="no text in field 'Story'"):
        collection = read_articles(SOURCES / "export.csv")
        articles = list(collection)
    assert [a.headline for a in articles] == ["Port strike ends", "Ferry back to four sailings"]
    assert [a.outlet for a in articles] == ["The Daily Coast", "Valley Herald"]
    assert [len(a.paragraphs) for a in articles] == [2, 1]
    assert [a.id for a in articles] == ["1", "3"]  # record numbers: the export has no ids
    assert collection.summary() == "2 articles read, 1 records skipped"


def test_fields_option_maps_other_names(tmp_path):
    path = tmp_path / "feed.tsv"
    path.write_text("key\twhen\tstory_text\nk1\t2024-01-02\tSomething happened.\n")
    with pytest.raises(ArticleError, match="no text column"):
        read_articles(path)
    (article,) = read_articles(path, fields={"text": "story_text", "date": "when"})
    assert (article.id, article.date) == ("k1", dt.date(2024, 1, 2))
    with pytest.raises(ArticleError, match="maps 'text' to 'nope', which the collection lacks"):
        read_articles(path, fields={"text": "nope"})


def test_csv_without_a_text_column_names_the_file_and_its_columns():
    with pytest.raises(ArticleError, match=r"no-text-column\.csv: no text column.*name, summary"):
        read_articles(SOURCES / "no-text-column.csv")


def test_json_array_and_news_api_envelope(tmp_path):
    items = [{"title": "One", "body": "First."}, {"title": "Two", "body": "Second."}]
    array = tmp_path / "array.json"
    array.write_text(json.dumps(items))
    envelope = tmp_path / "api.json"
    envelope.write_text(json.dumps({"status": "ok", "articles": items}))
    for path in (array, envelope):
        assert [a.headline for a in read_articles(path)] == ["One", "Two"]
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ArticleError, match=r"broken\.json: not valid JSON"):
        read_articles(broken)


def test_folder_of_files_of_any_format(tmp_path):
    for name in ("daily-coast-storm.html", "notes.md", "pasted.txt", "export.jsonl"):
        shutil.copy(SOURCES / name, tmp_path / name)
    (tmp_path / "broken.html").write_text("<html><body><nav>x</nav></body></html>")
    (tmp_path / ".hidden.txt").write_text("Never read.")
    with pytest.warns(SkippedRecordWarning):
        collection = read_articles(tmp_path)
        articles = list(collection)
    assert [a.id for a in articles] == [
        "daily-coast-storm.html",
        "a-1",
        "a-2",
        "a-6",
        "notes.md",
        "pasted.txt",
    ]
    assert collection.summary() == "6 articles read, 4 records skipped"
    assert any("broken.html" in s.where for s in collection.skipped)


def test_not_a_collection():
    with pytest.raises(ArticleError, match="not a collection"):
        read_articles(SOURCES / "notes.md")
    with pytest.raises(FileNotFoundError):
        read_articles(SOURCES / "missing.jsonl")


def test_shared_corpus_reads_as_73_articles():
    collection = read_articles(CORPUS)
    articles = list(collection)
    assert len(articles) == 73 and collection.skipped == []
    assert {a.outlet for a in articles} == {
        "Associated Press Worldstream",
        "New York Times News Service",
        "Xinhua News Agency (English)",
    }
    assert all(a.date is not None for a in articles)
    assert sum(a.headline is not None for a in articles) == 72  # one has none in the source
    assert articles[0].id == "APW19980807.0261"
    assert an.key_numbers(articles[0]).set_index("measure").loc["date", "value"] == "1998-08-07"
