"""No chart overlaps its own text, leaves the figure, or shrinks its text below 7 pt — on our
article, the fixtures, and generated articles from 1 to 60 dates, 1 to 300 paragraphs and 30
speakers — at a size that fits a report page (at most 16 x 24 inches)."""

from __future__ import annotations

import itertools
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

import analysis as an

pytestmark = pytest.mark.heavy

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIRST = "Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kemal Lena Marco".split()
LAST = "Reyes Novak Okafor Lindqvist Moreau Tanaka Haddad Silva Brandt Kowalski".split()


def dates_article(n: int) -> an.Article:
    """An article naming ``n`` distinct dates of every precision."""
    sentences = []
    for i in range(n):
        year = 1950 + i
        form = i % 4
        if form == 0:
            sentences.append(f"The first bridge of the valley was opened in {year}.")
        elif form == 1:
            sentences.append(f"The council approved a longer budget in May {year}.")
        elif form == 2:
            sentences.append(f"A very long flood hit the old harbour town on 14 June {year}.")
        else:
            sentences.append(f"The committee met again on 3 March {year} at 9:30 p.m.")
    body = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, n, 3))
    return an.Article.from_parts(body, date="2024-05-01", headline="A story of many dates")


def paragraphs_article(n: int) -> an.Article:
    tones = [
        "The rescue was a wonderful success and everyone celebrated.",
        "The flood destroyed homes and people were angry and afraid.",
        "The council met on Tuesday to discuss the budget.",
    ]
    body = "\n\n".join(f"{tones[i % 3]} {tones[(i + 1) % 3]}" for i in range(n))
    return an.Article.from_parts(body, date="2024-05-01", headline="Many paragraphs")


def speakers_article(n: int) -> an.Article:
    names = [f"{f} {s}" for f, s in itertools.product(FIRST, LAST)][:n]
    body = "\n\n".join(
        f'"We need a decision on the harbour wall before the winter storms arrive," said '
        f"{name}, a resident of the extraordinarily long Harbour Street district number {i}."
        for i, name in enumerate(names)
    )
    return an.Article.from_parts(body, date="2024-05-01", headline="Thirty voices")


ARTICLES = {
    "ours": lambda: an.load_article(an.DEFAULT_ARTICLE),
    "harbour": lambda: an.load_article(FIXTURES / "2019-12-31-harbour.txt"),
    "quotes": lambda: an.load_article(FIXTURES / "2022-03-04-quotes.txt"),
    "1 date": lambda: dates_article(1),
    "15 dates": lambda: dates_article(15),
    "60 dates": lambda: dates_article(60),
    "1 paragraph": lambda: paragraphs_article(1),
    "300 paragraphs": lambda: paragraphs_article(300),
    "30 speakers": lambda: speakers_article(30),
}


def _plots(doc: an.Document):
    terms = an.term_frequencies(doc)
    yield "terms", lambda: an.plot_term_frequencies(terms)
    yield "dispersion", lambda: an.plot_dispersion(an.term_positions(doc, terms["term"][:8]))
    yield "grades", lambda: an.plot_readability_grades(an.readability_scores(doc))
    yield "difficulty", lambda: an.plot_paragraph_difficulty(an.paragraph_difficulty(doc))
    yield (
        "tone",
        lambda: an.plot_sentiment(an.sentiment_by_paragraph(doc), an.sentiment_by_sentence(doc)),
    )
    yield "tone views", lambda: an.plot_tone_views(an.sentiment_by_paragraph(doc))
    yield "timeline", lambda: an.plot_timeline(an.timeline(doc))
    yield "speakers", lambda: an.plot_speakers(an.speakers(doc))
    yield "entities", lambda: an.plot_entities(an.entity_summary(doc))
    yield (
        "overview",
        lambda: an.plot_overview(
            terms, an.readability_scores(doc), an.sentiment_by_paragraph(doc), an.timeline(doc)
        ),
    )


