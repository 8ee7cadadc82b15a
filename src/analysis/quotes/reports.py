"""One reported statement: its record (:class:`Reported`), the speech verbs that report a
clause after them, where a report ends and the noun phrase that sums one up — shared by the
readers of reported speech (:mod:`analysis.quotes.reported`,
:mod:`analysis.quotes.participle_reports`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language.english.speech import (
    ASKING_VERBS,
    FINDING_VERBS,
    FRAMING_PARTICIPLES,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import has_any_finite
from analysis.quotes.phrases import _DATELINE, SPEECH_CLAUSE_WORDS

__all__ = [
    "Reported",
    "content_start",
    "report_before",
    "reporting_verbs",
    "summing_up",
]


@dataclass(frozen=True)
class Reported:
    """Reported speech in a sentence: offsets of its content and its attribution."""

    start: int
    end: int
    speaker: str
    verb: str
    speaker_at: int
    verb_at: int = -1


def content_start(head: str) -> int:
    """Where the statement of a sentence-long report starts: past white space and a dateline
    ("WINNIPEG — A man has been charged ..., police said": "A man ...")."""
    start = len(head) - len(head.lstrip())
    dateline = _DATELINE.match(head[start:])
    return start + dateline.end() if dateline else start


def report_before(text: str, match: re.Match[str], verb: str) -> Reported | None:
    """What the sentence ``text`` says before an attribution that ends it (``match``, with
    a ``speaker`` group and ``verb``, found at its end: "..., the survey found.", "..., his
    daughter, Lisa Kowalski, said."): None when those words are a few, or open quoting."""
    head = text[: match.start()]
    start = content_start(head)  # past a dateline: "COLUMBUS, Ohio — Sen. Rob Portman ..."
    if len(head.split()) < 4 or head.lstrip()[:1] in "\"“`'‘":
        return None
    verb_at = text.find(verb, match.end("speaker"))
    return Reported(start, match.start(), match["speaker"], verb, match.start("speaker"),
                    verb_at + len(verb))  # fmt: skip


#: Verbs that report a clause after them besides :data:`SPEECH_CLAUSE_WORDS` and the
#: verbs of finding: those some other frames leave out ("told", "denied", "wrote").
_MORE_REPORTING = (
    frozenset(
        "told tells demand demands demanded urges urged denies denied reports reported charged "
        "wrote writes respond responds responded answer answers answered reminded reminds "
        "informed informs posted posts".split()
    )
    | ASKING_VERBS
)  # (a question only: "asked Pence whether", "wondered why")
#: Speech verbs in -ing that report after a form of "be" ("Trump is insisting that").
PROGRESSIVE_SPEECH = frozenset(
    "saying telling warning arguing claiming insisting suggesting predicting promising "
    "urging noting reporting explaining stressing".split()
)
#: A verb that reports the clause after it ("said", "told", "denied", "pointed out that"), one
#: letter trie.
_REPORTED = compiled(
    rf"\b(?P<verb>{alternation(SPEECH_CLAUSE_WORDS | FINDING_VERBS | _MORE_REPORTING)}|"
    r"point(?:s|ed)?(?=\s+out\s+that\s))\b"
)
#: A speech verb in a progressive tense, its "be" and an adverb part of the match: "is
#: telling reporters that", "are also warning people".
_PROGRESSIVE_REPORTED = compiled(
    r"\b(?P<be>is|are|was|were|been|be)\s+(?:(?:also|still|now|again|[a-z]+ly)\s+)?"
    rf"(?P<verb>{alternation(PROGRESSIVE_SPEECH)})\b"
)


def reporting_verbs(text: str) -> list[re.Match[str]]:
    """The verbs that may report a clause in ``text``, in order: :data:`_REPORTED`'s, and a
    speech verb in a progressive tense (:data:`_PROGRESSIVE_REPORTED`)."""
    found = list(_REPORTED.finditer(text))
    if any(verb in text for verb in PROGRESSIVE_SPEECH) and (  # (a plain test first)
        progressive := list(_PROGRESSIVE_REPORTED.finditer(text))
    ):
        found = sorted(found + progressive, key=lambda match: match.start())
    return found


#: A clause boundary inside reported speech: a new report may follow it (also a time
#: clause set off after it: "..., a day after the nominee suggested he might skip them").
_REPORT_BOUNDARY = compiled(
    r",[\"”’']?\s*(?:and|but|while|whereas|although|though|(?:(?:just|shortly|soon|only|a\s+day|"
    r"a\s+week|(?:hours|days|weeks|months|minutes|moments))\s+)?(?:after|before))\s+|;\s*"
)
#: Where a report ends when another speech verb follows in its sentence.
_NEW_CLAUSE = compiled(r",[\"”’']?\s*(?:and|but|while|whereas)\s+|;\s*")
#: A noun for a statement, perhaps in the plural, perhaps after a modifier: "charge",
#: "harsh remarks".
_STATEMENT = rf"(?:[a-z-]+\s+)?(?:{alternation(STATEMENT_NOUNS)})s?"
#: What ends a report wherever it stands: a relative clause about the whole statement ("...,
#: to which O'Malley interjected", "..., at which point the crowd cheered") and an absolute
#: phrase with a speaker of its own ("..., with Sen. John McCain calling it ...").
_AFTER_REPORT = compiled(
    r",[\"”’']?\s+(?:(?:to|at|after|upon)\s+which\b|with\s+(?:[A-Z][\w.'’-]*\s+){1,5}?"
    rf"(?:{alternation(FRAMING_PARTICIPLES)})\b|"
    # "..., a charge that Colorado Republican leaders strongly denied", "..., something
    # that Trump mocked": what sums the statement up, and someone else's word on it; or
    # what it did ("..., a remark that angered the union", "..., comments which drew")
    rf"(?:(?:a|an|the|one)\s+)?{_STATEMENT}\s+(?:(?:that|which)\s+)?[A-Z]|"
    rf"(?:(?:a|an|the|one|his|her|their)\s+)?{_STATEMENT}"
    r"\s+(?:that|which)\s+(?:[a-z]+ed|drew|drove|brought|caused|made|sparked|left|won)\b)"
)


#: A noun phrase set off at a sentence's end: ", its first routes to Asia.", ", the clearest
#: sign yet that tariffs are reaching shoppers." (its clause after "that" or "which").
_SUMMARY_TAIL = compiled(
    r",\s+(?:its|their|his|her|the|an?)\s(?P<noun>[^,;:\"“”]{1,80}?)"
    r"(?:\s(?:that|which)\s[^;:\"“”]{1,100}?)?[.!?]?\s*$"
)
_WORD = compiled(r"[a-z]+")


def summing_up(text: str, comma: int) -> re.Match[str] | None:
    """The noun phrase with no verb (but in the clause after its "that") set off at the end
    of ``text`` from ``comma``, if any (not the attribution itself: ", their union said.")."""
    found = _SUMMARY_TAIL.match(text, comma)
    if found is None or has_any_finite(found["noun"]):
        return None
    return None if SPEECH_VERBS & set(_WORD.findall(found.group())) else found
