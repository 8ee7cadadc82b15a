"""One reported statement: its record (:class:`Reported`), the speech verbs that report a
clause after them, and where a report ends — shared by the readers of reported speech
(:mod:`analysis.quotes.reported`, :mod:`analysis.quotes.participle_reports`)."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.language.english.speech import FINDING_VERBS
from analysis.patterns import alternation, compiled
from analysis.quotes.phrases import _SPEECH_CLAUSE

__all__ = ["Reported"]


@dataclass(frozen=True)
class Reported:
    """Reported speech in a sentence: offsets of its content and its attribution."""

    start: int
    end: int
    speaker: str
    verb: str
    speaker_at: int
    verb_at: int = -1


#: A verb that reports the clause after it ("said", "told", "denied", "pointed out that").
_REPORTED = compiled(
    rf"\b(?P<verb>{_SPEECH_CLAUSE}|{alternation(FINDING_VERBS)}|told|demand(?:s|ed)?|urg(?:es|ed)|den(?:ies|ied)|"
    rf"report(?:s|ed)|charged|wrote|writes|respond(?:s|ed)?|answer(?:s|ed)?|"
    rf"point(?:s|ed)?(?=\s+out\s+that\s))\b"
)
#: A clause boundary inside reported speech: a new report may follow it.
_REPORT_BOUNDARY = compiled(r",\s*(?:and|but|while|whereas|although|though)\s+|;\s*")
#: Where a report ends when another speech verb follows in its sentence.
_NEW_CLAUSE = compiled(r",\s*(?:and|but|while|whereas)\s+|;\s*")
