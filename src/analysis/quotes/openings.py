"""What opens a sentence and is no subject: datelines, times, sentence adverbs and
connectives, opening participial phrases, subordinate clauses."""

from __future__ import annotations

import re

from analysis.language.english.calendar import NEWS_AGENCIES, WEEKDAY_NAMES
from analysis.language.english.grammar import PARTICIPLE_PREPOSITIONS, PREPOSITIONS
from analysis.language.english.speech import SUBORDINATORS
from analysis.patterns import alternation, compiled

__all__: list[str] = []

#: A subordinate clause's opening word: a part that opens with one is no main clause ("As the
#: crowd began to chant"); one that opens with "And", "But" or "Then" is ("And then Trump went
#: on the attack").
_SUBORDINATE_OPENING = compiled(
    rf"^(?:{alternation(SUBORDINATORS | {'albeit'})})\s+",
    re.I,
)
#: A sentence adverb or connective standing alone before a comma ("Still,", "Hastily,",
#: "Back in 1999,", "Having announced that ...,"): never the subject.
_CONNECTIVE = compiled(
    r"^(?:[A-Z]?[a-z]+ly|still|nonetheless|nevertheless|however|meanwhile|indeed|instead|yet|"
    r"also|moreover|furthermore|besides|otherwise|thus|therefore|hence|again|now|then|later|"
    r"earlier|today|yesterday|too|so|well|first|second|finally|last|once|"
    r"(?:perhaps|maybe|probably|possibly|surely|certainly)(?:\s+not)?(?:\s+[a-z]+ly)?|"
    r"(?:back|having|being)"
    r"\s.*|(?:here|there)(?:\s+(?:in|at|on|inside|outside)\s.*)?)$",
    re.I,
)
#: A focus adverb before a subject: "even Mr. Slinker", "only the mayor", "both Clinton
#: and Sanders"; not "both" as a plural noun's determiner ("Both candidates said", "both
#: men").
_FOCUS = compiled(
    r"^(?:even|also|only|just|then|now|"
    r"both(?!\s+(?-i:[a-z]+s|men|women|people|children)\b))\s+(?=\S)",
    re.I,
)
#: A time opening a sentence: "This spring", "Last week", "On Tuesday", "Two days later",
#: "Sunday morning".
_OPENING_TIME = compiled(
    r"^(?:(?:this|last|next|early|late|on)\s+\w+(?:\s+\w+)?|"
    r"(?:the|that)\s+(?:(?:next|following|previous|same)\s+)?(?:day|night|morning|week|month|"
    r"year|weekend)(?:\s+(?:before|after|earlier|later))?|"
    r"(?:(?:a|an|a\s+few|several|some|\w+)\s+)?\w+\s+(?:later|earlier|ago)|"
    r"(?:earlier|later)\s+(?:this|that|last|next|in\s+the)\s+\w+(?:\s+\w+)?|"
    r"later|earlier|meanwhile|then|now|today|yesterday|(?:early|late)\s+in\s.*|"
    rf"(?:{alternation(WEEKDAY_NAMES)})(?:\s+(?:morning|afternoon|evening|night))?)$",
    re.I,
)
#: A dateline: a place in capitals, perhaps an agency, and a dash ("WASHINGTON (AP) —"); a
#: place in lower case with a news agency ("Washington (AFP) –", "San Diego, Calif. (AP) -").
_DATELINE = compiled(
    # "WASHINGTON —", "ORLANDO, Fla. (Reuters) -", "DOVER, Del. --", "KENSINGTON, P.E.I. —",
    # "DES MOINES, Iowa —", "KASHIMA, Japan —"
    r"^(?:[A-Z][A-Z .,'’-]{2,}?"
    r"(?:,\s*(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.){0,2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"  # "WASHINGTON, Dec. 8 (UPI) —"
    r"(?:\([^)]{1,20}\)\s*)?|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]{1,4}\.)?\s*"
    rf"\((?:{'|'.join(NEWS_AGENCIES)})\)\s*)[—–―-]+\s*"
)
#: A participial phrase opening a sentence: "Walking to the next address", "Speaking at a
#: rally", "Following an animated meeting", "Hastily reacting to ..." (not a name in -ing:
#: "Ebeling reminisced").
_OPENING_PARTICIPLE = compiled(
    r"^(?:[A-Z][a-z]+ly\s+[a-z]+(?:ing|ed)|[A-Z][a-z]+(?:ing|ed))\s+"  # "Hastily reacting to"
    r"(?:to|at|in|on|an?|the|his|her|their|its|with|from|after|by|"
    r"for|up|out|about|through|into|over|off|back|down|before|behind|under|outside|inside|"
    r"near|alongside|beside|among|amid|during|across|around|against|"
    r"if|whether|why|how|what|that)\b"  # "Asked whether he would run, ...", "Conceding that"
)
#: Words that may come before an opening subordinate clause: "Shortly after the call ended",
#: "Two days after the vote", "Ever since she endorsed", "Even though he lost".
_LEAD_MODIFIER = compiled(
    r"^(?:[a-z]+ly|just|even|ever|only|right|long|soon|(?:\w+\s+)?(?:moments|minutes|hours|days|"
    r"weeks|months|years))\s+(?=(?:after|before|since|as|when|while|until|once|though|if)\b)",
    re.I,
)
#: A degree word before a preposition: "much like he did in Paris".
_DEGREE = compiled(r"^(?:much|just|very|even|rather|not|quite)\s+", re.I)
#: A number of people: "42% of Ohioans", "1,409 teachers", "20 percent of voters".
#: (A number's comma may be kept as "\u201a" while the parsers split clauses: see
#: :mod:`analysis.quotes.commas`.)
_COUNTED_PEOPLE = compiled(
    r"\d[\d,.\u201a]*\s*(?:(?:%|percent)\s+(?:of\s+)?(?:the\s+)?[A-Za-z]|\s+[a-z])"
)
#: Everything up to the last colon that a clause follows: what comes before is another clause.
_AFTER_COLON = compiled(r"^.*:\s+(?=\S)", re.S)


