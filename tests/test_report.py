"""The rendered report, and nbval's teeth."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.paths import NOTEBOOKS_DIR
from analysis.report import build_report

pytestmark = pytest.mark.heavy

FIXTURES = Path(__file__).parent / "fixtures"
NOTEBOOKS = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
# nbval runs every notebook on our article; this report runs them all on another article whose
# headline and text are full of markup, as a saved web page can be.
RENDERED = NOTEBOOKS
CHARTS = {"00-overview": 1, "05-timeline": 1, "06-quotes": 1}
#: Markup an article may hold. Every piece carries the marker ``pwn_`` (an underscore never
#: occurs in the base64 of an embedded figure), so an element made from it can be found.
MARKUP = {
    "headline": '<script>alert("pwn_1")</script> Harbour town celebrates',
    "image": 'Not everyone is happy <img src="pwn_2.png" onerror="alert(\'pwn_3\')"> at all.',
    "link": "according to the <a href=\"javascript:alert('pwn_4')\">harbour office</a> & its "
    "<pwn_tag>staff</pwn_tag>.",
    "quote": "\u201cThe <b class='pwn_5'>harbour</b> was built for boats like ours",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The full report for a second article whose headline and text carry HTML."""
    folder = tmp_path_factory.mktemp("report")
    text = (FIXTURES / "2019-12-31-harbour.txt").read_text(encoding="utf-8")
    for old, new in [
        ("Harbour town celebrates", MARKUP["headline"]),
        ("Not everyone is happy.", MARKUP["image"]),
        ("according to the harbour office.", MARKUP["link"]),
        ("\u201cThe harbour was built for boats like ours", MARKUP["quote"]),
    ]:
        assert old in text
        text = text.replace(old, new, 1)
    article = folder / "harbour.txt"
    article.write_text(text, encoding="utf-8")
    return build_report(article, folder / "out", notebooks=RENDERED)


class _Elements(HTMLParser):
    """Every element of a page: its tag and attributes, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def _elements(page: Path) -> _Elements:
    parser = _Elements()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_index_links_every_page_rendered(report):
    index = report.read_text(encoding="utf-8")
    for name in RENDERED:
        assert f'href="{name}.html"' in index
        assert (report.parent / f"{name}.html").is_file()
    assert sorted(p.stem for p in report.parent.glob("0*.html")) == RENDERED


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


def test_no_element_of_any_page_comes_from_the_article(report):
    pages = sorted(report.parent.glob("*.html"))
    assert len(pages) == len(RENDERED) + 1
    for page in pages:
        parsed = _elements(page)
        for tag, attributes in parsed.elements:
            assert "pwn_" not in tag, (page.name, tag)
            for name, value in attributes:
                assert "pwn_" not in f"{name}={value}", (page.name, tag, name, value)
                assert not (value or "").lstrip().lower().startswith("javascript:"), page.name
        assert not any("pwn_" in script for script in parsed.scripts), page.name


def test_markup_in_the_article_is_shown_as_its_text(report):
    text = {page.stem: " ".join(_elements(page).text) for page in report.parent.glob("*.html")}
    headline = MARKUP["headline"]
    for name in ("index", "00-overview", "04-sentiment"):  # the tone page's headline table
        assert headline in text[name], name
    assert MARKUP["image"] in text["04-sentiment"]  # the sentence table
    for name in ("01-article", "05-timeline"):  # the paragraph and the date's context
        assert "harbour office</a> & its <pwn_tag>staff</pwn_tag>." in text[name], name
    assert "The <b class='pwn_5'>harbour</b> was built" in text["06-quotes"]


def test_report_works_offline(report):
    for page in report.parent.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r"(?:src=|<link[^>]*href=|import\()[\"']?(https?://[^\"' )]+)", html)
        assert remote == [], page.name


def test_report_names_a_bad_article(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    assert main(["report", str(empty), "--output", str(tmp_path / "out")]) == 1
    assert "empty.txt: the article is empty" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.txt")]) == 1


def _flaky_kernel(fails: int, message: str = "Kernel died before replying to kernel_info"):
    """A stand-in for papermill's execution whose kernel dies ``fails`` times first."""
    calls = []

    def execute(source, target, **kwargs):
        calls.append(source)
        if len(calls) <= fails:
            raise RuntimeError(message)
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text("{}", encoding="utf-8")

    return execute, calls


def test_a_kernel_that_dies_before_its_first_reply_is_started_again(tmp_path, monkeypatch):
    import papermill

    from analysis import report

    execute, calls = _flaky_kernel(fails=2)
    monkeypatch.setattr(papermill, "execute_notebook", execute)
    monkeypatch.setattr(report, "_html", lambda target: "<html></html>")
    notebook = tmp_path / "01-terms.ipynb"
    assert report._render(notebook, {}, tmp_path) == "01-terms"
    assert len(calls) == 3  # two kernels lost their port, the third ran
    assert (tmp_path / "01-terms.html").read_text(encoding="utf-8") == "<html></html>"


@pytest.mark.parametrize(
    ("fails", "message"),
    [
        (3, "Kernel died before replying to kernel_info"),  # every start failed
        (1, "some other failure"),  # not a kernel lost at its start: no second try
    ],
)
def test_other_kernel_failures_are_raised(tmp_path, monkeypatch, fails, message):
    import papermill

    from analysis import report

    execute, calls = _flaky_kernel(fails=fails, message=message)
    monkeypatch.setattr(papermill, "execute_notebook", execute)
    with pytest.raises(RuntimeError, match=message):
        report._render(tmp_path / "01-terms.ipynb", {}, tmp_path)
    assert len(calls) == min(fails, report.KERNEL_STARTS)
