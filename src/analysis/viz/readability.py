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
    """Bars of the US grade of each formula of :func:`analysis.readability_scores`, with the
    consensus (``text_standard``) drawn as a line."""
    ax = axes(ax, figsize=(7, 4))
    if scores.empty:
        return no_data(ax, title)
    consensus = scores[scores["metric"] == "text_standard"]
    formulas = scores[scores["metric"] != "text_standard"].iloc[::-1]
    ax.barh(formulas["label"], formulas["grade"], color=POSITIVE)
    if not consensus.empty:
        grade = float(consensus["grade"].iloc[0])
        ax.axvline(grade, color=ACCENT, linestyle="--", linewidth=2)
        ax.annotate(
            f"consensus: grade {grade:g}",
            xy=(grade, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(4, -12),
            textcoords="offset points",
            color=ACCENT,
        )
    ax.set_xlabel("US school grade (higher = harder)")
    ax.set_title(title)
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