#: A preposition opening a phrase: "In 45 states", "By some estimates" ("about" left out:
#: "About 200 people said" opens with a number).
_PREPOSITION = compiled(
    rf"^(?:{alternation(PREPOSITIONS - {'about'} | PARTICIPLE_PREPOSITIONS)})\b", re.I
)


_CONJUNCTION_FIRST = compiled(r"^(?:but|and|yet|so)\s+", re.I)


def is_opening(phrase: str) -> bool:
    """Whether a phrase set off by a comma opens a sentence without being its subject: a
    time, a prepositional phrase or a connective ("But the next day", "In 2009", "Still")."""
    phrase = _CONJUNCTION_FIRST.sub("", phrase.strip())
    return bool(
        _OPENING_TIME.match(phrase) or _PREPOSITION.match(phrase) or _CONNECTIVE.match(phrase)
    )


def after_subordinate_clause(lead: str) -> bool:
    """Whether ``lead`` (a sentence up to a name) is a subordinate clause opening the
    sentence and its comma ("When Ms. Friedan, during a debate, recommended that ..., "):
    the name after it opens the main clause, as its subject (its title may come between:
    "..., Mr. Kasich")."""
    lead = _CAPITALISED_LAST.sub("", lead)
    return lead.rstrip().endswith(",") and _SUBORDINATE_OPENING.match(lead.lstrip()) is not None


#: Capitalised words ending a text, a title before a name: ", Mr. ", ", Coach ".
_CAPITALISED_LAST = compiled(r"(?:\s[A-Z][\w.'’-]*)+\s*$")


def in_dateline(text: str, end: int) -> bool:
    """Whether ``end`` falls within the dateline ``text`` opens with, if any."""
    dateline = _DATELINE.match(text) if text[:1].isupper() else None
    return dateline is not None and end <= dateline.end()


def without_dateline(lead: str) -> str:
    """``lead`` past a dateline ("HALIFAX — For six years, " -> "For six years, ")."""
    dateline = _DATELINE.match(lead)
    return lead[dateline.end() :] if dateline else lead


#: He or she opening a subordinate clause: "while she waited", "after he left".
SUBORDINATE_HE_OR_SHE = compiled(
    r"\b(?:while|as|after|when|because|before|until|since)\s+(?:he|she)\s"
)
