"""How the coverage went: questions about a whole corpus, answered from its tables.

Each function takes a :class:`~analysis.corpus.Corpus` and returns a tidy DataFrame; the
queries run in DuckDB over the Parquet files, so a corpus larger than memory works too.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.corpus.store import Corpus

__all__ = [
    "articles_per_outlet",
    "cited_dates",
    "distinctive_terms_by_outlet",
    "readability_by_outlet",
    "terms_over_time",
    "tone_by_outlet",
    "top_speakers",
]

_PERIODS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def _period(period: str) -> str:
    if period not in _PERIODS:
        raise ValueError(f"period must be one of {', '.join(_PERIODS)}, not {period!r}")
    return _PERIODS[period]


def articles_per_outlet(corpus: Corpus, *, period: str = "month") -> pd.DataFrame:
    """Articles per outlet and period.

    Returns:
        ``outlet``, ``period`` (Timestamp at its start), ``articles``; sorted by period, then
        outlet. Articles without a date are left out.
    """
    unit = _period(period)
    return corpus.sql(
        f"""select coalesce(outlet, '(unknown)') as outlet,
                   date_trunc('{unit}', date) as period, count(*) as articles
            from articles where date is not null
            group by 1, 2 order by period, outlet"""
    )


def distinctive_terms_by_outlet(
    corpus: Corpus, *, top: int = 10, min_count: int = 5
) -> pd.DataFrame:
    """The terms each outlet uses more than the rest of the corpus, by Dunning's
    log-likelihood (G²): how surprising the outlet's count is if it used the term at the
    corpus rate. G² above 3.84 is significant at p < 0.05, above 10.83 at p < 0.001.

    Returns:
        ``outlet``, ``term``, ``count`` (in the outlet), ``rest`` (in the other outlets),
        ``per_10k`` (per 10,000 words in the outlet), ``rest_per_10k``, ``g2``; the ``top``
        terms per outlet overused there, by g2. Terms seen fewer than ``min_count`` times in
        the whole corpus are left out.
    """
    counts = corpus.sql(
        """select coalesce(outlet, '(unknown)') as outlet, term, sum(count) as count
           from terms group by 1, 2"""
    )
    words = corpus.sql(
        "select coalesce(outlet, '(unknown)') as outlet, sum(words) as words "
        "from articles group by 1"
    ).set_index("outlet")["words"]
    totals = counts.groupby("term")["count"].sum()
    counts = counts[counts["term"].map(totals) >= min_count].copy()
    all_words = float(words.sum())
    rows = []
    for row in counts.itertuples(index=False):
        a = float(row.count)
        b = float(totals[row.term] - row.count)
        c = float(words[row.outlet])
        d = all_words - c
        if d <= 0:
            continue  # a corpus of one outlet has no "rest" to compare with
        expected_a = c * (a + b) / all_words
        expected_b = d * (a + b) / all_words
        g2 = 2 * (
            (a * math.log(a / expected_a) if a else 0.0)
            + (b * math.log(b / expected_b) if b else 0.0)
        )
        if a / c <= b / d:
            continue  # used less there than elsewhere
        rows.append((row.outlet, row.term, int(a), int(b), 1e4 * a / c, 1e4 * b / d, g2))
    frame = pd.DataFrame(
        rows, columns=["outlet", "term", "count", "rest", "per_10k", "rest_per_10k", "g2"]
    )
    frame = frame.sort_values(["outlet", "g2", "term"], ascending=[True, False, True])
    return frame.groupby("outlet", sort=True).head(top).reset_index(drop=True)


def terms_over_time(corpus: Corpus, terms: list[str], *, period: str = "month") -> pd.DataFrame:
    """How often the given terms occur per period, per 10,000 words.

    Returns:
        ``period``, ``term``, ``count``, ``per_10k`` (count / words published that period).
    """
    from analysis.tokenizer import normalise

    unit = _period(period)
    wanted = [normalise(t.strip()) for t in terms]
    counts = corpus.sql(
        f"""select date_trunc('{unit}', date) as period, term, sum(count) as count
            from terms where term in (select unnest(?)) and date is not null
            group by 1, 2""",
        wanted,
    )
    words = corpus.sql(
        f"""select date_trunc('{unit}', date) as period, sum(words) as words
            from articles where date is not null group by 1"""
    )
    grid = words.merge(pd.DataFrame({"term": wanted}), how="cross")
    frame = grid.merge(counts, on=["period", "term"], how="left")
    frame["count"] = frame["count"].fillna(0).astype("int64")
    frame["per_10k"] = 1e4 * frame["count"] / frame["words"]
    return frame.drop(columns="words").sort_values(["period", "term"], ignore_index=True)


def tone_by_outlet(corpus: Corpus, *, period: str = "month") -> pd.DataFrame:
    """The mean tone of each outlet's articles per period (VADER compound of the sentences,
    averaged per article, then over the articles).

    Returns:
        ``outlet``, ``period``, ``articles``, ``compound`` (mean, -1 to 1), ``negative_share``
        (share of the articles whose mean is at most -0.05).
    """
    unit = _period(period)
    return corpus.sql(
        f"""with per_article as (
                select article_id, any_value(outlet) as outlet, any_value(date) as date,
                       avg(compound) as compound
                from sentiment_sentences group by article_id)
            select coalesce(outlet, '(unknown)') as outlet, date_trunc('{unit}', date) as period,
                   count(*) as articles, avg(compound) as compound,
                   avg(case when compound <= -0.05 then 1.0 else 0.0 end) as negative_share
            from per_article where date is not null
            group by 1, 2 order by period, outlet"""
    )


def cited_dates(corpus: Corpus, *, top: int = 15, past_only: bool = True) -> pd.DataFrame:
    """The dates the coverage keeps returning to: calendar dates the articles name, by how
    many articles and outlets name them.

    Args:
        past_only: Only dates before the article's own publication day (the history the
            coverage recalls, not the news of the day).

    Returns:
        ``value`` (TIMEX3), ``event_date``, ``granularity``, ``articles``, ``outlets``,
        ``first_cited`` and ``last_cited`` (publication dates); the ``top`` most cited.
    """
    condition = "and event_date < date" if past_only else ""
    return corpus.sql(
        f"""select value, min(event_date) as event_date, any_value(granularity) as granularity,
                   count(distinct article_id) as articles, count(distinct outlet) as outlets,
                   min(date) as first_cited, max(date) as last_cited
            from timeline where not publication {condition}
            group by value order by articles desc, outlets desc, value limit ?""",
        top,
    )


def top_speakers(corpus: Corpus, *, top: int = 15) -> pd.DataFrame:
    """Who the coverage quotes most (direct and partial quotations with a speaker).

    Returns:
        ``speaker``, ``quotes``, ``words`` (words quoted), ``articles``, ``outlets`` (count),
        ``by_outlet`` (outlet: quotations, most first).
    """
    frame = corpus.sql(
        """select speaker, coalesce(outlet, '(unknown)') as outlet, count(*) as quotes,
                  sum(words) as words, count(distinct article_id) as articles
           from quotes where kind in ('direct', 'partial') and speaker is not null
           group by 1, 2"""
    )
    if frame.empty:
        return pd.DataFrame(
            columns=["speaker", "quotes", "words", "articles", "outlets", "by_outlet"]
        )
    rows = []
    for speaker, part in frame.groupby("speaker"):
        part = part.sort_values(["quotes", "outlet"], ascending=[False, True])
        rows.append(
            (
                speaker,
                int(part["quotes"].sum()),
                int(part["words"].sum()),
                int(part["articles"].sum()),
                len(part),
                "; ".join(f"{o}: {q}" for o, q in zip(part["outlet"], part["quotes"], strict=True)),
            )
        )
    table = pd.DataFrame(
        rows, columns=["speaker", "quotes", "words", "articles", "outlets", "by_outlet"]
    )
    table = table.sort_values(["words", "speaker"], ascending=[False, True], ignore_index=True)
    return table.head(top)


def top_entities(corpus: Corpus, *, top: int = 15, label: str | None = None) -> pd.DataFrame:
    """Who and what the coverage names most: entities by the number of articles naming them.

    Args:
        label: Only ``PER``, ``ORG`` or ``LOC``; all three by default.

    Returns:
        ``entity``, ``label``, ``articles``, ``mentions``, ``outlets`` (count), ``first_named``
        and ``last_named`` (publication dates), ``by_outlet`` (outlet: articles, most first).
    """
    condition = "and label = ?" if label else ""
    parameters = (label,) if label else ()
    frame = corpus.sql(
        f"""select entity, label, coalesce(outlet, '(unknown)') as outlet,
                   count(distinct article_id) as articles, count(*) as mentions,
                   min(date) as first_named, max(date) as last_named
            from entities where entity is not null {condition}
            group by 1, 2, 3""",
        *parameters,
    )
    columns = ["entity", "label", "articles", "mentions", "outlets", "first_named", "last_named",
               "by_outlet"]  # fmt: skip
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for (entity, kind), part in frame.groupby(["entity", "label"]):
        part = part.sort_values(["articles", "outlet"], ascending=[False, True])
        rows.append((entity, kind, int(part["articles"].sum()), int(part["mentions"].sum()),
                     len(part), part["first_named"].min(), part["last_named"].max(),
                     "; ".join(f"{o}: {a}" for o, a in zip(part["outlet"], part["articles"],
                                                            strict=True))))  # fmt: skip
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(["articles", "mentions", "entity"], ascending=[False, False, True],
                              ignore_index=True)  # fmt: skip
    return table.head(top)


def countries_named(corpus: Corpus, *, top: int = 15) -> pd.DataFrame:
    """Where the news happens: the countries the coverage's places resolve to (its LOC
    entities, through :func:`analysis.gazetteer.resolve_place`; unresolved names left out).

    Returns:
        ``country_code``, ``country``, ``articles`` (naming a place in it), ``mentions``,
        ``outlets`` (count), ``by_outlet`` (outlet: articles, most first); the ``top``
        countries by articles.
    """
    from analysis.gazetteer import country_name, resolve_place

    frame = corpus.sql(
        """select entity, article_id, coalesce(outlet, '(unknown)') as outlet,
                  count(*) as mentions
           from entities where label = 'LOC' and entity is not null group by 1, 2, 3"""
    )
    columns = ["country_code", "country", "articles", "mentions", "outlets", "by_outlet"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    codes = {name: resolve_place(name).country_code for name in frame["entity"].unique()}
    frame["country_code"] = frame["entity"].map(codes)
    frame = frame.dropna(subset=["country_code"])
    rows = []
    for code, part in frame.groupby("country_code"):
        per_outlet = part.groupby("outlet")["article_id"].nunique().sort_values(ascending=False)
        rows.append((code, country_name(str(code)), int(part["article_id"].nunique()),
                     int(part["mentions"].sum()), len(per_outlet),
                     "; ".join(f"{o}: {n}" for o, n in per_outlet.items())))  # fmt: skip
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(["articles", "mentions", "country"], ascending=[False, False, True],
                              ignore_index=True)  # fmt: skip
    return table.head(top)


def readability_by_outlet(corpus: Corpus, *, metric: str = "flesch_kincaid_grade") -> pd.DataFrame:
    """How hard each outlet's articles are to read: one formula's grade per article,
    summarised per outlet.

    Returns:
        ``outlet``, ``articles``, ``mean``, ``median``, ``q1``, ``q3`` (grades of ``metric``).
    """
    return corpus.sql(
        """select coalesce(outlet, '(unknown)') as outlet, count(*) as articles,
                  avg(grade) as mean, median(grade) as median,
                  quantile_cont(grade, 0.25) as q1, quantile_cont(grade, 0.75) as q3
           from readability where metric = ? and grade is not null
           group by 1 order by outlet""",
        metric,
    )
