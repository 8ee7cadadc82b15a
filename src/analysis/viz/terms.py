"""Charts of term frequencies and term dispersion."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from analysis.viz._axes import POSITIVE, axes, no_data


def plot_term_frequencies(
    frequencies: pd.DataFrame,
    *,
    top: int = 15,
    ax: Axes | None = None,
    title: str = "Most frequent terms",
) -> Axes:
    """Horizontal bar chart of the ``top`` terms of :func:`analysis.term_frequencies`."""
    data = frequencies.head(top).iloc[::-1]
    ax = axes(ax, figsize=(7, max(2.5, 0.3 * len(data) + 1)))
    if data.empty:
        return no_data(ax, title)
    label = "ngram" if "ngram" in data else "term"
    ax.barh(data[label], data["count"], color=POSITIVE)
    ax.set_title(title)
    ax.set_xlabel("occurrences")
    ax.set_ylabel(label)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_dispersion(
    positions: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Where the terms occur",
) -> Axes:
    """Dispersion plot of :func:`analysis.term_positions`: one row per term, a tick per use."""
    terms = list(dict.fromkeys(positions["term"]))
    ax = axes(ax, figsize=(8, max(2.0, 0.45 * len(terms) + 1.2)))
    if positions.empty:
        return no_data(ax, title)
    rows = {term: i for i, term in enumerate(reversed(terms))}
    ax.scatter(
        positions["relative"] * 100,
        positions["term"].map(rows),
        marker="|",
        s=300,
        linewidths=2,
        color=POSITIVE,
    )
    ax.set_yticks(list(rows.values()), list(rows.keys()))
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel("position in the article (% of words)")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
