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
# # Who and what does it name?
#
# **Question:** Which people, organisations and places does the article name, how prominently, and which of them does it quote?
#
# **Input:** the article at `article_path` (by default our article, `data/2021-08-17-nato-afghanistan.txt`). To analyse another one — a text, Markdown or saved web page, or one record of a JSON Lines or CSV export — change `article_path` (and, for a collection, `article_id`) in the parameters cell below, or run `make report ARTICLE=path/to/article.html`.
#
# **Output:** a chart of the most named people, organisations and places, the table of entities (mentions, first paragraph, whether quoted), the places resolved to their countries, and every mention with the fullest name the article gives it.

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
# Names are found by the project's own language model, a spaCy pipeline trained on annotated news wire (CoNLL-2003) and web text (Universal NER), shipped with the package and run offline (its model card, `src/analysis/ner/MODEL_CARD.md`, gives its data, licences and scores). Persons' titles ("Mayor", "Secretary-General") are not part of their names. The article is then read as a whole, as a reader does, to name each mention: it gets the fullest name the article gives it (`Stoltenberg` → `Jens Stoltenberg`; an acronym → its long form when the article spells it out), and keeps its own text where two fuller names could be meant rather than a guess. The model can miss a name or give it the wrong kind; the model card lists its scores by source and genre.

# %%
summary = an.entity_summary(article)
an.show(an.describe_entities(summary))

# %% [markdown]
# The chart shows the most named entities by kind; "quoted" marks those the article quotes (from the quotes notebook's speakers table):

# %%
ax = an.plot_entities(summary)

# %% [markdown]
# ## Entities
#
# One row per entity: `mentions` counts every mention, `first_paragraph` is where it first appears (0 = the headline), `quoted_words` the words quoted from it:

# %%
summary

# %% [markdown]
# ## Where the places are
#
# Each place resolved with an offline gazetteer (GeoNames: countries, US states, continents and cities of 15,000 people or more): to its country, and to coordinates when the name is one city. A name that could be several places (Cambridge, Birmingham) stays unresolved, with the reason, rather than guessed:

# %%
where = an.places(article)
an.show(an.describe_places(where))

# %%
where

# %% [markdown]
# ## Every mention
#
# Each mention as written, with its kind (`PER` person, `ORG` organisation, `LOC` place), where it stands and the entity it names:

# %%
an.entities(article).drop(columns=["start", "end"])
