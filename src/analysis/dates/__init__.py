"""Dates: temporal expressions (TIMEX3) normalised against the dateline, and a timeline.

``python -m analysis.dates.evaluate DIR`` scores the extractor on a TimeML corpus.

The extractor loads on first use, so that importing the package compiles no date rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.dates.extract import extract_dates, timeline

__all__ = ["extract_dates", "timeline"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from analysis.dates import extract

        return getattr(extract, name)
    raise AttributeError(f"module 'analysis.dates' has no attribute {name!r}")
