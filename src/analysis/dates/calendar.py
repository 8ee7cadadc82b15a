"""TIMEX3 values: building them from dates, and placing them back on the calendar."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re

__all__ = [
    "add_months",
    "day_value",
    "month_value",
    "place",
    "week_value",
    "year_value",
]


def year_value(year: int) -> str:
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """ISO week of ``day`` in TIMEX3 form, e.g. ``1998-W32``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by ``months`` (may be negative)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_day(day: dt.date, months: int) -> dt.date:
    """``day`` shifted by whole months, clamped to the month's last day (Feb 29 -> 28)."""
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


_DAY = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:T(?:(\d{2}):(\d{2})(?:Z|[+-]\d{2}(?::?\d{2})?)?|[A-Z]{2}))?$"  # a time, its zone
)
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(?:-WE)?$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})$")
#: The month a season starts in, by its TIMEX3 code.
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def place(value: str) -> tuple[dt.datetime, str] | None:
    """Return (start of the period, granularity) of a TIMEX3 date value, or None (see
    :func:`_place`); values outside the calendar (year 0) are not placeable."""
    try:
        return _place(value)
    except ValueError:
        return None


def _place(value: str) -> tuple[dt.datetime, str] | None:
    """Return (start of the period, granularity) of a TIMEX3 date value, or None.

    Granularities: ``time`` (clock time), ``day`` (a day or a part of it), ``week``,
    ``month``, ``season``, ``quarter``, ``half``, ``year``, ``decade``. Durations,
    ``*_REF`` values and values with unknown digits (``XXXX-08-07``) are not placeable.
    """
    if match := _DAY.match(value):
        year, month, day, hour, minute = match.groups()
        try:
            start = dt.datetime(int(year), int(month), int(day))
        except ValueError:
            return None
        if hour is not None:
            return start.replace(hour=min(int(hour), 23), minute=int(minute)), "time"
        return start, "day"
    if match := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return None
        return dt.datetime.combine(monday, dt.time()), "week"
    if match := _MONTH.match(value):
        if not 1 <= int(match[2]) <= 12:
            return None
        return dt.datetime(int(match[1]), int(match[2]), 1), "month"
    if match := _QUARTER.match(value):
        return dt.datetime(int(match[1]), 3 * int(match[2]) - 2, 1), "quarter"
    if match := _HALF.match(value):
        return dt.datetime(int(match[1]), 6 * int(match[2]) - 5, 1), "half"
    if match := _SEASON.match(value):
        return dt.datetime(int(match[1]), SEASON_MONTH[match[2]], 1), "season"
    if match := _YEAR.match(value):
        return dt.datetime(int(match[1]), 1, 1), "year"
    if match := _DECADE.match(value):
        return dt.datetime(int(match[1]) * 10, 1, 1), "decade"
    return None
