"""Reading an analysed corpus: its Parquet tables through DuckDB (out-of-core SQL), each
article's rows taken from its latest batch."""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.corpus.tables import ANALYSES

__all__ = ["Corpus"]


class Corpus:
    """The tables of a corpus analysed by :func:`analysis.corpus.analyse_corpus`.

    ``corpus.table("terms")`` is a DataFrame; ``corpus.sql("select ... from terms")`` runs
    DuckDB over the Parquet files without loading them (every table name is a view; the
    ``latest`` view is the manifest's latest batch per article).
    """

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = Path(path)
        if not (self.path / "manifest").is_dir():
            raise FileNotFoundError(
                f"{self.path}: no analysed corpus here (no manifest/); run analyse_corpus first"
            )
        self._connection: Any = None

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r}, tables={self.tables})"

    @property
    def tables(self) -> list[str]:
        """The tables on disk, in :data:`ANALYSES` order, then ``errors``."""
        present = [name for name in ANALYSES if any((self.path / name).glob("*.parquet"))]
        if any((self.path / "errors").glob("*.parquet")):
            present.append("errors")
        return present

    @property
    def connection(self) -> Any:
        """A DuckDB connection with one view per table."""
        if self._connection is None:
            import duckdb

            con = duckdb.connect()
            manifest = (self.path / "manifest" / "*.parquet").as_posix()
            con.execute(
                f"create view latest as select article_id, max(batch) as batch "
                f"from read_parquet('{manifest}') group by article_id"
            )
            for name in self.tables:
                files = (self.path / name / "*.parquet").as_posix()
                source = f"read_parquet('{files}', union_by_name=true)"
                if name == "errors":
                    con.execute(f"create view errors as select * from {source}")
                    continue
                con.execute(
                    f"create view {name} as select t.* exclude (batch) from {source} t "
                    f"join latest using (article_id, batch)"
                )
            self._connection = con
        return self._connection

    def sql(self, query: str, *parameters: object) -> pd.DataFrame:
        """Run a DuckDB query over the corpus tables; return a DataFrame."""
        return self.connection.execute(query, list(parameters)).df()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table, in article then row order."""
        if name not in self.tables:
            raise KeyError(f"{self.path}: no table {name!r}; it has {', '.join(self.tables)}")
        order = "article_id, analysis" if name == "errors" else "date, article_id, row"
        return self.sql(f"select * from {name} order by {order}")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
