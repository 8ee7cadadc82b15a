"""Chart of who is quoted."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes

from analysis.viz._axes import POSITIVE, axes, no_data


def plot_speakers(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Words quoted per speaker",
) -> Axes:
    """Horizontal bars of the words each speaker of :func:`analysis.speakers` is quoted with,
    labelled with the number of quotations and the share of the article's words. Long names
    are shortened ("…"); the full names are in the speakers table."""
    data = table.iloc[::-1]
    ax = axes(ax, figsize=(7, max(2.2, 0.45 * len(data) + 1.2)))
    if data.empty:
        return no_data(ax, title)
    names = [textwrap.shorten(str(s), width=32, placeholder="…") for s in data["speaker"]]
    bars = ax.barh(range(len(data)), data["words"], color=POSITIVE)
    ax.set_yticks(range(len(data)), names)
    labels = [
        f"{q} quote{'s' if q != 1 else ''}, {s:.0%}"
        for q, s in zip(data["quotes"], data["share"], strict=True)
    ]
    ax.bar_label(bars, labels, padding=4, fontsize=8)
    ax.set_xlim(0, float(data["words"].max()) * 2.0)
    ax.set_xlabel("words quoted")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
