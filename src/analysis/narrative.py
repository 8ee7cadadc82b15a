"""Sentences that describe the analyses, generated from their DataFrames.

The notebooks say what each chart shows in words that follow the data, so that the text stays
true for any article. :func:`show` wraps a sentence for display in a notebook, escaping it:
article text (a headline with ``<script>``) is shown as text, never run.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from analysis.dates.format import date_label
from analysis.document import ArticleLike, as_document
from analysis.tokenizer import word_count

__all__ = [
    "describe_article",
    "describe_attribution",
    "describe_cited_dates",
    "describe_corpus",
    "describe_coverage",
    "describe_difficulty",
    "describe_distinctive_terms",
    "describe_quotes",
    "describe_readability",
    "describe_readability_by_outlet",
    "describe_reliability",
    "describe_sentiment",
    "describe_terms",
    "describe_thresholds",
    "describe_timeline",
    "describe_tone_by_outlet",
    "describe_top_speakers",
    "show",
]


def show(text: str) -> Any:
    """Return ``text`` as an HTML paragraph for notebook display, HTML-escaped."""
    from IPython.display import HTML

    return HTML(f"<p>{html.escape(text)}</p>")


def _quoted(term: str) -> str:
    return f"“{term}”"


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def describe_article(article: ArticleLike) -> str:
    """One sentence: date, headline, paragraphs, sentences and words (word tokens)."""
    doc = as_document(article)
    article = doc.article
    date = f"published {article.date:%-d %B %Y}" if article.date else "with no publication date"
    outlet = f" by {article.outlet}" if article.outlet else ""
    words = word_count(doc)
    headline = f" under the headline {_quoted(article.headline)}" if article.headline else ""
    author = f" Byline: {article.author}." if article.author else ""
    return (
        f"The article, {date}{outlet}{headline}, has "
        f"{_count(len(article.paragraphs), 'paragraph')}, "
        f"{_count(len(article.sentences), 'sentence')} and {_count(words, 'word')}.{author}"
    )


def describe_terms(frequencies: pd.DataFrame, *, paragraphs: int, top: int = 3) -> str:
    """Which terms lead, how often and how widely spread."""
    if frequencies.empty:
        return "The article has no terms to count."
    first = frequencies.iloc[0]
    others = [_quoted(t) for t in frequencies["term"].iloc[1:top]]
    rest = f", followed by {_list(others)}" if others else ""
    return (
        f"The most frequent term is {_quoted(first['term'])}: {first['count']} times "
        f"({first['share']:.1%} of all words), in {first['paragraphs']} of {paragraphs} "
        f"paragraphs{rest}."
    )


def describe_readability(scores: pd.DataFrame) -> str:
    """The reading grade (the mean of the grade-level formulas), how far they agree, and
    textstat's whole-number consensus."""
    from analysis.readability import reading_grade_of

    if scores.empty:
        return "The article has no body text to score."
    grade = reading_grade_of(scores)
    if grade.empty:
        return "No grade-level formula could score the text."
    row = grade.iloc[0]
    consensus = scores[scores["metric"] == "text_standard"]
    agreement = (
        "they agree closely"
        if row["spread"] < 2
        else "they agree roughly"
        if row["spread"] < 4
        else "they disagree by several grades"
    )
    text = (
        f"The reading grade is {row['grade']:.1f} ({row['interpretation']}): the mean of "
        f"{_count(int(row['formulas']), 'grade-level formula')}, which range from "
        f"{row['low']:.1f} ({row['lowest']}) to {row['high']:.1f} ({row['highest']}) — "
        f"{agreement}."
    )
    if not consensus.empty:
        whole = consensus["grade"].iloc[0]
        text += f" The consensus textstat prints, a whole number, is grade {whole:g}."
    return text


def describe_thresholds() -> str:
    """The smallest samples on which a paragraph's readability is reported, from
    :data:`analysis.readability.FORMULAS`."""
    from analysis.readability import FORMULAS

    usual = min(f.min_sentences for f in FORMULAS)
    exceptions = [f"{f.label} from {f.min_sentences}" for f in FORMULAS if f.min_sentences > usual]
    rest = f" ({_list(exceptions)}, the sample it was normed on)" if exceptions else ""
    return (
        f"Per paragraph, a formula is reported only from {usual} sentences on{rest}; "
        "below that its score is left empty and marked unreliable."
    )


def describe_reliability(by_paragraph: pd.DataFrame) -> str:
    """How many paragraph scores are reliable enough to report (thresholds from
    :data:`analysis.readability.FORMULAS`)."""
    from analysis.readability import FORMULAS

    if by_paragraph.empty:
        return "The article has no paragraphs to score."
    usual = min(f.min_sentences for f in FORMULAS)
    paragraphs = by_paragraph.groupby("paragraph")["textstat_sentences"].first()
    long_enough = int((paragraphs >= usual).sum())
    return (
        f"{_count(long_enough, 'paragraph')} of {len(paragraphs)} "
        f"{'has' if long_enough == 1 else 'have'} the {usual} sentences most formulas "
        f"need; {int(by_paragraph['reliable'].sum())} of "
        f"{len(by_paragraph)} paragraph scores are reported, the rest are left empty."
    )


def describe_difficulty(difficulty: pd.DataFrame) -> str:
    """Which paragraph has the longest sentences and the most difficult words."""
    if difficulty.empty:
        return "The article has no paragraphs."
    longest = difficulty.loc[difficulty["words_per_sentence"].idxmax()]
    hardest = difficulty.loc[difficulty["difficult_share"].idxmax()]
    return (
        f"Paragraph {longest['paragraph']:.0f} has the longest sentences "
        f"({longest['words_per_sentence']:.0f} words per sentence); paragraph "
        f"{hardest['paragraph']:.0f} has the largest share of difficult words "
        f"({hardest['difficult_share']:.0%})."
    )


def describe_sentiment(paragraphs: pd.DataFrame, headline: pd.DataFrame) -> str:
    """How many paragraphs read positive, negative, neutral; the extremes; the headline."""
    if paragraphs.empty:
        return "The article has no paragraphs to score."
    counts = paragraphs["label"].value_counts()
    parts = [f"{counts.get(label, 0)} {label}" for label in ("positive", "negative", "neutral")]
    low = paragraphs.loc[paragraphs["compound"].idxmin()]
    high = paragraphs.loc[paragraphs["compound"].idxmax()]
    text = (
        f"Of {len(paragraphs)} paragraphs, {_list(parts)}. The most negative is paragraph "
        f"{low['paragraph']} ({low['compound']:+.2f}), the most positive paragraph "
        f"{high['paragraph']} ({high['compound']:+.2f})."
    )
    if not headline.empty:
        row = headline.iloc[0]
        text += f" The headline scores {row['compound']:+.2f} ({row['label']})."
    return text


def describe_timeline(events: pd.DataFrame) -> str:
    """The span of the timeline and its earliest event."""
    if events.empty:
        return "The article names no date that can be placed on a calendar."
    first, last = events.iloc[0], events.iloc[-1]
    start = date_label(first["date"], first["granularity"])
    if first["granularity"] == "decade":
        start = "the " + start
    return (
        f"The article reaches from {start} to "
        f"{date_label(last['date'], last['granularity'])} with "
        f"{_count(len(events), 'distinct date')}. The earliest: {first['event']}"
    )


def describe_attribution(quotes: pd.DataFrame) -> str:
    """How the speakers of the quotations were found, and how many the rules left open."""
    speech = quotes[quotes["kind"].isin(["direct", "partial", "indirect"])]
    if speech.empty:
        return "The article has no quotations or reported statements to attribute."
    how = speech["attribution"].value_counts()
    phrases = {
        "explicit": ("names its speaker in its own sentence", "name their speaker in their own "
                     "sentence"),
        "pronoun": ("finds it through he, she, it or they", "find it through he, she, it or they"),
        "role": ("finds it through a role such as “the spokeswoman”", "find it through a role "
                 "such as “the spokeswoman”"),
        "continuation": ("continues the quotation before it", "continue the quotation before "
                         "them"),
    }  # fmt: skip
    parts = [
        f"{int(how[key])} {phrases[key][0] if how[key] == 1 else phrases[key][1]}"
        for key in phrases
        if how.get(key, 0)
    ]
    empty = int(speech["speaker"].isna().sum())
    total = _count(len(speech), "quotation or reported statement",
                   "quotations and reported statements")  # fmt: skip
    text = f"Of {total}, {_list(parts)}." if parts else f"None of {total} has a speaker."
    if empty:
        text += (
            f" {_count(empty, 'has', 'have')} no speaker: the rules were not sure who speaks and "
            "leave it empty rather than guess."
        )
    return text


