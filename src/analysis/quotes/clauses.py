"""Clauses inside the words before a speech verb whose own subject speaks: an object relative
clause ("the old mill, which Mayor Ann Reyes declared"), a subordinate clause that begins
inside them ("... was complete when Trump in his speech called", "under what Mr. Hedge
called"), a clause joined by "and" after one with a verb of its own ("the provision Murphy
opposed and Obama said"). A he/she/they opening such a clause stands for the person its
sentence opens with, when it opens with one. And where the clause of a report ends: a report
inside a subordinate or relative clause ends with it ("When Rubio said it was great, ...").
"""

from __future__ import annotations

import re

from analysis.language.english.grammar import IRREGULAR_PAST, PREPOSITIONS
from analysis.language.english.speech import (
    DOCUMENT_NOUNS,
    IDENTITY_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SUBORDINATORS,
    TITLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import _FINITE, FINITE_WORD, _has_finite, has_any_finite
from analysis.quotes.noun_phrases import _PREPOSITION_WHICH
from analysis.quotes.openings import _SUBORDINATE_OPENING, without_dateline

__all__ = [
    "people_before_who",
    "person_opening_with_who",
    "relative_closed_by_predicate",
    "subordinate_plural",
]

#: Capitalised words one after another: a name as the attribution rules read it ("Gerard
#: Baker", "Mr. O'Brien", "Washington Post").
_CAPITALISED_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
#: A part set off by commas that opens with a subordinator and a name: "..., as Pena Nieto,".
_SUBORDINATE_NAME = compiled(
    rf"(?i:{alternation((SUBORDINATORS - {'whereas'}) | {'where'})})\s+"
    rf"(?P<subject>{_CAPITALISED_WORDS})"
)
#: Examples set off by commas are no appositive naming the subject: "such as Carly Fiorina".
_EXAMPLES = compiled(r"(?:such\s+as|including|like|especially|notably)\b", re.I)
#: A time or a setting between a subject and its verb: "on Wednesday", "in his opening
#: speech", "during a Sunday rally".
_ADJUNCT = r"(?:\s+(?:in|at|during|on|last|this|earlier|later)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?"
#: A described subject of an object relative clause after "which", "whom" or "who": "the
#: plan, which critics called", "Wasserman Schultz, whom many progressives blame", "a man who
#: police say fled", "hackers who U.S. officials say": a determiner's phrase, or people in the
#: plural (not after "that", which as often opens a reported clause: "said that the platform
#: should reiterate"; not "which Will claims": a name and its verb).
_PERSONS = ROLE_NOUNS | PERSON_NOUNS
_PEOPLE_PLURAL = alternation(
    {noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s") for noun in _PERSONS}
    | {noun[:-3] + "men" for noun in _PERSONS if noun.endswith("man")}
    | {"police", "people", "voters", "parents", "democrats", "republicans", "conservatives",
       "liberals", "progressives", "staff"}
)  # fmt: skip
_DESCRIBED_SUBJECT = (
    # proper modifiers first, a place's commas kept: "the Portland, Ore., jury"
    r"(?:the|his|her|their|its|our|some|many|most|several|other|fellow|one|a|an|another)\s+"
    r"(?:[A-Z][\w.'’‚-]*\s+){0,3}[a-z][a-z-]+"
    rf"(?:\s+[a-z][a-z-]+){{0,2}}|(?:[A-Z][\w.'’-]*\s+){{0,3}}(?i:{_PEOPLE_PLURAL})(?=$)|"
    # documents in the plural: "the women who polls suggest will decide"
    rf"(?:{alternation(DOCUMENT_NOUNS)})s(?=$)"
)
#: A relative pronoun with the subject of its own clause right before the verb: "the old mill,
#: which Mayor Ann Reyes (on Friday) declared", "to which Luis Moreno replied", "something that
#: Trump mocked", "Bannon, who Beck on Wednesday called" — the name speaks, not the thing
#: or the person the clause is about.
_OBJECT_RELATIVE = compiled(
    r"(?:^|\s)(?:(?:to\s+which|which|whom|who|that)\s+"
    # a role in lower case before the name: "which general manager Jason Ripplinger admits"
    rf"(?P<subject>(?:(?:[a-z][a-z-]*\s+){{0,2}}(?:{alternation(ROLE_NOUNS)})\s+)?"
    rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})|(?:to\s+which|which|whom|who)\s+"
    rf"(?P<described>{_DESCRIBED_SUBJECT})){_ADJUNCT}$"
)
#: People (or documents) in the plural after a noun and "that", ending the words before the
#: verb: the subject of an object relative clause ("a runoff that international observers
#: said was marred", "a race that polls show is"; not after a verb: "warned that critics",
#: "so that voters").
_THAT_PEOPLE = compiled(
    r"\b(?P<noun>[a-z][\w'’-]*)(?<!ed)\s+that\s+"
    rf"(?P<people>(?:(?:many|some|most|several)\s+)?(?:[a-z][a-z-]+\s+)?(?i:{_PEOPLE_PLURAL}|"
    # or documents in the plural: "a race that polls show is within the margin of error"
    rf"(?:{alternation(DOCUMENT_NOUNS)})s|data|records|figures)|"
    # or a definite or owned noun phrase in lower case: "a trend that the foundation predicts
    # will continue" (the foundation predicts it)
    r"(?:the|its|their|his|her|our)\s+(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)$"
)
_NOT_NOUNS_BEFORE_THAT = (
    frozenset("so such now say says think thinks believe believes".split()) | IRREGULAR_PAST
)
#: A relative clause on an owner that runs to the verb, with no verb of its own: "the
#: federation, whose president, Karen Littlewood," / "Trump, whose attorneys" (then "told",
#: "argued"). The verb is the clause's: what the owner has speaks (its appositive names it),
#: not the owner; not "Rubio, whose hometown, Miami, is projected to be underwater, argues".
_WHOSE_CLAUSE = compiled(
    r",\s+whose\s+(?P<owned>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*"
    r"(?:,\s*(?P<appositive>[^,;:\"“”]{2,80}?)\s*,)?\s*$"
)
#: A name joined by "and"/"but" at the end of the words before a verb: "... and Obama".
_JOINED_NAME = compiled(rf"\s(?:and|but)\s+(?P<subject>{_CAPITALISED_WORDS})$")
#: An object relative clause with its own subject and verbs: "which Trump had called ... and".
#: Or a subordinate clause that opens the last part: "..., and when Rubio thanked Miami and".
_RELATIVE_SUBJECT = compiled(
    rf"^\s*(?:(?:and|but)\s+)?"
    rf"(?i:{alternation((SUBORDINATORS - {'whereas'}) | {'which', 'whom', 'that'})})\s+"
    r"(?P<subject>he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+[a-z]"
)
#: The same anywhere in a part, its subject before a verb or an appositive ("such as when Cruz
#: knocked Rubio on trade and", "while Mike Huckabee, the former governor, proposed ... and").
_CLAUSE_OPENING = compiled(
    rf"(?:^|\s)(?i:{alternation((SUBORDINATORS - {'as', 'whereas'}) | {'where', 'which', 'whom'})})"
    r"\s+"
    r"(?P<subject>he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?=\s+[a-z]|\s*$)"
)


