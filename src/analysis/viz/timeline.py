"""Chart of the article's timeline: one date a row, in time order, from 1 to 60 dates."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes

from analysis.dates.format import date_label, gap_label
from analysis.viz._axes import ACCENT, POSITIVE, axes, no_data

__all__ = ["MARKERS", "plot_timeline"]

#: Marker of a date by its precision, so that a year, a day and a time stay distinguishable.
MARKERS = {
    "decade": ("s", "year"),
    "year": ("s", "year"),
    "half": ("D", "month"),
    "season": ("D", "month"),
    "quarter": ("D", "month"),
    "month": ("D", "month"),
    "week": ("v", "week"),
    "day": ("o", "day"),
    "time": ("^", "time"),
}
_ROW_INCHES = 0.36


def plot_timeline(
    events: pd.DataFrame,
    *,
    ax: Axes | None = None,
    wrap: int = 70,
    max_rows: int = 60,
    title: str = "Timeline of the article",
) -> Axes:
    """Plot :func:`analysis.timeline`: one row per date in time order, top to bottom.

    The date is written on the left at its own precision (``2003``, ``Aug 2020``, ``15 Aug
    2021``) and marked by it (square: year or decade, diamond: month, season or quarter,
    triangle down: week, circle: day, triangle up: a time of day; star: the publication
    date). Between two rows, the real time that separates them ("11 years", "2 days"); on
    the right, the event, wrapped to two lines of ``wrap`` characters. Beyond ``max_rows``
    dates, the earliest ``max_rows - 1`` and the publication date are shown and the rest
    counted, so that a small chart stays legible.
    """
    events = events.reset_index(drop=True)
    total = len(events)
    if total > max_rows:
        shown = events.iloc[: max_rows - 1]
        published = events[events["publication"]]
        events = pd.concat([shown, published]).drop_duplicates("value").reset_index(drop=True)
    n = len(events)
    ax = axes(ax, figsize=(8.5, max(2.4, _ROW_INCHES * n + 1.3)))
    if events.empty:
        return no_data(ax, title)
    rows = list(range(n))
    ax.plot([0] * n, rows, color="0.6", linewidth=1, zorder=1)
    used: dict[str, str] = {}
    for row, event in zip(rows, events.itertuples(), strict=True):
        marker, meaning = MARKERS.get(event.granularity, ("o", "day"))
        if event.publication:
            marker, meaning = "*", "published"
        used[marker] = meaning
        ax.scatter(0, row, marker=marker, s=140 if marker == "*" else 55, zorder=3,
                   color=ACCENT if event.publication else POSITIVE)  # fmt: skip
        text = textwrap.shorten(str(event.event), width=2 * wrap, placeholder="…")
        ax.annotate(
            textwrap.fill(text, wrap),
            xy=(0, row),
            xytext=(12, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            fontsize=8,
            annotation_clip=False,
        )
    labels = [date_label(d, g) for d, g in zip(events["date"], events["granularity"], strict=True)]
    labels = [f"{label} (published)" if p else label
              for label, p in zip(labels, events["publication"], strict=True)]  # fmt: skip
    ax.set_yticks(rows, labels, fontsize=8.5)
    dates = list(events["date"])
    gaps = [gap_label(dates[i], dates[i + 1]) for i in range(n - 1)]
    ax.set_yticks([r + 0.5 for r in rows[:-1]], gaps, minor=True, fontsize=7, color="0.4",
                  style="italic")  # fmt: skip
    ax.tick_params(axis="y", which="both", length=0)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(-0.02, 1)
    ax.set_xticks([])
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    key = "  ".join(f"{_SYMBOLS.get(m, m)} {meaning}" for m, meaning in used.items())
    more = f"\n{total - n} more dates: see the table" if total > n else ""
    ax.set_title(f"{title}\n{key}{more}", fontsize=9, loc="left")
    return ax


_SYMBOLS = {"s": "■", "D": "◆", "v": "▼", "o": "●", "^": "▲", "*": "★"}
