"""The main job on other input forms: a record of a collection, and a whole corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.report import build_report

pytestmark = pytest.mark.heavy

FIXTURES = Path(__file__).parent / "fixtures"


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