def describe_corpus(corpus: Any) -> str:
    """The corpus in one sentence: articles, outlets, the span of publication dates, words,
    and the analyses that failed (``corpus``: an :class:`analysis.corpus.Corpus`)."""
    summary = corpus.sql(
        "select count(*) as articles, count(distinct outlet) as outlets, min(date) as first, "
        "max(date) as last, sum(words) as words from articles"
    ).iloc[0]
    errors = len(corpus.table("errors")) if "errors" in corpus.tables else 0
    if not summary["articles"]:
        return "The corpus has no articles."
    span = ""
    if pd.notna(summary["first"]):
        span = f", published from {summary['first']:%-d %B %Y} to {summary['last']:%-d %B %Y}"
    failed = (
        f" {_count(errors, 'analysis', 'analyses')} failed and are listed in the errors table."
        if errors
        else " Every analysis ran on every article."
    )
    return (
        f"The corpus has {_count(int(summary['articles']), 'article')} from "
        f"{_count(int(summary['outlets']), 'outlet')}{span}: {int(summary['words']):,} words."
        + failed
    )


def describe_coverage(per_outlet: pd.DataFrame) -> str:
    """Which outlet published most, and the busiest period (from
    :func:`analysis.corpus.articles_per_outlet`)."""
    if per_outlet.empty:
        return "The corpus has no dated articles."
    totals = per_outlet.groupby("outlet")["articles"].sum().sort_values(ascending=False)
    busiest = per_outlet.groupby("period")["articles"].sum()
    period = busiest.idxmax()
    return (
        f"{totals.index[0]} published most ({_count(int(totals.iloc[0]), 'article')} of "
        f"{int(totals.sum())}); the busiest period was {period:%B %Y} with "
        f"{_count(int(busiest.max()), 'article')}. Periods without any article are left out "
        "of the chart."
    )


def describe_readability_by_outlet(grades: pd.DataFrame) -> str:
    """The outlets with the easiest and the hardest median article."""
    if grades.empty:
        return "No article could be scored."
    ordered = grades.sort_values("median")
    easy, hard = ordered.iloc[0], ordered.iloc[-1]
    if len(ordered) == 1:
        return f"The median article of {easy['outlet']} needs grade {easy['median']:.1f}."
    return (
        f"{easy['outlet']} is the easiest to read (median grade {easy['median']:.1f}), "
        f"{hard['outlet']} the hardest ({hard['median']:.1f})."
    )


def describe_tone_by_outlet(tone: pd.DataFrame) -> str:
    """Each outlet's mean tone, and the most negative and most positive period."""
    if tone.empty:
        return "No article has a tone to measure."
    weighted = tone.assign(total=tone["compound"] * tone["articles"]).groupby("outlet")
    means = (weighted["total"].sum() / weighted["articles"].sum()).sort_values()
    parts = [f"{outlet} {value:+.2f}" for outlet, value in means.items()]
    low = tone.loc[tone["compound"].idxmin()]
    high = tone.loc[tone["compound"].idxmax()]
    return (
        f"Mean tone per outlet: {_list(parts)}. The most negative month: {low['outlet']}, "
        f"{low['period']:%B %Y} ({low['compound']:+.2f}); the most positive: "
        f"{high['outlet']}, {high['period']:%B %Y} ({high['compound']:+.2f})."
    )


def describe_distinctive_terms(distinctive: pd.DataFrame) -> str:
    """The most distinctive term of each outlet."""
    if distinctive.empty:
        return "No term is used significantly more by one outlet than by the others."
    first = distinctive.groupby("outlet", sort=True).head(1)
    parts = [f"{_quoted(r.term)} for {r.outlet} ({r.per_10k:.1f} vs {r.rest_per_10k:.1f} per "
             f"10,000 words)" for r in first.itertuples()]  # fmt: skip
    return f"The most distinctive term: {_list(parts)}."


def describe_cited_dates(cited: pd.DataFrame) -> str:
    """The past date the most articles name."""
    if cited.empty:
        return "The articles name no earlier date that can be placed on a calendar."
    top = cited.iloc[0]
    label = date_label(pd.Timestamp(top["event_date"]), top["granularity"])
    return (
        f"{label} is named by {_count(int(top['articles']), 'article')} from "
        f"{_count(int(top['outlets']), 'outlet')}, cited from {top['first_cited']:%-d %B %Y} "
        f"to {top['last_cited']:%-d %B %Y}."
    )


