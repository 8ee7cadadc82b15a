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
# # The article at a glance
#
# **Question:** What is this article about, how hard is it to read, what tone does it take, which dates does it speak of and who is quoted?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** one key number from each analysis and small versions of the main charts. Each analysis has its own notebook:
#
# 1. [01-article](01-article.ipynb): loading and tokenizing
# 2. [02-term-frequencies](02-term-frequencies.ipynb): which terms dominate
# 3. [03-readability](03-readability.ipynb): how hard it is to read
# 4. [04-sentiment](04-sentiment.ipynb): how the tone moves from paragraph to paragraph
# 5. [05-timeline](05-timeline.ipynb): which dates it speaks of
# 6. [06-quotes](06-quotes.ipynb): who says what
# 7. [07-entities](07-entities.ipynb): who and what it names

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

# %%
an.show(an.describe_article(article))

# %% [markdown]
# ## Key numbers
#
# One number from each analysis; the notebooks linked above explain how each is computed.

# %%
an.key_numbers(article)

# %% [markdown]
# ## The main charts
#
# The most frequent terms, the grade each grade-level formula gives (the dashed line is the reading grade, their mean), the tone of each paragraph (VADER compound score, red negative, blue positive) and the dates the article names, in time order.

# %%
terms = an.term_frequencies(article)
scores = an.readability_scores(article)
tone = an.sentiment_by_paragraph(article)
events = an.timeline(article)
charts = an.plot_overview(terms, scores, tone, events)

# %% [markdown]
# ## In words

# %%
an.show(an.describe_terms(terms, paragraphs=len(article.paragraphs)))

# %%
an.show(an.describe_readability(scores))

# %%
an.show(an.describe_sentiment(tone, an.headline_sentiment(article)))

# %%
an.show(an.describe_timeline(events))

# %%
an.show(an.describe_quotes(an.extract_quotes(article), an.speakers(article)))

# %%
an.show(an.describe_entities(an.entity_summary(article)))
