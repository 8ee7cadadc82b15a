"""Charts of a corpus: each takes a frame of :mod:`analysis.corpus.compare` and returns the
matplotlib Axes it drew on."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from analysis.dates.format import date_label
from analysis.viz._axes import ACCENT, NEGATIVE, POSITIVE, axes, no_data

__all__ = [
    "plot_articles_per_outlet",
    "plot_cited_dates",
    "plot_distinctive_terms",
    "plot_readability_by_outlet",
    "plot_tone_by_outlet",
    "plot_top_speakers",
]

_COLOURS = [POSITIVE, ACCENT, NEGATIVE, "#6a3d9a", "#33a02c", "#b15928", "#a6cee3", "#fb9a99"]


def _short(text: str, width: int = 28) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def plot_articles_per_outlet(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Articles per outlet"
) -> Axes:
    """Stacked bars: articles per period (:func:`~analysis.corpus.articles_per_outlet`), one
    colour per outlet."""
    ax = axes(ax, figsize=(9, 4.5))
    if frame.empty:
        return no_data(ax, title)
    table = frame.pivot_table(
        index="period", columns="outlet", values="articles", aggfunc="sum", fill_value=0
    ).sort_index()
    labels = [date_label(pd.Timestamp(p), "month") for p in table.index]
    bottom = [0] * len(table)
    for i, outlet in enumerate(table.columns):
        values = table[outlet].tolist()
        ax.bar(range(len(table)), values, bottom=bottom, label=_short(outlet, 34),
               color=_COLOURS[i % len(_COLOURS)])  # fmt: skip
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right")
    ax.set_ylabel("articles")
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_distinctive_terms(
    frame: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Terms each outlet uses more than the others",
) -> Axes:
    """Horizontal bars of G² per outlet and term (:func:`~analysis.corpus.
    distinctive_terms_by_outlet`), grouped by outlet."""
    ax = axes(ax, figsize=(8, max(3.0, 0.28 * len(frame) + 1.5)))
    if frame.empty:
        return no_data(ax, title)
    outlets = list(dict.fromkeys(frame["outlet"]))
    labels, values, colours = [], [], []
    for i, outlet in enumerate(outlets):
        part = frame[frame["outlet"] == outlet]
        for row in part.itertuples():
            labels.append(f"{row.term}  ({_short(outlet, 22)})")
            values.append(row.g2)
            colours.append(_COLOURS[i % len(_COLOURS)])
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=colours)
    ax.set_yticks(positions, labels, fontsize=8)
    ax.axvline(10.83, color="0.5", linestyle=":", linewidth=1)
    ax.set_xlabel("log-likelihood G² (dotted: p < 0.001)")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_tone_by_outlet(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Tone per outlet over time"
) -> Axes:
    """One line per outlet: the mean compound score of its articles per period
    (:func:`~analysis.corpus.tone_by_outlet`); marker size grows with the articles."""
    ax = axes(ax, figsize=(9, 4.5))
    if frame.empty:
        return no_data(ax, title)
    for i, (outlet, part) in enumerate(frame.groupby("outlet", sort=True)):
        part = part.sort_values("period")
        colour = _COLOURS[i % len(_COLOURS)]
        ax.plot(part["period"], part["compound"], color=colour, label=_short(str(outlet), 34))
        ax.scatter(part["period"], part["compound"], s=12 + 6 * part["articles"], color=colour)
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean compound (-1 negative, +1 positive)")
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _outlets(n: int) -> str:
    return f"{n} outlet{'s' if n != 1 else ''}"


def _ranked_bars(
    frame: pd.DataFrame,
    *,
    ax: Axes | None,
    title: str,
    names: list[str],
    values: str,
    labels: list[str],
    xlabel: str,
    colour: object = ACCENT,
    headroom: float = 1.3,
) -> Axes:
    """The corpus notebook's ranked charts: one horizontal bar a row of ``frame`` (the first
    on top) of its ``values``, named on the left and labelled at the end."""
    ax = axes(ax, figsize=(8, max(3.0, 0.35 * len(frame) + 1.2)))
    if frame.empty:
        return no_data(ax, title)
    positions = list(range(len(frame)))[::-1]
    bars = ax.barh(positions, frame[values], color=colour)
    ax.bar_label(bars, labels, padding=3, fontsize=8)
    ax.set_yticks(positions, names, fontsize=9)
    ax.set_xlim(0, float(frame[values].max()) * headroom)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_cited_dates(
    frame: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Dates the coverage returns to",
) -> Axes:
    """Horizontal bars: articles citing each date (:func:`~analysis.corpus.cited_dates`),
    labelled with the number of outlets."""
    names = [date_label(pd.Timestamp(d), g) for d, g in
             zip(frame["event_date"], frame["granularity"], strict=True)]  # fmt: skip
    return _ranked_bars(frame, ax=ax, title=title, names=names, values="articles",
                        labels=[_outlets(o) for o in frame["outlets"]],
                        xlabel="articles that name the date", colour=POSITIVE)  # fmt: skip


def plot_top_speakers(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Most quoted speakers"
) -> Axes:
    """Horizontal bars of the words quoted per speaker (:func:`~analysis.corpus.
    top_speakers`), labelled with quotations and outlets."""
    labels = [f"{q} quotes, {_outlets(o)}" for q, o in
              zip(frame["quotes"], frame["outlets"], strict=True)]  # fmt: skip
    return _ranked_bars(frame, ax=ax, title=title, names=[_short(s) for s in frame["speaker"]],
                        values="words", labels=labels, xlabel="words quoted",
                        headroom=1.45)  # fmt: skip


def plot_top_entities(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Most named across the coverage"
) -> Axes:
    """Horizontal bars of the articles naming each entity (:func:`~analysis.corpus.
    top_entities`), coloured by kind, labelled with mentions and outlets."""
    from analysis.viz.entities import LABEL_COLOURS, LABEL_NAMES

    labels = [f"{m} mentions, {_outlets(o)}" for m, o in
              zip(frame["mentions"], frame["outlets"], strict=True)]  # fmt: skip
    ax = _ranked_bars(frame, ax=ax, title=title, names=[_short(s) for s in frame["entity"]],
                      values="articles", labels=labels, xlabel="articles that name it",
                      colour=[LABEL_COLOURS.get(k, "#7f7f7f") for k in frame["label"]],
                      headroom=1.6)  # fmt: skip
    if not frame.empty:
        shown = [k for k in LABEL_COLOURS if k in set(frame["label"])]
        ax.legend(handles=[Patch(color=LABEL_COLOURS[k], label=LABEL_NAMES[k]) for k in shown],
                  loc="lower right", frameon=False, fontsize=8)  # fmt: skip
    return ax


def plot_countries_named(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Where the news happens"
) -> Axes:
    """Horizontal bars of the articles naming a place in each country
    (:func:`~analysis.corpus.countries_named`), labelled with outlets."""
    return _ranked_bars(frame, ax=ax, title=title, names=[_short(str(c)) for c in frame["country"]],
                        values="articles", labels=[_outlets(o) for o in frame["outlets"]],
                        xlabel="articles that name a place in the country",
                        headroom=1.35)  # fmt: skip


def plot_readability_by_outlet(
    frame: pd.DataFrame, *, ax: Axes | None = None, title: str = "Reading grade per outlet"
) -> Axes:
    """The median grade of each outlet's articles, with the middle half of them as a bar
    (:func:`~analysis.corpus.readability_by_outlet`)."""
    ax = axes(ax, figsize=(8, max(2.5, 0.5 * len(frame) + 1.2)))
    if frame.empty:
        return no_data(ax, title)
    positions = list(range(len(frame)))[::-1]
    ax.barh(positions, frame["q3"] - frame["q1"], left=frame["q1"], color=POSITIVE, alpha=0.35,
            label="middle half of the articles")  # fmt: skip
    ax.scatter(frame["median"], positions, color=POSITIVE, zorder=3, label="median")
    ax.set_yticks(positions, [f"{_short(o)} ({n})" for o, n in
                              zip(frame["outlet"], frame["articles"], strict=True)])  # fmt: skip
    ax.set_xlabel("US school grade")
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
