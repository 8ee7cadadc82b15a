"""Tables from rows: every column in its final type, None kept as None, bad rows refused."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.frames import Rows, frame_from_rows

DTYPES = {"text": "object", "count": "int64", "share": "float64", "flag": "bool",
          "date": "datetime64[s]"}  # fmt: skip
COLUMNS = list(DTYPES)


def test_columns_have_their_types_and_values():
    rows = [("a", 1, 0.5, True, pd.Timestamp("2003-05-06")), (None, 2, 1.5, False, pd.NaT)]
    frame = frame_from_rows(rows, COLUMNS, DTYPES)
    assert [str(t) for t in frame.dtypes] == list(DTYPES.values())
    assert frame["text"].tolist() == ["a", None]  # None stays None, not NaN
    assert frame["count"].tolist() == [1, 2]
    assert frame["date"].tolist()[0] == pd.Timestamp("2003-05-06")
    assert pd.isna(frame["date"].iloc[1])
    assert isinstance(frame.index, pd.RangeIndex)


def test_matches_the_pandas_construction():
    rows = [("x", 3, 0.25, False, pd.Timestamp("1998-01-01")), ("y", 4, 2.0, True, pd.NaT)]
    expected = pd.DataFrame.from_records(rows, columns=COLUMNS).astype(DTYPES)
    pd.testing.assert_frame_equal(frame_from_rows(rows, COLUMNS, DTYPES), expected)


def test_no_rows_give_an_empty_typed_table():
    frame = frame_from_rows([], COLUMNS, DTYPES)
    assert frame.empty and list(frame.columns) == COLUMNS
    assert [str(t) for t in frame.dtypes] == list(DTYPES.values())


def test_bad_rows_are_refused():
    with pytest.raises(ValueError, match="no type given"):
        frame_from_rows([("a",)], ["text", "other"], {"text": "object"})
    with pytest.raises(ValueError, match="2 columns"):
        frame_from_rows([("a", 1, 2)], ["text", "count"], DTYPES)
    with pytest.raises(ValueError):
        frame_from_rows([("a", 1), ("b",)], ["text", "count"], DTYPES)


@given(st.lists(st.tuples(st.text(), st.integers(-(2**62), 2**62), st.booleans())))
def test_any_rows_round_trip(rows):
    frame = frame_from_rows(rows, ["text", "count", "flag"], DTYPES)
    assert list(frame.itertuples(index=False, name=None)) == rows


def test_rows_become_the_same_frame_and_can_drop_and_sort_columns():
    rows = Rows(("text", "count"), {"text": "object", "count": "int64"}, [("b", 2), ("a", 1)])
    assert len(rows) == 2
    pd.testing.assert_frame_equal(
        rows.frame(), frame_from_rows(rows.rows, ["text", "count"], DTYPES)
    )
    assert rows.without("text").columns == ("count",)
    assert rows.without("text").rows == [(2,), (1,)]
    assert rows.without("text").dtypes == {"count": "int64"}
    assert rows.sorted(key=lambda row: row[1]).rows == [("a", 1), ("b", 2)]
    with pytest.raises(ValueError, match="no type given"):
        Rows(("text", "other"), {"text": "object"}, [])


def test_a_row_type_gives_the_columns_and_their_types():
    from typing import NamedTuple

    from analysis.frames import row_schema

    class Row(NamedTuple):
        name: str
        count: int
        share: float
        seen: bool
        note: str | None
        at: int | None
        when: pd.Timestamp

    columns, dtypes = row_schema(Row)
    assert columns == ("name", "count", "share", "seen", "note", "at", "when")
    assert list(dtypes.values()) == [
        "object", "int64", "float64", "bool", "object", "Int64", "datetime64[s]",
    ]  # fmt: skip
    frame = Rows(
        columns, dtypes, [Row("a", 1, 0.5, True, None, None, pd.Timestamp("2021-08-17"))]
    ).frame()
    assert [str(t) for t in frame.dtypes] == list(dtypes.values())
    assert frame.loc[0, "at"] is pd.NA


def test_a_row_type_without_a_column_type_is_named():
    from typing import NamedTuple

    from analysis.frames import row_schema

    class Odd(NamedTuple):
        items: list

    with pytest.raises(TypeError, match=r"Odd: no column type for the fields \{'items': 'list'\}"):
        row_schema(Odd)
