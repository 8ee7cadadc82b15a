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
# # Which dates does the article speak of?
#
# **Question:** Which points in time does the article mention, and what happened then?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** the table of temporal expressions with their TIMEX3 values, and the timeline of dated events.

# %% tags=["parameters"]
from analysis import DEFAULT_ARTICLE

article_path = str(DEFAULT_ARTICLE)  # a .txt, .md or .html file, or a .jsonl/.csv collection
article_id = None  # in a collection: the id of the article to analyse
article_format = None  # None: guessed from the file; or "article", "text", "markdown", "html"
article_date = None  # "YYYY-MM-DD": the publication date, when the file lacks it or is wrong
article_headline = None  # the headline, when the file lacks it or is wrong
article_allow_short = False  # True: load a saved page even if its text is no article (a caption)
article_language = None  # "en": read it as English whatever the page declares

# %%
import analysis as an

an.use_reading_tables()  # tables for reading: no index, text wrapped, numbers rounded

article = an.load_article(
    article_path,
    id=article_id,
    format=article_format,
    date=article_date,
    headline=article_headline,
    allow_short=article_allow_short,
    language=article_language,
)
an.article_summary(article)

# %% [markdown]
# Temporal expressions are found by rules and normalised to TIMEX3 values (the TimeML standard): `2003`, `2021-08-15`, `P3M` (a duration of three months), `PXY` (years), `PRESENT_REF` (now). Relative expressions — *today*, *on Sunday*, *a year ago* — are resolved against the dateline. Expressions that name a point or period of the calendar get a `date` (the start of the period) and a `granularity`; durations and vague references do not.

# %%
dates = an.extract_dates(article)
dates

# %% [markdown]
# ## Timeline
#
# One row per calendar date, in time order, with the clause that says what happened then, plus the publication date:

# %%
events = an.timeline(article)
events

# %% [markdown]
# The chart places the dates at equal steps, so that distant years and neighbouring days are all legible; the real time between neighbours is written on the line. The star is the publication date:

# %%
ax = an.plot_timeline(events)

# %%
an.show(an.describe_timeline(events))
