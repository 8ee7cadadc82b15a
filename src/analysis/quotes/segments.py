"""What a part of a speaker phrase that commas set off is: a person's name, a description,
an appositive of a name before it ("Paul Klein, the company's founder, said"). Read by the
subject finder of :mod:`analysis.quotes.phrases`."""

from __future__ import annotations

import re

from analysis.language.english.grammar import FUNCTION_WORDS, IRREGULAR_PAST, PREPOSITIONS
from analysis.language.english.sexes import BIRTH_ORDERS
from analysis.language.english.speech import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    INTERJECTIONS,
    NAMED_THING_NOUNS,
    ORGANISATION_KINDS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PUBLIC_BODY_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.marks import TITLE
from analysis.quotes.names import _CALENDAR, is_given_name, split_name
from analysis.quotes.openings import (
    _AFTER_COLON,
    _CONNECTIVE,
    _DATELINE,
    _OPENING_PARTICIPLE,
    _PREPOSITION,
)

__all__: list[str] = []

_CONJUNCTION = compiled(
    r"^(?:and|but|so|then|yet|while|as|because|although|though|albeit|since|whereas)\s+", re.I
)
_STRIP = " ,;:—–-_“”\"'`‘’"
_PARTY = compiled(r"^(?:[RD]|[RDI]-[A-Z][\w.]*|\d+)$")  # "R", "R-Ind.", an age: "Kopp, 44,"
_WHO = compiled(r"^(?:who|whose)\b")
_SEGMENT_BREAK = compiled(r",|\s[—–―]\s|\s--\s|\s_\s|\(|\)")


def _clean(phrase: str) -> str:
    phrase = _CONJUNCTION.sub("", phrase.strip(_STRIP))
    return phrase.strip(_STRIP)


_AS_FOR = compiled(r"^as\s+(?:for|to|with)\b", re.I)
#: What opens a description: a determiner, a count, or a share ("nearly two-thirds of
#: Democratic voters", "about half of voters", "roughly three times as many voters").
_DESCRIPTION = compiled(
    r"^(?:(?:the|a|an|his|her|their|its|our|another|one|many|some|several|most|other|few|all|"
    r"both|two|three|four|five|\d+)\s+|(?:(?:nearly|almost|roughly|about|only|just|more\s+than|"
    r"fewer\s+than|less\s+than)\s+)?(?:(?:half|(?:one|two)-thirds?|(?:one|three)-quarters?|"
    r"\d[\d.]*\s*(?:%|percent))\s+of|(?:two|three|four|five|\d+)\s+times\s+as\s+many)\s+)",
    re.I,
)

