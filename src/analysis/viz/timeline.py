"""Chart of the article's timeline."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes

from analysis.viz._axes import ACCENT, POSITIVE, axes, no_data

_FORMATS = {
    "year": "%Y",
    "half": "%Y",
    "season": "%b %Y",
    "quarter": "%b %Y",
    "month": "%b %Y",
    "week": "week of %d %b %Y",
    "day": "%d %b %Y",
    "time": "%d %b %Y %H:%M",
}


def date_label(date: pd.Timestamp, granularity: str) -> str:
    """A date written at its own granularity: ``2003``, ``Aug 2020``, ``15 Aug 2021``."""
    if granularity == "decade":
        return f"{date.year}s"
    if granularity == "quarter":
        return f"Q{(date.month - 1) // 3 + 1} {date.year}"
    return date.strftime(_FORMATS.get(granularity, "%d %b %Y"))


def gap_label(earlier: pd.Timestamp, later: pd.Timestamp) -> str:
    """The time between two dates in the largest sensible unit: ``11 years``, ``2 days``."""
    days = (later - earlier).days
    years = later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))
    if years >= 1:
        return f"{years} year{'s' if years != 1 else ''}"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    return f"{days} day{'s' if days != 1 else ''}"


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
