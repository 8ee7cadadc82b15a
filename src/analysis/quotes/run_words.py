"""What the words of a run of capitalised words are: the titles before a name ("Sen.",
"Defenceman"), the function words and organisations opening the run ("But", "NATO"), a
place's first word ("the San Antonio Spurs"), and two capitals that are a given name's
initials ("RJ Barrett", "P.K. Subban"), not an organisation's ("US Steel"). Used by
:func:`analysis.quotes.name_runs.name_runs`."""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.language.english.affiliations import PLACE_PREFIXES
from analysis.language.english.grammar import PREPOSITIONS
from analysis.language.english.speech import REGNAL_TITLES
from analysis.patterns import compiled
from analysis.quotes.names import (
    _FUNCTION,
    _POSSESSIVE,
    _last_title,
    occupation_first,
    titles_of,
)

__all__ = ["initials", "name_and_titles", "without_age"]

#: Prepositions opening a sentence with its topic ("For Amanda Poirier, the debate ...").
_TOPIC_PREPOSITIONS = frozenset({"for", "to"})
#: A word of two capitals: initials ("RJ", "P.K.") or an organisation's ("UN", "U.S.").
_TWO_CAPITALS = compiled(r"[A-Z]{2}|[A-Z]\.[A-Z]\.")


def initials(
    text: str,
    runs: list[tuple[Sentence, list[tuple[re.Match[str], list[str]]]]],
    *,
    speaking: frozenset[str],
    he_next: frozenset[int],
) -> frozenset[str]:
    """Two capitals that are a given name's initials, not an organisation's ("RJ Barrett",
    "P.K. Subban"; not "UN Secretary-General", "US Steel"): written before a surname, and
    nowhere else in the article (titles may come first: "Republican Sen. JD Vance"), where
    the text shows a person: the surname speaks or acts alone elsewhere (in ``speaking``:
    :func:`~analysis.quotes.acting_surnames.speaking_surnames`, ``acting_surnames``),
    or the two words open a sentence (its start in ``he_next``) the next of which opens with
    he or she."""
    before = {
        words[-2]: words[-1]
        for sentence, found in runs
        for match, words in found
        if len(words) >= 2
        and _TWO_CAPITALS.fullmatch(words[-2])
        # titles before them ("Republican Sen. JD Vance"), a place's name before its
        # office ("Nunavut Premier P.J. Akeeagok")
        and (len(words) == 2 or titles_of(words)[-3])
        and (words[-1] in speaking or (sentence.start in he_next and match.start() == 0))
    }
    return frozenset(
        pair
        for pair, surname in before.items()
        if text.count(pair) == len(re.findall(rf"{re.escape(pair)}\s+{re.escape(surname)}\b", text))
    )


def name_and_titles(
    words: list[str],
    role_surnames: frozenset[str] = frozenset(),
    *,
    at_start: bool = False,
    initials: frozenset[str] = frozenset(),
    speaking: bool = False,
) -> tuple[list[str], list[str], bool]:
    """A run's words split into the name and the titles before it ("Sen.", "Defenceman"),
    without the function words and capitalised organisations that open it ("But", "NATO");
    and whether a preposition was among those ("Like Allen": a fronted phrase's name), but
    not one that opens its sentence with its topic (``at_start``: "For Amanda Poirier, the
    debate feels distant"). A last word among ``role_surnames`` is the name's ("Rep. Steve
    King", "King"), as is one :func:`~analysis.quotes.names._last_title` finds a surname
    ("Coun. Rawlson King"); ``speaking``: a speech verb follows the run (see
    :func:`~analysis.quotes.names.occupation_first`)."""
    topic = at_start and words[0].lower() in _TOPIC_PREPOSITIONS
    titles = titles_of(words)
    if titles[-1] and (
        _POSSESSIVE.sub("", words[-1]) in role_surnames
        or (len(titles) >= 3 and titles[-3] and _last_title(words) < len(words) - 1)
    ):
        titles[-1] = False
    title_words = []
    if any(titles):
        last_title = len(titles) - 1 - titles[::-1].index(True)
        title_words = [w for w, t in zip(words, titles, strict=False) if t]
        words = words[last_title + 1 :]
    fronted, place = False, False
    while words and (
        words[0].lower() in _FUNCTION
        or (
            words[0].isupper() and len(words[0]) > 1 and len(words) > 1 and words[0] not in initials
        )
    ):
        fronted = fronted or words[0].lower() in PREPOSITIONS
        place = words[0].lower().rstrip(".") in PLACE_PREFIXES
        words = words[1:]  # "But", "NATO" before "Secretary-General ..."
    if not title_words and (place or (words and words[0].lower().rstrip(".") in PLACE_PREFIXES)):
        # "the San Antonio Spurs", "the Fort William Thunder": the word after a place's
        # first word is the place's, no given name
        words = words[1 if place else 2 :]
    if len(words) == 1 and title_words and title_words[-1].lower() in REGNAL_TITLES:
        words = [title_words[-1], *words]  # "Pope Francis": the title is the name's own too
    if occupation_first(words, speaking=speaking):
        title_words.append(words.pop(0))  # "Defenceman Ray Dunn", "Rookie Ann ..."
    return words, title_words, fronted and not topic


def without_age(words: list[str]) -> list[str]:
    """A run's words without an age opening it ("Seventeen-year-old Lea Roy": Lea Roy)."""
    return words[1:] if len(words) > 1 and words[0].lower().endswith("-year-old") else words
