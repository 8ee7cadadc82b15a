"""Surnames that speak or act alone as a person's: "Jagmeet Singh ... Singh said", "Linus
Ullmark made 31 saves. ... Ullmark stopped all three shooters" — a lone surname that speaks,
or opens a sentence before a verb in the past, is evidence that the one full name of the
article it ends (or the one written before it) is a person's, where no given-name list knows
the first name ("Jagmeet", "Linus", "Jyoti"). Read by :mod:`analysis.quotes.name_runs`."""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.article import Sentence
from analysis.language.english.given_names import name_key, world_gender
from analysis.language.english.grammar import IRREGULAR_PAST
from analysis.language.english.speech import GESTURE_VERBS, KIN_WORDS, ORGANISATION_WORDS
from analysis.language.english.vocabulary import easy_words
from analysis.language.place_names import is_place_name
from analysis.patterns import alternation, compiled
from analysis.quotes.names import _is_title, has_gender, occupation_word

__all__ = [
    "SPEECH_AFTER",
    "acting_name",
    "acting_surnames",
    "named_before",
    "named_by_given_name",
    "speaking_surnames",
    "speaks",
    "surnames_of_one_name",
]

#: Each sentence of an article with its runs of capitalised words and their words.
Runs = list[tuple[Sentence, list[tuple[re.Match[str], list[str]]]]]

#: A verb in the past right after a word: "Ullmark stopped", "Gondek made".
_PAST_AFTER = compiled(
    r"\s+(?:[a-z]{2,}ed|had|hit|beat|"
    rf"{alternation(IRREGULAR_PAST)})\b"  # "Kopitar, the Kings captain, sat at his stall"
)

#: A speech verb right before a word: '"...," says Gagnon'.
_SPEECH_BEFORE = compiled(r"\b(?:said|says|added|asked|wrote|replied|explained|insisted)\s+$")

#: A description, an age or a short adverbial phrase set off by commas after a word, then a
#: verb in the past: "Fleming, the 21-year-old midfielder from London, Ont., curled",
#: "Okafor, 34, won", "Leonard, as usual, kept" (a place's province or state may sit inside
#: the description; the phrase opens in lower case, with no joining or relative word).
_SET_OFF_THEN_PAST = compiled(
    r",\s+(?:(?:the|a|an)\s+(?:[^,;:\"“”]|,\s+[A-Z][A-Za-z.]*\.(?=,)){1,80}|\d{1,3}|"
    r"(?!(?:and|or|but|nor|who|whose|which|that)\b)[a-z][^,;:\"“”]{0,30})," + _PAST_AFTER.pattern
)

#: An age set off by commas after a word, then any verb: "Gill, 52, was not hurt" (an age
#: is a person's, whatever follows).
_AGE_SET_OFF = compiled(r",\s+\d{1,3},\s+[a-z]{2,}\b")

#: A relative "who" after a word: the word names a person ("Andersen, who has struggled").
_WHO_AFTER = compiled(r",\s+(?:who|whose)\b")

#: A speech verb or a gesture after a word (``GESTURE_VERBS``: "Kadri agreed", "Li shrugged"):
#: what a person does.
SPEECH_AFTER = compiled(
    r"\s+(?:\w+ly\s+)?(?:said|says|told|added|wrote|asked|"
    r"insisted|warned|argued|replied|explained|was\s+(?:asked|told|quoted|interviewed)|"
    rf"{alternation(GESTURE_VERBS)})\b"
)
#: A phrase set off by commas, then a speech verb: "Barrett, playing against the team that
#: passed on him, was asked".
_SET_OFF_THEN_SPEECH = compiled(r",[^,;:\"“”]{1,100}," + SPEECH_AFTER.pattern)


def acting_name(words: list[str], acting: frozenset[str]) -> list[str] | None:
    """A two-word name whose surname opens a sentence alone before a verb in the past (in
    ``acting``: :func:`acting_surnames`; after what someone does, capitalised as a
    sentence's first word: "Deckhand Bardos Kovacs"), when its first word is no common English word
    ("Neither Johnson") and neither it nor the name is a place's, nor holds an
    organisation's word. (A run after "the" is none either: the caller's test, "the Ottawa
    Senators ... Senators rallied" being a team.)"""
    if len(words) == 3 and occupation_word(words[0]):
        words = words[1:]  # "Deckhand Bardos Kovacs": what someone does, capitalised first
    if len(words) != 2 or words[-1] not in acting:
        return None
    if any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words) or any(
        is_place_name(place) for place in (words[0], " ".join(words))
    ):
        return None
    return None if name_key(words[0]) in easy_words() else words


def acting_surnames(runs: Runs, once: set[str]) -> frozenset[str]:
    """Lone words that open a sentence before a verb in the past ("Ullmark stopped all
    three shooters", "Gondek made the case"), perhaps past a description or an age set off
    by commas ("Fleming, the 21-year-old midfielder, curled"), or that an age set off follows
    before any verb ("Gill, 52, was not hurt"), and end exactly one full name
    of two words in the article (``once``: :func:`surnames_of_one_name`; "Linus Ullmark").
    Not a compound of capitals ("Glass-Steagall aimed": a law named after two people)."""
    return frozenset(
        words[0]
        for sentence, found in runs
        for match, words in found[:1]  # (only the first run of a sentence can open it)
        if len(words) == 1
        and words[0] in once
        and "-" not in words[0]
        and acts_alone(sentence.text, match)
    )