def coordinated_subject(text: str) -> str | None:
    """The subject of a verb coordinated by the "and" that ends ``text``, when the verb
    before it is in a relative or subordinate clause: that clause's subject, found in the
    last part the commas set off or, when that part opens with its verb ("proposed we ...
    and"), in the two before it; a he/she/they opening the last part ("..., he laughed and");
    None otherwise."""
    parts = text.split(",")[-3:]
    for index, part in enumerate(reversed(parts)):
        found = list(_CLAUSE_OPENING.finditer(part))
        if found:
            return found[-1]["subject"]
        words = part.split()
        if index == 0 and words and words[0] in ("he", "she", "they"):
            return words[0]
        if index == 0 and not (words and words[0].islower()):
            return None  # the part has a subject of its own
    return None


def whose_clause(text: str) -> str | None:
    """When ``text``, the words before a verb, ends with a relative clause on an owner whose
    verb that is (see :data:`_WHOSE_CLAUSE`): the appositive that names what the owner has
    ("Karen Littlewood" of "the federation, whose president, Karen Littlewood,"), or "" when
    none does ("Trump, whose attorneys"). None when there is no such clause."""
    if "whose" not in text or (match := _WHOSE_CLAUSE.search(text)) is None:
        return None
    return None if _has_finite(match["owned"]) else match["appositive"] or ""


def _clause_subject(segment: str) -> str | None:
    """The subject of a clause inside ``segment`` that runs to the verb after it: an object
    relative clause ("the old mill, which Mayor Ann Reyes declared"), a subordinate clause
    ("... was complete when Trump in his speech called") or a clause joined by "and" after
    one with a verb of its own ("the provision Murphy opposed and Obama")."""
    if relative := _OBJECT_RELATIVE.search(segment):
        return relative["subject"] or relative["described"]
    if " which " in segment and (relative := _PREPOSITION_WHICH.search(segment)):
        after = segment[relative.end() :].strip()
        if 0 < len(after.split()) <= 4:
            return after  # "pressed her on a speech she gave in 2019 in which she"
    if (
        " that " in segment
        and (relative := _THAT_PEOPLE.search(segment))
        and relative["noun"].lower() not in _NOT_NOUNS_BEFORE_THAT
    ):
        return relative["people"]  # "a runoff that international observers said was"
    # not "after Barack Obama and Hillary Clinton": names joined are one subject
    joined = _JOINED_NAME.search(segment)
    head = segment[: joined.start()].split() if joined else []
    if joined and head and not head[-1][:1].isupper() and _has_finite(" ".join(head)):
        return joined["subject"]
    chain = _INFINITIVE_CHAIN.fullmatch(segment) if " to " in segment else None
    if chain and has_any_finite(chain["verbs"]):
        return chain["subject"]  # "Trump went on to promote ..., note that": Trump
    return inner_clause_subject(segment)


