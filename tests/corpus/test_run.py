"""Corpus runs: both engines give identical tables, a rerun resumes, bad records and failing
analyses end in the errors table and never stop the run."""

from __future__ import annotations

import itertools
import json
import math
import shutil

import pandas as pd
import pytest

import analysis as an
from analysis.corpus import ANALYSES, Corpus, analyse_corpus
from analysis.paths import DEFAULT_CORPUS

pytestmark = pytest.mark.heavy

#: Every fifth article of the shared corpus: 15, from all three outlets. (The corpus notebook
#: runs all 73 through every analysis in one process, and nbval checks it says so; here the
#: runs on worker processes.)
SMALL = list(itertools.islice(an.read_articles(DEFAULT_CORPUS), 0, None, 5))


def frames(path):
    corpus = Corpus(path)
    return {name: corpus.table(name) for name in corpus.tables}


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    output = tmp_path_factory.mktemp("local")
    run = analyse_corpus(SMALL, output=output, workers=2, batch_size=7, progress=False)
    return output, run


def test_every_article_through_every_analysis(local_run):
    output, run = local_run
    assert (run.analysed, run.unchanged, run.errors) == (15, 0, 0)
    corpus = Corpus(output)
    assert corpus.tables == [*ANALYSES, "errors"]
    articles = corpus.table("articles")
    assert len(articles) == 15 and articles["article_id"].is_unique
    assert set(articles["outlet"]) == {
        "Associated Press Worldstream",
        "New York Times News Service",
        "Xinhua News Agency (English)",
    }
    # Every table carries the article's keys, and its rows are the single-article analysis.
    first = SMALL[0]
    terms = corpus.sql("select * from terms where article_id = ? order by row", first.id)
    expected = an.term_frequencies(first)
    assert terms["term"].tolist() == expected["term"].tolist()
    assert terms["count"].tolist() == expected["count"].tolist()
    assert (terms["outlet"] == first.outlet).all()
    assert (terms["date"] == pd.Timestamp(first.date)).all()
    timeline = corpus.sql("select * from timeline where article_id = ?", first.id)
    assert "event_date" in timeline.columns  # the article's own "date" is publication


def test_dask_engine_gives_identical_tables(local_run, tmp_path):
    pytest.importorskip("dask.distributed")
    # The local run's articles, row for row (batches of another size, on a Dask worker: one
    # is enough to show the engine gives the same tables, and starts a process less).
    output, _ = local_run
    run = analyse_corpus(SMALL, output=tmp_path, engine="dask", workers=1, batch_size=8,
                         progress=False)  # fmt: skip
    assert run.analysed == len(SMALL)
    local, dask = frames(output), frames(tmp_path)
    assert local.keys() == dask.keys()
    for name in local:
        assert len(local[name]) == len(dask[name]), name
        assert name == "errors" or len(local[name]) > 0, name
        pd.testing.assert_frame_equal(local[name], dask[name], check_like=False)


def test_rerun_analyses_only_new_or_changed_articles(tmp_path):
    first = analyse_corpus(SMALL[:10], output=tmp_path, workers=1, batch_size=4, progress=False)
    assert first.analysed == 10
    changed = SMALL[3]
    edited = an.Article.from_parts(
        changed.body + "\n\nA correction was added on Friday.",
        date=changed.date,
        headline=changed.headline,
        id=changed.id,
        outlet=changed.outlet,
    )
    again = analyse_corpus(
        [*SMALL[:3], edited, *SMALL[4:15]], output=tmp_path, workers=1, batch_size=4,
        progress=False,
    )  # fmt: skip
    assert (again.analysed, again.unchanged) == (6, 9)  # 5 new, 1 changed
    corpus = Corpus(tmp_path)
    assert len(corpus.table("articles")) == 15
    text = corpus.sql("select count(*) as n from sentiment_paragraphs where article_id = ?",
                      changed.id)  # fmt: skip
    assert text["n"].iloc[0] == len(edited.paragraphs)  # the latest version, once


