"""Chart of the article's timeline."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes

from analysis.dates.format import date_label, gap_label
from analysis.viz._axes import ACCENT, POSITIVE, axes, no_data


def plot_timeline(
    events: pd.DataFrame,
    *,
    ax: Axes | None = None,
    wrap: int = 26,
    max_chars: int = 90,
    title: str = "Timeline of the article",
) -> Axes:
    """Plot :func:`analysis.timeline`: one marker per date in time order, labelled with the
    date and a short event text; the publication date is a star.

    Dates are placed at equal steps (an ordinal axis) so that 2003 and two days in 2021 are
    all legible; the real time between neighbours is written on the axis between them.
    """
    n = len(events)
    ax = axes(ax, figsize=(max(8.0, 2.3 * n), 4.6))
    if events.empty:
        return no_data(ax, title)
    xs = list(range(n))
    ax.axhline(0, color="black", linewidth=1, zorder=1)
    for x, row in zip(xs, events.itertuples(), strict=True):
        publication = bool(row.publication)
        ax.scatter(
            x,
            0,
            s=220 if publication else 90,
            marker="*" if publication else "o",
            color=ACCENT if publication else POSITIVE,
            zorder=3,
        )
        up = x % 2 == 0
        event = row.event if len(row.event) <= max_chars else row.event[: max_chars - 1] + "…"
        label = date_label(row.date, row.granularity)
        if publication:
            label += " (published)"
        ax.annotate(
            f"{label}\n" + textwrap.fill(event, wrap),
            xy=(x, 0),
            xytext=(0, 18 if up else -18),
            textcoords="offset points",
            ha="center",
            va="bottom" if up else "top",
            fontsize=8.5,
            arrowprops={"arrowstyle": "-", "color": "0.6"},
        )
    dates = list(events["date"])
    for x in xs[:-1]:
        ax.text(
            x + 0.5,
            0.04,
            gap_label(dates[x], dates[x + 1]),
            ha="center",
            va="bottom",
            fontsize=8,
            color="0.35",
            style="italic",
        )
    ax.set_xlim(-0.7, n - 0.3)
    ax.set_ylim(-0.75, 0.75)
    ax.set_xticks(xs, [date_label(d, g) for d, g in zip(dates, events["granularity"], strict=True)])
    ax.tick_params(axis="x", labelsize=8)
    ax.set_yticks([])
    ax.set_xlabel("dates in time order (equal spacing; the time between is written above the line)")
    ax.set_title(title)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    return ax
