"""Organisations that open a sentence ("Shopify Inc. shares rose", "The Trump campaign
said"): what an "it" or "the company" after them stands for."""

from __future__ import annotations

from analysis.language.english.speech import ORGANISATION_WORDS
from analysis.patterns import compiled
from analysis.quotes.names import _FUNCTION
from analysis.quotes.openings import _DATELINE

__all__ = ["opening_organisation"]


#: An organisation's name opening a sentence, and the word after it: "Shopify Inc. shares",
#: "The Trump campaign said".
_OPENING_ORGANISATION = compiled(
    r"\W*(?:The\s+)?((?:[A-Z][\w.&'’-]*\s+){0,5}?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:campaign|administration|government|ministry|team|company|committee))?)"
    r"\s+[a-z]"
)


def opening_organisation(text: str) -> str | None:
    """The organisation ``text`` opens with, past a dateline ("OTTAWA — Shopify Inc. shares
    rose"): a name with an organisation's word ("Inc.", "campaign") or in capitals ("NATO");
    None when it opens with none."""
    text = _DATELINE.sub("", text, count=1)
    match = _OPENING_ORGANISATION.match(text)
    if match is None:
        return None
    name = match.group(1)
    words = name.split()
    organisation = (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) or any(
        w.lower().rstrip(".") in ORGANISATION_WORDS | {"campaign", "administration"}
        for w in words  # "Inc.", "Co."
    )
    if not organisation or words[0].lower() in _FUNCTION:
        return None
    return ("the " + name) if text.lstrip().startswith("The ") else name
