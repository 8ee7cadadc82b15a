"""A gesture before a quotation: "Tremblay shrugs. "Who knows?"". A sentence whose subject,
a name or he/she, makes a gesture or reacts (:data:`GESTURE_VERBS`), right before a
quotation that opens its sentence with no attribution of its own, introduces the speaker —
the way features and sport stories write a reply without "said"."""

from __future__ import annotations

from analysis.language.english.speech import GESTURE_VERBS
from analysis.patterns import alternation, compiled
from analysis.quotes.attribution import Attribution
from analysis.quotes.names import _FUNCTION

__all__ = ["gesture_before"]

#: The gesture sentence: an opening phrase, the subject (a name of up to four capitalised
#: words, or he/she), an adverb, the gesture, and no quotation mark in the rest.
_GESTURE = compiled(
    r"^\s*(?:[^,\"“”]{1,60},\s+)?"
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he)\s+"
    rf"(?:\w+ly\s+)?(?P<verb>{alternation(GESTURE_VERBS)})\b[^\"“”]*[.!]\s*$"
)


def gesture_before(sentence: str) -> Attribution | None:
    """The speaker the sentence before a quotation introduces by a gesture ("Asked about the
    future, Tremblay shrugs." -> Tremblay, "shrugs"); None for any other sentence."""
    match = _GESTURE.match(sentence)
    if match is None:
        return None
    subject = match["subject"]
    if subject.split()[0].lower() in _FUNCTION - {"he", "she"}:
        return None  # "The crowd laughed", "But Ann" is no name here
    return Attribution(subject, match["verb"])
