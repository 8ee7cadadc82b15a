"""The noun phrase at either end of a clause, read word by word: the subject a clause opens
with ("Elian's great-uncle vowed ..." -> "Elian's great-uncle") and the one that ends the
words before a verb ("the FBI and Kenyan police").
"""

from __future__ import annotations

import re

from analysis.language.english.grammar import DETERMINERS, IRREGULAR_PAST, PREPOSITIONS
from analysis.language.english.speech import (
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PUBLISHING_PARTICIPLES,
    ROLE_NOUNS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import _FINITE, FINITE_WORD
from analysis.quotes.speaker_shape import _knowing_people

__all__ = [
    "contact_relative_ending",
    "contact_relative_subject",
    "described_by_phrases",
    "name_given_in",
    "object_before_who",
    "plural_description",
    "plural_subject",
    "run_on_to_verb",
]


#: A pronoun with "is" or "has" after it, which a possessive's "'s" would pass for.
_CONTRACTED_IS = frozenset("he's she's it's that's there's here's who's what's let's".split())
#: A name that opens with its digits, a team's ("76ers", "49ers"): no number, no ordinal
#: ("2nd"), no decade ("1990s"), no time ("10am").
DIGIT_NAME = compiled(r"\d+(?!(?:st|nd|rd|th|am|pm|s)\b)[a-z]{2,}(?:['’]s)?\b")


#: A personal pronoun as a subject, in lower case once an opening word goes before it.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
#: A surname whose particle is elided before a capital: "d'Entremont", "l'Heureux".
_ELIDED_PARTICLE = compiled(r"(?:d|l|de|dell|dall)['’][A-Z]")


#: A count of people opening a clause: "More than 2,000 scientists", "At least 12 residents",
#: "Some 40 Democratic senators" (up to two modifiers before the plural noun).
_COUNTED = compiled(
    r"^(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|"
    r"roughly\s+|some\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+)?\d[\d,.\u201a]*"
    r"(?:\s+(?:hundred|thousand|million))?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s|people)\b",
    re.I,
)


#: Determiners that open a noun phrase before its modifiers.
_OPENERS = frozenset("a an the his her their its our".split())


def _organisation_compound(kept: list[str], words: list[str], index: int) -> bool:
    """Whether the word at ``index`` goes on a noun phrase as part of an organisation's name
    in lower case: a noun before its head, after a determiner or an adjective ("A federal
    appeals court", "the local school board": not "appeals" a verb, the head follows it), or
    that head itself."""
    if not kept or not words[index].isalpha():
        return False
    bare, last = words[index].lower(), kept[-1]
    if _next_word(words, index) in ORGANISATION_WORDS:
        return (last.lower() in _OPENERS or last.islower()) and last.lower() not in (
            ROLE_NOUNS | PERSON_NOUNS
        )
    return bare in ORGANISATION_WORDS and last.isalpha() and last.islower() and last not in _OPENERS


def _next_word(words: list[str], index: int) -> str:
    """The word after ``index``, in lower case, bare of punctuation ("" at the end)."""
    return words[index + 1].strip(".,;:").lower() if index + 1 < len(words) else ""


def _noun_phrase(text: str) -> str:
    """The leading noun phrase of a clause: words up to the first that is neither part of a
    name nor of a description ("Elian's great-uncle vowed ..." -> "Elian's great-uncle"); a
    count of people ("More than 2,000 scientists urged ...")."""
    if text[:1].isdigit() or text[:1] in "AaMmSsNnFfLlRrOoUu":
        counted = _COUNTED.match(text)
        noun = counted["noun"].lower().removesuffix("s") if counted else ""
        if counted and (noun in ROLE_NOUNS or noun in PERSON_NOUNS or noun == "people"):
            return counted.group()
    words = text.split()
    kept: list[str] = []
    index = -1
    while (index := index + 1) < len(words):
        word = words[index]
        bare = word.strip(".,;:").lower()
        if bare.replace("’", "'") in _CONTRACTED_IS:
            break  # "he's said the same thing": a pronoun and its verb, no owner
        if not index and word in _SUBJECT_PRONOUNS:
            return word  # "(Then) he corrects himself": past an opening word, in lower case
        if (
            word[:1].isupper()
            or _ELIDED_PARTICLE.match(word)  # "Chris d'Entremont", "Marc l'Heureux"
            or DIGIT_NAME.fullmatch(word.strip(".,;:"))  # "76ers coach Brett Brown"
            # a particle inside a name: "Alexis von Hoensbroech", "Ludwig van Beethoven"
            or (
                bare in NAME_PARTICLES
                and kept
                and kept[-1][:1].isupper()
                and words[index + 1 : index + 2] != []
                and words[index + 1][:1].isupper()
            )
            or bare in {"of", "the", "a", "an", "and", "&", "for", "at", "in", "de", "la", "el",
                        "his", "her", "their", "its", "our", "u.s.", "former", "top", "senior",
                        "local"}
            or word.endswith(("'s", "’s"))
            or bare in ROLE_NOUNS
            or (kept and bare.endswith("s") and bare[:-1] in ROLE_NOUNS)  # "Other candidates"
            or (kept and kept[-1][:1].isupper() and bare in _THING_NOUNS)  # "Web site"
            or (kept and kept[-1].lower() in {"a", "an", "the", "his", "her", "their", "its"})
            # "Ryan's campaign", "Clinton's right-hand woman"
            or (kept and kept[-1].endswith(("'s", "’s")) and bare.replace("-", "").isalpha())
            or bare.endswith("ian") or bare.endswith("an")
            or _organisation_compound(kept, words, index)
        ):  # fmt: skip
            kept.append(word)
            continue
        if kept and kept[-1][:1].isupper() and (head := _role_after(words, index)):
            kept += words[index : head + 1]  # "Manitoba health officials": the officials
            index = head
            continue
        if kept and kept[-1].lower() in ROLE_NOUNS and (head := _compound_role(words, index)):
            kept += words[index : head + 1]  # "chief medical officer of health": one office
            index = head
            continue
        break
    if _ENDS_WITH_ONE_WORD_AFTER_OF.fullmatch(" ".join(kept[-3:])):
        # "The mayor of a small | town", "Owners in a tall | condo tower": the nouns after (not
        # "south" in "town south of Montreal": a place's direction)
        while index < len(words) and _a_noun_after(words[index].strip(".,;:")):
            if words[index + 1 : index + 2] == ["of"]:
                break
            kept.append(words[index])
            index += 1
    while kept and kept[-1].lower().strip(".,") in {
        "of",
        "the",
        "a",
        "an",
        "and",
        "for",
        "at",
        "in",
    }:
        kept.pop()
    return " ".join(kept)


def _a_noun_after(word: str) -> bool:
    """Whether a word in lower case may be the noun after "of a <word>": no verb, no
    preposition, determiner or pronoun."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_MODIFYING
        and not _FINITE_VERB.fullmatch(word)
    )


def _role_after(words: list[str], index: int) -> int | None:
    """Where a role noun stands among the two words after ``index`` and the one at it, the
    words before it modifiers in lower case — no verb, preposition or determiner ("health
    officials" after "Manitoba"; not "shook her head"): in the plural, or in the singular
    before a name ("Republican presidential candidate Donald Trump"); None when none does."""
    for at in range(index, min(index + 3, len(words))):
        bare = words[at].strip(".,;:")
        if not bare.islower() or _FINITE_VERB.fullmatch(bare) or bare in _NOT_MODIFYING:
            return None
        if bare.endswith("s") and bare[:-1] in ROLE_NOUNS:
            return at
        if bare in ROLE_NOUNS and words[at + 1 : at + 2] and words[at + 1][:1].isupper():
            return at
    return None


#: A phrase's end that is a preposition, an article and one word: "of a small" (the noun
#: after it is the phrase's too: "of a small town").
_ENDS_WITH_ONE_WORD_AFTER_OF = compiled(r"(?i:of|for|at|in)\s+(?i:a|an)\s+[a-z][a-z-]*")
_NOT_MODIFYING = PREPOSITIONS | DETERMINERS | {"he", "she", "it", "they", "who", "that"}


def _compound_role(words: list[str], index: int) -> int | None:
    """Where an office that goes on after a role noun ends, from ``index``: a modifier in
    lower case and a role noun ("chief | medical officer"), and what the office is of, one
    word in lower case before a verb ("officer | of health urged"); None when none does."""
    at = index
    if at + 1 < len(words) and _modifying(words[at]) and words[at + 1].lower() in ROLE_NOUNS:
        at += 1
    elif words[at].lower() != "of":
        return None
    if (
        words[at + 1 : at + 2] == ["of"]
        and at + 3 < len(words)
        and _modifying(words[at + 2])
        and _FINITE_VERB.fullmatch(words[at + 3].strip(".,;:"))
    ):
        at += 2
    return at if at > index else None


def _modifying(word: str) -> bool:
    """Whether a word may modify a noun inside a description: in lower case, no verb,
    preposition, determiner or pronoun."""
    bare = word.strip(".,;:")
    return (
        bare.isalpha()
        and bare.islower()
        and not _FINITE_VERB.fullmatch(bare)
        and (bare not in _NOT_MODIFYING)
    )


#: A finite verb a clause's subject ends before: a past tense or an auxiliary.
_FINITE_VERB = compiled(FINITE_WORD)
#: Words no description before its verb holds: a clause's, a coordination's, an adverb's.
_NOT_IN_DESCRIPTION = (
    frozenset(
        """who whom whose which that and or but also still then later now thus so too far
        already yet even just only again ever never once soon here there""".split()
    )
    | PREPOSITIONS
)


def description_before_verb(clause: str) -> str | None:
    """The description a clause opens with, up to its verb, when it is a plain noun phrase:
    "the", "a" or "an", then up to six words with no preposition, relative word or adverb
    among them, then a past tense or an auxiliary ("The world's largest potash producer
    blamed ..." -> "The world's largest potash producer"). None otherwise."""
    words = clause.split()
    if len(words) < 3 or words[0].lower() not in {"the", "a", "an"}:
        return None
    for index, word in enumerate(words[1:8], start=1):
        if _FINITE_VERB.fullmatch(word):
            return " ".join(words[:index]) if index >= 2 else None
        bare = word.lower()
        if (
            bare in _NOT_IN_DESCRIPTION
            or bare.endswith("ly")
            or not bare.replace("'", "").replace("’", "").replace("-", "").isalnum()
        ):
            return None
    return None


def run_on_to_verb(clause: str, phrase: str) -> str:
    """``phrase``, the leading noun phrase of ``clause``, run on to the clause's verb when it
    stops one word after a determiner and only plain words in lower case stand between
    ("Owners in a 30-storey | condo tower have sued" -> "Owners in a 30-storey condo
    tower"); else ``phrase`` as it is."""
    words = phrase.split()
    if (
        len(words) < 2
        or words[-2].lower() not in {"a", "an", "the"}
        or not clause.startswith(phrase)
    ):
        return phrase
    rest = clause[len(phrase) :].split()
    for index, word in enumerate(rest[:4]):
        if _FINITE_VERB.fullmatch(word):
            return " ".join([phrase, *rest[:index]])
        if (
            not (word.isalpha() and word.islower())
            or word in _NOT_IN_DESCRIPTION | PREPOSITIONS
            or word.endswith("ly")  # "quietly sued": an adverb before the verb, not a noun
        ):
            return phrase
    return phrase


#: Nouns a proper modifier leaves in a phrase: "an anti-abortion Web site", "the Ford company".
_THING_NOUNS = ORGANISATION_WORDS | {"site", "website", "page", "network", "station", "channel"}


#: Nouns for people a relative clause may follow ("voters who said").
_PEOPLE_NOUNS = PERSON_NOUNS | {"voter", "people", "adult", "respondent"}


def _np_back(text: str, *, people: bool = False) -> str:
    """The noun phrase that ends ``text``, read backwards until a word that cannot be part
    of one ("the FBI and Kenyan police"); a clause joined by "and" ends it ("Kopp remains
    at-large and police" -> "police"). ``people``: a noun for a person ends it too
    ("... won nearly 60 percent of voters" before "who said": "voters")."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(".,;:").lower()
        ok = (
            word[:1].isupper()
            or bool(_ELIDED_PARTICLE.match(word))
            or bare in {"of", "the", "a", "an", "and", "&", "for", "at", "in", "de", "la", "el",
                        "his", "her", "their", "its", "our", "u.s.", "former", "top", "senior",
                        "local", "federal", "state", "many", "some", "several", "most", "other",
                        "elected", "military", "foreign", "government", "police"}
            or word.endswith(("'s", "’s", "s'"))
            or bare in ROLE_NOUNS
            or bare.rstrip("s") in ROLE_NOUNS
            or (people and bare.rstrip("s") in _PEOPLE_NOUNS)
        )  # fmt: skip
        if not ok:
            if kept and kept[0].lower() in {"and", "but"}:
                return " ".join(kept[1:])  # a clause before "and": the subject is after it
            break
        kept.insert(0, word)
    while kept and kept[0].lower().strip(".,") in {"of", "and", "for", "at", "in"}:
        kept.pop(0)
    return " ".join(kept)


def people_ending_clause(clause: str) -> str | None:
    """The people a clause ends with, before "who": "Sanders won nearly 60 percent of
    voters" -> "voters"; None when the words are no clause or end in no noun for people
    ("Elian's Miami relatives"; "who are fighting to keep the boy ... and")."""
    if clause.lower().startswith("who ") or not _FINITE.search(clause):
        return None
    people = _np_back(clause, people=True)
    last = people.split()[-1].lower().rstrip("s") if people else ""
    return people if last in _PEOPLE_NOUNS else None


#: A noun phrase a determiner opens, ending a text: up to three words before its head, all
#: in lower case ("a retired school custodian", "the tenant").
_DESCRIPTION_LAST = compiled(
    r"(?:^|\s)(?P<phrase>(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)$"
)


def object_before_who(clause: str) -> str | None:
    """The description a clause ends with as the object of its verb or of a preposition,
    before "who": whom the relative clause is about ("ordered the company to pay $45
    million to a retired school custodian" -> "a retired school custodian"; "sided with a
    tenant"); None when it opens the text (the subject: "A nurse") or holds a word no
    description does ("to pay a fine to the", "that")."""
    match = _DESCRIPTION_LAST.search(clause)
    if match is None:
        return None
    before = clause[: match.start("phrase")].split()
    words = match["phrase"].split()[1:]
    if len(before) < 2 or any(
        w in _NOT_IN_A_NOUN_PHRASE or (_FINITE_VERB.fullmatch(w) and not w.endswith("ed"))
        for w in words  # (an adjective in -ed: "a retired school custodian")
    ):
        return None
    last = before[-1].lower()
    return match["phrase"] if last in PREPOSITIONS or _FINITE_VERB.fullmatch(last) else None


def plural_description(words: list[str]) -> bool:
    """Whether a description is of several people: its last word in -s, but not in -ss,
    -us or -is ("a witness", "the boss"), nor after "a", "an" or "one", nor a newspaper's
    word ("news", "press", "times", "states")."""
    last = words[-1].lower() if words else ""
    return (
        last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and words[0].lower() not in {"a", "an", "one", "another"}
        and last not in {"news", "press", "times", "states"}
    )


#: A noun phrase with no verb, then another that a definite or owning determiner opens
#: right after its noun: the second is the subject of a relative clause with no "that"
#: ("a pledge his main rival called "...", "a plan the mayor called").
_NOT_IN_A_NOUN_PHRASE = (
    PREPOSITIONS
    | {"and", "or", "but", "nor", "that", "which", "who"}
    | set("two three four five six seven eight nine ten dozen few several many other".split())
)
_CONTACT_RELATIVE = compiled(
    r"(?i:a|an|the|this|that|each|every)\s+"
    rf"(?:(?!(?i:{alternation(_NOT_IN_A_NOUN_PHRASE)})\b)"
    # (not "the union representing the bank's", nor an owner: "The study's authors")
    r"(?![\w'’-]+(?:ing|ed)\s)(?![\w-]*['’]s?\s)(?!\d)[\w'’-]+\s+){1,3}"
    r"(?P<subject>(?:the|his|her|their|its|our|my|your)\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+|"
    # people in the plural, no determiner: "a change supporters say will make ..."
    rf"(?:{alternation(w for w in ROLE_NOUNS if w.endswith('s') and not w.endswith('ss'))}"
    # (and any role's plural: "a discovery scientists say is")
    rf"|(?:{alternation(w for w in ROLE_NOUNS if w.isalpha() and not w.endswith('s'))})s"
    r"|people|many|some|others|critics|opponents|observers|advocates))"
)


def contact_relative_subject(segment: str) -> str | None:
    """The subject of a relative clause with no "that" ending ``segment``, words with no verb
    (:data:`_CONTACT_RELATIVE`): "a pledge his main rival" -> "his main rival"; else None."""
    contact = _CONTACT_RELATIVE.fullmatch(segment)
    return contact["subject"] if contact else None


_CONTACT_ENDING = compiled(rf"(?<![\w'’-])(?:{_CONTACT_RELATIVE.pattern})$")


def contact_relative_ending(text: str) -> str | None:
    """The subject of a relative clause with no "that" ending ``text`` after any words, a
    preposition or a subordinator before its noun phrase: "though with a cap the union" ->
    "the union" (the union called it so); else None."""
    contact = _CONTACT_ENDING.search(text)
    return contact["subject"] if contact else None


_PREPOSITION_WHICH = compiled(
    r"\b(?:in|at|on|during|after|before|under|through|with|by|for|from|to|against|over)\s+"
    # a subject after "which": a determiner, a name, a pronoun or a count ("in which one
    # councillor", "at which the mayor"; not "on which poll you believe": "which" a determiner)
    r"(?:which|whom)\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|one|two|three|some|he|she|they|"
    # (or people in the plural: "during which callers asked")
    r"we|it)\b|[a-z]{3,}(?:ers|ors|ists|ians|ents|ants)\b)"
)
#: A noun phrase, then a participle of making public that describes it (a reduced
#: relative clause, no verb of its own): "A report released Tuesday", "a study published
#: Wednesday in the journal".
_PUBLISHED_AFTER_NOUN = compiled(
    r"(?P<head>(?i:a|an|the|this|that|its|his|her|their)\s+(?:[\w'’&-]+\s+){0,5}?[\w'’-]+)"
    rf"\s+(?:{alternation(PUBLISHING_PARTICIPLES)})\b"
)


#: A relative clause ending a description that gives the person's name: "a woman who gave
#: her name only as Jessie", "a man who identified himself as Tom Reed", "a resident who
#: asked to be identified only as Marie".
_NAME_GIVEN = compiled(
    r"\bwho\s+(?:would\s+)?(?:only\s+)?(?:gave|give|gives|identified\s+(?:her|him|them)sel(?:f|ves)|"
    r"(?:asked|wished|wanted)\s+to\s+be\s+identified|would\s+be\s+identified)\s+(?:only\s+)?"
    r"(?:(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?)?as\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"
)


def name_given_in(segment: str) -> str | None:
    """The name a description's relative clause gives its person, ending ``segment`` ("a
    woman who gave her name only as Jessie" -> "Jessie"); else None."""
    given = _NAME_GIVEN.search(segment)
    return given["name"] if given else None


#: A sentence that opens with a plural group of people as its subject: "Residents of the
#: area were relieved", "The researchers found", "Two teachers at the school said".
_PLURAL_SUBJECT = compiled(
    r"^\W*(?:(?:But|And|Yet|So|Now|Still)\s+)?"
    r"(?P<group>(?:(?i:the|two|three|four|five|six|many|some|several|most|other|local)\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]+s|[Pp]olice|"
    r"(?i:couple|pair|men|women|children))"
    r"(?:\s+(?:of|in|at|from|for|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
    r"\s+(?:were|are|have|had|said|say|told|tell|found|wrote|argued|warned|agreed|"
    r"disagreed|believe|believed|fear|feared|expect|expected|[a-z]+ed|"
    rf"{alternation(IRREGULAR_PAST)})\b"  # "The couple bought the bakery"
)
_GROUPS = frozenset(
    "people police authorities families parents voters villagers couple pair men women "
    "children".split()
)


def plural_subject(sentence: str) -> str | None:
    """The group of people a sentence opens with as its subject, as written, or None."""
    match = _PLURAL_SUBJECT.match(sentence)
    if match is None:
        return None
    head = match["head"].lower()
    person = head in _GROUPS or head in ROLE_NOUNS or head.removesuffix("s") in ROLE_NOUNS
    return match["group"] if person else None


#: A description with prepositional phrases after its head and no verb: "A former bookkeeper
#: for a chain of Boston seafood restaurants" (a determiner, at most three modifiers, a noun
#: in lower case, then a preposition; or a plural alone before it).
_HEAD_THEN_PHRASES = compiled(
    # (or a plural with no determiner: "Tenants of a 42-unit apartment building in ...")
    r"^(?:(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*|[a-z]{3,}s)"
    rf"(?:\s+(?:{alternation(PREPOSITIONS - {'to'})})\s+[\w'’.,&-]+(?:\s+[\w'’.,&-]+)*)$",
    re.I,
)


def described_by_phrases(segment: str) -> str | None:
    """``segment`` (past a conjunction opening it) when it is one description of at most
    fourteen words whose head a determiner opens and prepositional phrases follow, no verb
    among them ("A former bookkeeper for a chain of Boston seafood restaurants"), or people
    described by what they know or take part in ("But two Republican aides involved in
    counting votes": its "votes" no verb); else None."""
    segment = _CONJUNCTION.sub("", segment)
    if _knowing_people(segment):
        return segment
    if len(segment.split()) > 14 or _FINITE.search(segment):
        return None
    return segment if _HEAD_THEN_PHRASES.match(segment) else None


#: A conjunction opening a part: "But two aides".
_CONJUNCTION = compiled(r"^(?:but|and|yet|so)\s+", re.I)
