"""Who an article introduces by a description, "a", "an" or "one" and a noun ("were
greeted by an organizer", "forcing a young woman to work"): a definite description of that
noun after it ("the organizer said", "The woman, now 23, said") is that newcomer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.patterns import compiled
from analysis.quotes.people import People

__all__ = ["body_before", "introduced_before", "introduces"]

#: Nouns of a person's sex and age, and of youth: the newcomer such a noun introduced is
#: looked for in the whole body before, not only the sentence before.
_SEX_AND_YOUTH = frozenset("man woman boy girl lady teen teenager youngster youth".split())


def introduced_before(people: People, noun: str, at: int) -> bool:
    """Whether the sentence before the one at ``at`` introduces someone new by ``noun``,
    with "a", "an" or "one" ("were greeted by an organizer at a field office"): the definite
    description after it is that newcomer, not the subject; for a noun of sex or youth, the
    body before, not as a name's appositive ("forcing a young woman to work ... The woman,
    now 23, said": her, not the judge named right before)."""
    index = people.sentence_index(at)
    if not index:
        return False
    if noun in _SEX_AND_YOUTH:
        before = body_before(people, people.article.sentences[index].start)
        return any(
            not _NAME_AND_COMMA.search(before, 0, m.start()) for m in _newcomers(before, noun)
        )
    return introduces(people.article.sentences[index - 1].text, noun)


def body_before(people: People, at: int) -> str:
    """The article's body up to ``at``: no headline ("At 88, a retired teacher still tutors
    ..." introduces no one the body then calls "the retired teacher")."""
    paragraphs = people.article.paragraphs
    return people.article.text[paragraphs[0].start if paragraphs else 0 : at]


def _newcomers(text: str, word: str) -> Iterator[re.Match[str]]:
    """Where ``text`` introduces someone new by ``word``: "a", "an" or "one", a few
    modifiers, the word ("an organizer", "a 45-year-old man")."""
    return re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(word)}\b", text)


def introduces(text: str, word: str) -> bool:
    """Whether ``text`` introduces someone new by ``word`` (:func:`_newcomers`)."""
    return next(_newcomers(text, word), None) is not None


#: A name and a comma right before a description: an appositive ("Ann Reyes, a nurse").
_NAME_AND_COMMA = compiled(r"[A-Z][\w.'’-]*,\s*$")
