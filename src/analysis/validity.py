"""How far to trust the figures on the front page: what each was checked against, and how well
it did, as the scorers measured it.

The scorers run on development data that lives outside the repository (``../shared/``) and
write their tables into ``data/validity/`` (``make validity``); the notebooks read those tables
here, so a reader sees measured figures, and a test checks them against a fresh run where the
data is at hand.
"""

from __future__ import annotations

import pandas as pd

from analysis.article import ArticleError
from analysis.paths import DATA_DIR

__all__ = ["VALIDITY_DIR", "validity_table"]

VALIDITY_DIR = DATA_DIR / "validity"
#: Each table: its file and the data it was measured on (for a reader).
TABLES = {
    "readability": "readability-onestop-dev.csv",
    "tone": "tone-semeval-trial.csv",
}


def validity_table(name: str) -> pd.DataFrame:
    """The measured validity table ``name`` (``readability`` or ``tone``).

    ``readability``: ``measure``, ``label``, ``pairs``, ``ordered``, ``ties``, ``share`` (of the
    pairs of versions of one article ordered right). ``tone``: ``view``, ``part``, ``headlines``,
    ``pearson_r``, ``accuracy`` (three classes), ``zero_share`` (headlines scored exactly 0).

    Raises:
        ArticleError: Unknown name, or the table is missing (it names the file and
            ``make validity``).
    """
    if name not in TABLES:
        raise ArticleError(f"no validity table {name!r}; one of {', '.join(TABLES)}")
    path = VALIDITY_DIR / TABLES[name]
    if not path.is_file():
        raise ArticleError(f"{path}: the validity table is missing; run `make validity`")
    return pd.read_csv(path)
