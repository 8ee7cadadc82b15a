"""Commas that belong to a place ("Amherst, N.Y.,") or a number ("5,000") kept inside a
phrase while the attribution parsers split clauses at commas."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from analysis.language.english.affiliations import HOME_REGIONS
from analysis.language.english.titles import TITLE_ABBREVIATIONS
from analysis.patterns import alternation, compiled

__all__: list[str] = []

P = ParamSpec("P")
T = TypeVar("T")

# The commas around a state or province abbreviation inside a phrase ("an officer in the
# Amherst, N.Y., Police Department", "Sacramento, Calif., officials") and in numbers
# ("5,000 workers") are no clause boundaries: the parsers see them as a character of
# the same width, put back after.
#: A state or province abbreviation: "N.Y.", "Tex.", "Calif.".
STATE_ABBREVIATION = r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\."
_PLACE_COMMAS = compiled(
    rf",(\s(?:{STATE_ABBREVIATION})),"
    # not before a title or a pronoun: "At a rally in Beaumont, Tex., Mr. Trump said" ends
    # an opening phrase there
    rf"(?=\s+(?!(?:{alternation(TITLE_ABBREVIATIONS)})\.|(?:he|she|they|we|I|it)\b)\w)"
)
#: A state or province written in full between commas after a place and before a word in
#: lower case it describes: "a Boise, Idaho, man", "a Moncton, New Brunswick, woman" (not
#: before a name, a pronoun, a relative word or a preposition: "Speaking in Cedar Rapids,
#: Iowa, Rubio told", "Donald Hartley of Madison, Alabama, who snuck onto the floor", "the
#: country, California, with an economy that", "Speaking in Toronto, Ontario, the premier").
_REGION_COMMAS = compiled(
    rf",(?<=[a-z],)(\s(?:{alternation(region.title() for region in HOME_REGIONS)})),"
    r"(?=\s+(?!(?:he|she|they|we|it|who|whom|whose|which|where|when|and|but|or|with|in|on|"
    r"at|for|from|to|of|by|before|after|during|since|as|the|a|an|this|that|its|his|her|"
    r"their)\b)[a-z])"
)
#: The comma before a state or province abbreviation that a hyphen joins to the word after
#: it: "The Redmond, Wash.-based company", "a Toronto, Ont.-born singer".
_PLACE_HYPHEN_COMMA = compiled(rf",(?=\s(?:{STATE_ABBREVIATION})-[a-z])")
_KEPT_COMMA = "\u201a"  # SINGLE LOW-9 QUOTATION MARK: one character, never in a phrase


_NUMBER_COMMA = compiled(r",(?<=\d,)(?=\d{3}(?!\d))")  # "5,000 workers"


def _keep_place_commas(text: str) -> str:
    if "," not in text:
        return text
    text = _NUMBER_COMMA.sub(_KEPT_COMMA, text)
    if text.count(",") >= 2 and _REGION_COMMAS.search(text):  # (rare: search, then replace)
        text = _REGION_COMMAS.sub(rf"{_KEPT_COMMA}\1{_KEPT_COMMA}", text)
    if ".-" in text:
        text = _PLACE_HYPHEN_COMMA.sub(_KEPT_COMMA, text)
    if ".," not in text:  # every other place comma pair closes after an abbreviation's period
        return text
    return _PLACE_COMMAS.sub(rf"{_KEPT_COMMA}\1{_KEPT_COMMA}", text)


def _restore(found: T) -> T:
    """Put back the commas :func:`_keep_place_commas` replaced in a parser's result."""
    if isinstance(found, str):
        return found.replace(_KEPT_COMMA, ",")  # type: ignore[return-value]
    speaker = getattr(found, "speaker", None)
    if isinstance(speaker, str) and dataclasses.is_dataclass(found):
        # an Attribution or a Reported: its speaker phrase
        return dataclasses.replace(found, speaker=speaker.replace(_KEPT_COMMA, ","))  # type: ignore[type-var]
    if isinstance(found, list):
        return [_restore(item) for item in found]  # type: ignore[return-value]
    return found


def _place_commas_kept(parse: Callable[P, T]) -> Callable[P, T]:
    """Run a parser on texts whose place commas are kept (see ``_PLACE_COMMAS``)."""

    @functools.wraps(parse)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        texts = [_keep_place_commas(a) if isinstance(a, str) else a for a in args]
        found = parse(*texts, **kwargs)  # type: ignore[arg-type]
        if texts == list(args):
            return found  # no comma was kept: nothing to put back
        return _restore(found)

    return wrapper