def test_run_killed_halfway_loses_nothing_written(tmp_path):
    def interrupted():
        for index, article in enumerate(SMALL):
            if index == 13:
                raise KeyboardInterrupt
            yield article

    with pytest.raises(KeyboardInterrupt):
        analyse_corpus(interrupted(), output=tmp_path, workers=1, batch_size=5, progress=False)
    assert len(Corpus(tmp_path).table("articles")) == 10  # two complete batches
    # A batch caught while writing (tables on disk, no manifest) is dropped and redone.
    orphan = tmp_path / "terms" / "batch-000009.parquet"
    shutil.copy(tmp_path / "terms" / "batch-000000.parquet", orphan)
    run = analyse_corpus(SMALL, output=tmp_path, workers=1, batch_size=5, progress=False)
    assert (run.analysed, run.unchanged) == (len(SMALL) - 10, 10)
    assert not orphan.exists()
    assert len(Corpus(tmp_path).table("articles")) == len(SMALL)


def test_broken_record_and_failing_analysis_go_to_errors(tmp_path, monkeypatch):
    lines = DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines()[:6]
    lines.insert(2, '{"id": "broken", "text": ')
    record = json.loads(lines[4])
    record["date"] = "not a date"
    lines[4] = json.dumps(record)
    collection = tmp_path / "coverage.jsonl"
    collection.write_text("\n".join(lines) + "\n", encoding="utf-8")

    from analysis.corpus import tables

    speakers = tables.TABLES["speakers"]

    def flaky(doc):
        if doc.article.id == record_ok_id:
            raise RuntimeError("speaker table failed")
        return speakers(doc)

    record_ok_id = json.loads(lines[0])["id"]
    monkeypatch.setitem(tables.TABLES, "speakers", flaky)
    run = analyse_corpus(collection, output=tmp_path / "out", workers=1, progress=False)
    assert run.analysed == 5 and run.skipped_records == 2
    errors = Corpus(tmp_path / "out").table("errors")
    assert set(errors["analysis"]) == {"read", "speakers"}
    failed = errors[errors["analysis"] == "speakers"].iloc[0]
    assert (failed["article_id"], failed["message"]) == (
        record_ok_id,
        "RuntimeError: speaker table failed",
    )
    assert errors[errors["analysis"] == "read"]["article_id"].str.contains("line 3").any()
    corpus = Corpus(tmp_path / "out")
    assert len(corpus.table("terms").groupby("article_id")) == 5  # the other tables are whole


def test_bad_options_are_named(tmp_path):
    with pytest.raises(ValueError, match="unknown analyses"):
        analyse_corpus(SMALL[:1], output=tmp_path, analyses=["colour"], progress=False)
    with pytest.raises(ValueError, match="engine must be"):
        analyse_corpus(SMALL[:1], output=tmp_path, engine="spark", progress=False)
    with pytest.raises(FileNotFoundError, match="no analysed corpus"):
        Corpus(tmp_path / "nothing")


def test_summary_line(local_run):
    _, run = local_run
    line = run.summary()
    assert line.startswith("15 articles analysed, 0 unchanged, 0 errors in ")
    assert "articles/s, local engine)" in line
    assert not math.isnan(run.seconds)


def test_a_collection_of_one_batch_starts_no_processes(tmp_path, monkeypatch):
    from analysis.corpus import run as corpus_run

    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for one batch")

    monkeypatch.setattr(corpus_run, "ProcessPoolExecutor", no_pool)
    result = analyse_corpus(SMALL[:5], output=tmp_path, workers=2, batch_size=10, progress=False)
    assert (result.analysed, result.errors) == (5, 0)
    with pytest.raises(AssertionError, match="process pool"):
        analyse_corpus(SMALL[5:9], output=tmp_path, workers=2, batch_size=2, progress=False)


def test_a_batch_stopped_while_written_leaves_no_cut_file(tmp_path, monkeypatch):
    # every file of a batch is written under another name and renamed once whole: a stop
    # in the middle leaves files that read whole, or none (was a cut errors file)
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.corpus import run as corpus_run

    written = []
    real = pq.write_table

    def stopped_at_the_second(table, where, **options):
        written.append(where)
        if len(written) == 2:
            where.write_bytes(b"PAR1")  # what a stop leaves of the file
            raise KeyboardInterrupt
        return real(table, where, **options)

    monkeypatch.setattr(pq, "write_table", stopped_at_the_second)
    tables = {name: pa.table({"article_id": ["a"]}) for name in ("articles", "errors", "manifest")}
    with pytest.raises(KeyboardInterrupt):
        corpus_run._write(tmp_path, 1, tables)
    files = sorted(tmp_path.glob("*/*.parquet"))
    assert [f.parent.name for f in files] == ["articles"]
    assert all(real_read.num_rows == 1 for real_read in map(pq.read_table, files))
