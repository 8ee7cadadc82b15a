"""Corpus-level analyses, checked by hand on a corpus small enough to count."""

from __future__ import annotations

import math

import pytest

import analysis as an
from analysis.corpus import Corpus, analyse_corpus


def article(id, outlet, date, body):
    return an.Article.from_parts(body, date=date, headline=f"Story {id}", id=id, outlet=outlet)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    output = tmp_path_factory.mktemp("tiny")
    articles = [
        article("a1", "Daily", "2024-01-05", "Floods hit the harbour. Floods shut roads in 2019."),
        article("a2", "Daily", "2024-02-07", "Floods again. The harbour wall failed in 2019."),
        article("b1", "Herald", "2024-01-20", '"We rebuild," said Mayor Ann Lee. Budget talk.'),
        article("b2", "Herald", "2024-02-21",
                "Budget talks resumed in Nairobi, Kenya. The budget passed in 2019."),
    ]  # fmt: skip
    analyse_corpus(articles, output=output, workers=1, progress=False)
    return Corpus(output)


def test_articles_per_outlet(corpus):
    frame = an.articles_per_outlet(corpus, period="month")
    assert frame[["outlet", "articles"]].values.tolist() == [
        ["Daily", 1], ["Herald", 1], ["Daily", 1], ["Herald", 1],
    ]  # fmt: skip
    with pytest.raises(ValueError, match="period must be"):
        an.articles_per_outlet(corpus, period="fortnight")


def test_distinctive_terms_log_likelihood_by_hand(corpus):
    frame = an.distinctive_terms_by_outlet(corpus, top=5, min_count=3)
    floods = frame[(frame["outlet"] == "Daily") & (frame["term"] == "floods")].iloc[0]
    words = corpus.sql("select outlet, sum(words) as w from articles group by 1").set_index(
        "outlet"
    )["w"]
    a, b, c, d = 3.0, 0.0, float(words["Daily"]), float(words["Herald"])
    expected = 2 * a * math.log(a / (c * (a + b) / (c + d)))
    assert floods["count"] == 3 and floods["rest"] == 0
    assert floods["g2"] == pytest.approx(expected)
    assert "floods" not in set(frame[frame["outlet"] == "Herald"]["term"])


def test_cited_dates_are_past_dates_named_by_most_articles(corpus):
    frame = an.cited_dates(corpus, top=3)
    top = frame.iloc[0]
    assert (top["value"], top["articles"], top["outlets"]) == ("2019", 3, 2)


def test_top_speakers_and_tone_and_readability(corpus):
    speakers = an.top_speakers(corpus)
    assert speakers[["speaker", "quotes", "articles", "outlets"]].values.tolist() == [
        ["Ann Lee", 1, 1, 1]
    ]
    tone = an.tone_by_outlet(corpus, period="month")
    assert tone["articles"].sum() == 4 and tone["compound"].between(-1, 1).all()
    grades = an.readability_by_outlet(corpus)
    assert grades["articles"].tolist() == [2, 2]


def test_terms_over_time_per_10k_words(corpus):
    frame = an.terms_over_time(corpus, ["Floods"], period="month")
    january = frame.iloc[0]
    words = corpus.sql("select sum(words) as w from articles where date < '2024-02-01'")["w"].iloc[
        0
    ]
    assert january["count"] == 2
    assert january["per_10k"] == pytest.approx(2e4 / words)


def test_corpus_narrative(corpus):
    text = an.describe_corpus(corpus)
    assert text.startswith("The corpus has 4 articles from 2 outlets, published from 5 January")


def test_top_entities_count_articles_mentions_and_outlets(corpus):
    mentions = corpus.sql("select entity, label, article_id, outlet from entities")
    named = an.top_entities(corpus)
    assert len(named) == len(mentions.groupby(["entity", "label"]))
    for row in named.itertuples():
        part = mentions[(mentions["entity"] == row.entity) & (mentions["label"] == row.label)]
        assert row.articles == part["article_id"].nunique()
        assert row.mentions == len(part)
        assert row.outlets == part["outlet"].nunique()
    assert ("Ann Lee", "PER") in set(zip(named["entity"], named["label"], strict=True))
    people = an.top_entities(corpus, label="PER")
    assert set(people["label"]) == {"PER"}


def test_countries_named_resolve_the_coverages_places(corpus):
    countries = an.countries_named(corpus)
    assert list(countries.columns) == [
        "country_code", "country", "articles", "mentions", "outlets", "by_outlet",
    ]  # fmt: skip
    places = corpus.sql("select entity, article_id from entities where label = 'LOC'")
    for row in countries.itertuples():
        names = [n for n in places["entity"].unique()
                 if an.resolve_place(n).country_code == row.country_code]  # fmt: skip
        assert row.articles == places[places["entity"].isin(names)]["article_id"].nunique()
    assert countries[["country_code", "articles", "outlets"]].values.tolist() == [["KE", 1, 1]]
    assert an.describe_countries_named(countries.iloc[0:0]).startswith("No place")


def test_ranked_charts_draw_one_bar_a_row(corpus):
    import matplotlib.pyplot as plt

    for plot, frame in [
        (an.plot_cited_dates, an.cited_dates(corpus)),
        (an.plot_top_speakers, an.top_speakers(corpus)),
        (an.plot_top_entities, an.top_entities(corpus)),
        (an.plot_countries_named, an.countries_named(corpus)),
    ]:
        ax = plot(frame)
        assert len(ax.patches) == len(frame) > 0, plot.__name__
        assert len(ax.get_yticklabels()) == len(frame), plot.__name__
        plt.close(ax.get_figure())
