"""Shared plotting helpers."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.axes import Axes

NEGATIVE = "#c0392b"
POSITIVE = "#1f77b4"
NEUTRAL = "#9e9e9e"
ACCENT = "#e67e22"


def axes(ax: Axes | None, *, figsize: tuple[float, float] = (8, 4.5)) -> Axes:
    """Return ``ax``, or the Axes of a new figure of ``figsize``."""
    if ax is not None:
        return ax
    _, new = plt.subplots(figsize=figsize, layout="constrained")
    return new


def no_data(ax: Axes, title: str) -> Axes:
    """Label an empty chart instead of drawing nothing."""
    ax.set_title(title)
    ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax
