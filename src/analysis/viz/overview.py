"""Small versions of the main charts on one figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.viz.readability import plot_readability_grades
from analysis.viz.sentiment import plot_sentiment
from analysis.viz.terms import plot_term_frequencies
from analysis.viz.timeline import plot_timeline


def plot_overview(
    terms: pd.DataFrame,
    scores: pd.DataFrame,
    paragraphs: pd.DataFrame,
    events: pd.DataFrame,
    *,
    fig: Figure | None = None,
) -> Figure:
    """Top terms, reading grades, tone by paragraph and the timeline on a 2 x 2 grid.

    Args:
        terms, scores, paragraphs, events: :func:`analysis.term_frequencies`,
            :func:`analysis.readability_scores`, :func:`analysis.sentiment_by_paragraph`,
            :func:`analysis.timeline`.
        fig: An empty figure to draw on; a new 15 x 9 inch figure by default.

    Returns:
        The figure; its four Axes are ``fig.axes`` in reading order.
    """
    if fig is None:
        fig = plt.figure(figsize=(15, 9), layout="constrained")
    grid = fig.subplots(2, 2)
    plot_term_frequencies(terms, top=10, ax=grid[0, 0])
    plot_readability_grades(scores, ax=grid[0, 1])
    plot_sentiment(paragraphs, ax=grid[1, 0])
    plot_timeline(events, ax=grid[1, 1], wrap=48, max_rows=7)
    for ax in fig.axes:
        ax.title.set_fontsize(11)
    fig.suptitle("The article at a glance")
    return fig
