"""First names alone: whom a lone given name stands for when the article names that person
in full ("Kevin Wiebe ... Kevin kicks at the dirt") or names two people who share a surname
by their first names ("Dale and Kevin Wiebe": Dale Wiebe and Kevin Wiebe) — the way
features call their subjects after the first mention."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from analysis.language.english.given_names import census_gender, name_key
from analysis.language.english.speech import ORGANISATION_WORDS, TITLES
from analysis.language.english.vocabulary import easy_words
from analysis.language.geonames import is_place
from analysis.language.place_names import is_place_name
from analysis.patterns import compiled, latin
from analysis.quotes.names import _CALENDAR, _FUNCTION, has_gender, may_be_given_name

if TYPE_CHECKING:  # (people imports this module)
    from analysis.quotes.people import Mention

__all__ = [
    "SharedSurname",
    "family_given_names",
    "family_members",
    "first_name_people",
    "first_name_shown",
    "given_name_of",
    "name_containing",
    "paired_given_names",
    "shared_surnames",
    "written_in_full",
]

#: A run of capitalised words (start, end, words, kind), as :mod:`analysis.quotes.name_runs`
#: finds them.
_Run = tuple[int, int, list[str], str]


#: A surname, without the owner's mark after it ("Tom and Alice MacKay's farmhouse":
#: MacKay; "O'Neill" whole).
_SURNAME = r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?"
#: A first name, "and", a full name of two words: "Dale and Kevin Wiebe".
_SHARED_SURNAME = compiled(
    r"(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][\w'’-]*)\s+(?P<surname>"
    rf"{_SURNAME})(?:['’]s?)?(?![\w'’-]|\s+[A-Z])"
)


#: Where a first name shares the surname of the full name after "and", that name and the
#: surname: (offset, first name, surname).
SharedSurname = tuple[int, str, str]


def shared_surnames(text: str) -> list[SharedSurname]:
    """Where a first name (one the given-name lists know, or two that each stand alone
    elsewhere) shares the surname of the full name after "and", that name and the surname
    ("Dale and Kevin Wiebe": Dale, Wiebe): a given name as those of full names are, and a
    full name of its own."""
    return [
        (m.start(), m["first"], m["surname"])
        for m in _SHARED_SURNAME.finditer(text)
        if has_gender(m["first"]) or _both_alone(text, m["first"], m["second"])
    ]


def _both_alone(text: str, first: str, second: str) -> bool:
    """Whether two given names joined before a surname each stand alone elsewhere in
    ``text`` ("Harj and Manjit Dhaliwal ... Manjit said ... Harj, 58, says"): the way a
    feature calls a couple the lists do not know; no common English word, and no place but
    a given name the lists know beside a word that names no place ("Gord and Linda
    Pritchard": Linda, Calif., too; not "Waco and Austin")."""
    places = [word for word in (first, second) if is_place(word)]
    if len(places) == 2 or any(not has_gender(word) for word in places):
        return False
    for word in (first, second):
        if name_key(word) in easy_words():
            return False
        if not compiled(rf"\b{word}\b(?![\w'’-]|\s+(?:and\s+)?[A-Z])").search(text):
            return False
    return True


#: After a first name and "and": a given name and a surname ("Farid and Zarmina Rahimi").
_PAIRED = compiled(
    rf"(?P<second>[A-Z][a-z]+)\s+(?P<surname>{_SURNAME})(?:['’]s?)?(?![\w'’-]|\s+[A-Z])"
)
#: The first name right before " and ".
_FIRST_BEFORE = compiled(r"\b[A-Z][a-z]+\Z")


def paired_given_names(text: str) -> dict[str, str]:
    """The given names that follow a known first name and "and" before a shared surname,
    with their full names ("Farid and Zarmina Rahimi": Zarmina -> Zarmina Rahimi): a couple
    or siblings named together, the second given name one no list need know. (Each " and "
    is found by ``str.find``, far faster than a pattern's scan of every word.)"""
    found: dict[str, str] = {}
    at = text.find(" and ")
    while at >= 0:
        pair = _PAIRED.match(text, at + 5)
        if pair is not None and pair["second"] != pair["surname"]:
            first = _FIRST_BEFORE.search(text, max(0, at - 20), at)
            if first is not None and has_gender(first.group()):
                found[pair["second"]] = f"{pair['second']} {pair['surname']}"
            elif first is not None and _both_alone(text, first.group(), pair["second"]):
                found[pair["second"]] = f"{pair['second']} {pair['surname']}"
                found.setdefault(first.group(), f"{first.group()} {pair['surname']}")
        at = text.find(" and ", at + 5)
    return found


def first_name_people(
    found: list[_Run], shared: list[SharedSurname], *, paired: dict[str, str] | None = None
) -> dict[int, str]:
    """The full name each lone given name of ``found`` stands for, by the run's start: the
    one full name named before it (or with it, "Dale and Kevin Wiebe") that opens with that
    word. A word the given-name lists know, so no surname, place or organisation, or one
    named beside such a word (``paired``: :func:`paired_given_names`); none when no full
    name or several open with it."""
    paired = paired or {}
    lone = {_first(words[0]) for _, _, words, _ in found if len(words) == 1}
    full = [(start, " ".join(words)) for start, _, words, _ in found
            if len(words) >= 2 and words[0] in lone]  # fmt: skip
    full += [(at, f"{first} {surname}") for at, first, surname in shared]
    if not full:
        return {}
    firsts = {name.split()[0] for _, name in full}
    people: dict[int, str] = {}
    for start, _, words, _ in found:
        if len(words) != 1:
            continue
        word = _first(words[0])
        if word not in firsts or not (has_gender(word) or word in paired):
            continue
        names = {name for at, name in full if at <= start and name.split()[0] == word}
        if len(names) == 1:
            people[start] = names.pop()
    return people


def _first(word: str) -> str:
    """A word without an apostrophe-s ("Dale's son": Dale)."""
    return _POSSESSIVE_END.sub("", word) if word[-1:] in _APOSTROPHE_END else word


_POSSESSIVE_END = compiled(r"['’]s?$")
_APOSTROPHE_END = frozenset("'’s")


def given_name_of(mentions: Iterable[Mention], word: str, at: int) -> str | None:
    """The one full name named before ``at`` that a lone word opens ("Marie Lapointe, 64,
    runs the bakery. ... Marie said": a feature's first name for its subject); None when no
    name or several open with it."""
    full = {
        m.name
        for m in mentions
        if m.start < at and m.named and " " in m.name and m.name.split()[0] == word
    }
    return full.pop() if len(full) == 1 else None


def name_containing(mentions: Iterable[Mention], word: str, at: int) -> str | None:
    """The one full name of ``mentions`` named before ``at`` that holds ``word`` inside it,
    not first nor last ("Luiz Inácio Lula da Silva ... Lula said": the name a country calls
    him by), else None."""
    full = {m.name for m in mentions if m.named and m.start < at and word in m.name.split()[1:-1]}
    return full.pop() if len(full) == 1 else None


#: A given name written before a surname: "Bronislaw", "Jean-Yves", "N'Golo" (never a
#: part of a word: not "Yves" alone).
_GIVEN = r"(?<![\w'’-])(?P<given>(?:[A-Z]['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_NO_GIVEN = TITLES | _FUNCTION | ORGANISATION_WORDS | _CALENDAR


def written_in_full(text: str, surname: str, at: int) -> str | None:
    """A surname that speaks at ``at`` ("Geremek said") with the given name ``text`` wrote
    before it somewhere earlier ("ministers of Bronislaw Geremek of Poland"): that one person
    is the evidence the name lacked. None when no single such name exists."""
    text = text[:at]
    full = {
        f"{m['given']} {surname}"
        # (not the first half of a double surname: "Sofia Petrenko-Lam" is no Petrenko)
        for m in re.finditer(latin(rf"{_GIVEN}[^\S\n]+{re.escape(surname)}(?!\w|-[A-Z])"), text)
        if m["given"].lower() not in _NO_GIVEN
        and may_be_given_name(m["given"], opening=_opens_sentence(text, m.start()))
    }
    return full.pop() if len(full) == 1 else None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence: nothing before it, a line break, the end
    of a sentence or a quotation mark ("Yet Clinton", "“Neither Johnson")."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?\"“”'"


#: A family the article names by its surname: "the Vo sisters", "the Martin brothers" (not
#: "the Bush family": a family of a public figure, whose members the article names in full).
_FAMILY = compiled(
    r"\b[Tt]he\s+(?P<surname>[A-Z][a-z][\w'’-]*)\s+"
    r"(?P<kin>sisters|brothers|siblings|twins|cousins)\b"
)
#: The sex a family's noun tells of all its members.
_FAMILY_SEX = {"sisters": "f", "brothers": "m"}
_FAMILY_KIN = ("sisters", "brothers", "siblings", "twins", "cousins")


def _family(text: str) -> tuple[str, str] | None:
    """The one family the article names by its surname (:data:`_FAMILY`), with its noun."""
    families = (
        {(m["surname"], m["kin"]) for m in _FAMILY.finditer(text)}
        if any(kin in text for kin in _FAMILY_KIN)  # (a plain test first)
        else set()
    )
    return families.pop() if len(families) == 1 else None


def _may_be_member(word: str, surname: str) -> bool:
    """Whether a lone capitalised word may be a family member's given name: no surname,
    function word, common word, place, title, organisation's word or calendar word."""
    return (
        word != surname
        and not word.endswith("ing")  # "Boating on the lake, ...": a participle
        and word.lower() not in _FUNCTION
        and name_key(word) not in easy_words()
        and not is_place_name(word)
        and word.lower() not in TITLES
        and word.lower() not in ORGANISATION_WORDS
        and word not in _CALENDAR
    )


def family_members(text: str, openings: Iterable[str]) -> frozenset[str]:
    """The lone words opening sentences (``openings``) that may be the given names of the one
    family the article names by its surname ("The Vo sisters ... Mai taught Grade 3")."""
    family = _family(text)
    if family is None:
        return frozenset()
    return frozenset(w for w in openings if _may_be_member(_first(w), family[0]))


def family_given_names(text: str, found: list[_Run]) -> tuple[dict[int, str], str | None]:
    """The full names the lone words of ``found`` stand for when the article names one
    family by its surname ("The Vo sisters ... Linh, the eldest, was a pharmacist. Mai
    taught Grade 3": Linh Vo, Mai Vo), by the run's start, and the sex the family's noun
    tells of them ("sisters": f): a word that opens a sentence at least once, the way a
    feature brings in each member, and is no function word, common word, place, title or
    organisation's word. Empty when no family or several are named."""
    family = _family(text)
    if family is None:
        return {}, None
    surname, kin = family
    opening = family_members(
        text, (_first(w[0]) for _, _, w, kind in found if len(w) == 1 and kind == "single-subject")
    )
    names = {
        start: f"{word} {surname}"
        for start, _, words, _ in found
        if len(words) == 1 and (word := _first(words[0])) in opening
    }
    return names, _FAMILY_SEX.get(kin)


def first_name_shown(name: str) -> bool:
    """Whether a name of two words or more opens with a given name that nine in ten of its US
    bearers share a gender of ("Donald Trump"; not "Metro Research", "Morgan Stanley")."""
    words = name.split()
    return len(words) >= 2 and census_gender(words[0]) is not None
