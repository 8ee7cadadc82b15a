"""A speaker phrase as an attribution writes it, cleaned of what is no part of the speaker:
the conjunction before it, the adverbs and times after it ("and then Lopez later" ->
"Lopez", "Microsoft on Thursday" -> "Microsoft"), and a message for the one who made it
("Gagnon's response" -> "Gagnon", "a statement from Magna" -> "Magna", "Her verdict" ->
"she")."""

from __future__ import annotations

import re

from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.speech import (
    DOCUMENT_NOUNS,
    LY_NOUNS,
    MESSAGE_NOUNS,
    OPINION_NOUNS,
    PUBLISHING_PARTICIPLES,
    REPLY_NOUNS,
    SAYING_NOUNS,
)
from analysis.patterns import alternation, compiled

__all__ = ["cleaned"]

#: An adverb or a time ending a speaker phrase: "Lopez later", "Microsoft Thursday".
_TRAILING = compiled(
    r"\s+(?:later|also|again|then|once|earlier|now|afterwards|today|yesterday|here|there|"
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
