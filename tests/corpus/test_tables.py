"""A batch's tables: the articles' rows stacked with their keys, in fixed Arrow types."""

from __future__ import annotations

import datetime as dt
import math

import pyarrow as pa

import analysis as an
from analysis.corpus.tables import arrow_table, article_tables, batch_table
from analysis.frames import Rows


def test_missing_values_are_null_and_types_fixed_even_when_empty():
    rows = Rows(
        ("text", "score", "when", "flag"),
        {"text": "object", "score": "float64", "when": "datetime64[s]", "flag": "bool"},
        [(None, math.nan, None, True), ("a", 0.5, dt.datetime(2003, 5, 6), False)],
    )
    table = arrow_table(rows, batch=7)
    assert table.schema.types == [
        pa.string(), pa.float64(), pa.timestamp("s"), pa.bool_(), pa.int64()
    ]  # fmt: skip
    assert table.column("text").null_count == 1 and table.column("score").null_count == 1
    assert table.column("batch").to_pylist() == [7, 7]
    empty = arrow_table(Rows(rows.columns, rows.dtypes, []), batch=0)
    assert empty.num_rows == 0 and empty.schema == table.schema


def test_batch_tables_carry_each_articles_keys_and_row_numbers():
    first = an.Article.from_parts(
        "It rained on Monday. Ann Reyes said it would stop.",
        date=dt.date(2003, 5, 6), headline="Rain", id="a-1", outlet="Daily Coast",
    )  # fmt: skip
    second = an.Article.from_parts("Nothing happened in 2001.", id="b-2")
    parts = [(a, article_tables(a)[0]["dates"]) for a in (first, second)]
    table = batch_table(parts, batch=3).to_pandas()
    assert table["article_id"].tolist() == ["a-1", "b-2"]
    assert table["row"].tolist() == [0, 0]
    assert table["outlet"].tolist()[0] == "Daily Coast" and table["outlet"].isna().tolist()[1]
    assert str(table["date"].iloc[0].date()) == "2003-05-06" and table["date"].isna().iloc[1]
    assert table["value"].tolist() == ["2003-05-05", "2001"]
    assert "event_date" in table.columns  # the article's own date is "date"