def surnames_of_one_name(runs: Runs) -> set[str]:
    """The last words of the runs of two words or more that end exactly one full name of
    two words in the article (not "Trump" when "Ivanka Trump" and "Freddy Trump" are both
    written)."""
    full: dict[str, set[str]] = {}
    for _, found in runs:
        for _, words in found:
            if len(words) >= 2:
                full.setdefault(words[-1], set()).add(" ".join(words[-2:]))
    return {surname for surname, names in full.items() if len(names) == 1}


def named_before(runs: Runs, acts: Callable[[Sentence, re.Match[str]], bool]) -> frozenset[str]:
    """The full names of two words that are the only ones ending in a surname when that
    surname, alone, ``acts`` (speaks, or opens a sentence acting) later ("Leylah Fernandez
    beat Ons Jabeur. ... '...,' Fernandez said. ... Her father, Jorge Fernandez": Leylah
    Fernandez, whom no list knows, where the surname ends two full names in the article, one
    of them a person's for certain: a family)."""
    names = {" ".join(w[-2:]) for _, found in runs for _, w in found if len(w) >= 2}
    if len(names) == len({name.split()[-1] for name in names}):
        return frozenset()  # each surname ends one full name: no namesakes (a fast test)
    seen: dict[str, set[str]] = {}
    people: set[str] = set()  # full names that are a person's for certain
    found: set[str] = set()
    for sentence, runs_here in runs:
        for match, words in runs_here:
            if len(words) >= 2:
                seen.setdefault(words[-1], set()).add(" ".join(words[-2:]))
                if _a_persons(words, sentence.text[: match.start()]):
                    people.add(" ".join(words[-2:]))
            elif len(seen.get(words[0], ())) == 1 and acts(sentence, match):
                found |= seen[words[0]]
    # a family: another full name with that surname is a person's, not "Wilayat Twitter ...
    # Twitter said" (a company speaking)
    return frozenset(name for name in found if (seen[name.split()[-1]] - {name}) & people)


def named_by_given_name(runs: Runs) -> frozenset[str]:
    """The full names of two words that are the only ones opening with a given name of some
    language's list ("Nils", which no English list knows) when that given name, alone,
    speaks later and another full name ends in the same surname: the first names a story
    calls two of a family by ("Nils Lindqvist scored ... Erik Lindqvist stopped 46 shots
    ... '...,' Nils said"); not a company's first word ("Juul Labs ... Juul said")."""
    opening: dict[str, set[str]] = {}
    ending: dict[str, set[str]] = {}
    speaking: set[str] = set()
    for sentence, runs_here in runs:
        for match, words in runs_here:
            if len(words) == 2:
                opening.setdefault(words[0], set()).add(" ".join(words))
            if len(words) >= 2:
                ending.setdefault(words[-1], set()).add(" ".join(words[-2:]))
            elif words[0] in opening and speaks(sentence.text, match):
                speaking.add(words[0])
    found = (next(iter(opening[given])) for given in speaking - set(ending))
    return frozenset(
        name
        for name in found
        if len(opening[name.split()[0]]) == 1
        and len(ending[name.split()[1]]) >= 2
        and world_gender(name.split()[0]) is not None
    )


#: A kin word right before a name: "whose son Humayun Khan", "her father, Jorge Fernandez".
_KIN_BEFORE = compiled(rf"\b(?i:{alternation(KIN_WORDS)}),?\s+$")


def _a_persons(words: list[str], before: str) -> bool:
    """Whether a run of capitalised words is a person's for certain: its given name is one
    of a gender ("Jorge Fernandez"), a title opens it ("Capt. Humayun Khan") or a kin word
    comes right before it ("whose son Humayun Khan")."""
    return (
        has_gender(words[-2])
        or (len(words) >= 3 and _is_title(words[-3]))
        or bool(_KIN_BEFORE.search(before[-20:]))
    )


def speaking_surnames(runs: Runs, once: set[str]) -> frozenset[str]:
    """Lone words a speech verb or a relative "who" follows, perhaps after a phrase set off
    by commas ("Singh said", "Barrett, playing against his old team, was asked", "Andersen,
    who"), or a speech verb comes before ("says Gagnon") that end exactly one full name of
    two words in the article (``once``: "Jagmeet Singh"): that name is a person's, whatever
    its first name (not "Trump" when "Ivanka Trump" and "Freddy Trump" are both written)."""
    return frozenset(
        words[0]
        for sentence, found in runs
        for match, words in found
        if len(words) == 1 and words[0] in once and speaks(sentence.text, match)
    )


def acts_alone(text: str, match: re.Match[str]) -> bool:
    """Whether the lone word at ``match`` opens its sentence and acts: a verb in the past
    after it, perhaps past a phrase or an age set off by commas ("Fernandez, from nearby
    Laval, broke serve")."""
    return match.start() == 0 and bool(
        _PAST_AFTER.match(text, match.end())
        or _SET_OFF_THEN_PAST.match(text, match.end())
        or _AGE_SET_OFF.match(text, match.end())
    )


def speaks(text: str, match: re.Match[str]) -> bool:
    """Whether the lone word at ``match`` speaks: a speech verb or a relative "who" after
    it, perhaps past a phrase set off by commas, or a speech verb before it."""
    return bool(
        SPEECH_AFTER.match(text, match.end())
        or _SET_OFF_THEN_SPEECH.match(text, match.end())
        or _WHO_AFTER.match(text, match.end())
        or _SPEECH_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    )
