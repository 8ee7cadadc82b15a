"""Whether the he, she, they or it that ends the words before a verb is that verb's subject:
"he", "albeit he", "but then she", "soon after the massacre in Orlando he", "Conceding that a
deal would come he", "a boss invited her to lunch and she". Read by
:func:`analysis.quotes.phrases.subject_before`."""

from __future__ import annotations

import re

from analysis.language.english.grammar import PREPOSITIONS
from analysis.language.english.speech import SUBORDINATORS
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import _has_finite
from analysis.quotes.openings import _OPENING_PARTICIPLE

__all__: list[str] = []

#: Words a subject may follow in the part next to its verb: subordinators and connectives.
_BEFORE_SUBJECT = SUBORDINATORS | set(
    "albeit and but so yet then however meanwhile also now still".split()
)
_SUBORDINATOR = compiled(rf"^(?:{alternation(_BEFORE_SUBJECT)})\s+", re.I)

#: A time or a place opening a clause with no comma, its subject after it ("soon after the
#: massacre in Orlando he"): an adverb of time or a preposition first, no "and" before it.
_ADVERBIAL_BEFORE = compiled(
    rf"(?:soon|shortly|just|right|then|later|now|(?:{alternation(PREPOSITIONS)}))\s"
    r"(?!.*\b(?:and|or|nor)\s+\w+$)"
)


def _pronoun_subject(words: list[str], segment: str) -> bool:
    """Whether a segment's last word, he/she/they or an organisation's "it", is the subject
    of the verb after it: "he", "albeit he", "but then she", "soon after the massacre in
    Orlando he", "Conceding that a deal would come he" (a participial phrase, no comma); a
    clause joined after one with its own verb ("a boss invited her to lunch and she")."""
    lower = segment.lower()
    if words[-1] == "it" and len(words) > 1 and words[-2] in PREPOSITIONS:
        return False  # "as several included on it told POLITICO": its object
    return words[-1] in {"he", "she", "they", "it"} and bool(
        len(words) <= 3
        or _SUBORDINATOR.match(lower)
        or _ADVERBIAL_BEFORE.match(lower)
        or _OPENING_PARTICIPLE.match(segment)
        or (words[-2] in _JOINING and _has_finite(" ".join(words[:-2])))
    )


#: Conjunctions that join a clause with a subject of its own: "... and she (thought)".
_JOINING = frozenset("and but so yet".split())
