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
# **Output:** the headline's score, a chart of paragraph scores (VADER), the two views of tone side by side (VADER's and one made for news) with the paragraphs where they disagree and the words that drove each, the sentence table, the most negative and positive sentences, and how far each view was checked against people.

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
# Two views of tone. **VADER** (Hutto & Gilbert, 2014), the reference: a rule-based model with a lexicon of rated words and rules for negation, intensifiers and punctuation. `compound` runs from −1 (most negative) to +1 (most positive); `pos`, `neu` and `neg` are the shares of the text that are positive, neutral and negative. VADER's author recommends scoring sentence by sentence, so a paragraph's `compound` is the mean of its sentences'. Labels use VADER's thresholds: ≥ 0.05 positive, ≤ −0.05 negative, neutral between.
#
# **The news view** (`tone`, −1 to +1) reads the same sentences with VADER's lexicon under a news lexicon (`data/tone/news-lexicon.tsv`: words of conflict, death, disaster, crime, health, the economy, diplomacy and sport, as they read in news), with negation that reaches a few words ("failed to secure peace", "averted a disaster", "reduces the risk"), hedges ("may", "feared"), concessions ("despite ...") and quotation: a quoted speaker's words count half, since their tone is not the article's.

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
# ## Two views of tone
#
# Each paragraph's score by VADER (grey-blue) and by the news view (orange):

# %%
ax = an.plot_tone_views(paragraphs)

# %%
disagreements = an.tone_disagreements(article)
an.show(an.describe_tone_views(paragraphs, disagreements))

# %% [markdown]
# The paragraphs where the views disagree — in sign, or by half a point or more — with the words that drove each (VADER's lexicon words with their valence; the news view's words after negation, hedging, concession and quotation):

# %%
disagreements

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
an.tone_comparison(examples)

# %% [markdown]
# The news view reads both as negative. Read sentence scores with this in mind: check the most positive and most negative sentences above, and the paragraphs where the views disagree, before drawing conclusions about tone.
#
# ## How far to trust the two views
#
# Both views were checked against people with the scorer `python -m analysis.tone.evaluate` (written to `data/validity/` by `make validity`): 250 news headlines (SemEval-2007 Affective Text, trial part), each rated by six people from −100 to +100. `pearson_r` is the correlation with the people's mean; `accuracy` the share put in the people's three classes (beyond ±50 toned, neutral between; each view beyond ±0.7); `zero_share` the share scored exactly 0 (no word of the lexicon). The part set aside (two in five, chosen before the news view was written) was not looked at while it was built:

# %%
validity = an.validity_table("tone")
validity

# %%
an.show(an.describe_tone_validity(validity))
