"""Dates written for readers: a date at its own granularity, the time between two dates."""

from __future__ import annotations

import pandas as pd

__all__ = ["date_label", "gap_label"]

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
    return str(date.strftime(_FORMATS.get(granularity, "%d %b %Y")))


def gap_label(earlier: pd.Timestamp, later: pd.Timestamp) -> str:
    """The time between two dates in the largest sensible unit: ``11 years``, ``2 days``."""
    days = (later - earlier).days
    years = later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))
    if years >= 1:
        return f"{years} year{'s' if years != 1 else ''}"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    return f"{days} day{'s' if days != 1 else ''}"