_OWNED_DESCRIPTION = compiled(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[a-z]")


def _names_someone(segment: str) -> bool:
    """Whether a segment names a person: a full name, or a surname with a title."""
    name, _ = split_name(segment)
    if name is None or len(segment.split()) > 12:
        return False
    before = segment[: segment.find(name)].split()
    titled = bool(before) and before[-1].lower().rstrip(".") in TITLES
    return len(name.split()) >= 2 or titled


def _given_named(phrase: str) -> bool:
    """Whether a phrase is a person's name by its words: a given name and a surname, or a
    title and a name ("Gabriel Sherman", "Sen. Reyes"; not "North-Rhine Westphalia", nor a
    street named after someone: "Jameson Ave.")."""
    words = phrase.split()
    if len(words) < 2 or words[-1].lower().rstrip(".,") in _STREET_WORDS:
        return False
    return is_given_name(words[0]) or words[0].lower().rstrip(".") in TITLES


#: The last word of a street's name, written out or cut short: "Jameson Ave.", "King St."
_STREET_WORDS = frozenset("ave avenue st street rd road blvd boulevard hwy highway".split())


def _names_person_here(segment: str) -> bool:
    """Whether a segment names a person (see :func:`_names_someone`) as its own head, not
    as the complement of a preposition ("executive director of Interfaith Paths to Peace")."""
    if not _names_someone(segment):
        return False
    name, _ = split_name(segment)
    before = segment[: segment.find(name)].split() if name else []
    return not (
        before and before[-1].lower() in {"of", "at", "for", "from", "in", "with", "by", "to"}
    )


#: An office with no article, set off after a name: "chairman of America Rising", "South
#: Carolina director for Sanders", "executive director" (the name before it speaks).
_ROLE_APPOSITIVE = compiled(
    rf"^(?:[\w.'’&-]+\s+){{0,3}}?(?i:{alternation(ROLE_NOUNS)})"
    r"(?:\s+(?:of|for|at|to|with|in)\s.*)?$"
)


#: A surname after an order of birth: "The elder Reddick", "the younger Williams".
_ORDERED_SURNAME = compiled(
    rf"(?i:the)\s+(?:{alternation(BIRTH_ORDERS)})\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
#: A question's clause, asked of someone: "why the airline had not acted sooner".
_QUESTION_CLAUSE = compiled(
    r"(?:why|how|whether|what|when|where|if|about|regarding|concerning)\s+\S+\s+\S", re.I
)  # (or its topic: "about the delay")


#: "and" or "but" opening a part: what follows joins a new clause, no appositive.
_JOINED_FIRST = compiled(r"\s*(?:and|but)\s", re.I)


def _describes_a_name_before(segments: list[str], index: int, segment: str) -> bool:
    """Whether a segment is an appositive of a name before it: a description ("Paul Klein,
    the company's founder"; "Cruz, the only candidate ...") or an office after a person's
    name ("Chris Covert, South Carolina director for Sanders"); not of a name inside a
    phrase a preposition opens the sentence with ("As for Mr. Kim, the staff letter")."""
    if _JOINED_FIRST.match(segments[index]):
        return False  # "..., and her sister says": a new clause's subject, no appositive
    host = _clean(segments[index - 1])
    if index == 1 and (
        _PREPOSITION.match(host) or _AS_FOR.match(host) or _OPENING_PARTICIPLE.match(host)
    ):
        return False  # "As for Mr. Kim, the staff letter noted", "Asked about Tom Li, the
        # candidate said": the phrase opens the sentence
        # (not "Defenders, like Gary Hufbauer, a fellow at ..., say": his appositive)
    if (
        index == 2
        and host.isdigit()
        and (_PREPOSITION.match(first := _clean(segments[0])) or _OPENING_PARTICIPLE.match(first))
    ):
        return False  # "Testifying at the inquest into the death of Jordan Kakegamic, 31, the
        # guard said": the name and its age are inside the opening phrase
    if _QUESTION_CLAUSE.match(host):
        return False  # "Asked by Sen. Ted Krause, a Texas Republican, why the airline had
        # not acted, the executive said": after the question asked, the subject
    if index >= 2 and _place_goes_on(_clean(segments[index - 2]), host):
        return False  # "at a summit in Madrid, Spain, the alliance said": a country
    if index == 2 and _role_in_opening(_clean(segments[0])):
        return False  # "Under questioning from the family's lawyer, Julian Falconer, the
        # witness said": the name is the lawyer's, set off inside the opening phrase
    return bool(
        _DESCRIPTION.match(segment)
        or _OWNED_DESCRIPTION.match(segment)
        or (_ROLE_APPOSITIVE.match(segment) and _ends_in_person_name(segments[index - 1]))
    ) and (
        any(_names_someone(_clean(s)) for s in segments[:index])
        or _is_lone_name(_clean(segments[index - 1]))
        or bool(_ORDERED_SURNAME.fullmatch(host))  # "The elder Reddick, a former player,"
        or _is_organisation_name(_clean(segments[index - 1]))
        # "Animal Justice, an advocacy group,": a name no list knows, which it describes
        or (bool(_BODY_DESCRIBED.match(segment)) and _capitalised_only(_clean(host).split()))
        # "The mayor, a former teacher,": a role or a person, which it describes (not "one
        # abortion opponent, the Rev. Donald Spitz,": a name)
        or (
            index == 1
            and bool(_DESCRIPTION.match(host))
            and _person_head(host)
            and not _names_someone(segment)
        )
    )


#: Nouns for a person: a role ("mayor") or no role ("mother", "teammate").
_PERSON_HEADS = ROLE_NOUNS | PERSON_NOUNS


def _person_head(phrase: str) -> bool:
    """Whether a description's last word is a role or a person's noun ("The mayor")."""
    words = phrase.split()
    return bool(words) and words[-1].lower().strip(".,") in _PERSON_HEADS


#: A description of a body: "an advocacy group", "a Toronto-based charity", "the non-profit".
_BODY_DESCRIBED = compiled(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|organization|organisation|charity|non-profit|"
    r"nonprofit|coalition|union|association|society|network|alliance|foundation|tank|lobby|"
    rf"{alternation(COMPANY_NOUNS)})\b",
    re.I,
)


#: Small words inside a body's name of capitalised words ("Bank of Montreal").
_NAME_JOINERS = frozenset({"of", "for", "and", "&"})


def _capitalised_only(words: list[str], *, joiners: frozenset[str] = _NAME_JOINERS) -> bool:
    """Whether words are capitalised, a few small words between, a name and nothing else
    ("Animal Justice", "OpenMedia", "Park Lane Properties"): eight at most."""
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w in joiners for w in words)


#: A phrase ending in an organisation a preposition opens ("A lawyer for the company", "a
#: spokesperson for the union"): a name set off after it may be the organisation's.
_FOR_THE_ORGANISATION = compiled(
    rf"\b(?:for|of|at|with|from)\s+the\s+(?:{alternation(COMPANY_NOUNS | ORGANISATION_WORDS)})$",
    re.I,
)


def _names_the_organisation_before(segments: list[str], index: int, segment: str) -> bool:
    """Whether a segment set off after a phrase ending in an organisation ("A lawyer for the
    company, Park Lane Properties, told", "A spokesperson for the union, the Ontario Nurses'
    Association, said") names that organisation: capitalised words or "the" and such words,
    no person's name ("A lawyer for the family, Jane Smith,": the lawyer)."""
    host = _clean(segments[index - 1]) if index else ""
    if not _FOR_THE_ORGANISATION.search(host) or (
        index == 1 and (_PREPOSITION.match(host) or _OPENING_PARTICIPLE.match(host))
    ):
        return False  # (not "In a letter to the Speaker of the Senate, Martin said", nor
        # "Arriving at the summit, Danish Prime Minister Mette Kristensen told")
    words = segment.removeprefix("the ").split()
    return _capitalised_only(words) and not _given_named(" ".join(words))


def _role_in_opening(opening: str) -> bool:
    """Whether a phrase a preposition or a participle opens the sentence with ends in a role
    noun ("Under questioning from the family's lawyer", "Asked about the mayor"): a name
    set off after it is that role's."""
    words = opening.split()
    return (
        bool(_PREPOSITION.match(opening) or _OPENING_PARTICIPLE.match(opening))
        and bool(words)
        and words[-1].lower().strip(".,") in ROLE_NOUNS - DOCUMENT_NOUNS
    )  # (not "In a statement, Ann Reyes, a parishioner, said": what she put out)


def _is_organisation_name(segment: str) -> bool:
    """Whether a segment is an organisation's name and nothing else: capitalised words, one
    of them an organisation's ("Energy Transfer Partners", "Acme Corp."), the subject a
    description set off after it describes ("..., the Texas company building the pipeline,")."""
    words = segment.split()
    return (
        segment[:1].isupper()
        and _capitalised_only(words, joiners=_NAME_JOINERS | {"the"})
        and any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words)
    )


