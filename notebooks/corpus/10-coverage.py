# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (article-analysis)
#     language: python
#     name: article-analysis
# ---

# %% [markdown]
# # How did the coverage go?
#
# **Question:** Across many articles, which outlets covered what and when, with which words, in which tone, which past dates the coverage keeps returning to, and who gets quoted.
#
# **Input:** a collection of articles at `corpus_path` (by default `data/corpus/aquaint-1998-2000.jsonl`: 73 AP, New York Times and Xinhua articles from 1998–2000, among them the 1998 embassy bombings in Kenya and Tanzania, NATO's enlargement in 1999 and the Elian Gonzalez case in 2000). Any JSON Lines, JSON, CSV or TSV export or folder of articles works: change `corpus_path` below, or run `make corpus-report CORPUS=path/to/coverage.jsonl`.
#
# **Output:** articles per outlet over time, readability per outlet, tone per outlet over time, the terms each outlet uses more than the others, the dates the coverage cites, the most quoted speakers.

# %% tags=["parameters"]
from analysis import DEFAULT_CORPUS

corpus_path = str(DEFAULT_CORPUS)  # a .jsonl, .json, .csv or .tsv collection, or a folder
corpus_output = None  # a folder for the Parquet tables; None: a new temporary folder

# %%
import tempfile

import analysis as an

an.use_reading_tables()  # tables for reading: no index, text wrapped, numbers rounded

output = corpus_output or tempfile.mkdtemp(prefix="corpus-")
run = an.analyse_corpus(corpus_path, output=output, workers=1, progress=False)
corpus = an.Corpus(output)
an.show(an.describe_corpus(corpus))

# %% [markdown]
# Every article went through every analysis of the single-article notebooks; each analysis is a table of the corpus, with the article's id, date and outlet on every row, stored as Parquet and queried with DuckDB. The tables:

# %%
corpus.tables

# %% [markdown]
# ## When and where
#
# The number of articles each outlet published per month:

# %%
per_outlet = an.articles_per_outlet(corpus, period="month")
ax = an.plot_articles_per_outlet(per_outlet)

# %%
an.show(an.describe_coverage(per_outlet))

# %% [markdown]
# ## How hard to read
#
# The Flesch–Kincaid grade of each article, per outlet: the dot is the median article, the bar spans the middle half of them.

# %%
grades = an.readability_by_outlet(corpus)
ax = an.plot_readability_by_outlet(grades)

# %%
an.show(an.describe_readability_by_outlet(grades))

# %%
grades.round(1)

# %% [markdown]
# ## Tone
#
# The mean VADER compound score of each outlet's articles per month (the score of the sentences, averaged per article); bigger dots stand for more articles.

# %%
tone = an.tone_by_outlet(corpus, period="month")
ax = an.plot_tone_by_outlet(tone)

# %%
an.show(an.describe_tone_by_outlet(tone))

# %% [markdown]
# ## Words each outlet prefers
#
# The terms each outlet uses more often than the rest of the corpus, ranked by Dunning's log-likelihood G² (above 10.83: a difference this large would happen by chance less than once in a thousand):

# %%
distinctive = an.distinctive_terms_by_outlet(corpus, top=6)
ax = an.plot_distinctive_terms(distinctive)

# %%
distinctive.round(1)

# %%
an.show(an.describe_distinctive_terms(distinctive))

# %% [markdown]
# ## Dates the coverage returns to
#
# Past dates — before each article's own publication — named by the most articles:

# %%
cited = an.cited_dates(corpus, top=10)
ax = an.plot_cited_dates(cited)

# %%
an.show(an.describe_cited_dates(cited))

# %%
cited

# %% [markdown]
# ## Who is quoted
#
# The speakers with the most quoted words, across outlets (attribution is automatic; see the single-article quotes notebook for how each speaker is found):

# %%
quoted = an.top_speakers(corpus, top=10)
ax = an.plot_top_speakers(quoted)

# %%
an.show(an.describe_top_speakers(quoted))

# %%
quoted

# %% [markdown]
# ## Who the coverage names
#
# The people, organisations and places named in the most articles (found by the project's language model; see the single-article names notebook for how), with the outlets that name them and when:

# %%
named = an.top_entities(corpus, top=12)
ax = an.plot_top_entities(named)

# %%
an.show(an.describe_top_entities(named))

# %%
named

# %% [markdown]
# ## Where the news happens
#
# The countries the coverage's places are in (each place resolved with an offline gazetteer; names that could be several places are left out), by the number of articles that name a place there:

# %%
countries = an.countries_named(corpus, top=12)
ax = an.plot_countries_named(countries)

# %%
an.show(an.describe_countries_named(countries))

# %%
countries

