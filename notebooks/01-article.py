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
# # Loading and tokenizing the article
#
# **Question:** How is the article split into paragraphs, sentences and tokens, and which form of each word do the other analyses count?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** paragraph, sentence and token counts; a sample of the token table; the tokens whose counted form differs from the written one.

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
# The article can come as our text format (a first line ` date YYYY-MM-DD Headline`, then paragraphs separated by blank lines), as plain text (pasted or hard-wrapped: paragraphs are found from the line breaks, a first line that reads as a headline is the headline), as Markdown, as a saved web page (its text and metadata extracted by trafilatura), or as a record of a JSON Lines or CSV export. Sentences are split with NLTK's Punkt algorithm, given the abbreviations of news copy as parameters (`U.S.`, `Gen.`, `Aug. 7`, `a.m.`, `No. 2`), so no model has to be downloaded.

# %%
an.show(an.describe_article(article))

# %% [markdown]
# ## Paragraphs
#
# Each paragraph with its number of sentences, tokens (words, numbers and punctuation), words and stop words:

# %%
table = an.tokens(article)
an.paragraph_counts(table)

# %% [markdown]
# ## Sentences
#
# The sentences of the first paragraphs, with their offsets into the file's text (every offset slices back to the text):

# %%
an.sentence_table(article).head(6)

# %% [markdown]
# ## Tokens
#
# One row per token. `norm` is the form the analyses count; `is_word` marks tokens with a letter; `is_stop` marks NLTK's English stop words:

# %%
table.head(15)

# %% [markdown]
# ## How tokens are normalised, and why
#
# Counting must not split one word into several: `norm` is case-folded (*NATO* and *nato* are one term), curly quotes and apostrophes are made straight, and a possessive *’s* is folded into its noun, so that *NATO’s* counts as *nato* (contractions such as *it’s* stay whole). Hyphenated compounds and numbers are kept whole (*Secretary-General*, *300,000-strong*, *1.1*), since splitting them would count *general* or *300* as words of the text.
#
# These are the words of this article whose counted form differs from their lower-case form:

# %%
an.changed_norms(table)
