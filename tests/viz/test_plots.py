"""Every plot renders (Agg) with a title, labelled axes and readable ticks."""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

import analysis as an

EMPTY = an.parse_article(" date 2021-08-17 Headline only\n")


def _charts(article):
    terms = an.term_frequencies(article)
    return {
        "terms": lambda ax=None: an.plot_term_frequencies(terms, ax=ax),
        "bigrams": lambda ax=None: an.plot_term_frequencies(
            an.ngram_frequencies(article), ax=ax, title="Phrases"
        ),
        "dispersion": lambda ax=None: an.plot_dispersion(
            an.term_positions(article, terms["term"].head(5)), ax=ax
        ),
        "grades": lambda ax=None: an.plot_readability_grades(an.readability_scores(article), ax=ax),
        "difficulty": lambda ax=None: an.plot_paragraph_difficulty(
            an.paragraph_difficulty(article), ax=ax
        ),
        "sentiment": lambda ax=None: an.plot_sentiment(
            an.sentiment_by_paragraph(article), an.sentiment_by_sentence(article), ax=ax
        ),
    }


CHARTS = ["terms", "bigrams", "dispersion", "grades", "difficulty", "sentiment"]


@pytest.mark.parametrize("name", CHARTS)
def test_chart_renders_with_title_and_labels(article, name):
    ax = _charts(article)[name]()
    assert ax.get_title()
    assert ax.get_xlabel() or ax.get_ylabel()
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels()]
    assert any(labels)
    plt.close(ax.figure)


@pytest.mark.parametrize("name", CHARTS)
def test_chart_draws_on_given_axes(article, name):
    fig, ax = plt.subplots()
    assert _charts(article)[name](ax=ax) is ax
    plt.close(fig)


@pytest.mark.parametrize("name", CHARTS)
def test_chart_of_empty_article_says_no_data(name):
    ax = _charts(EMPTY)[name]()
    assert "no data" in [t.get_text() for t in ax.texts]
    plt.close(ax.figure)


def test_term_chart_shows_top_terms_in_order(article):
    ax = an.plot_term_frequencies(an.term_frequencies(article), top=5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "nato"
    assert len(labels) == 5
    plt.close(ax.figure)


def test_sentiment_chart_colours_negative_and_positive(article):
    from analysis.viz._axes import NEGATIVE, POSITIVE

    paragraphs = an.sentiment_by_paragraph(article)
    ax = an.plot_sentiment(paragraphs)
    colours = [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches]
    assert colours[0] == NEGATIVE  # paragraph 1 is negative
    assert colours[3] == POSITIVE  # paragraph 4 is positive
    plt.close(ax.figure)


def test_sentiment_chart_readable_with_100_paragraphs():
    body = "\n\n".join(
        "It was a good day." if i % 3 else "It was a terrible day." for i in range(100)
    )
    article = an.parse_article(f"date 2021-01-01 Long\n\n{body}\n")
    ax = an.plot_sentiment(an.sentiment_by_paragraph(article), an.sentiment_by_sentence(article))
    ax.figure.canvas.draw()
    ticks = [t for t in ax.get_xticklabels() if t.get_text()]
    assert 3 <= len(ticks) <= 25
    plt.close(ax.figure)


def test_timeline_chart(article):
    from analysis.dates.format import date_label, gap_label

    frame = an.timeline(article)
    ax = an.plot_timeline(frame)
    ax.figure.canvas.draw()
    assert ax.get_title(loc="left").startswith("Timeline of the article\n■ year")
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "2003", "2014", "2020", "15 Aug 2021", "17 Aug 2021 (published)",
    ]  # fmt: skip
    gaps = [t.get_text() for t in ax.get_yticklabels(minor=True)]
    assert gaps == ["11 years", "6 years", "1 year", "2 days"]
    events = [t.get_text() for t in ax.texts]
    assert events[0].startswith("Since 2003, NATO has led international security")
    assert date_label(pd.Timestamp("1990-01-01"), "decade") == "1990s"
    assert date_label(pd.Timestamp("1998-07-01"), "quarter") == "Q3 1998"
    assert gap_label(frame["date"].iloc[3], frame["date"].iloc[4]) == "2 days"
    assert gap_label(pd.Timestamp("2014-01-01"), pd.Timestamp("2020-01-01")) == "6 years"
    assert gap_label(pd.Timestamp("2020-01-01"), pd.Timestamp("2021-08-15")) == "1 year"
    assert gap_label(pd.Timestamp("2020-03-01"), pd.Timestamp("2020-08-01")) == "5 months"
    plt.close(ax.figure)


def test_timeline_chart_without_dates_says_no_data():
    ax = an.plot_timeline(an.timeline(an.parse_article("No dates here.\n")))
    assert "no data" in [t.get_text() for t in ax.texts]
    plt.close(ax.figure)


def test_speakers_chart(article):
    ax = an.plot_speakers(an.speakers(article))
    ax.figure.canvas.draw()
    assert ax.get_title() == "Words quoted per speaker"
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Jens Stoltenberg"
    assert ax.get_xlabel() == "words quoted"
    plt.close(ax.figure)
    empty = an.plot_speakers(an.speakers(EMPTY))
    assert "no data" in [t.get_text() for t in empty.texts]
    plt.close(empty.figure)
