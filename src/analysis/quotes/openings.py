"""What opens a sentence and is no subject: datelines, times, sentence adverbs and
connectives, opening participial phrases, subordinate clauses."""

from __future__ import annotations

import re

from analysis.language.english.calendar import NEWS_AGENCIES
from analysis.language.english.speech import PERSON_NOUNS, ROLE_NOUNS, TITLES
from analysis.quotes.finite import _FINITE

__all__: list[str] = []

#: A subordinate clause's opening word: a part that opens with one is no main clause ("As the
#: crowd began to chant"); one that opens with "And", "But" or "Then" is ("And then Trump went
#: on the attack").
_SUBORDINATE_OPENING = re.compile(
    r"^(?:when|after|before|since|as|because|if|although|though|while|until|once|whereas|"
    r"albeit)\s+",
    re.I,
)
#: A sentence adverb or connective standing alone before a comma ("Still,", "Hastily,",
#: "Back in 1999,", "Having announced that ...,"): never the subject.
_CONNECTIVE = re.compile(
    r"^(?:[A-Z]?[a-z]+ly|still|nonetheless|nevertheless|however|meanwhile|indeed|instead|yet|"
    r"also|moreover|furthermore|besides|otherwise|thus|therefore|hence|again|now|then|later|"
    r"earlier|today|yesterday|too|so|well|first|second|finally|last|once|(?:back|having|being)"
    r"\s.*|(?:here|there)(?:\s+(?:in|at|on|inside|outside)\s.*)?)$",
    re.I,
)
#: A focus adverb before a subject: "even Mr. Slinker", "only the mayor".
_FOCUS = re.compile(r"^(?:even|also|only|just|both|then|now)\s+(?=\S)", re.I)
#: A time opening a sentence: "This spring", "Last week", "On Tuesday", "Two days later".
_OPENING_TIME = re.compile(
    r"^(?:(?:this|last|next|early|late|on)\s+\w+(?:\s+\w+)?|"
    r"(?:(?:a|an|a\s+few|several|some|\w+)\s+)?\w+\s+(?:later|earlier|ago)|"
    r"later|earlier|meanwhile|then|now|today|yesterday|(?:early|late)\s+in\s.*)$",
    re.I,
)
#: A dateline: a place in capitals, perhaps an agency, and a dash ("WASHINGTON (AP) —"); a
#: place in lower case with a news agency ("Washington (AFP) –", "San Diego, Calif. (AP) -").
_DATELINE = re.compile(
    # "WASHINGTON —", "ORLANDO, Fla. (Reuters) -", "DOVER, Del. --"
    r"^(?:[A-Z][A-Z .,'’-]{2,}?(?:,\s*[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"  # "WASHINGTON, Dec. 8 (UPI) —"
    r"(?:\([^)]{1,20}\)\s*)?|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]{1,4}\.)?\s*"
    rf"\((?:{'|'.join(NEWS_AGENCIES)})\)\s*)[—–―-]+\s*"
)
#: A participial phrase opening a sentence: "Walking to the next address", "Speaking at a
#: rally", "Following an animated meeting" (not a name in -ing: "Ebeling reminisced").
_OPENING_PARTICIPLE = re.compile(
    r"^[A-Z][a-z]+(?:ing|ed)\s+(?:to|at|in|on|an?|the|his|her|their|its|with|from|after|by|"
    r"for|up|out|about|through|into|over|off|back|down|before|behind|under|outside|inside|"
    r"near|alongside|beside|among|amid|during|across|around|against)\b"
)
#: A subordinate clause that begins inside the words before a verb, its subject right before
#: the verb, perhaps with a time or a setting between ("... was complete when Trump in his
#: announcement speech called", "under what Mr. Hedge called", "... as Clinton put it"): the
#: verb is that clause's, and so is its subject.
_INNER_CLAUSE = re.compile(
    r"\s(?:when|while|because|although|though|whereas|if|until|once|what|after|before|since|"
    r"as)\s+(?P<subject>he|she|they|(?!I\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?:\s+(?:in|at|during|on|last|this|earlier|later)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?$"
)


def inner_clause_subject(segment: str) -> str | None:
    """The subject of a subordinate clause that begins inside ``segment`` (not at its start)
    and runs to its end, or None (see :data:`_INNER_CLAUSE`). A *he*, *she* or *they* there
    stands for the person the segment opens with, when it opens with one ("Sanders
    exaggerates when he says", "Trump's biggest applause came when he said": Trump; "Senate
    Democrats blocked the bill because they said"); else the pronoun is left to resolution."""
    match = _INNER_CLAUSE.search(segment)
    if match is None or match.start() == 0:
        return None
    subject = match["subject"]
    if subject in ("he", "she", "they"):
        return _leading_person(segment[: match.start()], plural=subject == "they") or subject
    return subject


#: Words that open a sentence in capitals and name no one.
_NOT_NAMES = frozenset(
    "the a an in on at but and when while as if after before so then this that it its his her "
    "their what there here yet still maybe perhaps".split()
)
_LEADING_NAME = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.'’-]*?)(?P<own>['’]s)?"
    r"(?P<rest>(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<next>[a-z][\w-]*)"
)
_LEADING_DESCRIPTION = re.compile(
    r"^(?P<np>(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))\s+[a-z]", re.I
)


def _leading_person(clause: str, *, plural: bool) -> str | None:
    """The person (for *they*: people) a clause opens with as its subject: a name, the owner
    of what it opens with ("Donald Trump's biggest applause"), or a description ("the
    president"). None when it opens otherwise or with a person of the other number. A single
    capitalised word opening a sentence may be no name ("Federal investigators", "Asked by
    Starnes"): it counts only before a finite verb ("Sanders was ...", "Cruz claimed")."""
    if (description := _LEADING_DESCRIPTION.match(clause)) is not None:
        head = description["head"].lower()
        is_person = head in ROLE_NOUNS or head in PERSON_NOUNS or head.rstrip("s") in ROLE_NOUNS
        return description["np"] if is_person and head.endswith("s") == plural else None
    match = _LEADING_NAME.match(clause)
    if match is None or match["name"].split()[0].lower() in _NOT_NAMES:
        return None
    single = len(match["name"].split()) == 1
    if match["own"]:  # the owner speaks for what is his, unless that is a person
        owned = [w.strip(",.").lower() for w in clause[match.end("own") :].split()[:3]]
        person_owned = any(w in ROLE_NOUNS or w in PERSON_NOUNS for w in owned)
        return None if plural or single or person_owned else match["name"]
    if match["rest"].strip() or (single and not _FINITE.fullmatch(match["next"])):
        return None  # "Sanders campaign aides", "Federal investigators": not a name alone
    if plural:  # people named as a group: "Senate Democrats", "House Republicans"
        last = match["name"].split()[-1].lower()
        group = last.endswith("s") and (last[:-1] in TITLES or last[:-1] in ROLE_NOUNS)
        return match["name"] if group else None
    return match["name"]
