"""What a document found, told at the end of a sentence: "..., the poll found.", "..., a
USA TODAY analysis shows." (who found it speaks through the document)."""

from __future__ import annotations

from analysis.language.english.speech import DOCUMENT_NOUNS, PUBLISHING_PARTICIPLES
from analysis.patterns import alternation, compiled
from analysis.quotes.reports import Reported, report_before

__all__ = ["found_last"]


#: A document and a verb of finding ending a sentence after a comma: "..., the poll found.",
#: "..., a USA TODAY analysis shows.", "..., a poll released Wednesday found.", "..., a report
#: by the Ontario Health Coalition found." (who found it speaks through the document; a
#: participle of publishing may tell when or where, a preposition whose it is).
_FOUND_LAST = compiled(
    r",\s*(?P<speaker>(?:(?:the|a|an|its|this|that|their)\s+)?(?:[\w'’.-]+\s+){0,4}?"
    rf"(?:{alternation(DOCUMENT_NOUNS | {'data', 'records', 'figures', 'results'})})"
    rf"(?:\s+(?:{alternation(PUBLISHING_PARTICIPLES)})(?:\s+[\w'’.-]+){{1,6}}?)?"
    # whose it is: "a report by the Ontario Health Coalition", "a survey from Pew"
    r"(?:\s+(?:by|from|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w'’.&-]*){0,6})?)\s+(?:has\s+|have\s+|had\s+)?"  # ("a study has found")
    r"(?P<verb>found|finds|find|showed|shows|show|shown|concluded|concludes|conclude|indicated|"
    r"indicates|indicate|suggested|suggests|suggest)"
    # a weekday and a participial phrase after it: "..., results showed Sunday, forcing"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:,\s+[a-z]{3,}ing\b[^;:\"“”]*?)?\s*[.!?]?[\"”']?\s*$"
)


def found_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, the survey found.``: what a document found, the clause before its comma
    (None when there is no such ending, or the clause is a few words or opens quoting)."""
    if not (match := _FOUND_LAST.search(text)):
        return None
    return report_before(text, match, match["verb"])
