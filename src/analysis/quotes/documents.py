"""Documents that say something: an advertisement, a report, a poll, a statement — the
subject of a speech verb in the relative clause that describes them ("released an ad that
says Rubio supported amnesty": the ad says it)."""

from __future__ import annotations

from analysis.language.english.speech import DOCUMENT_NOUNS
from analysis.patterns import alternation, compiled

__all__ = ["document_before_that"]

#: A document's noun phrase, then "that" or "which" ending the words before a speech verb,
#: perhaps a time between: "a television ad on Monday that".
_DOCUMENT_THAT = compiled(
    r"(?:^|\s)(?P<document>(?:an?|the|its|his|her|their|a\s+new)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation(DOCUMENT_NOUNS)}))"
    r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:[A-Z][a-z]+day|today|yesterday|week|month))?"
    r"\s+(?:that|which)$"
)


def document_before_that(segment: str) -> str | None:
    """The document a segment ends with before "that" or "which" ("Cruz's campaign
    released a television ad on Monday that" -> "a television ad"); None when the words
    before "that" name no document ("a banner that", "the bill that")."""
    match = _DOCUMENT_THAT.search(segment)
    return match["document"] if match else None
