"""English calendar and news words: the one place month and weekday names, their
abbreviations and the news agencies are written."""

from __future__ import annotations

__all__ = [
    "MONTHS",
    "MONTHS_ALSO_NAMES",
    "MONTHS_ALSO_VERBS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_PREFIXES",
    "NEWS_AGENCIES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
]

#: The months, in order.
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: Abbreviations news copy writes for months, with the month's number ("sept." and "sep.").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: Months whose names are verbs too: a name only beside a date or after a preposition.
MONTHS_ALSO_VERBS: tuple[str, ...] = ("may", "march")
#: Months whose names are given names too ("April Ryan", "June Carter", "August Wilson").
MONTHS_ALSO_NAMES: tuple[str, ...] = ("april", "may", "june", "august")
#: The first three letters of every month, in order ("05-Jan-2003").
MONTH_PREFIXES: tuple[str, ...] = tuple(name[:3] for name in MONTH_NAMES)
#: Month names and abbreviations -> the month's number.
MONTHS: dict[str, int] = {
    name: number for number, name in enumerate(MONTH_NAMES, start=1)
} | MONTH_ABBREVIATIONS
#: The days of the week, Monday first (Python's ``date.weekday()`` order).
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
#: Abbreviations of weekdays ("Tues.", "Thurs."), with the weekday's number.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
#: Weekday names -> Python's weekday number (Monday 0).
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
#: News agencies as datelines credit them: "KABUL (AP) —", "(Reuters) -".
NEWS_AGENCIES: tuple[str, ...] = (
    "AP", "AFP", "Reuters", "UPI", "dpa", "Xinhua", "XINHUA", "CNN", "Bloomberg",
)  # fmt: skip
