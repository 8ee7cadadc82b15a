"""Ages beside names ("Ray Dunn, 29,", "29-year-old Ray Dunn") and the descriptions that
name someone by an age ("the 34-year-old", "the 34-year-old forward")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.patterns import compiled

if TYPE_CHECKING:  # (namesakes reads ages too, and people reads namesakes)
    from analysis.quotes.people import Mention, People

__all__ = ["AGED", "AGE_NOUN", "age_beside", "age_given", "aged_before"]

#: An age for a description: "the 34-year-old", "the 34-year-old forward".
AGED = compiled(r"^the\s+(?P<age>\d{1,3})-year-old(?:\s+[a-z-]+)?$", re.I)
#: An age as a noun: "the 25-year-old" is what someone is.
AGE_NOUN = compiled(r"\d{1,3}-year-old")
#: An age beside a name: "Ray Dunn, 29,", "29-year-old Ray Dunn", "Victoria Mboko, an
#: 18-year-old from Toronto,".
_AGE_AFTER = compiled(r",\s*(?:an?\s+)?(?P<age>\d{1,3})\b(?!,\d|[-–]\d)")  # (not a score, 6-1)
_AGE_BEFORE = compiled(r"\b(?P<age>\d{1,3})-year-old\s+$")


def age_beside(text: str, start: int, end: int) -> int | None:
    """The age ``text`` gives beside the name at ``start``-``end`` ("Ray Dunn, 29,",
    "29-year-old Ray Dunn"), or None."""
    found = _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 40), start)
    return int(found["age"]) if found else None


def age_given(people: People, name: str, at: int) -> str | None:
    """The age the text gives beside a name before ``at`` ("Ray Dunn, 29,", "29-year-old Ray
    Dunn"), as "29-year-old"; None when it gives none."""
    text = people.article.text
    for mention in people.between(0, at):
        if mention.name != name or not mention.named:
            continue
        if (age := age_beside(text, mention.start, mention.end)) is not None:
            return f"{age}-year-old"
    return None


def aged_before(people: People, age: str, at: int) -> Mention | None:
    """The last person named before ``at`` with ``age`` beside the name: "Ann Reyes, 34,",
    "34-year-old Ann Reyes" or "Ann Reyes, a 34-year-old nurse,"."""
    text = people.article.text
    for mention in reversed(people.between(0, at)):
        if not mention.named:
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        after = text[mention.end : mention.end + 12]
        if re.match(rf",\s*(?:an?\s+)?{age}\b(?![-–]\d)", after) or re.search(
            rf"\b{age}-year-old\s+$", before
        ):
            return mention
    return None
