"""Whether a text holds a finite verb: a clause, not a noun phrase or a fragment."""

from __future__ import annotations

import re

from analysis.language.english.grammar import IRREGULAR_PAST
from analysis.patterns import alternation, compiled

__all__ = ["SHORT_CLAUSE", "SINGULAR_AND_VERB", "has_any_finite"]

_FINITE = compiled(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|cannot|may|might|shall|"
    r"should|must|do|does|did|[a-z]+n['’]t|"
    # a past tense, not the last part of a compound adjective ("bow-tied", "red-haired"),
    # but after a verb's prefix ("re-elected", "co-founded")
    r"(?:(?<!-)|(?<=\b(?:re|co|un|de)-)|(?<=\b(?:pre|mis|out|dis)-)|(?<=\bover-)|(?<=\bunder-))"
    # (not an adjective after "of": "a poll of uncommitted voters", "52 percent of registered")
    r"(?<!\bof\s)"
    r"[a-z]+ed)\b"
)
#: One finite verb, as a pattern to build others from: an auxiliary, a modal, a past tense
#: ("said her plan would fail", "said no one was hurt", "said her mother died").
FINITE_WORD = (
    r"(?:is|was|were|are|had|has|have|will|would|could|can|cannot|may|might|should|must|did|"
    rf"does|[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST)})\b"
)
#: A clause of a subject pronoun and its verb, three words at most: "He never did, she said",
#: "They won, he said", "It was fine, she said" (not "Yes, she said", "In 2019, he said").
SHORT_CLAUSE = compiled(
    r"\s*(?:He|She|They|We|It|I|Nobody|Everyone|Everybody)\s+(?:[a-z]+ly\s+|never\s+|not\s+)?"
    r"(?:(?:is|was|were|are|had|has|have|will|would|could|can|may|might|should|must|does)"
    rf"\s+[\w'’-]+|did|[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST)})(?:\s+[\w'’-]+)?\s*"
)  # (an auxiliary with a word after it: not "It is, he said, the best.")
#: A subject pronoun and the word after it: a verb in any tense ("they support", "we need");
#: "it" and a verb in -s ("it needs the money"; not "this", "plus", "always" after it).
_PRONOUN_AND_VERB = compiled(
    r"\b(?:(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?!(?:and|or|but)\b)[a-z]{2,}|"
    r"[Ii]t\s+(?!(?:this|thus|plus|perhaps|always|besides|across)\b)[a-z]{2,}[^s\W]s\b)"
)
#: A clause opening with a determiner, a singular noun (perhaps after two modifiers) and a
#: verb in the present, which ends in -s: "The loss matters", "the province needs".
SINGULAR_AND_VERB = compiled(
    r"\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]n?)\s+"
    r"(?:[a-z-]+\s+){0,2}?[a-z]+(?:ss|[^s\W])\s+[a-z]{2,}(?<![su]s)s\s"
)
#: A clause opening with a plural noun (perhaps after a determiner and a modifier) and an
#: adverb of frequency or degree or a modal before its verb: "teachers only work", "most
#: voters never read", "prices will rise" (a plural noun and a word alone may be a phrase).
PLURAL_AND_VERB = compiled(
    r"\s*(?:(?:[Tt]he|[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Tt]heir|[Oo]ur)\s+)?(?:[a-z-]+\s+)?"
    r"[a-z]{3,}s\s+[\"“]?"
    r"(?:only|never|always|often|rarely|seldom|still|just|really|already|will|would|could|"
    r"can|cannot|should|must|might|may|do|did|don't|didn't|won't)\s+[a-z]{2,}"
)
_CAPITALISED = compiled(r"\b[A-Z][\w'’-]*")
#: Auxiliaries that are never names, capitalised at a clause's start ("Was it ...").
_CAPITAL_AUXILIARIES = frozenset("is are was were has have had do does did been".split())


def _has_finite(text: str) -> bool:
    """Whether ``text`` has a finite verb (or a past participle), or a subject pronoun and a
    word after it ("they support"). A capitalised word is a
    name, not a verb ("Ted Cruz", "Reed", "Ahmed", "Theresa May", "Will Smith"), unless it is
    an auxiliary no name is spelled like."""

    def masked(match: re.Match[str]) -> str:
        word = match.group().lower()
        return word if word in _CAPITAL_AUXILIARIES else "X"

    return bool(_FINITE.search(_CAPITALISED.sub(masked, text))) or bool(
        _PRONOUN_AND_VERB.search(text)
    )


_FINITE_ANYWHERE = compiled(rf"\b{FINITE_WORD}")


def has_any_finite(text: str) -> bool:
    """Whether ``text`` holds a finite verb (:func:`_has_finite`) or an irregular past
    ("Canadians paid about 9 per cent less", "the news came"): words a reader takes for a
    clause, where a noun like "hit" or "cut" may mislead only toward a clause."""
    return _has_finite(text) or bool(_FINITE_ANYWHERE.search(text))
