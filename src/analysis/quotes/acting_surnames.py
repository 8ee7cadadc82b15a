"""Surnames that act alone as a person's: "Linus Ullmark made 31 saves. ... Ullmark stopped
all three shooters" — a lone surname opening a sentence before a verb in the past is evidence
that the one full name of the article it ends is a person's, where no given-name list knows
the first name ("Linus", "Drake", "Jyoti"). Read by :mod:`analysis.quotes.name_runs`."""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.language.english.given_names import name_key
from analysis.language.english.speech import ORGANISATION_WORDS
from analysis.language.english.vocabulary import easy_words
from analysis.language.place_names import is_place_name
from analysis.patterns import compiled

__all__ = ["acting_name", "acting_surnames", "surnames_of_one_name"]

#: Each sentence of an article with its runs of capitalised words and their words.
Runs = list[tuple[Sentence, list[tuple[re.Match[str], list[str]]]]]

#: A verb in the past right after a word: "Ullmark stopped", "Gondek made".
_PAST_AFTER = compiled(
    r"\s+(?:[a-z]{2,}ed|made|had|won|took|got|gave|led|kept|held|hit|beat|lost|threw|caught|"
    r"broke|fell|left|ran|went|came|sent|spent|told|said|wrote|saw|knew|began|drew|chose)\b"
)


def acting_name(words: list[str], acting: frozenset[str]) -> list[str] | None:
    """A two-word name whose surname opens a sentence alone before a verb in the past (in
    ``acting``: :func:`acting_surnames`), when its first word is no common English word
    ("Neither Johnson") and neither it nor the name is a place's, nor holds an
    organisation's word. (A run after "the" is none either: the caller's test, "the Ottawa
    Senators ... Senators rallied" being a team.)"""
    if len(words) != 2 or words[-1] not in acting:
        return None
    if any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words) or any(
        is_place_name(place) for place in (words[0], " ".join(words))
    ):
        return None
    return None if name_key(words[0]) in easy_words() else words


def acting_surnames(runs: Runs, once: set[str]) -> frozenset[str]:
    """Lone words that open a sentence before a verb in the past ("Ullmark stopped all
    three shooters", "Gondek made the case") and end exactly one full name of two words in
    the article (``once``: :func:`surnames_of_one_name`; "Linus Ullmark"). Not a compound
    of capitals ("Glass-Steagall aimed": a law named after two people)."""
    return frozenset(
        words[0]
        for sentence, found in runs
        for match, words in found[:1]  # (only the first run of a sentence can open it)
        if match.start() == 0
        and len(words) == 1
        and words[0] in once
        and "-" not in words[0]
        and _PAST_AFTER.match(sentence.text, match.end())
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
