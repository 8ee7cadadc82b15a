"""The rendered report, and nbval's teeth."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.paths import NOTEBOOKS_DIR
from analysis.report import build_report, main

FIXTURES = Path(__file__).parent / "fixtures"
NOTEBOOKS = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
# nbval runs every notebook on our article; this report runs the three that show the most
# article text on another article whose text carries HTML (the rendering step is the same).
RENDERED = ["00-overview", "05-timeline", "06-quotes"]
CHARTS = {"00-overview": 1, "05-timeline": 1, "06-quotes": 1}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The full report for a second article whose headline and text carry HTML."""
    folder = tmp_path_factory.mktemp("report")
    text = (FIXTURES / "2019-12-31-harbour.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Harbour town celebrates", "<script>alert('x')</script> Harbour town celebrates", 1
    ).replace("Not everyone is happy.", "Not everyone is happy <b>at all</b>.")
    article = folder / "harbour.txt"
    article.write_text(text, encoding="utf-8")
    return build_report(article, folder / "out", notebooks=RENDERED)


def test_index_links_every_page_rendered(report):
    index = report.read_text(encoding="utf-8")
    for name in RENDERED:
        assert f'href="{name}.html"' in index
        assert (report.parent / f"{name}.html").is_file()
    assert sorted(p.stem for p in report.parent.glob("0*.html")) == RENDERED
    assert len(NOTEBOOKS) == 7


def test_pages_show_their_charts_and_hide_code(report):
    for name, charts in CHARTS.items():
        page = (report.parent / f"{name}.html").read_text(encoding="utf-8")
        assert page.count("data:image/png;base64") >= charts, name
        assert "import analysis as an" not in page  # code cells are hidden


def test_report_is_about_the_chosen_article(report):
    quotes = (report.parent / "06-quotes.html").read_text(encoding="utf-8")
    assert "Anna Reyes" in quotes
    assert "Stoltenberg" not in quotes
    timeline = (report.parent / "05-timeline.html").read_text(encoding="utf-8")
    assert "1990s" in timeline and "2019-12-31" in timeline
    overview = (report.parent / "00-overview.html").read_text(encoding="utf-8")
    assert 'href="01-article.html"' in overview


def test_article_text_is_escaped(report):
    for page in report.parent.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page.name
        assert "<b>at all</b>" not in html, page.name
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in report.read_text(encoding="utf-8")
    overview = (report.parent / "00-overview.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in overview


def test_report_works_offline(report):
    for page in report.parent.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r"(?:src=|<link[^>]*href=|import\()[\"']?(https?://[^\"' )]+)", html)
        assert remote == [], page.name


def test_report_names_a_bad_article(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    assert main([str(empty), "--output", str(tmp_path / "out")]) == 1
    assert "empty.txt: the article is empty" in capsys.readouterr().err
    assert main([str(tmp_path / "missing.txt")]) == 1


def test_nbval_fails_when_a_stored_number_changes(tmp_path):
    """The committed outputs are a regression test: alter one number and nbval must fail."""
    source = NOTEBOOKS_DIR / "02-term-frequencies.ipynb"
    notebook = json.loads(source.read_text(encoding="utf-8"))
    cell = next(
        c
        for c in notebook["cells"]
        if c["cell_type"] == "code" and "term_frequencies" in "".join(c["source"])
    )
    data = cell["outputs"][0]["data"]
    plain = "".join(data["text/plain"])
    assert re.search(r"nato\s+11\b", plain)
    data["text/plain"] = re.sub(r"(nato\s+)11\b", r"\g<1>12", plain)
    copy = tmp_path / "altered.ipynb"
    copy.write_text(json.dumps(notebook), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p",
         "no:cacheprovider", "-c", os.devnull, "--rootdir", str(tmp_path), str(copy)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout[-2000:]
    assert "1 failed" in result.stdout
    assert "nato" in result.stdout and "12" in result.stdout


def test_report_on_a_record_of_a_collection(tmp_path):
    """The main job takes any input form: here one record of a JSON Lines export."""
    index = build_report(
        FIXTURES / "sources" / "export.jsonl", tmp_path, id="a-1", notebooks=["01-article"]
    )
    page = (tmp_path / "01-article.html").read_text(encoding="utf-8")
    assert "Port strike enters second week" in page
    assert "by The Daily Coast" in page and "Byline: Maria Lopez, Ian Frost" in page
    assert "Port strike enters second week" in index.read_text(encoding="utf-8")


def test_corpus_report_front_page_and_navigation(tmp_path):
    from analysis.report import build_corpus_report

    index = build_corpus_report(FIXTURES / "sources" / "export.jsonl", tmp_path)
    front = index.read_text(encoding="utf-8")
    assert "<h1>export.jsonl</h1>" in front
    assert "The corpus has 3 articles from 2 outlets" in front
    assert front.count("data:image/png;base64") == 4
    assert 'href="10-coverage.html"' in front
    page = (tmp_path / "10-coverage.html").read_text(encoding="utf-8")
    assert '<a href="index.html">Front page</a>' in page
    assert (tmp_path / "tables" / "manifest").is_dir()
