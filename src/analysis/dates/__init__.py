"""Dates: temporal expressions (TIMEX3) normalised against the dateline, and a timeline.

``python -m analysis.dates.evaluate DIR`` scores the extractor on a TimeML corpus.
"""

from analysis.dates.extract import extract_dates, timeline

__all__ = ["extract_dates", "timeline"]
