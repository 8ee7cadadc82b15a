"""An appositive's head: the words up to the preposition that opens what the head is of or
for ("the mother of the goalie": "the mother"; "a founder of the company": "a founder").
The nouns after it describe someone or something else, never the person the appositive is
set beside: "Ann Li, the mother of the goalie," is no goalie."""

from __future__ import annotations

from analysis.patterns import compiled

__all__ = ["up_to_head"]

#: A preposition after an appositive's head.
_PREPOSITION_AFTER_HEAD = compiled(r"\s+(?:of|for|at|with|in|from|on|to|by)\s+")


def up_to_head(appositive: str) -> str:
    """The words of ``appositive`` up to its first preposition ("the team captain" whole;
    "the chief executive of Acme" -> "the chief executive")."""
    return _PREPOSITION_AFTER_HEAD.split(appositive, maxsplit=1)[0]