def _hidden_tick_labels(figure) -> set[int]:
    """Tick labels of ticks outside their axis's view: Matplotlib keeps them, never draws them."""
    hidden = set()
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            margin = (high - low) * 1e-6
            for tick in [*axis.get_major_ticks(), *axis.get_minor_ticks()]:
                if not low - margin <= tick.get_loc() <= high + margin:
                    hidden |= {id(tick.label1), id(tick.label2)}
    return hidden


def _texts(figure):
    figure.draw_without_rendering()  # layout and text sizes as drawn, without the pixels
    renderer = figure.canvas.get_renderer()
    hidden = _hidden_tick_labels(figure)
    for text in figure.findobj(Text):
        if id(text) in hidden or not text.get_visible() or not text.get_text().strip():
            continue
        if text.get_alpha() != 0 and all(a.get_visible() for a in _ancestors(text)):
            yield text, text.get_window_extent(renderer)


def _ancestors(artist):
    parent = getattr(artist, "axes", None)
    return [parent] if parent is not None else []


def problems(figure) -> list[str]:
    found = []
    width, height = figure.get_size_inches()
    if width > 16.01 or height > 24.01:
        found.append(f"figure {width:.1f} x {height:.1f} in is larger than a page")
    frame = figure.bbox
    texts = list(_texts(figure))
    for text, box in texts:
        if text.get_fontsize() < 7:
            found.append(f"{text.get_text()!r} at {text.get_fontsize():.1f} pt")
        if (
            box.x0 < frame.x0 - 1
            or box.y0 < frame.y0 - 1
            or box.x1 > frame.x1 + 1
            or (box.y1 > frame.y1 + 1)
        ):
            found.append(f"{text.get_text()!r} leaves the figure")
    for (a, box_a), (b, box_b) in itertools.combinations(texts, 2):
        shrunk_a, shrunk_b = box_a.shrunk(0.98, 0.9), box_b.shrunk(0.98, 0.9)
        if box_a.width and box_b.width and shrunk_a.overlaps(shrunk_b):
            found.append(f"{a.get_text()!r} overlaps {b.get_text()!r}")
    return found


#: Each chart on the articles that test it: the three real ones and a one-paragraph article
#: (every chart at its smallest); the generated extremes on the charts they stretch — many
#: dates the timeline, many paragraphs the charts along the text, many speakers theirs.
REAL = ["ours", "harbour", "quotes", "1 paragraph"]
CHECKED_ON = {
    "terms": REAL,
    "dispersion": [*REAL, "300 paragraphs"],
    "grades": REAL,
    "difficulty": [*REAL, "300 paragraphs"],
    "tone": [*REAL, "300 paragraphs"],
    "tone views": [*REAL, "300 paragraphs"],
    "timeline": [*REAL, "1 date", "15 dates", "60 dates"],
    "speakers": [*REAL, "30 speakers"],
    "entities": ["ours", "quotes", "30 speakers"],
    "overview": [*REAL, "1 date", "60 dates", "300 paragraphs"],
}
CASES = [(name, plot) for plot, names in CHECKED_ON.items() for name in names]


@pytest.fixture(scope="module")
def documents():
    """One document per article: each analysis runs once for all its charts."""
    return {name: an.Document(make()) for name, make in ARTICLES.items()}


@pytest.mark.parametrize(("article_name", "plot"), CASES)
def test_chart_text_never_overlaps_or_leaves_the_figure(documents, article_name, plot):
    functions = dict(_plots(documents[article_name]))
    drawn = functions[plot]()
    figure = drawn if hasattr(drawn, "savefig") else drawn.figure
    try:
        assert problems(figure) == []
    finally:
        plt.close(figure)


def test_every_chart_is_checked(documents):
    assert list(CHECKED_ON) == [name for name, _ in _plots(documents["harbour"])]


def test_the_check_catches_an_overlap():
    figure, ax = plt.subplots(figsize=(4, 3))
    ax.text(0.5, 0.5, "one label")
    ax.text(0.5, 0.5, "another label")
    ax.text(0.5, 0.2, "tiny", fontsize=5)
    found = problems(figure)
    plt.close(figure)
    assert any("overlaps" in p for p in found) and any("5.0 pt" in p for p in found)
