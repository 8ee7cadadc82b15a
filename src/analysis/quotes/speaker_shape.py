"""Whether words have the shape of a speaker phrase — a noun phrase that names or describes
someone ("Sen. Ann Reyes", "the retired schoolteacher", "a report released by the bank") —
and not a clause ("the mayor resigned"): the test the attribution and report frames share.
"""

from __future__ import annotations

import itertools

from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.grammar import PREPOSITIONS
from analysis.language.english.speech import (
    NEAR_WORDS,
    PERSON_NOUNS,
    PUBLISHING_PARTICIPLES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.finite import SINGULAR_AND_VERB, _has_finite
from analysis.quotes.segments import _DESCRIPTION

__all__ = ["plural_role", "without_adjective_in_ed"]

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}
#: Groups that speak with no article before them: "..., authorities said."
_BARE_GROUPS = {"authorities", "police", "officials", "investigators", "prosecutors"}


#: Nouns of groups at work that speak with no article: "search crews", "rescuers", "city
#: staff".
_CREWS = frozenset("crews rescuers searchers staff personnel".split())


#: A group with no article and where its members work or whom they act for: "researchers
#: at the University of Saskatchewan", "officials at the ministry", "economists from RBC",
#: "lawyers for the class".
_GROUP_AT = compiled(r"(?P<group>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:at|of|from|with|in|for)\s+\S")


def _bare_group(words: list[str]) -> bool:
    """Whether words in lower case, one or two, are a group of people that speaks with no
    article before it ("..., search crews said", "witnesses said"): the last a plural of a
    person's noun or of a crew's."""
    if not 0 < len(words) <= 2 or not all(w.islower() for w in words):
        return False
    last = words[-1].strip(".,")
    return last in _CREWS or (last.endswith("s") and last[:-1] in ROLE_NOUNS | PERSON_NOUNS)


def _ends_in_role(phrase: str) -> bool:
    words = [w.strip(".,").lower() for w in phrase.split()]
    return bool(words) and (words[-1] in ROLE_NOUNS or words[-1].rstrip("s") in ROLE_NOUNS)


#: People described by what they know, whom they stand near or what they take part in, with
#: no determiner: "people familiar with the plans", "sources close to the company",
#: "officials with knowledge of the talks", "people briefed on the matter", "two Republican
#: aides involved in counting votes" (the head, before the words, is who speaks).
_KNOWING = compiled(
    rf"^(?P<head>(?:[\w-]+\s+){{0,2}}[a-z]+)\s+(?:{alternation(NEAR_WORDS)}\s+(?:with|to)|"
    r"with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|knowledgeable\s+about|"
    r"involved\s+in|present\s+(?:at|for|during)|taking\s+part\s+in|participating\s+in)\s+\S"
)


def _knowing_people(head: str) -> bool:
    """Whether a phrase is people described by what they know ("people familiar with the
    plans"): its head is a word for people, a role or a person."""
    if (match := _KNOWING.match(head)) is None:
        return False
    noun = match["head"].split()[-1].lower()
    return noun == "people" or any(
        form in ROLE_NOUNS or form in PERSON_NOUNS for form in (noun, noun.removesuffix("s"))
    )


_NAME_OF = compiled(r"[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\s+(?:of|at|from|with)\s")


#: A word in -ed between a determiner and the noun that ends the phrase: an adjective ("the
#: retired schoolteacher", "a concerned parent"), no verb.
_ADJECTIVE_IN_ED = compiled(
    r"^(?P<determiner>(?i:the|a|an|his|her|their|its|one)\s+(?:[\w-]+\s+)?)[a-z]+ed\s+(?=[a-z-]+$)"
)

#: A participle and its phrase after a described noun: "a report released by the bank", "a
#: statement issued on Monday", "a report released Tuesday", "a document titled Surgical
#: Progress Report" — it describes the noun, no verb of the phrase's own.
_PARTICIPLE_AFTER = compiled(
    r"\s+[a-z]+ed\s+(?:by|in|on|at|from|last|this|earlier)\b.*$"
    rf"|\s+(?:{alternation(PUBLISHING_PARTICIPLES)})\s+(?:today|yesterday|"
    rf"(?i:{alternation(WEEKDAY_NAMES)}))\b.*$|\s+(?:titled|entitled)\s+[A-Z].*$"
)
_DETERMINER = compiled(r"(?i:the|a|an)\s")


