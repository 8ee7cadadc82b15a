"""Tables from rows: what an analysis computes (:class:`Rows`) and the one way the package turns
it into a typed DataFrame.

``pd.DataFrame.from_records(rows).astype(dtypes)`` infers a type for every column and then
converts it again; on a news article's few hundred rows that costs about a millisecond a table,
most of the time of a corpus run. :func:`frame_from_rows` builds each column once, in its final
type: ``object`` columns stay Python objects (text, or None), numeric and boolean columns
become NumPy arrays, ``datetime64[s]`` columns take Timestamps and NaT.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ForwardRef, Generic, TypeVar

import numpy as np
import pandas as pd

__all__ = ["Rows", "frame_from_rows", "row_schema"]

#: Column types of :class:`Rows` by the annotation of a row type's field.
_DTYPES = {
    "int": "int64",
    "float": "float64",
    "bool": "bool",
    "str": "object",
    "str | None": "object",
    "int | None": "Int64",
    "pd.Timestamp": "datetime64[s]",
}


def _written(annotation: Any) -> str:
    """An annotation as written in the source ("int", "str | None")."""
    if isinstance(annotation, ForwardRef):
        return annotation.__forward_arg__
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation)


def row_schema(row_type: type) -> tuple[tuple[str, ...], dict[str, str]]:
    """The column names and types of a table from its row type (a NamedTuple whose fields
    are annotated ``int``, ``float``, ``bool``, ``str``, ``str | None``, ``int | None`` or
    ``pd.Timestamp``): the one place a table's columns are written.

    Raises:
        TypeError: A field's annotation has no column type.
    """
    annotations = {name: _written(kind) for name, kind in row_type.__annotations__.items()}
    unknown = {name: kind for name, kind in annotations.items() if kind not in _DTYPES}
    if unknown:
        raise TypeError(f"{row_type.__name__}: no column type for the fields {unknown}")
    return tuple(annotations), {name: _DTYPES[kind] for name, kind in annotations.items()}


def _column(values: Sequence[Any], dtype: str, index: pd.RangeIndex) -> Any:
    # Series share the frame's index object, so pandas does not reindex them.
    if dtype == "object":
        array = np.empty(len(values), dtype=object)
        array[:] = values
        return pd.Series(array, index=index, dtype=object, copy=False)
    if dtype == "Int64":  # whole numbers that may be missing (None)
        return pd.Series(pd.array(values, dtype="Int64"), index=index, copy=False)
    if dtype.startswith("datetime64"):
        unit = dtype.removeprefix("datetime64[").removesuffix("]")
        return pd.Series(pd.DatetimeIndex(values).as_unit(unit), index=index, copy=False)
    return np.asarray(values, dtype=dtype)


def frame_from_rows(
    rows: Sequence[tuple[Any, ...]], columns: Sequence[str], dtypes: Mapping[str, str]
) -> pd.DataFrame:
    """A DataFrame with one row per tuple of ``rows`` and one column per name of ``columns``,
    each of its type in ``dtypes`` (``"object"``, ``"int64"``, ``"float64"``, ``"bool"``,
    ``"datetime64[s]"``, ``"Int64"`` for whole numbers that may be None). Every tuple has one
    value per column."""
    missing = [name for name in columns if name not in dtypes]
    if missing:
        raise ValueError(f"no type given for the columns {missing}")
    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    if len(values) != len(columns):
        raise ValueError(f"rows have {len(values)} values, the table {len(columns)} columns")
    index = pd.RangeIndex(len(rows))
    data = {
        name: _column(column, dtypes[name], index)
        for name, column in zip(columns, values, strict=True)
    }
    return pd.DataFrame(data, index=index, copy=False)


R = TypeVar("R", bound=tuple[Any, ...])


@dataclass(frozen=True, slots=True)
class Rows(Generic[R]):
    """A table as an analysis computes it: column names, their types and one tuple per row.

    A reader gets it as a DataFrame (:meth:`frame`); a corpus batch stacks the rows of many
    articles into one Arrow table, so a corpus never builds a DataFrame per article per
    analysis (which costs more than most analyses themselves).

    Attributes:
        columns: The column names, in order.
        dtypes: The type of every column, as :func:`frame_from_rows` takes them.
        rows: One tuple per row, one value per column (a table with a row type — a
            NamedTuple, see :func:`row_schema` — has rows of that type: ``Rows[TokenRow]``).
    """

    columns: tuple[str, ...]
    dtypes: Mapping[str, str]
    rows: list[R]

    def __post_init__(self) -> None:
        missing = [name for name in self.columns if name not in self.dtypes]
        if missing:
            raise ValueError(f"no type given for the columns {missing}")

    def __len__(self) -> int:
        return len(self.rows)

    def frame(self) -> pd.DataFrame:
        """The rows as a DataFrame, every column in its type."""
        return frame_from_rows(self.rows, self.columns, self.dtypes)

    def without(self, *names: str) -> Rows[tuple[Any, ...]]:
        """The same rows without the columns ``names``."""
        keep = [i for i, name in enumerate(self.columns) if name not in names]
        return Rows(
            tuple(self.columns[i] for i in keep),
            {self.columns[i]: self.dtypes[self.columns[i]] for i in keep},
            [tuple(row[i] for i in keep) for row in self.rows],
        )

    def sorted(self, key: Callable[[R], Any]) -> Rows[R]:
        """The same columns with the rows in the order of ``key``."""
        return Rows(self.columns, self.dtypes, sorted(self.rows, key=key))
