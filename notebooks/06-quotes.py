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
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who says what?
#
# **Question:** Who is quoted in the article, how much, and saying what?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** the table of quotations with their kind and speaker, the speakers table and a chart of words quoted per speaker.

# %% tags=["parameters"]
from analysis import DEFAULT_ARTICLE

article_path = str(DEFAULT_ARTICLE)  # a .txt, .md or .html file, or a .jsonl/.csv collection
article_id = None  # in a collection: the id of the article to analyse
article_format = None  # None: guessed from the file; or "article", "text", "markdown", "html"
article_date = None  # "YYYY-MM-DD": the publication date, when the file lacks it or is wrong
article_headline = None  # the headline, when the file lacks it or is wrong

# %%
import analysis as an

article = an.load_article(
    article_path,
    id=article_id,
    format=article_format,
    date=article_date,
    headline=article_headline,
)
article

# %% [markdown]
# Quotations are found by rules: a **direct** quote is a full statement in quotation marks, opening its sentence or introduced by a speech verb (*the minister told reporters, “…”*); a **partial** quote is a quoted fragment inside reported speech; a short Title-Case phrase in quotation marks is a **name**, not speech; **indirect** speech is reported without quotation marks (*X has stated that …*). Speakers are resolved to the fullest name the article gives; *he* and *she* to the latest named speaker.

# %%
quotes = an.extract_quotes(article)
quotes.drop(columns=["start", "end"])

# %% [markdown]
# ## Speakers
#
# Direct and partial quotes per speaker; `share` is the speaker's quoted words over all words of the article:

# %%
table = an.speakers(article)
table

# %% [markdown]
# The chart shows the words quoted per speaker:

# %%
ax = an.plot_speakers(table)

# %%
an.show(an.describe_quotes(quotes, table))
