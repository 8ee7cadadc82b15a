"""The rendered report, and nbval's teeth."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.paths import NOTEBOOKS_DIR
from analysis.report import build_report, main

pytestmark = pytest.mark.heavy

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
