"""What a document found, told at the end of a sentence: "..., the poll found.", "..., a
USA TODAY analysis shows." (who found it speaks through the document); and the clauses with
no "that" a verb of finding reports: a name and a verb in the past, a name and where they
stand in a race, a bare plural and an auxiliary."""

from __future__ import annotations

from analysis.language.english.grammar import IRREGULAR_PAST, PAST_NOT_PARTICIPLE
from analysis.language.english.speech import DOCUMENT_NOUNS, PUBLISHING_PARTICIPLES
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import has_any_finite
from analysis.quotes.phrases import _main_subject_of
from analysis.quotes.reports import Reported, report_before

__all__ = ["document_showing", "found_last"]


#: A document and a verb of finding ending a sentence after a comma: "..., the poll found.",
#: "..., a USA TODAY analysis shows.", "..., the filings show.", "..., a poll released
#: Wednesday found.", "..., a report by the Ontario Health Coalition found." (who found it
#: speaks through the document; a participle of publishing may tell when or where, a
#: preposition whose it is).
_FOUND_LAST = compiled(
    r",\s*(?P<speaker>(?:(?:the|a|an|its|this|that|their)\s+)?(?:[\w'’.-]+\s+){0,4}?"
    rf"(?:{alternation(DOCUMENT_NOUNS | {'data', 'records', 'figures', 'results'})})s?"
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


#: A document and a participle of finding right after it, then "that": "figures showing that",
#: "a study finding that", "polls suggesting that" (the document is the source of what it
#: shows; not "saying": "a letter saying" is one no one issued).
_DOCUMENT_SHOWING = compiled(
    r"(?P<speaker>(?:(?:the|a|an|its|this|these|their|his|her|new|recent)\s+)?"
    r"(?:[\w'’./&-]+\s+){0,3}?"
    rf"(?:{alternation(DOCUMENT_NOUNS | {'data', 'record', 'figure', 'number', 'result'})})s?)"
    r"\s+(?P<verb>showing|finding|suggesting|indicating|concluding)\s+that\s+"
)


def document_showing(text: str, end: int) -> Reported | None:
    """``... a document showing that CLAUSE``: the clause, the document's (None when there is
    no such phrase, or the clause is a few words or holds no verb)."""
    if "ing that " not in text or (match := _DOCUMENT_SHOWING.search(text)) is None:
        return None
    content = text[match.end() : end]
    if len(content.split()) < 3 or not has_any_finite(content):
        return None
    # the noun phrase after a verb or a preposition before it: "poring over polling data"
    head = _BEFORE_DOCUMENT.split(match["speaker"])[-1]
    at = match.end("speaker") - len(head)
    before = text[:at].rstrip()
    cites = _main_subject_of(before) if _CITED_BY.search(before) else None
    if cites and (cited_at := text.find(cites, 0, at)) >= 0:
        # "He cited the agency's own figures showing that": who cites the document tells
        # what it shows (PolNeAR's convention: "Some of the operatives have been poring over
        # polling data showing that")
        return Reported(match.end(), end, cites, match["verb"], cited_at)
    return Reported(match.end(), end, head, match["verb"], at)


#: A verb whose object the document is, a particle perhaps after it ("cited", "poring over",
#: "pointed to"): the verb's subject cites what the document shows (not after "with", "and"
#: or a preposition: "..., with some polls indicating that", "in the polls and the survey
#: data showing": the document's own).
_CITED_BY = compiled(
    r"\b(?:[a-z]{2,}ed|[a-z]{2,}ing|cites?|read|reads|saw|seen)(?:\s+(?:to|over|at|through))?$"
)


#: The words a document phrase's match may take before the document's own noun phrase: up
#: to a verb's particle or a preposition ("poring over", "with"), or a participle opening it.
_BEFORE_DOCUMENT = compiled(
    r"^(?:.*\s)?(?:over|of|in|on|at|from|with|to|by|for|into|about|through|and)\s|^[a-z]+ing\s"
)


#: People or things in the plural with no determiner and an auxiliary after a verb of
#: finding: "found grassland birds had been hit hardest" (not after "state": "three state
#: polls was", a noun).
_PLURAL_THEN_AUXILIARY = compiled(
    r"\s+(?:(?!(?:he|she|they|we|it|that|which|who|whom|him|them|of|to|as)\s)[a-z][\w'’-]*\s+)?"
    r"[a-z][\w'’-]*[^s\W]s\s+(?:would|will|had|has|have|were|are|could|should|might|must|"
    # or a past no participle shares ("found prices rose"; not "made", "left", "held")
    rf"{alternation(PAST_NOT_PARTICIPLE)})\s"
)
#: Within a poll's margin: "within four points", "within the margin of error".
_WITHIN = (
    r"within\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+points?\b"
    r"|within\s+the\s+(?:poll'?s\s+)?margin\s+of\s+error\b"
)
#: A name and where they stand in a race after a verb of finding, a clause with no verb:
#: "found Shapiro ahead by 11 points", "showed Clinton leading Trump", "with a 5-point lead",
#: "found Ostrander leading Whitfield 31 per cent to 24", "found Lindahl with 38 percent
#: support", "showed Whitcomb within four points"; or the race itself: "showed the race
#: tied", "the race within four points".
_NAME_STANDING = compiled(
    r"\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}?"
    r"(?:(?:ahead|behind|leading|trailing)\s+(?:by\s+(?:\d|[a-z]+\s+points?)|among\b)"
    r"|(?:leading|trailing)\s+[A-Z][\w'’.-]*\s+(?:by\s+)?\d"
    r"|with\s+an?\s+[\w-]+\s+(?:point\s+)?lead\b"
    # a share of the vote, of support, or one before another's ("with 38 percent and ...")
    r"|with\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)"
    r"(?:\s+(?:support|backing|of\s+the\s+(?:vote|support))\b|(?=\s+(?:and|to|among)\s|[,.;]|\s*$))"
    rf"|{_WITHIN})"
    rf"|the\s+(?:race|contest)\s+(?:tied|deadlocked|even|neck\s+and\s+neck|{_WITHIN})\b)"
)
#: A name and a verb in the past after a verb of finding: "showed Sanders won nearly 60
#: percent" (not after a verb that is a noun as often: "probe claims Clinton made").
_NAME_THEN_PAST = compiled(
    rf"\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}?(?:{alternation(IRREGULAR_PAST)}|[a-z]{{3,}}ed)\s"
)