#: A name or a pronoun, a finite verb and an infinitive ending the words before a verb that
#: joins that infinitive ("Trump went on to promote 'Celebrity Apprentice,' note that").
_INFINITIVE_CHAIN = compiled(
    r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|he|she|they)"
    r"\s+(?P<verbs>(?:[a-z]+\s+){1,3})to\s+[a-z]+"
)


#: A subordinate clause that begins inside the words before a verb, its subject right before
#: the verb, perhaps with a time or a setting between ("... was complete when Trump in his
#: announcement speech called", "under what Mr. Hedge called", "... as Clinton put it",
#: "... returned the money after a newspaper said", "after USA TODAY's reporting
#: indicated"): the verb is that clause's, and so is its subject.
#: A word of a described subject: no pronoun, no relative word ("the committee that he").
_DESCRIBING_WORD = r"(?!(?:that|which|who|whom|he|she|it|they|we|you|i)\b)[a-z][a-z-]*[a-z]"
_INNER_CLAUSE = compiled(
    rf"\s(?:{alternation(SUBORDINATORS | {'what', 'where'})})\s+"
    r"(?P<subject>he|she|they|(?!I\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    rf"(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})?|"
    # (a determiner, words in lower case or capitals, a noun: "the Republican nominee")
    rf"(?:the|a|an|his|her|their|its|our|some|many|most|several|other)"
    rf"(?:\s+(?:{_DESCRIBING_WORD}|[A-Z][\w'’-]*)){{0,2}}\s+{_DESCRIBING_WORD}|"
    rf"(?:the|a|an)\s+{_DESCRIBING_WORD}['’]s\s+{_DESCRIBING_WORD}|"
    rf"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}['’]s\s+{_DESCRIBING_WORD}|"
    rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}(?i:{_PEOPLE_PLURAL}))"
    rf"{_ADJUNCT}$"
)


