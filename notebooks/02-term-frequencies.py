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
# # Which terms dominate?
#
# **Question:** Which words and phrases does the article use most, which are unusual for English, and where do they occur?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** the top terms, frequent phrases and collocations, distinctive terms, a dispersion plot and a keyword-in-context view.

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
# Terms are word tokens counted in their normalised form; numbers, punctuation and NLTK's 198 English stop words (*the*, *and*, *of*, ...) are left out. `share` is the term's count over all words of the body.

# %%
terms = an.term_frequencies(article)
terms.head(15)

# %% [markdown]
# The chart shows the fifteen most frequent terms:

# %%
ax = an.plot_term_frequencies(terms)

# %%
an.show(an.describe_terms(terms, paragraphs=len(article.paragraphs)))

# %% [markdown]
# ## Phrases and collocations
#
# Two-word phrases that stay inside one clause (punctuation and sentence ends break them), without stop words:

# %%
an.ngram_frequencies(article, n=2).head(10)

# %% [markdown]
# Counting phrases favours common pairs. A collocation measure asks instead whether two words occur together more often than their own frequencies predict. Dunning's log-likelihood ratio (higher = stronger association) stays reliable on the small counts of one article; pairs seen only once are left out:

# %%
an.collocations(article)

# %% [markdown]
# ## Distinctive terms
#
# A frequent term may just be a frequent English word. Comparing each term's share here with its frequency in general English (wordfreq's reference list) shows what makes this text unusual: `log_ratio` is the base-2 logarithm of the ratio, so 10 means about a thousand times more frequent than usual. Terms seen once are left out.

# %%
an.distinctive_terms(article).head(10)

# %% [markdown]
# ## Where the terms occur
#
# A dispersion plot marks every occurrence of the six most frequent terms along the article, from its first word (0 %) to its last (100 %):

# %%
positions = an.term_positions(article, terms["term"].head(6))
ax = an.plot_dispersion(positions)

# %% [markdown]
# Terms spread across the whole width run through the article; terms bunched in one region belong to one part of the story.

# %% [markdown]
# ## Keyword in context
#
# Every occurrence of the most frequent term, with the text around it:

# %%
an.keyword_in_context(article, terms["term"].iloc[0] if len(terms) else "")