def describe_top_speakers(quoted: pd.DataFrame) -> str:
    """Who is quoted most across the corpus."""
    if quoted.empty:
        return "Nobody is quoted with a speaker the rules could find."
    top = quoted.iloc[0]
    return (
        f"{top['speaker']} is quoted most: {_count(int(top['words']), 'word')} in "
        f"{_count(int(top['quotes']), 'quotation')} across "
        f"{_count(int(top['articles']), 'article')} from {_count(int(top['outlets']), 'outlet')}."
    )


def describe_top_entities(named: pd.DataFrame) -> str:
    """Who and what the coverage names most, and how widely."""
    if named.empty:
        return "The coverage names no person, organisation or place the model recognises."
    from analysis.ner import LABEL_NAMES

    top = named.iloc[0]
    kind = LABEL_NAMES.get(top["label"], ("name", "names"))[0]
    text = (
        f"The most named is {top['entity']} ({'an' if kind[0] in 'aeiou' else 'a'} {kind}): in "
        f"{_count(int(top['articles']), 'article')} from "
        f"{_count(int(top['outlets']), 'outlet')}, {_count(int(top['mentions']), 'mention')}."
    )
    people = named[named["label"] == "PER"]
    if not people.empty and people.index[0] != named.index[0]:
        person = people.iloc[0]
        text += (
            f" The most named person is {person['entity']} "
            f"({_count(int(person['articles']), 'article')})."
        )
    return text


def describe_countries_named(countries: pd.DataFrame) -> str:
    """Which countries the coverage's places are in, most first."""
    if countries.empty:
        return "No place the coverage names could be placed in a country."
    top = countries.head(3)
    named = [f"{c} ({_count(int(a), 'article')})" for c, a in
             zip(top["country"], top["articles"], strict=True)]  # fmt: skip
    return f"The places the coverage names are most often in {_list(named)}."


def describe_places(places: pd.DataFrame) -> str:
    """How many of the article's places were placed in a country, and which were not."""
    if places.empty:
        return "The article names no place."
    resolved = places[places["country_code"].notna()]
    countries = list(dict.fromkeys(resolved["country"]))
    text = (
        f"Of {_count(len(places), 'place')} the article names, {len(resolved)} "
        f"{'is' if len(resolved) == 1 else 'are'} placed in a country"
        + (f": {_list(countries)}." if countries else ".")
    )
    unresolved = places[places["country_code"].isna()]
    if not unresolved.empty:
        reasons = [f"{p} ({r})" for p, r in
                   zip(unresolved["place"], unresolved["resolution"], strict=True)]  # fmt: skip
        text += f" Left unresolved rather than guessed: {_list(reasons)}."
    return text


def describe_quotes(quotes: pd.DataFrame, table: pd.DataFrame) -> str:
    """Who is quoted most, and how the quotations divide by kind."""
    if quotes.empty:
        return "The article quotes nobody."
    kinds = quotes["kind"].value_counts()
    parts = [
        _count(int(kinds.get(kind, 0)), singular, plural)
        for kind, singular, plural in (
            ("direct", "direct quote", None),
            ("partial", "partial quote", None),
            ("indirect", "reported statement", None),
            ("name", "name in quotation marks", "names in quotation marks"),
            ("scare", "scare quote", None),
        )
        if kind in {"direct", "partial", "indirect"} or kinds.get(kind, 0)
    ]
    text = f"The article has {_list(parts)}."
    if not table.empty:
        top = table.iloc[0]
        text += (
            f" {top['speaker']} is quoted most: {_count(int(top['quotes']), 'quotation')}, "
            f"{_count(int(top['words']), 'word')} ({top['share']:.0%} of the article)."
        )
    return text


