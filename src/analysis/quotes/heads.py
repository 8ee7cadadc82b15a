"""The person a description's head noun names: "the trainer" (or "the old trainer") after
"His trainer, Ray Lussier," or "Goalie Ray Dunn" for "the goalie". Descriptive words before
the head change nothing about whom it fits ("the lanky, bespectacled professor"); titles,
roles, contrasts and past states do ("the assistant coach", "the other goalie", "the former
captain"): those descriptions are left to the rules that read them.
"""

from __future__ import annotations

import re

from analysis.language.english.speech import ORGANISATION_WORDS, PERSON_NOUNS, ROLE_NOUNS, TITLES
from analysis.patterns import compiled
from analysis.quotes.appositive_heads import up_to_head
from analysis.quotes.epithets import _CONTRASTING, _PAST
from analysis.quotes.names import appositive_after
from analysis.quotes.people import Mention, People

__all__ = ["described_head", "headed_by"]

#: An appositive that describes: a determiner and at most four words more, no clause.
_DESCRIBING = compiled(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$", re.I)
#: A definite description: "the", up to three descriptive words (commas between), its head.
_DESCRIPTION = compiled(r"^the\s+(?P<words>(?:[a-z][a-z-]*,?\s+){0,3})(?P<noun>[a-z]+)$")
#: Words that open the noun phrase set before a name, as its determiner: "His trainer, Ray
#: Lussier", "The club's coach, Ann Reyes".
_DETERMINERS = frozenset("the his her their its our my".split())
#: Words after which a noun phrase opens a clause: "..., and her coach, Ann Reyes, said".
_CLAUSE_OPENERS = frozenset("and but while".split())
#: Marks a noun phrase that opens a sentence or a clause follows: a stop, a comma, a
#: dateline's dash ("WINNIPEG — The club's trainer, Ray Lussier,").
_OPENING_MARKS = frozenset(".,!?—–")
#: Words of order that set one person apart from another: "the second trainer".
_ORDER = frozenset("first second third fourth last final".split())


def described_head(phrase: str) -> str | None:
    """The head noun of a definite description whose other words only describe ("the old
    trainer", "the lanky, bespectacled professor": trainer, professor); None when a word
    before the head is a title, a role, a person noun, a contrast, a past state or an order
    ("the assistant coach", "the other trainer", "the former goalie", "the second man")."""
    match = _DESCRIPTION.match(phrase)
    if match is None:
        return None
    words = [w.rstrip(",") for w in match["words"].split()]
    barred = TITLES | ROLE_NOUNS | PERSON_NOUNS | _CONTRASTING | _PAST | _ORDER
    return None if any(w in barred for w in words) else match["noun"]


def headed_by(people: People, noun: str, at: int) -> Mention | None:
    """The last person named before ``at`` whom the text describes with ``noun`` as the head
    of a title or an appositive: "Ann Reyes, the team captain," for "the captain", "Goalie
    Ray Dunn" for "the goalie", "His trainer, Ray Lussier," for "the trainer" (not "the
    team": no head)."""
    if noun in ORGANISATION_WORDS:
        return None
    text = people.article.text
    for mention in reversed(people.between(0, at)):
        if not mention.named:
            continue
        before = text[max(0, mention.start - 80) : mention.start].split()
        before = before[1:] if mention.start > 80 else before  # (a word cut in two)
        appositive = appositive_after(text, mention.end)
        heads = {before[-1].lower()} if before else set()
        if len(before) > 1 and before[-1].endswith(",") and _set_before(before[:-1]):
            heads.add(before[-1].rstrip(",").lower())  # "His trainer, Ray Lussier"
        if appositive and (head := _appositive_head(appositive)):  # "the team captain"
            heads.add(head)
        if noun in heads:
            return mention
    return None


def _appositive_head(appositive: str) -> str | None:
    """The head noun of an appositive that describes: its last word before a preposition
    ("the team captain": captain; "a founder of the company": founder, not company)."""
    head = up_to_head(appositive)
    return head.split()[-1].lower().strip(".,'’") if _DESCRIBING.match(head) else None


def _set_before(words: list[str]) -> bool:
    """Whether ``words`` end with the determiner or the owner's name that opens a sentence or
    a clause and the noun phrase whose head is the word after them, a word of description
    between at most ("His trainer,", "The club's longtime coach,", "..., and her coach,";
    not "In the new poll,": a phrase that opens the sentence)."""
    for back in (1, 2):
        if len(words) < back:
            return False
        word = words[-back]
        lowered = word.lower()
        if lowered in _DETERMINERS or lowered.endswith(("'s", "’s")):
            opening = words[: len(words) - back]
            if lowered not in _DETERMINERS and opening and opening[-1].lower() in _DETERMINERS:
                opening = opening[:-1]  # an owner's determiner: "The club's"
            last = opening[-1].rstrip("\"”’'") if opening else ""
            return not opening or last in _CLAUSE_OPENERS or last[-1:] in _OPENING_MARKS
        if not word.isalpha() or not word.islower():
            return False
    return False
