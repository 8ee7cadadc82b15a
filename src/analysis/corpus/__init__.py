"""Many articles: a corpus analysed on one machine or a Dask cluster into Parquet tables, and
the questions that compare its coverage.

``analyse_corpus`` writes the tables; ``Corpus`` reads them (DuckDB); the functions of
:mod:`analysis.corpus.compare` answer "how did the coverage go".
"""

from analysis.corpus.compare import (
    articles_per_outlet,
    cited_dates,
    countries_named,
    distinctive_terms_by_outlet,
    readability_by_outlet,
    terms_over_time,
    tone_by_outlet,
    top_entities,
    top_speakers,
)
from analysis.corpus.run import CorpusRun, analyse_batch, analyse_corpus
from analysis.corpus.store import Corpus
from analysis.corpus.tables import ANALYSES

__all__ = [
    "ANALYSES",
    "Corpus",
    "CorpusRun",
    "analyse_batch",
    "analyse_corpus",
    "articles_per_outlet",
    "cited_dates",
    "countries_named",
    "distinctive_terms_by_outlet",
    "readability_by_outlet",
    "terms_over_time",
    "tone_by_outlet",
    "top_entities",
    "top_speakers",
]
