"""A speaker phrase as an attribution writes it, cleaned of what is no part of the speaker:
the conjunction before it, the adverbs and times after it ("and then Lopez later" ->
"Lopez", "Microsoft on Thursday" -> "Microsoft"), and a message for the one who made it
("Gagnon's response" -> "Gagnon", "a statement from Magna" -> "Magna", "Her verdict" ->
"she")."""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.speech import (
    DOCUMENT_NOUNS,
    LY_NOUNS,
    MESSAGE_NOUNS,
    OPINION_NOUNS,
    ORGANISATION_KINDS,
    PUBLISHING_PARTICIPLES,
    REPLY_NOUNS,
    ROLE_NOUNS,
    SAYING_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from analysis.patterns import alternation, compiled, latin

__all__ = [
    "after_title_or_kind",
    "before_publishing",
    "cleaned",
    "published_where",
    "untitled_owner",
    "up_to_speech_verb",
]

#: An adverb or a time ending a speaker phrase: "Lopez later", "Microsoft Thursday", "filings
#: submitted late (Friday)"; a form of "be" before a speech verb in -ing: "Police are
#: (saying)".
_TRAILING = compiled(
    r"\s+(?:later|also|again|then|once|earlier|now|afterwards|today|yesterday|here|there|"
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?-i:late|early)|"
    r"is|are|was|were|(?:has\s+|have\s+|had\s+)?been|will\s+be|"
    rf"(?:{alternation(WEEKDAY_NAMES)})|last\s+\w+|this\s+\w+|"
    # an adverb in -ly, not a noun after a determiner: "lawyers for the family", "an ally"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)"
    rf"(?<!\bour\s)(?<!\bof\s)(?<!\bfor\s)(?!(?:{alternation(LY_NOUNS)})$)(?-i:[a-z]+ly))$",
    re.I,
)
#: A conjunction or a linking adverb opening a speaker phrase: "and then Lopez".
_LEADING = compiled(r"^(?:(?:and|but|then|so|yet)\s+)+", re.I)
#: A phrase left ending in a preposition once its time is gone, and the word before it.
_FINAL_PREPOSITIONS = frozenset({"on", "by", "in", "at", "from", "since", "until", "of", "for"})
_ENDS_IN_PREPOSITION = compiled(
    rf"(?P<word>\S+)\s+(?P<preposition>{'|'.join(sorted(_FINAL_PREPOSITIONS))})$", re.IGNORECASE
)
#: A participle of making public left ending a phrase once the time after it is gone ("a
#: Quinnipiac University poll released last week" -> "a Quinnipiac University poll", "a
#: report ... to be released Thursday" -> "a report ...").
_PUBLISHED = compiled(rf"(?:\s+(?:to\s+be|being))?\s+(?:{alternation(PUBLISHING_PARTICIPLES)})$")
#: Owners that open a clause of its own before such a verb: "figures her campaign released".
_OWNERS = frozenset("his her its their our my your".split())


_OWNED_NOUNS = MESSAGE_NOUNS | REPLY_NOUNS | SAYING_NOUNS | OPINION_NOUNS
#: A message or a saying owned by a name or a description: what the owner said ("Gagnon's
#: response", "the company's statement", "Trump's latest tweet").
_OWNED_MESSAGE = compiled(
    r"^(?:(?P<owner>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&-]*|the\s+[a-z]+(?:\s+[a-z]+)?)['’]s?"
    r"|(?P<pronoun>(?i:his|her|their)))\s+"
    rf"(?:[a-z-]+\s+)?(?:{alternation(_OWNED_NOUNS)})"
    r"(?:\s+(?:to|on|about|in|after)\s.*)?$"
)
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}
_PRONOUN_OWNER = {subject: owner for owner, subject in _OWNER_PRONOUN.items()}
#: A message from someone: what they said ("a statement from Magna International", "an
#: email from the mayor's office", "a news release issued by the RCMP").
_MESSAGE_FROM = compiled(
    r"^(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{alternation(MESSAGE_NOUNS)})\s+(?:(?:issued|released|sent)\s+)?(?:from|by)\s+"
    r"(?P<owner>(?:the\s+)?[A-Z].*)$"
)


def _without_publishing(phrase: str) -> str:
    """A phrase without the participle of making public that ends it (see
    :data:`_PUBLISHED`), unless a clause of its own holds the verb: a subject in the plural
    or with an owner before it ("a fact sheet lawmakers released", "figures her campaign
    released"); documents in the plural are what was released ("figures released")."""
    found = _PUBLISHED.search(phrase)
    if found is None:
        return phrase
    before = phrase[: found.start()].split()
    document = bool(before) and before[-1].lower() in _PLURAL_DOCUMENTS
    if _OWNERS & {w.lower() for w in before} or (
        not document and (len(before) < 2 or before[-1].endswith("s"))
    ):
        return phrase
    return phrase[: found.start()]


#: Documents in the plural: what was released, not who released it.
_PLURAL_DOCUMENTS = {f"{noun}s" for noun in DOCUMENT_NOUNS} | {"figures", "data", "records"}


