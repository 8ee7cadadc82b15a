"""Small versions of the main charts on one figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from analysis.viz.readability import plot_readability_grades
from analysis.viz.sentiment import plot_sentiment
from analysis.viz.terms import plot_term_frequencies
from analysis.viz.timeline import plot_timeline


def plot_overview(
    terms: pd.DataFrame,
    scores: pd.DataFrame,
    paragraphs: pd.DataFrame,
    events: pd.DataFrame,
) -> np.ndarray[tuple[int, ...], np.dtype[np.object_]]:
    """Top terms, reading grades, tone by paragraph and the timeline on a 2 x 2 grid.

    Returns:
        The 2 x 2 array of Axes.
    """
    fig, grid = plt.subplots(2, 2, figsize=(15, 9), layout="constrained")
    ax: Axes
    plot_term_frequencies(terms, top=10, ax=grid[0, 0])
    plot_readability_grades(scores, ax=grid[0, 1])
    plot_sentiment(paragraphs, ax=grid[1, 0])
    plot_timeline(events, ax=grid[1, 1], wrap=18, max_chars=50)
    for ax in grid.flat:
        ax.title.set_fontsize(11)
    fig.suptitle("The article at a glance")
    return grid
