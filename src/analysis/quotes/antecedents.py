"""What the words around a he/she show about who it stands for: an opening phrase it may
stand in before its name ("In what he acknowledged ..."), a subordinate clause it opens
("... came when he said") and what an owner's name is followed by ("Trump's campaign
manager": a person). :class:`analysis.quotes.people.People` resolves pronouns with them (and
with the quotations the extractor reads, :func:`analysis.quotes.marks._quote_spans`: a name
inside one is not who "he said" it).
"""

from __future__ import annotations

import re

from analysis.language.english.speech import PERSON_NOUNS, ROLE_NOUNS, SUBORDINATORS
from analysis.patterns import alternation, compiled

__all__: list[str] = []

#: The first word of an opening phrase a he/she may stand in before its name: "In what he
#: acknowledged ...", "When she arrived, ...", "After he spoke, ...".
_OPENING_WORD = compiled(
    r"\W*(?:In|When|After|Before|As|While|Since|Although|Though|Because|If|Once|Until)\b"
)

#: A subordinating word right before a pronoun ("... came when he").
_SUBORDINATE_BEFORE = compiled(
    rf"\b(?:{alternation(SUBORDINATORS | {'what'})})\s+$",
    re.I,
)


def _owns_person(after: str) -> bool:
    """Whether what an owner's name is followed by ("'s campaign manager said") names a
    person within its first three words."""
    words = [w.strip(".,;:'’").lower() for w in after.lstrip("'’s ").split()[:3]]
    return any(w in PERSON_NOUNS or w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words)