_ENDS_IN_TWO_CAPITALS = compiled(r"[A-Z][\w.'’-]*\s+[A-Z][\w'’-]*$")


def _titled_name(segment: str) -> bool:
    """Whether a segment in lower case is a person's name after their office and nothing
    else ("retired RCMP officer Gary Thompson", "former deputy attorney general Doug
    Scott"): the office ends in a role noun or a capitalised title ("Army Capt."), and holds
    no function word, preposition or verb but a participle first."""
    if not segment[:1].islower() or not _ENDS_IN_TWO_CAPITALS.search(segment):
        return False  # (a cheap test first: most parts end in no name of two words)
    name, _ = split_name(segment)
    if name is None or len(name.split()) < 2 or not segment.endswith(name):
        return False
    office = segment[: -len(name)].split()
    words = [w.lower().strip(".,") for w in office]
    titled = words and (
        words[-1] in ROLE_NOUNS or (office[-1][:1].isupper() and words[-1] in TITLES)
    )
    return (
        0 < len(office) <= 5
        and bool(titled)
        # no function word or preposition, no verb but a participle first ("retired";
        # not "he studied under", "said Army Capt.", "praising party leader", "like top
        # Obama aide")
        and not any(
            w in FUNCTION_WORDS
            or w in PREPOSITIONS
            or w in IRREGULAR_PAST
            or w.endswith("ing")
            or (i and w.endswith("ed"))
            for i, w in enumerate(words)
        )
    )


