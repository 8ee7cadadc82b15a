"""Reading tables: numbers rounded by what they hold, and text from an article never markup."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.display import number_format, reading_table

_TABLE_TAGS = {"style", "table", "thead", "tbody", "tr", "th", "td"}


class _Cells(HTMLParser):
    """The tags of a page and the text of each table cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _parsed(frame: pd.DataFrame) -> _Cells:
    parser = _Cells()
    parser.feed(reading_table(frame).to_html())
    return parser


MARKUP = [
    "<script>alert('x')</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(2)">link</a>',
    'Tom & Jerry\'s "best" <b>day</b>',
]


def test_cells_and_headings_from_an_article_are_text_not_markup():
    frame = pd.DataFrame({"<i>heading</i>": MARKUP, "score": [0.5, -0.25, 1.0, 0.0]})
    parsed = _parsed(frame)
    assert set(parsed.tags) <= _TABLE_TAGS
    assert not any(name.startswith("on") or "javascript" in (value or "")
                   for name, value in parsed.attributes)  # fmt: skip
    assert parsed.cells[0] == "<i>heading</i>"
    assert [c for c in parsed.cells if c in MARKUP] == MARKUP  # shown verbatim, as text


def test_numbers_dates_and_missing_values_keep_their_formats():
    frame = pd.DataFrame(
        {
            "compound": [0.12345, None],
            "grade": [9.87, 3.0],
            "share": [0.256, 0.5],
            "published": pd.to_datetime(["2021-08-17 10:00", None]),
            "text": ["a < b", None],
        }
    )
    cells = _parsed(frame).cells
    assert cells[:5] == ["compound", "grade", "share", "published", "text"]
    assert cells[5:10] == ["0.12", "9.9", "25.6%", "2021-08-17", "a < b"]
    assert cells[10:] == ["–", "3.0", "50.0%", "–", "–"]


def test_number_format_by_what_a_column_holds():
    assert number_format("share") == "{:.1%}"
    assert number_format("quoted_share") == "{:.1%}"
    assert number_format("compound") == "{:.2f}"
    assert number_format("grade") == "{:.1f}"
    assert number_format("count") == "{:.3g}"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4))
def test_any_text_comes_back_as_the_same_text(texts):
    frame = pd.DataFrame({"text": texts})
    parsed = _parsed(frame)
    assert set(parsed.tags) <= _TABLE_TAGS
    assert parsed.cells[1:] == texts


def test_the_evidence_table_marks_the_mention_and_escapes_the_article():
    import analysis as an

    article = an.parse_article(
        "2024-05-01 Markup\n\n“<b>Bold</b> & <script>x()</script>,” said <i>Ann</i> Lee."
    )
    shown = an.evidence_table(an.speaker_evidence(article))
    html = shown._repr_html_()
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert html.count("<mark>") == 1
    # plain text: the mention between brackets, the same on every run (no memory address)
    assert "said [<i>Ann</i> Lee]." in repr(shown) and " at 0x" not in repr(shown)


def test_the_evidence_table_wants_an_evidence_frame():
    import analysis as an

    with pytest.raises(ValueError, match="not a speaker_evidence table"):
        an.evidence_table(pd.DataFrame({"quote": ["x"]}))
