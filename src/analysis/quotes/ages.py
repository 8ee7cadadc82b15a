"""Ages beside names ("Ray Dunn, 29,", "29-year-old Ray Dunn") and the descriptions that
name someone by an age ("the 34-year-old", "the 34-year-old forward")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.patterns import compiled

if TYPE_CHECKING:  # (namesakes reads ages too, and people reads namesakes)
    from analysis.quotes.people import Mention, People

__all__ = ["AGED", "AGE_NOUN", "age_beside", "age_given", "aged_before", "teen_before"]

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Ages in words, as a sentence opens with them: "Seventeen", "Twenty-two" (to 99).
_AGE_VALUES: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, 1)},
    **{w: i for i, w in enumerate(_TEENS, 10)},
    **{w: 10 * i for i, w in enumerate(_TENS, 2)},
    **{f"{t}-{u}": 10 * i + j for i, t in enumerate(_TENS, 2) for j, u in enumerate(_UNITS, 1)},
}
_AGE_WORDS = "(?i:" + "|".join(sorted(_AGE_VALUES, key=len, reverse=True)) + ")"
#: An age for a description: "the 34-year-old", "the 34-year-old forward".
AGED = compiled(r"^the\s+(?P<age>\d{1,3})-year-old(?:\s+[a-z-]+)?$", re.I)
#: An age as a noun: "the 25-year-old" is what someone is.
AGE_NOUN = compiled(r"\d{1,3}-year-old")
#: An age beside a name: "Ray Dunn, 29,", "29-year-old Ray Dunn", "Victoria Mboko, an
#: 18-year-old from Toronto,".
_AGE_AFTER = compiled(r",\s*(?:an?\s+)?(?P<age>\d{1,3})\b(?!,\d|[-–]\d)")  # (not a score, 6-1)
_AGE_BEFORE = compiled(
    rf"\b(?P<age>\d{{1,3}}|{_AGE_WORDS})-year-old(?:\s+[a-z][\w-]*){{0,2}}\s+$"
)  # (a role between: "Seventeen-year-old qualifier Léa Roy")
#: A teenager by what they are: "the teenager", "the teen", "the Toronto teen".
_TEEN = compiled(r"^the\s+(?:[A-Z][\w'’-]*\s+)?teen(?:ager)?$", re.I)


def age_beside(text: str, start: int, end: int) -> int | None:
    """The age ``text`` gives beside the name at ``start``-``end`` ("Ray Dunn, 29,",
    "29-year-old Ray Dunn"), or None."""
    found = _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    age = found["age"]
    return int(age) if age.isdigit() else _AGE_VALUES[age.lower()]


def teen_before(people: People, phrase: str, at: int) -> Mention | None:
    """The one person named before ``at`` whom the text gives an age from 13 to 19 ("Léa
    Roy, 17,", "Seventeen-year-old Léa Roy"), when ``phrase`` describes a teenager ("the
    teenager", "the teen"); None when it does not, or no one or several are so young."""
    if not _TEEN.match(phrase):
        return None
    text = people.article.text
    young = {
        m.name: m
        for m in people.between(0, at)
        if m.named and 13 <= (age_beside(text, m.start, m.end) or 0) <= 19
    }
    return next(iter(young.values())) if len(young) == 1 else None


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