def inner_clause_subject(segment: str) -> str | None:
    """The subject of a subordinate clause that begins inside ``segment`` (not at its start)
    and runs to its end, or None (see :data:`_INNER_CLAUSE`). A *he*, *she* or *they* there
    stands for the person the segment opens with, when it opens with one ("Sanders
    exaggerates when he says", "Donald Trump's biggest applause came when he said"; "Senate
    Democrats blocked the bill because they said"); else the pronoun is left to resolution
    (which finds the owner of "Trump's biggest applause": :meth:`People.pronoun`)."""
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
_LEADING_NAME = compiled(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.'’-]*?)(?P<own>['’]s)?"
    r"(?P<rest>(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<next>[a-z][\w-]*)"
)
_LEADING_DESCRIPTION = compiled(
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


#: A subordinating word right before a speaker: "Years after Ann Reyes said ...".
_SUBORDINATOR_LAST = compiled(
    rf"\b(?:{alternation(SUBORDINATORS - {'if'})})\s+$",
    re.I,
)
#: "As X said, ...": the clause after the comma is what X said.
_AS_CLAUSE = compiled(r"(?:^|[,;]\s*)(?:and\s+|but\s+)?as\s+[^,;]*$", re.I)
#: A relative clause set off by a comma right before a speech verb: "Smith, who said ...".
_RELATIVE_LEAD = compiled(
    r",\s*(?:who|which)\s+(?:(?:\w+ly|has|have|had|also|never|often|once|long)\s+){0,2}$"
)  # ", who told", ", who has long told"

#: A predicate after a comma, no subject before it: "..., disputed that account".
_PREDICATE_NEXT = compiled(rf",\s+(?:[a-z]+ly\s+)?{FINITE_WORD}")


def relative_closed_by_predicate(text: str, begin: int, stop_at: int) -> bool:
    """Whether a relative clause's speech verb has no clause after it: an adjunct up to a
    comma, then the main clause's predicate ("officials, who testified later in the
    afternoon, disputed that account": what they testified is not said)."""
    comma = text.find(",", begin, stop_at)
    return (
        comma > begin
        and not has_any_finite(text[begin:comma])
        and bool(_PREDICATE_NEXT.match(text, comma))
    )


_CLAUSE_BREAK = compiled(r"[,;]\s*(?:and\s+|but\s+)?")


def _in_subordinate_clause(text: str, speaker_at: int) -> bool:
    """Whether the speaker at ``speaker_at`` is the subject of a subordinate clause opening
    its sentence or a clause of it ("When Rubio said ...", "..., and as she said ...")."""
    clause = _CLAUSE_BREAK.split(text[:speaker_at])[-1]
    return _SUBORDINATE_OPENING.match(clause) is not None or bool(_SUBORDINATOR_LAST.search(clause))


def opens_as_subordinate(text: str, speaker_at: int) -> bool:
    """Whether the speaker at ``speaker_at`` is the subject of a subordinate clause that
    opens the sentence ("While Comey has said ...", "Though executives say ..."): its
    sentence's main clause comes after it, past a comma. Not "drew Trump's ire after he
    told ...", a subordinate clause ending its sentence."""
    lead = text[:speaker_at]
    return len(_CLAUSE_BREAK.split(lead)) == 1 and bool(_SUBORDINATE_OPENING.match(lead.lstrip()))


#: A plural in lower case, a noun in -s, not in -ss: "shippers", "planners" (not "business").
_PLURAL_WORD = r"[a-z-]{2,}[^s\W]s"
#: A subordinator and a bare plural after it, all of a part before its verb: "as shippers",
#: "while critics" — the plural a noun in -s, no adverb ("as always").
_SUBORDINATE_PLURAL = compiled(
    rf"(?i:{alternation(SUBORDINATORS - {'whereas'})})\s+"
    r"(?!(?:always|perhaps|sometimes|afterwards|nevertheless|thus|this|is|was|has)\b)"
    rf"(?:[a-z-]+\s+)?{_PLURAL_WORD}"
)


def subordinate_plural(part: str) -> bool:
    """Whether a part set off before a verb is a subordinator and a bare plural: the
    subordinate clause's subject, whoever they are ("..., as shippers warned that goods
    were piling up": the shippers; no list of people's plurals needed)."""
    return bool(_SUBORDINATE_PLURAL.fullmatch(part.strip(" ,")))


#: Words in lower case ending a part in a plural: "city planners", "longtime residents".
_BARE_PLURAL_END = compiled(
    rf"(?:^|\s)(?P<people>(?:(?:[a-z-]+\s+)?{_PLURAL_WORD}\s+and\s+)?"
    rf"(?:\d[\d,\u201a]*\s+)?(?:[a-z-]+\s+)?{_PLURAL_WORD})$"  # ("11 former tenants")
)
_NO_MODIFIER = PREPOSITIONS | {"and", "or", "but"}
_FINITE_WORD = compiled(FINITE_WORD)


def people_before_who(part: str) -> str | None:
    """The plural that ends the words before ", who", its determiner kept: people, whoever
    they are, since "who" stands for people only ("against city planners, who say it is too
    tall": city planners; "some analysts and activists"; "11 former tenants" of a short
    place after them); None when the words end otherwise."""
    part = part.rstrip(" ,")
    found = _BARE_PLURAL_END.search(part)
    of = part.rfind(" of ")
    if found is None and of > 0 and len(part[of:].split()) <= 6:
        found = _BARE_PLURAL_END.search(part[:of])  # "11 former tenants of 88 Jameson Ave."
    if found is None:
        return None
    words = found["people"].split()
    modifier = words[0] not in _NO_MODIFIER and not _FINITE_WORD.fullmatch(words[0])
    return " ".join(words if len(words) == 1 or modifier else words[1:])


#: A person described and a relative clause about them opening a sentence, with no comma up
#: to the speech verb: "A nurse who warned managers about staffing (testified)".
_PERSON_WHO_OPENING = compiled(
    r"(?P<person>(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z-]+))\s+who\s"
    r"[^,;:\"“”]+$"
)
#: Nouns of people, who may speak.
_SPEAKING_NOUNS = PERSON_NOUNS | ROLE_NOUNS | IDENTITY_NOUNS


def person_opening_with_who(lead: str, subject: str | None) -> str | None:
    """The person a sentence opens with, by a description and a relative clause about them
    that runs up to the speech verb, when the subject read right before the verb is no
    person: the relative clause's last noun ("A nurse who worked at the home months before
    an outbreak testified": a nurse, not "an outbreak"); None otherwise."""
    if subject is None or " who " not in lead:
        return None
    opening = _PERSON_WHO_OPENING.match(without_dateline(lead).strip())
    last = subject.split()[-1]
    if (
        opening is None
        or opening["noun"] not in _SPEAKING_NOUNS
        or last[:1].isupper()
        or last.lower().rstrip("s") in _SPEAKING_NOUNS
        or last.lower() in _SPEAKING_NOUNS
    ):
        return None
    return opening["person"]