def without_adjective_in_ed(head: str) -> str:
    """A phrase without an adjective in -ed before its last word: "an 81-year-old retired
    farmer" -> "an 81-year-old farmer"."""
    if adjective := _ADJECTIVE_IN_ED.match(head):
        head = adjective["determiner"] + head[adjective.end() :]
    return head


def _without_participles(head: str) -> str:
    """A phrase without the participles that describe its noun: "the retired teacher" ->
    "the teacher", "a report released by the bank" -> "a report"."""
    head = without_adjective_in_ed(head)
    if _DETERMINER.match(head) and (after := _PARTICIPLE_AFTER.search(head)):
        head = head[: after.start()]
    return head


#: A document's title in quotation marks after the noun it names: 'a memo titled "Next
#: Steps."' (a part of the speaker phrase, no verb of its own).
TITLED = (
    r"\s(?:titled|entitled|called|headlined)\s+[\"“][^\"“”]{1,80}[\"”]"
    # a title in capitals, no marks, its subtitle after a colon: "titled Budget 2025: Canada
    # Strong"
    r"|\s(?:titled|entitled)\s+[A-Z0-9][\w’'-]*(?:(?::\s+|\s+)[A-Z0-9][\w’'-]*){0,8}"
)
_TITLED = compiled(TITLED)


def _np_like(phrase: str) -> bool:
    """A speaker phrase, not a clause: no finite verb, short, naming or describing someone."""
    head = _TITLED.sub("", phrase).split(",", 1)[0].strip()
    words = head.split()
    if head.lower() in _PRONOUNS or head.lower() in _BARE_GROUPS or _bare_group(words):
        return True
    if (at := _GROUP_AT.match(head)) and _bare_group(at["group"].split()) and len(words) <= 9:
        return not _has_finite(head)  # "researchers at the University of Saskatchewan"
    if words and words[-1].lower() in {"of", "the", "a", "an", "to", "for", "in", "on", "at",
                                       "and", "or", "by", "with", "from"}:  # fmt: skip
        return False
    # a name and its affiliation may run longer: "Jeffrey Lewis of the James Martin Center
    # for Nonproliferation Studies"
    longest = 14 if _NAME_OF.match(head) else 9
    if len(words) <= longest and _knowing_people(head):
        return True  # ("briefed" is no verb of the phrase's own)
    finite = _has_finite(_without_participles(head) if "ed " in head else head)
    office = words[:1] == ["state"] and words[1:2] != [] and words[1][:1].isupper()
    if (
        not 0 < len(words) <= longest
        or finite
        or (words[0] in PREPOSITIONS | SPEECH_VERBS and not office)
    ):
        return False  # (a lower-case preposition: "about fixing inequality, said X"; a
        # speech verb: ", wrote in a statement read in court that ...": no speaker's words;
        # not "state" before an office: "state Treasurer Ann Lee")
    return (
        head[:1].isupper()
        or bool(_DESCRIPTION.match(head))
        or _ends_in_role(head)
        or _modified_name(words)
    )


#: Words that end a run of modifiers before a name: no adjective, so no speaker phrase.
_NOT_MODIFIER = frozenset(
    "then now also but and or so yet when while as if that which who of to in on at for by "
    "with from".split()
)


def _modified_name(words: list[str]) -> bool:
    """Lower-case modifiers, then a name: "warm-and-fuzzy Trump", "embattled Mayor Dana
    Smith", "longtime Clinton aide Huma Abedin" (at most three modifiers, no function word
    among them, the last word capitalised)."""
    lower = [w for w in words if w[:1].islower()]
    leading = list(itertools.takewhile(lambda w: w[:1].islower(), words))
    return (
        0 < len(leading) <= 3
        and words[-1][:1].isupper()
        and not any(w.lower() in _NOT_MODIFIER for w in lower)
        and len(lower) <= 4
    )


def _appositive_only(content: str) -> bool:
    """Whether a "clause" is a name and its appositive ("Wayne Smith, a former adviser"): no
    verb, so no reported statement."""
    segments = [s.strip() for s in content.split(",") if s.strip()]
    if len(segments) < 2 or _has_finite(content) or SINGULAR_AND_VERB.match(content):
        return False  # ("the province needs 150 more vets, most of them in rural areas")
    second = segments[1].split()[0].lower()
    return _np_like(segments[0]) and (
        bool(_DESCRIPTION.match(segments[1])) or second in ROLE_NOUNS or second in TITLES
    )


def plural_role(noun: str) -> bool:
    """Whether a role noun is a plural one: "ministers", "officials", "aides"."""
    return noun.endswith("s") and noun[:-1] in ROLE_NOUNS  # not "boss", "actress"
