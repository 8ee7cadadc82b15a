"""Where a run of capitalised words stands in its sentence: at its start, past a dateline,
an opening phrase, a description or a subordinate clause, or joined to the subject by "and"
— what makes a name its sentence's subject by place. Read by :mod:`analysis.quotes.name_runs`."""

from __future__ import annotations

from analysis.language.english.grammar import PREPOSITIONS
from analysis.language.english.sexes import BIRTH_ORDERS
from analysis.language.english.speech import ROLE_NOUNS, TITLES
from analysis.patterns import compiled
from analysis.quotes.names import _FUNCTION
from analysis.quotes.openings import (
    _OPENING_PARTICIPLE,
    after_subordinate_clause,
    in_dateline,
    is_opening,
)

__all__ = [
    "at_start",
    "capital_dateline",
    "coordinated",
    "described_lead",
    "opens_clause",
    "past_opening",
]

_ROLES_AND_TITLES = ROLE_NOUNS | TITLES
#: An age written as a modifier: "The 32-year-old Kadri".
_AGE = compiled(r"\d{1,3}-year-old")
#: A relational adjective before a role noun: "presidential candidate", "economic adviser".
_RELATIONAL = compiled(r"[a-z]+(?:ial|ical|ic)")
#: What joins a second subject to a first: "and", "and his counterpart,", "and Gov."
_AND = compiled(r",?\s+(?:and|or)\s+")
_SET_OFF = compiled(r"[^,.;:\"“”]{1,40},\s+")


def capital_dateline(words: list[str], text: str, end: int) -> bool:
    """Whether a run of words in capitals ending at ``end`` lies in ``text``'s dateline."""
    return all(w.isupper() for w in words) and in_dateline(text, end)


def at_start(lead: str) -> bool:
    """Whether a run after ``lead`` (its sentence up to it) opens the sentence, past an
    opening quotation mark or bracket: its capital may be the sentence's."""
    return not lead.strip(" \"'“‘(")


def opens_clause(lead: str, *, first: bool) -> bool:
    """Whether a name after ``lead`` (its sentence up to it) is its sentence's subject by
    place: at its start ("Rathbun requested"), or right after an opening phrase ("With the
    primaries over, Sanders has tapered ...", "Asked about the pact, Kasich seemed"), or
    after a subordinate clause ("When Rollins accused him of grandstanding, Wyatt fired back"),
    after words that only describe it (:func:`described_lead`: "Oilers coach", "The younger"),
    an opening phrase before them or not ("In the third period, the older Tkachuk hit"), or
    after the quotation the sentence opens with ('"Lyin' Ted," Trump shot back')."""
    if (first and at_start(lead)) or after_subordinate_clause(lead):
        return True
    if described_lead(lead) or described_lead(past_opening(lead)):  # "On Tuesday, the older"
        return True
    if lead[:1] in '"“' and _QUOTATION_ENDS.search(lead):
        return True  # '"Lyin\' Ted," Trump shot back': the quotation's attribution
    tail = lead.rstrip()
    if not tail.endswith(",") or lead.count(",") != 1:
        return False
    # "Asked about the pact in Philadelphia, Kasich seemed": a participial phrase too
    opening = tail[:-1].rstrip()
    return is_opening(opening) or bool(_OPENING_PARTICIPLE.match(opening))


#: A quotation's closing mark and comma ending the words before a name.
_QUOTATION_ENDS = compiled(r"(?:,[\"”]|[\"”],)\s*$")


def past_opening(lead: str) -> str:
    """The words of ``lead`` after an opening phrase and its comma ("On Tuesday, Oilers
    coach" -> "Oilers coach"), or "" when it has none."""
    head, comma, tail = lead.rpartition(",")
    return tail.lstrip() if comma and is_opening(head.strip()) else ""


def described_lead(lead: str) -> bool:
    """Whether ``lead`` (a sentence up to a name) only describes the name — proper
    modifiers, titles and role nouns, an age, relational adjectives: "Oilers coach",
    "Calgary head coach", "The 32-year-old", "Republican presidential candidate", "The
    younger" (a sibling told apart by age) — so that the name is the sentence's subject as if
    it opened it."""
    if not lead or len(lead) > 80:
        return False  # no words, or more than five
    last = lead.rsplit(None, 1)[-1].strip("\"'“‘(").lower() if lead.strip() else ""
    if last in BIRTH_ORDERS:  # "The younger Thornton": a sibling told apart by age
        return lead.split()[0].lower() == "the" and len(lead.split()) == 2
    if last not in _ROLES_AND_TITLES and not _AGE.fullmatch(last):
        return False  # (the last word first: most leads fail there)
    words = [w.strip("\"'“‘(") for w in lead.split()]
    if not 1 <= len(words) <= 5 or not words[-1]:
        return False
    return all(
        (index == 0 and word == "The")
        or word.lower() in _ROLES_AND_TITLES
        or _AGE.fullmatch(word)
        or _RELATIONAL.fullmatch(word)
        or (word[:1].isupper() and word.lower() not in PREPOSITIONS | _FUNCTION)
        for index, word in enumerate(words)
    )


def coordinated(between: str) -> bool:
    """Whether a name after ``between`` (the text from the end of its sentence's subject) is
    joined to that subject: "and", or "and" and a description of it ("and his Norwegian
    counterpart,", "and Oilers coach"): then it is a subject as well."""
    joined = _AND.match(between)
    if joined is None:
        return False
    rest = between[joined.end() :]
    return not rest or bool(_SET_OFF.fullmatch(rest)) or described_lead(rest)
