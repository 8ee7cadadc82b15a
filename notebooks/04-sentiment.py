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
# # How does the tone move?
#
# **Question:** Is the article positive or negative, and how does its tone change from paragraph to paragraph?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** the headline's score, a chart of paragraph scores, the sentence table and the most negative and positive sentences.

# %% tags=["parameters"]
from analysis import DEFAULT_ARTICLE

article_path = str(DEFAULT_ARTICLE)  # a .txt, .md or .html file, or a .jsonl/.csv collection
article_id = None  # in a collection: the id of the article to analyse
article_format = None  # None: guessed from the file; or "article", "text", "markdown", "html"
article_date = None  # "YYYY-MM-DD": the publication date, when the file lacks it or is wrong
article_headline = None  # the headline, when the file lacks it or is wrong
article_allow_short = False  # True: load a saved page even if its text is no article (a caption)

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
)
an.article_summary(article)

# %% [markdown]
# Scores come from VADER (Hutto & Gilbert, 2014), a rule-based model with a lexicon of rated words and rules for negation, intensifiers and punctuation. `compound` runs from −1 (most negative) to +1 (most positive); `pos`, `neu` and `neg` are the shares of the text that are positive, neutral and negative. VADER's author recommends scoring sentence by sentence, so a paragraph's `compound` is the mean of its sentences'. Labels use VADER's thresholds: ≥ 0.05 positive, ≤ −0.05 negative, neutral between.

# %% [markdown]
# The headline is scored on its own:

# %%
an.headline_sentiment(article)

# %% [markdown]
# ## Paragraph by paragraph
#
# Bars show each paragraph's score (blue positive, red negative, grey band neutral); dots show its sentences:

# %%
paragraphs = an.sentiment_by_paragraph(article)
sentences = an.sentiment_by_sentence(article)
ax = an.plot_sentiment(paragraphs, sentences)

# %%
an.show(an.describe_sentiment(paragraphs, an.headline_sentiment(article)))

# %%
paragraphs.drop(columns="text")

# %% [markdown]
# ## Sentences
#
# The three most negative sentences:

# %%
sentences.nsmallest(3, "compound")

# %% [markdown]
# and the three most positive:

# %%
sentences.nlargest(3, "compound")

# %% [markdown]
# ## Where VADER misreads news
#
# VADER was built for social media. In news it often misses what a sentence *reports*: a failure to reach something positive still scores positive, because the positive words (*secure*, *peaceful*, *solution*) outweigh *failed*; and words such as *forces*, *security* or *support* are scored as plain English, not in their military sense. Two examples, scored by the same model:

# %%
examples = ["The talks failed to secure a peaceful solution.", "Security forces killed ten people."]
{text: an.polarity_scores(text)["compound"] for text in examples}

# %% [markdown]
# Read sentence scores with this in mind: check the most positive and most negative sentences above before drawing conclusions about tone.
