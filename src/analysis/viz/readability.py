"""Charts of readability: formula grades and difficulty along the article."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from analysis.viz._axes import ACCENT, POSITIVE, axes, no_data


def plot_readability_grades(
    scores: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Reading grade by formula",
) -> Axes:
    """Bars of the US grade of each grade-level formula of :func:`analysis.readability_scores`
    (the band formulas, Flesch reading ease and Dale–Chall, give no grade and are left out),
    with the reading grade (their mean, :func:`analysis.reading_grade`) drawn as a line."""
    from analysis.readability import GRADE_FORMULAS, reading_grade_of

    ax = axes(ax, figsize=(7, 3.6))
    formulas = scores[scores["metric"].isin(GRADE_FORMULAS)].dropna(subset=["grade"])
    if formulas.empty:
        return no_data(ax, title)
    ax.barh(formulas["label"].iloc[::-1], formulas["grade"].iloc[::-1], color=POSITIVE)
    reading = reading_grade_of(scores)
    if not reading.empty:
        grade = float(reading["grade"].iloc[0])
        ax.axvline(grade, color=ACCENT, linestyle="--", linewidth=2)
        low, high = ax.get_xlim()
        right = grade > (low + high) / 2  # label on the side with room
        ax.annotate(
            f"reading grade {grade:.1f} (mean)",
            xy=(grade, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(-4 if right else 4, 2),
            textcoords="offset points",
            ha="right" if right else "left",
            va="bottom",
            color=ACCENT,
        )
    ax.set_xlabel("US school grade (higher = harder)")
    ax.set_title(title, pad=18)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_paragraph_difficulty(
    difficulty: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Difficulty along the article",
) -> Axes:
    """Words per sentence (bars) and share of difficult words (line, right axis) for each
    paragraph of :func:`analysis.paragraph_difficulty`."""
    ax = axes(ax, figsize=(8, 3.8))
    if difficulty.empty:
        return no_data(ax, title)
    ax.bar(
        difficulty["paragraph"],
        difficulty["words_per_sentence"],
        color=POSITIVE,
        label="words per sentence",
    )
    ax.set_xlabel("paragraph")
    ax.set_ylabel("words per sentence", color=POSITIVE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    right = ax.twinx()
    right.plot(
        difficulty["paragraph"],
        difficulty["difficult_share"] * 100,
        color=ACCENT,
        marker="o",
        label="difficult words",
    )
    right.set_ylabel("difficult words (%)", color=ACCENT)
    right.set_ylim(0, max(100.0, float(difficulty["difficult_share"].max() * 100) + 5))
    ax.set_title(title)
    return ax