def cleaned(phrase: str) -> str:
    """A speaker phrase without the conjunction before it and the adverbs and times after it
    ("and then Lopez later" -> "Lopez", "Microsoft on Thursday" -> "Microsoft", "a poll
    released last week" -> "a poll"), unless a preposition after a word in lower case keeps
    the time in the phrase ("figures published on Thursday"); a title's quotation marks
    stay paired (its closing mark stripped with the phrase's end: 'a memo titled "Next
    Steps' -> 'a memo titled "Next Steps"')."""
    phrase = _LEADING.sub("", phrase.strip(" ,;:“”\"'`‘’_"))
    previous = None
    while previous != phrase:
        stripped = _TRAILING.sub("", phrase).strip(" ,")
        last = stripped.rsplit(None, 1)[-1:]
        if (
            last
            and last[0].lower() in _FINAL_PREPOSITIONS
            and (ended := _ENDS_IN_PREPOSITION.search(stripped))
        ):
            if not ended["word"][:1].isupper():
                break  # "figures published on Thursday": the day belongs to the phrase
            stripped = stripped[: ended.start("preposition")].rstrip()  # "Microsoft on Thursday"
        if stripped != phrase:
            stripped = _without_publishing(stripped)  # "a poll released last week": the poll
        previous, phrase = phrase, stripped
    if owned := _OWNED_MESSAGE.match(phrase) or _MESSAGE_FROM.match(phrase):
        if owned.re is _OWNED_MESSAGE and owned["pronoun"]:
            return _OWNER_PRONOUN[owned["pronoun"].lower()]  # "Her verdict": she
        return owned["owner"]  # "Gagnon's response", "a statement from Magna": who made it
    if phrase.count('"') % 2 or phrase.count("“") > phrase.count("”"):
        phrase += "”" if "“" in phrase else '"'  # a title's closing mark, stripped above
    return phrase


#: A name and the speech verb after it, and what follows: "Trump said when asked".
_NAME_THEN_VERB = compiled(
    r"^(.*?\b[A-Z][\w.'’-]*)\s+(?:"
    + alternation(frozenset(v for v in SPEECH_VERBS if v.endswith("ed") or v in {"said", "says"}))
    + r")\b.*$"
)


def up_to_speech_verb(phrase: str) -> str:
    """A speaker phrase up to the speech verb after its name ("Trump said when asked" ->
    "Trump")."""
    if "ed" not in phrase and "sa" not in phrase:
        return phrase  # no verb of the pattern (each ends in "ed", or is "said"/"says")
    return _NAME_THEN_VERB.sub(r"\1", phrase)


#: A participle of making public inside a long description: where its document's name ends
#: ("a study by researchers at the University of Toronto | published Tuesday in ...").
_PUBLISHED_IN = compiled(rf"\s+(?:{alternation(PUBLISHING_PARTICIPLES)})\b")


#: Where a document was made public, after its participle: "published Thursday in".
_PUBLISHED_WHERE = compiled(
    rf"\s+(?:{alternation(PUBLISHING_PARTICIPLES)})\s+(?:[\w-]+\s+){{0,3}}?(?:in|on)\s+"
)


def published_where(phrase: str) -> str:
    """A speaker phrase up to where what it names was made public, which names no source
    ("a study published Thursday in the journal Environmental Science & Technology" -> "a
    study"); the phrase as it is when it says no such place."""
    where = _PUBLISHED_WHERE.search(phrase) if " in " in phrase or " on " in phrase else None
    if where is None or " by " in phrase[where.end() :]:
        return phrase  # ("a lawsuit filed in Manhattan by Yulia V. Tymoshenko": hers)
    return phrase[: where.start()]


def before_publishing(description: str) -> str:
    """A description of more than twelve words up to a participle of making public in it
    (:data:`_PUBLISHED_IN`), which ends its document's name; else as it is."""
    published = _PUBLISHED_IN.search(description) if len(description.split()) > 12 else None
    return description[: published.start()] if published else description


#: A description owned by a name: "Transportation Minister Prabmeet Sarkaria's office".
#: What speaks for the one who owns it, as they would: "Mayor Brenda Locke's office".
_OWNERS_VOICES = frozenset({"office", "campaign", "administration", "staff", "team"})
_NAME_OWNS = compiled(
    r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w'’-]*)['’]s\s+(?P<rest>[a-z].*)"
)


def untitled_owner(
    description: str, *, split: Callable[[str], tuple[str | None, str | None]]
) -> str:
    """A body that speaks for the full name owning it (:data:`_OWNERS_VOICES`) with the
    owner's titles and offices dropped, as a speaker's own are ("Transportation Minister
    Prabmeet Sarkaria's office" -> "Prabmeet Sarkaria's office"; not "Senator Bernie
    Sanders's campaign manager", someone else); ``split`` parts a name from the titles
    before it. Else as it is."""
    owned = _NAME_OWNS.fullmatch(description)
    if owned is None or owned["rest"] not in _OWNERS_VOICES:
        return description
    name, title = split(owned["owner"])
    if name is None or title is None or len(name.split()) < 2:
        return description
    return f"{name}{description[owned.end('owner') : owned.start('rest')]}{owned['rest']}"


#: A word or abbreviation right before a name ("Gen. ", "Senator ", "group "), as a pattern.
_TITLE_WORD_BEFORE = latin(r"(?:^|\s)(?:[A-Z][a-z]{1,3}\.|[A-Za-z-]+)\s+")


def after_title_or_kind(phrase: str, name: str) -> bool:
    """Whether a lone capitalised ``name`` in ``phrase`` comes right after a title or a role
    written with a capital ("Coach Lee", "Sen. Reyes") or after what kind of organisation
    it names ("Environmental group Équiterre", "insurer Aviva"; not "committee Democrats")."""
    titled = re.search(_TITLE_WORD_BEFORE + re.escape(name), phrase)
    marker = titled.group().split()[0] if titled else ""
    return (marker[:1].isupper() and marker.lower().rstrip(".") in TITLES | ROLE_NOUNS) or (
        marker.lower() in ORGANISATION_KINDS
    )