def describe_readability_validity(table: pd.DataFrame) -> str:
    """How well the reading grade and textstat's consensus order texts rewritten at three
    levels, from :func:`analysis.validity_table` ``("readability")``."""
    rows = table.set_index("measure")
    if "reading_grade" not in rows.index:
        return "The reading grade has not been checked."
    ours = rows.loc["reading_grade"]
    text = (
        f"Checked against people: on {int(ours['pairs']) // 3} Guardian articles rewritten by "
        f"teachers at three reading levels (OneStopEnglish), the reading grade puts the harder "
        f"version above the easier one in {ours['share']:.1%} of {int(ours['pairs'])} pairs"
    )
    if "text_standard" in rows.index:
        consensus = rows.loc["text_standard"]
        text += (
            f"; textstat's whole-number consensus in {consensus['share']:.1%} "
            f"({int(consensus['ties'])} ties)"
        )
    best = table.iloc[0]
    if best["measure"] != "reading_grade" and best["share"] > ours["share"]:
        text += f"; the best single formula, {best['label']}, in {best['share']:.1%}"
    return text + ". The levels are relative rewrites: they test ordering, not the grade printed."


def describe_tone_views(paragraphs: pd.DataFrame, disagreements: pd.DataFrame) -> str:
    """How far VADER and the news view agree along the article, and where they part most."""
    if paragraphs.empty:
        return "The article has no paragraphs to score."
    toned = paragraphs[(paragraphs["compound"].abs() >= 0.05) | (paragraphs["tone"].abs() >= 0.05)]
    same = int((toned["compound"] * toned["tone"] > 0).sum())
    text = (
        f"The two views agree in sign on {same} of the {len(toned)} paragraphs either of them "
        f"reads as toned; the news view's mean is {paragraphs['tone'].mean():+.2f}, VADER's "
        f"{paragraphs['compound'].mean():+.2f}."
    )
    if disagreements.empty:
        return text + " Nowhere do they disagree by half a point or in sign."
    first = disagreements.iloc[0]
    vader_words, tone_words = first["vader_words"] or "none", first["tone_words"] or "none"
    return text + (
        f" They part most on paragraph {int(first['paragraph'])} (VADER {first['compound']:+.2f}, "
        f"news view {first['tone']:+.2f}): VADER's words there are {vader_words}; the news "
        f"view's {tone_words}."
    )


def describe_tone_validity(table: pd.DataFrame) -> str:
    """How well each view agrees with people on news headlines, from
    :func:`analysis.validity_table` ``("tone")``."""
    rows = table[table["part"] == "all"].set_index("view")
    if not {"vader", "tone"} <= set(rows.index):
        return "The views of tone have not been checked."
    ours, vader = rows.loc["tone"], rows.loc["vader"]
    aside = table[(table["part"] == "aside") & (table["view"] == "tone")]
    text = (
        f"Checked against people: on {int(ours['headlines'])} news headlines each rated by six "
        f"people (SemEval-2007, trial part), the news view correlates with their valence at "
        f"r = {ours['pearson_r']:.2f} (VADER {vader['pearson_r']:.2f}) and puts "
        f"{ours['accuracy']:.0%} of them in the people's three classes (VADER "
        f"{vader['accuracy']:.0%}); it scores {ours['zero_share']:.0%} as exactly 0, VADER "
        f"{vader['zero_share']:.0%}."
    )
    if not aside.empty:
        text += (
            f" On the {int(aside['headlines'].iloc[0])} headlines set aside before the view was "
            f"written: r = {aside['pearson_r'].iloc[0]:.2f}."
        )
    return text


def describe_entities(summary: pd.DataFrame) -> str:
    """Who and what the article names most, by kind, and who of them it quotes."""
    if summary.empty:
        return "The article names no person, organisation or place the model recognises."
    from analysis.ner import LABEL_NAMES

    counts = [
        _count(int((summary["label"] == label).sum()), singular, plural)
        for label, (singular, plural) in LABEL_NAMES.items()
        if (summary["label"] == label).any()
    ]
    top = summary.iloc[0]
    text = (
        f"The article names {_list(counts)}. The most named is {top['entity']} "
        f"({_count(int(top['mentions']), 'mention')}, first in "
        f"{'the headline' if top['first_paragraph'] == 0 else f'paragraph {top.first_paragraph}'})."
    )
    quoted = summary[summary["quoted"]]
    if not quoted.empty:
        names = [f"{e} ({_count(int(w), 'word')})" for e, w in
                 zip(quoted["entity"], quoted["quoted_words"], strict=True)]  # fmt: skip
        text += f" Quoted: {_list(names)}."
    else:
        text += " None of them is quoted."
    return text
