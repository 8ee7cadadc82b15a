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
# Quotations are found by rules: a **direct** quote is a full statement in quotation marks, opening its sentence or introduced by an attribution (*the minister told reporters, “…”*); a **partial** quote is a quoted fragment inside a sentence (*she said the bill “goes too far”*); **indirect** speech is reported without quotation marks (*X said that …*, *…, X said.*). Quoted text that is not speech is marked apart: a short Title-Case phrase is a **name** (a title or label), a short fragment nothing attributes is a **scare** quote (*so-called “reforms”*).
#
# Speakers are found automatically and may be wrong. The `attribution` column says how each was found, so you can judge: **explicit** — the quotation's own sentence names the speaker (*“…,” said Mayor Anna Reyes*); **pronoun** — *he* or *she*, resolved to the person the text is about; **role** — *the spokeswoman*, resolved to the source it repeats; **continuation** — a quotation with no attribution that goes on from the previous one. Where the rules are not sure (two people who could be *he*, an unnamed *it*), `speaker` is left empty rather than guessed. Names are given as fully as the article gives them, without titles; `role` holds what the article says the speaker is.

# %%
quotes = an.extract_quotes(article)
quotes.drop(columns=["start", "end", "speaker_start", "speaker_end"])

# %%
an.show(an.describe_attribution(quotes))

# %% [markdown]
# ## Check a speaker at a glance
#
# Each speaker comes from a mention in the text — a name, *he* or *she*, *the spokeswoman* — and `resolved_by` says how that mention leads to the name shown: **name** (the mention is the name), **fuller name** (a surname the article gives in full elsewhere: *Okafor* → *Grace Okafor*), **pronoun** (*he*, *she*, *they* → the nearest person before it who agrees), **organisation** (*it* → the organisation the sentence before opens with), **earlier role** (*the spokeswoman* → the source named with that role before), **description** (an unnamed source, kept as described), **group** (two people named together), **subject before** (*the netminder* → the one person the sentence before is about), **previous quotation** (no attribution of its own: the speaker of the quotation before), **statement before** (no attribution of its own: the speaker of what the sentence right before reports), **named after** (*a nurse who ...* in the lead → the one person the next paragraph names as they report more), **named next** (*the Swede said ...* → the name the next sentence's quotation gives). Below, the sentence of each mention with the mention highlighted (at most twelve quotations, spread over the article):

# %%
an.evidence_table(an.speaker_evidence(article, limit=12))

# %% [markdown]
# ## Speakers
#
# Direct and partial quotes per speaker; `share` is the speaker's quoted words over all words of the article (the same word count as every other share in these notebooks):

# %%
table = an.speakers(article)
table

# %% [markdown]
# The chart shows the words quoted per speaker:

# %%
ax = an.plot_speakers(table)

# %%
an.show(an.describe_quotes(quotes, table))
