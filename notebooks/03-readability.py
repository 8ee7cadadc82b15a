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
# # How hard is it to read?
#
# **Question:** What school grade does a reader need for this article, according to the standard readability formulas, how far do they agree, and which paragraphs are hardest?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** the reading grade (one figure, with the range of the formulas), the formula table, the grade-level chart, how far the grade was checked against people, and the difficulty of each paragraph.

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
# The reading grade is the mean of the six formulas that give a US school grade (higher = harder), to one decimal; `low` and `high` are the lowest and highest of them, `spread` how far they disagree:

# %%
grade = an.reading_grade(article)
grade

# %% [markdown]
# The scores behind it are textstat's own, computed on the body (paragraphs joined by blank lines; the headline and dateline are left out). Two formulas give no grade and are shown as what they are: Flesch reading ease, a 0–100 ease (higher = easier), and Dale–Chall, a score read in bands of grades. textstat's consensus is a whole number, so texts of neighbouring difficulty tie.

# %%
scores = an.readability_scores(article)
scores

# %% [markdown]
# The chart compares the six grade-level formulas; the dashed line is the reading grade, their mean:

# %%
ax = an.plot_readability_grades(scores)

# %%
an.show(an.describe_readability(scores))

# %% [markdown]
# ## How far to trust the grade
#
# A grade formula is a fit of sentence and word length to the grades of school texts from decades ago; what it can be trusted with on news is ordering — which of two texts is harder. The table is the scorer's (`python -m analysis.readability.evaluate`, written to `data/validity/` by `make validity`): for each measure, how many pairs of versions of one article, rewritten by teachers at three levels, it put in the right order (a tie counts as wrong):

# %%
validity = an.validity_table("readability")
validity

# %%
an.show(an.describe_readability_validity(validity))

# %% [markdown]
# The counts behind the formulas:

# %%
an.readability_counts(article)

# %% [markdown]
# ## Difficulty along the article
#
# The formulas average over sentences and were normed on long samples: on a paragraph of one or two sentences they are noise.

# %%
an.show(an.describe_thresholds())

# %%
by_paragraph = an.readability_by_paragraph(article)
an.show(an.describe_reliability(by_paragraph))

# %% [markdown]
# What holds on any sample are the formulas' two ingredients: long sentences and hard words. The chart shows, for each paragraph, the words per sentence (bars) and the share of difficult words (line; words of two or more syllables not on the Dale–Chall list of familiar words):

# %%
difficulty = an.paragraph_difficulty(article)
ax = an.plot_paragraph_difficulty(difficulty)

# %%
an.show(an.describe_difficulty(difficulty))
