"""Whose relative a possessive names: "Her mother" opening a sentence about Chloe Gallant's
doings is Gallant's mother — the woman the article introduced as "Her daughter, Chloe
Gallant" — not the one it called "her mother" in a sentence about someone else."""

from __future__ import annotations

from analysis.patterns import compiled
from analysis.quotes.acting_surnames import SPEECH_AFTER
from analysis.quotes.first_names import _SHARED_SURNAME
from analysis.quotes.names import gender_of
from analysis.quotes.people import Mention, People

__all__ = ["KIN_INVERSES", "kin_by_relative", "owned_kin"]

#: For a kin noun, the nouns its owner may be described by in turn ("Her daughter, Chloe
#: Gallant": Chloe's mother or father is the one "her" stands for).
KIN_INVERSES: dict[str, frozenset[str]] = {
    "mother": frozenset({"son", "daughter"}),
    "father": frozenset({"son", "daughter"}),
    "son": frozenset({"mother", "father"}),
    "daughter": frozenset({"mother", "father"}),
    "wife": frozenset({"husband"}),
    "husband": frozenset({"wife"}),
    "brother": frozenset({"brother", "sister"}),
    "sister": frozenset({"brother", "sister"}),
    "grandmother": frozenset({"grandson", "granddaughter"}),
    "grandfather": frozenset({"grandson", "granddaughter"}),
}
#: A sentence that opens with a possessive pronoun: "Her daughter, ...", "His son ...".
_POSSESSIVE_OPENING = compiled(r"\W*(?P<pronoun>[Hh]is|[Hh]er)\s")


def owned_kin(people: People, noun: str, at: int, found: Mention | None) -> Mention | None:
    """The relative ``noun`` names in a phrase opening with "his" or "her" at ``at`` (the
    sentence it opens): ``found``, the one person the article describes by that noun, unless
    that description was of someone else's relative (its sentence opens with a possessive
    whose owner differs from this one's); then the person whose own relative this owner was
    introduced as ("Her daughter, Chloe Gallant, ... Her mother admits": Chloe's mother), or
    None. ``found`` as it is when either owner is unknown."""
    here = people.sentence_index(at)
    owner = _possessor(people, here) if here is not None else None
    if owner is None:
        return found
    if found is not None:
        described = next((m for m in people.mentions if m.name == found.name and noun in m.nouns),
                         None)  # fmt: skip
        index = people.sentence_index(described.start) if described is not None else None
        theirs = _possessor(people, index) if index is not None else None
        if theirs is None or theirs.name == owner.name:
            return found
    gender = gender_of(noun)
    for mention in people.mentions:
        if mention.name != owner.name or not mention.nouns & KIN_INVERSES.get(noun, frozenset()):
            continue
        index = people.sentence_index(mention.start)
        parent = _possessor(people, index) if index is not None else None
        if parent is not None and parent.name != owner.name and parent.gender in (gender, None):
            return parent
    return _partner(people, owner, gender) if noun in _SPOUSES else None


#: The marks that close a quotation.
_CLOSING_MARKS = frozenset({'"', "”", "'", "’"})
#: Kin nouns for the other of a couple.
_SPOUSES = frozenset({"husband", "wife"})


def _partner(people: People, owner: Mention, gender: str | None) -> Mention | None:
    """The other of two people the article names together with one surname ("Jean and Marc
    Belanger ... Her husband": Marc), of ``gender``, when ``owner`` is one of them."""
    for match in _SHARED_SURNAME.finditer(people.article.text):
        first, second, surname = match["first"], match["second"], match["surname"]
        if owner.name in (first, f"{first} {surname}"):
            given = second
        elif owner.name in (second, f"{second} {surname}"):
            given = first
        else:
            continue
        if gender is None or gender_of(given) != gender:
            return None
        names = (given, f"{given} {surname}")
        return next((m for m in people.mentions if m.name in names), None)
    return None


def _possessor(people: People, index: int) -> Mention | None:
    """The person the possessive pronoun opening sentence ``index`` stands for: the named
    subject of the sentence before, of the pronoun's gender; None when the sentence opens
    with none or that subject is no named person."""
    sentences = people.article.sentences
    match = _POSSESSIVE_OPENING.match(sentences[index].text)
    if match is None or index == 0:
        return None
    gender = "m" if match["pronoun"].lower() == "his" else "f"
    previous = sentences[index - 1]
    named = [
        m
        for m in people.between(previous.start, previous.end)
        if m.named and not people.quoted(m.start)
    ]
    if not named or named[0].gender not in (gender, None):
        return None
    text = people.article.text
    if named[0].subject or (
        # the speaker of the quotation the sentence closes with: '"...," Jean said.'
        len({m.name for m in named}) == 1
        and text[max(0, named[0].start - 3) : named[0].start].rstrip()[-1:] in _CLOSING_MARKS
        and SPEECH_AFTER.match(text, named[0].end)
    ):
        return named[0]
    return None


#: A relative clause after a name that gives the person a relative: ", whose son Evan died",
#: ", whose daughter was killed".
_WHOSE_KIN = compiled(
    r",\s+whose\s+(?:[a-z]+\s+)??(?P<kin>"
    + "|".join(sorted({kin for kins in KIN_INVERSES.values() for kin in kins}))
    + r")\b"
)


def kin_by_relative(people: People, noun: str, at: int) -> Mention | None:
    """The one person named before ``at`` whom a relative clause gave the relative a bare kin
    noun stands in turn to ("Scott Thomas, whose son Evan died in the crash, said ... '...,'
    the father said": Thomas), of the noun's sex; None when none or several were."""
    inverses = KIN_INVERSES.get(noun)
    if inverses is None:
        return None
    gender, text = gender_of(noun), people.article.text
    found = {
        m.name: m
        for m in people.mentions
        if m.named
        and m.start < at
        and (gender is None or m.gender in (gender, None))
        and (whose := _WHOSE_KIN.match(text, m.end)) is not None
        and whose["kin"] in inverses
    }
    return next(iter(found.values())) if len(found) == 1 else None
