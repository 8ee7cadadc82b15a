"""Chart of who and what an article names."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.ner import LABEL_NAMES as NER_LABEL_NAMES
from analysis.viz._axes import axes, no_data

#: One colour per kind of entity.
LABEL_COLOURS = {"PER": "#1f77b4", "ORG": "#d9822b", "LOC": "#2ca02c"}
#: A legend's word for each label.
LABEL_NAMES = {label: names[0] for label, names in NER_LABEL_NAMES.items()}


def plot_entities(
    summary: pd.DataFrame,
    *,
    top: int = 12,
    ax: Axes | None = None,
    title: str = "Most named people, organisations and places",
) -> Axes:
    """Horizontal bars of the mentions of the ``top`` most named entities of
    :func:`analysis.entity_summary`, coloured by kind; a quoted entity's bar is marked
    "quoted". Long names are shortened ("…"); the full names are in the table."""
    data = summary.head(top).iloc[::-1]
    ax = axes(ax, figsize=(7, max(2.2, 0.42 * len(data) + 1.4)))
    if data.empty:
        return no_data(ax, title)
    names = [textwrap.shorten(str(e), width=34, placeholder="…") for e in data["entity"]]
    colours = [LABEL_COLOURS.get(label, "#7f7f7f") for label in data["label"]]
    bars = ax.barh(range(len(data)), data["mentions"], color=colours)
    ax.set_yticks(range(len(data)), names)
    ax.bar_label(bars, ["quoted" if q else "" for q in data["quoted"]], padding=4, fontsize=8)
    ax.set_xlim(0, float(data["mentions"].max()) * 1.35 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("mentions")
    ax.set_title(title)
    shown = [label for label in LABEL_COLOURS if label in set(data["label"])]
    ax.legend(
        handles=[Patch(color=LABEL_COLOURS[k], label=LABEL_NAMES[k]) for k in shown],
        loc="lower right",
        frameon=False,
        fontsize=8,
    )
    ax.spines[["top", "right"]].set_visible(False)
    return ax
