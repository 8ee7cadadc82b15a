"""Tables for reading, the same in JupyterLab and in the report: no meaningless index, text
left-aligned and wrapped rather than cut, numbers rounded to what they mean.

``use_reading_tables()`` (every notebook calls it) makes IPython show every DataFrame through
:func:`reading_table`; the plain-text form, which nbval compares, is pandas' own.
"""

from __future__ import annotations

import html
import itertools
from typing import Any

import pandas as pd

__all__ = [
    "Shown",
    "evidence_table",
    "marked",
    "number_format",
    "reading_table",
    "use_reading_tables",
]

_TWO = {
    "compound",
    "tone",
    "contribution",
    "pos",
    "neu",
    "neg",
    "paragraph_compound",
    "relative",
    "syllables_per_word",
}
_ONE = {"score", "grade", "low", "high", "spread", "g2", "per_10k", "rest_per_10k", "log_ratio",
        "mean", "median", "q1", "q3", "words_per_sentence", "value",
        "reading_time_seconds"}  # fmt: skip
_STYLES = [
    {"selector": "th", "props": [("text-align", "left"), ("vertical-align", "bottom")]},
    {"selector": "td", "props": [("vertical-align", "top")]},
]


def number_format(column: str) -> str:
    """The format of a numeric column by what it holds: shares as percentages, VADER scores
    to two decimals, grades and scores to one."""
    if column == "share" or column.endswith(("_share", "share_")):
        return "{:.1%}"
    if column in _TWO:
        return "{:.2f}"
    if column in _ONE:
        return "{:.1f}"
    return "{:.3g}"


def reading_table(frame: pd.DataFrame, *, uuid: str = "t") -> Any:
    """A Styler of ``frame`` for reading: index hidden, text left-aligned and wrapped, numbers
    rounded by :func:`number_format`, dates without a time of day.

    Every cell and heading is HTML-escaped: text from an article (a saved web page above all)
    is shown as text, never read as markup — a ``<script>`` in a headline stays words on the
    page. This is the one place the project's tables become HTML."""
    formats: dict[str, Any] = {}
    text_columns = []
    for column, dtype in frame.dtypes.items():
        name = str(column)
        if str(dtype).startswith("float"):
            formats[name] = number_format(name)
        elif str(dtype).startswith("datetime"):
            formats[name] = lambda d: "" if pd.isna(d) else f"{d:%Y-%m-%d}"
        elif str(dtype) in ("object", "str", "string"):
            text_columns.append(name)
    styler = (
        frame.style.hide(axis="index")
        .format(formats, na_rep="–", escape="html")
        .format_index(escape="html", axis="index")
        .format_index(escape="html", axis="columns")
        .set_uuid(uuid)
    )
    styler = styler.set_table_styles(_STYLES)
    if text_columns:
        styler = styler.set_properties(
            subset=text_columns,
            **{"text-align": "left", "white-space": "normal", "max-width": "36em"},
        )
    return styler


def marked(before: str, mention: str, after: str) -> str:
    """HTML of a sentence with its ``mention`` highlighted; every part escaped, so text from
    an article is shown as text."""
    return f"{html.escape(before)}<mark>{html.escape(mention)}</mark>{html.escape(after)}"


class Shown:
    """A table to show: HTML in a notebook or a report, plain text elsewhere (the same on
    every run, so that a notebook's stored output only changes when the table does)."""

    def __init__(self, html: str, text: str) -> None:
        self.html, self.text = html, text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


def evidence_table(frame: pd.DataFrame, *, uuid: str = "evidence") -> Shown:
    """A :func:`reading_table` of :func:`analysis.speaker_evidence` for a reader to check each
    speaker at a glance: the quotation, its speaker and how the speaker was found, and the
    sentence that names or refers to them, with that mention highlighted (in plain text:
    between square brackets)."""
    missing = {"before", "mention", "after", "quote", "speaker", "resolved_by"} - set(frame.columns)
    if missing:
        raise ValueError(f"not a speaker_evidence table: no column {sorted(missing)}")
    shown = pd.DataFrame(
        {
            "quote": frame["quote"],
            "speaker": frame["speaker"],
            "resolved_by": frame["resolved_by"],
            "where the text names the speaker": [
                marked(b, m, a)
                for b, m, a in zip(frame["before"], frame["mention"], frame["after"], strict=True)
            ],
        }
    )
    styler = reading_table(shown, uuid=uuid)
    # the marked column is escaped by marked() already: format it without escaping again
    styler = styler.format(lambda value: value, subset=["where the text names the speaker"])
    text = shown.assign(
        **{
            "where the text names the speaker": [
                f"{b}[{m}]{a}"
                for b, m, a in zip(frame["before"], frame["mention"], frame["after"], strict=True)
            ]
        }
    ).to_string(index=False)
    return Shown(styler.to_html(), text)


def use_reading_tables() -> None:
    """Show every DataFrame in this IPython kernel as a :func:`reading_table` (HTML only)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - outside IPython there is nothing to set
        return
    shell = get_ipython()
    if shell is None:
        return
    html = shell.display_formatter.formatters["text/html"]
    numbers = itertools.count(1)  # one id a table, the same on every run of the notebook
    html.for_type(
        pd.DataFrame, lambda frame: reading_table(frame, uuid=f"t{next(numbers)}").to_html()
    )
