"""How a line is capitalised, which the rules read a month or a weekday by ("May" the month,
"may" the verb; "June Carter" a name, "June Sales" a date in a headline).

A sentence written in capitals ("TALKS TO RESUME ON MONDAY"), as headlines and some wire copy
are, is read in lower case with its month and weekday names capitalised — "MAY" only where a
date's neighbours make it the month ("MAY 5", "IN MAY"); the offsets stay those of the text
as written. A line in Title Case (:func:`title_case`) capitalises every word, so a capital
there says nothing of a name or a title.
"""

from __future__ import annotations

import re

from analysis.language.english.calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS_ALSO_VERBS,
    WEEKDAY_NAMES,
)

__all__ = ["as_read", "title_case"]

_ALSO_VERBS = MONTHS_ALSO_VERBS

#: Month and weekday names that are no other word.
_NAMES = re.compile(
    rf"\b(?:{'|'.join(n for n in MONTH_NAMES if n not in _ALSO_VERBS)}|"
    rf"{'|'.join(WEEKDAY_NAMES)})\b"
    # abbreviations only with their full stop or a day after them: "JAN. 5", "SEPT 30"
    rf"|\b(?:{'|'.join(MONTH_ABBREVIATIONS)})(?=\.|\s+[0-3]?\d\b)"
    # "may" and "march" are verbs too: months next to a number or after a preposition
    rf"|\b(?:{'|'.join(_ALSO_VERBS)})(?=\s+[0-3]?\d\b|,?\s+(?:19|20)\d\d\b)"
    r"|(?:"
    + "|".join(
        rf"(?<=\b{word} )"
        for word in ("in", "of", "by", "since", "until", "early", "late", "last", "next", "this")
    )
    + rf")(?:{'|'.join(_ALSO_VERBS)})\b"
)


#: Share of a line's words (those that begin with a letter) capitalised beyond which it is
#: written in Title Case: headlines leave "a", "of", "to" in lower case.
_TITLE_CASE_SHARE = 0.6


def title_case(text: str) -> bool | None:
    """Whether ``text`` is written in Title Case: more than 60% of its words capitalised
    ("Stocks Slide As June Sales Weaken"); ``None`` when it has fewer than two words to tell
    by."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if len(words) < 2:
        return None
    return sum(word[0].isupper() for word in words) > len(words) * _TITLE_CASE_SHARE


def _shouting(text: str) -> bool:
    """Whether ``text`` is written in capitals: no lower-case letter, at least six letters."""
    return text.isupper() and sum(char.isalpha() for char in text) >= 6


def as_read(text: str) -> str:
    """``text`` as the rules read it: itself, or — written in capitals — in lower case with
    month and weekday names capitalised (same length, so offsets hold)."""
    if not _shouting(text):
        return text
    lower = text.lower()
    if len(lower) != len(text):
        return text  # a letter whose lower case is longer ("İ"): leave it as written
    return _NAMES.sub(lambda match: match[0].capitalize(), lower)