#: A part that ends in a place a preposition gives ("a neurologist at the University of
#: California", "a farmer from Brandon").
_ENDS_IN_PLACE = compiled(
    r"\b(?:at|of|in|from|near|outside)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:of\s+)?)*"
    r"[A-Z][\w.'’&-]*$"
)
_SHORT_PROPER = compiled(r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*")


def _place_goes_on(opening: str, host: str) -> bool:
    """Whether a capitalised part only goes on with the place ending a phrase a preposition
    or a participle opens ("at a summit in Madrid", "Spain"; "Speaking in Toronto",
    "Ontario"): a place, which no description after it describes."""
    return (
        bool(_SHORT_PROPER.fullmatch(host))
        and not _given_named(host)
        and bool(_PREPOSITION.match(opening) or _OPENING_PARTICIPLE.match(opening))
        and bool(_ENDS_IN_PLACE.search(opening))
    )


def _continues_part(segments: list[str], index: int, segment: str) -> bool:
    """Whether a part (``segment``, at ``index`` > 1 of ``segments``) only goes on with the
    description before it: the place it ends with (:func:`_continues_place`), or the name of
    the organisation or thing it ends with, set off after a name it describes ("Giovanni
    Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,": the paper's
    name, no speaker; not "Speaking Tuesday, the captain of the team, Ann Reyes,")."""
    previous = segments[index - 1].strip(_STRIP)
    if _continues_place(previous, segment):
        return True
    earlier = segments[index - 2].strip(_STRIP)
    return (
        bool(_THING_NAME.fullmatch(segment))
        and not _given_named(segment)
        and bool(_DESCRIPTION.match(previous) or _OWNED_DESCRIPTION.match(previous))
        and previous.split()[-1].lower() in _THINGS
        and bool(_NAME_FIRST.fullmatch(earlier))
        and not _OPENING_WORD.match(earlier)  # ("In Ottawa", "Speaking Tuesday": no name)
    )


#: A thing's name: capitalised words, a number last ("CUPE Local 79", "L'Osservatore Romano").
_THING_NAME = compiled(r"(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z0-9][\w.'’&-]*")
#: A name opening a part, perhaps with titles: "Giovanni Maria Vian", "Dr. Ann Li".
_NAME_FIRST = compiled(r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*")
#: A preposition, a function word or a participle opening a part: no name's first word.
_OPENING_WORD = compiled(rf"(?i:{alternation(PREPOSITIONS | FUNCTION_WORDS)})\b|[A-Z][a-z]+ing\b")
_THINGS = ORGANISATION_KINDS | PUBLIC_BODY_WORDS | NAMED_THING_NOUNS


def _continues_place(previous: str, segment: str) -> bool:
    """Whether a capitalised part only goes on with the place that ends the description
    before it, itself after a part: the campus, state or province of "Dr. Ann Li, a
    neurologist at the University of California, San Diego," — or the organisation whose
    name holds a list ("chief executive of Food, Health and Consumer Products of Canada,")
    — no subject of its own."""
    if _NAME_LIST_GOES_ON.match(segment) and _OF_A_NAME.search(previous):
        return True
    return (
        bool(_SHORT_PROPER.fullmatch(segment))
        and not _given_named(segment)
        and bool(_ENDS_IN_PLACE.search(previous))
        # the place ends a description, not a phrase that opens the sentence ("Speaking
        # Tuesday, at a rally in Modesto, Sanders promised") or a quotation's clause
        and bool(_DESCRIPTION.match(previous) or _OWNED_DESCRIPTION.match(previous))
        and len(previous.split()) <= 12
    )


#: A part of capitalised words and "and", the rest of a name with a list in it ("Health and
#: Consumer Products of Canada"), and a description ending in "of" and a capitalised word.
_NAME_LIST_GOES_ON = compiled(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*\s+and\s+[A-Z][^,]*$")
_OF_A_NAME = compiled(r"\b(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*$")
#: The capitalised words that end a part: "Gregory Craig" in "... an hour after Gregory Craig".
_LAST_NAME_WORDS = compiled(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*$")


def _ends_in_person_name(segment: str) -> bool:
    """Whether a part is a person's name, titled or not, or ends in a given name and a surname
    ("Castro's statement came an hour after Gregory Craig"): an office set off after it is
    theirs."""
    if _is_person_name(segment):
        return True
    name, _ = split_name(_clean(segment))
    if name and len(name.split()) >= 2 and _clean(segment).endswith(name):
        return True  # a titled name: "Dr. Ann Lee", "Sen. Ann Reyes"
    last = _LAST_NAME_WORDS.search(_clean(segment))
    return (
        last is not None
        and last.start() > 0  # a part that is all name is a person's by the test above
        and _given_named(last.group())
        and not any(w.lower().strip(".,") in _CALENDAR for w in last.group().split())
    )


def _is_person_name(segment: str) -> bool:
    """Whether a segment is a person's name and nothing else ("Chris Covert"; not "Late
    Monday", not "U.S. officials")."""
    segment = _clean(segment)
    name, _ = split_name(segment)
    return name == segment and not any(w.lower().strip(".,") in _CALENDAR for w in segment.split())


def _is_lone_name(segment: str) -> bool:
    """Whether a segment is one capitalised name and nothing else ("Cruz", "Microsoft"): the
    subject a description set off by commas after it describes ("Cruz, the only candidate
    to campaign in Wyoming, told")."""
    if _CONNECTIVE.match(segment) or segment.lower() in INTERJECTIONS:
        return False  # "Indeed, some commentators have called"; "Um, the reason is"
    name, _ = split_name(segment)
    return name is not None and name == segment and len(name.split()) == 1


def _is_name_segment(segment: str) -> bool:
    return (
        bool(segment[:1].isupper())
        and not _DESCRIPTION.match(segment)
        # "Google's chief human resources executive": a description, owned, not a name
        and not _OWNED_DESCRIPTION.match(segment)
    )


def _next_to_verb(segments: list[str]) -> int:
    """The index of the part next to the verb: the last, or the one before a party label
    after a name ("Harry M. Reid (D-Nev.) told")."""
    final = len(segments) - 1
    while final > 0 and _PARTY.match(segments[final].strip(_STRIP)):
        final -= 1
    return final


#: A title in quotation marks ending a part after other words, its closing mark cut off by
#: the comma inside it: 'star of television's "Scandal' of 'star of television's "Scandal,"'.
_TITLE_LAST = compiled(rf"(?<=\S)\s+[“\"](?:{TITLE})[”\"]?$")


def _segments(text: str) -> tuple[list[str], bool]:
    """The parts of the text before a verb that commas, dashes and brackets set off (a
    dateline left out), and whether a part set off by commas ends right before the verb
    ("Clinton, after the scandal broke in March, initially said": it interrupts and does
    not hold the subject). From a relative clause about a person to the verb, every part
    belongs to that clause ("Marco Rubio, whose hometown, Miami, is projected to be
    underwater, argues"): those parts are left out."""
    text = _DATELINE.sub("", text)  # "CHICAGO - Rahm Emanuel may have thought"
    text = _AFTER_COLON.sub("", text)  # "... a cumulative effect: Some 20 percent ... said"
    interrupted = text.endswith(",")
    segments = [s.strip() for s in _SEGMENT_BREAK.split(text)]
    # a title quoted at a part's end is no one ("host of MSNBC's "Morning Joe,"": the host)
    segments = [_TITLE_LAST.sub("", s) for s in segments]
    segments = [s for s in segments if s.strip(_STRIP)]
    if interrupted:
        opener = next((k for k in range(1, len(segments)) if _WHO.match(segments[k])), None)
        if opener is not None:
            segments = segments[:opener]
    return segments, interrupted
