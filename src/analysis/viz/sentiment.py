"""Chart of sentiment along the article."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.sentiment import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD
from analysis.viz._axes import NEGATIVE, NEUTRAL, POSITIVE, axes, no_data

#: Beyond this many paragraphs, bars become a filled line (bars would be thinner than a pixel).
STRIP_FROM = 80
#: The two views of tone: VADER's in grey-blue, the news view's in orange.
VADER_COLOUR, TONE_COLOUR = "#6b8fb3", "#d9822b"


def plot_sentiment(
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    title: str = "Tone paragraph by paragraph (VADER)",
) -> Axes:
    """Paragraph ``compound`` scores along the article (:func:`analysis.sentiment_by_paragraph`),
    negative and positive in distinct colours, with each sentence's score as a dot
    (:func:`analysis.sentiment_by_sentence`); the band between VADER's thresholds is neutral.

    Up to :data:`STRIP_FROM` paragraphs the scores are bars; beyond, a filled line. An article
    of one paragraph is drawn sentence by sentence instead (one bar says nothing).
    """
    n = len(paragraphs)
    ax = axes(ax, figsize=(max(8.0, min(15.0, 0.05 * n + 8)), 4))
    if paragraphs.empty:
        return no_data(ax, title)
    by_sentence = n == 1 and sentences is not None and len(sentences) > 1
    if by_sentence:
        assert sentences is not None
        x = np.arange(1, len(sentences) + 1)
        compound = sentences["compound"].to_numpy()
        title = "Tone sentence by sentence (VADER; the article is one paragraph)"
    else:
        x = paragraphs["paragraph"].to_numpy()
        compound = paragraphs["compound"].to_numpy()
    colours = np.where(
        compound >= POSITIVE_THRESHOLD,
        POSITIVE,
        np.where(compound <= NEGATIVE_THRESHOLD, NEGATIVE, NEUTRAL),
    )
    strip = len(x) > STRIP_FROM
    if strip:
        ax.fill_between(x, compound, 0, where=compound >= 0, color=POSITIVE, step="mid",
                        linewidth=0, zorder=2)  # fmt: skip
        ax.fill_between(x, compound, 0, where=compound < 0, color=NEGATIVE, step="mid",
                        linewidth=0, zorder=2)  # fmt: skip
    else:
        ax.bar(x, compound, color=colours, width=0.8, zorder=2)
    ax.axhspan(NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, color=NEUTRAL, alpha=0.2, zorder=1)
    ax.axhline(0, color="black", linewidth=0.8, zorder=3)
    dots = sentences is not None and not sentences.empty and not by_sentence
    if dots:
        assert sentences is not None
        ax.scatter(sentences["paragraph"], sentences["compound"], s=6 if strip else 20,
                   color="black", alpha=0.6 if strip else 1.0, zorder=4, linewidths=0)  # fmt: skip
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0.4, len(x) + 0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    ax.set_xlabel("sentence" if by_sentence else "paragraph")
    ax.set_ylabel("compound score\n(-1 negative, +1 positive)")
    ax.set_title(title)
    unit = "sentence" if by_sentence else "paragraph"
    handles: list[Artist] = [
        Patch(color=POSITIVE, label=f"positive {unit}"),
        Patch(color=NEGATIVE, label=f"negative {unit}"),
        Patch(color=NEUTRAL, alpha=0.4, label="neutral band"),
    ]
    if dots:
        handles.append(Line2D([], [], marker="o", linestyle="", color="black", label="sentence"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_tone_views(
    paragraphs: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Two views of tone, paragraph by paragraph",
) -> Axes:
    """VADER's ``compound`` and the news view's ``tone`` of each paragraph
    (:func:`analysis.sentiment_by_paragraph`), side by side: two bars a paragraph up to
    :data:`STRIP_FROM` paragraphs, two lines beyond."""
    n = len(paragraphs)
    ax = axes(ax, figsize=(max(8.0, min(15.0, 0.08 * n + 8)), 4))
    if paragraphs.empty:
        return no_data(ax, title)
    x = paragraphs["paragraph"].to_numpy()
    vader, tone = paragraphs["compound"].to_numpy(), paragraphs["tone"].to_numpy()
    if n > STRIP_FROM:
        ax.plot(x, vader, color=VADER_COLOUR, linewidth=1, label="VADER (compound)", zorder=2)
        ax.plot(x, tone, color=TONE_COLOUR, linewidth=1, label="news view (tone)", zorder=3)
    else:
        ax.bar(x - 0.2, vader, width=0.4, color=VADER_COLOUR, label="VADER (compound)", zorder=2)
        ax.bar(x + 0.2, tone, width=0.4, color=TONE_COLOUR, label="news view (tone)", zorder=2)
    ax.axhline(0, color="black", linewidth=0.8, zorder=3)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0.4, x.max() + 0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    ax.set_xlabel("paragraph")
    ax.set_ylabel("score\n(-1 negative, +1 positive)")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
