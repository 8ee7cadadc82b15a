"""English: the words the rules are built from, in three modules — the calendar (month and
weekday names, abbreviations, news agencies: :mod:`.calendar`), temporal words (numbers,
units, seasons, holidays, modifiers: :mod:`.temporal`) and the words of speech and sources
(speech and cognition verbs, titles, role nouns, gendered words and first names:
:mod:`.speech`). Another language is another folder beside this one.

The calendar's names are re-exported here: ``from analysis.language.english import
MONTH_NAMES``.
"""

from analysis.language.english.calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_PREFIXES,
    MONTHS,
    MONTHS_ALSO_NAMES,
    MONTHS_ALSO_VERBS,
    NEWS_AGENCIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)

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
