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


def plot_sentiment(
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    title: str = "Tone paragraph by paragraph (VADER)",
) -> Axes:
    """Diverging bars of paragraph ``compound`` scores (:func:`analysis.sentiment_by_paragraph`),
    negative and positive in distinct colours, with each sentence's score as a dot
    (:func:`analysis.sentiment_by_sentence`). The band between VADER's thresholds is neutral."""
    n = len(paragraphs)
    ax = axes(ax, figsize=(max(8.0, min(16.0, 0.12 * n + 6)), 4))
    if paragraphs.empty:
        return no_data(ax, title)
    compound = paragraphs["compound"].to_numpy()
    colours = np.where(
        compound >= POSITIVE_THRESHOLD,
        POSITIVE,
        np.where(compound <= NEGATIVE_THRESHOLD, NEGATIVE, NEUTRAL),
    )
    ax.bar(paragraphs["paragraph"], compound, color=colours, width=0.8, zorder=2)
    ax.axhspan(NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, color=NEUTRAL, alpha=0.2, zorder=1)
    ax.axhline(0, color="black", linewidth=0.8, zorder=3)
    if sentences is not None and not sentences.empty:
        ax.scatter(
            sentences["paragraph"],
            sentences["compound"],
            s=14 if n > 40 else 24,
            color="black",
            zorder=4,
        )
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0.4, n + 0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("paragraph")
    ax.set_ylabel("compound score (-1 negative, +1 positive)")
    ax.set_title(title)
    handles: list[Artist] = [
        Patch(color=POSITIVE, label="positive paragraph"),
        Patch(color=NEGATIVE, label="negative paragraph"),
        Patch(color=NEUTRAL, alpha=0.4, label="neutral band"),
    ]
    if sentences is not None:
        handles.append(Line2D([], [], marker="o", linestyle="", color="black", label="sentence"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
