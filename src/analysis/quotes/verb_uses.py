"""When a speech verb's word reports nothing: a noun ("the recall", "in his opening remarks,"),
a passive ("the decision was announced"), a question ("Do you think ...?"), what someone was
asked ("Asked whether he thought ..., Popovich said")."""

from __future__ import annotations

import re

from analysis.language.english.affiliations import NATIONALITIES, PARTIES
from analysis.language.english.grammar import (
    AUXILIARIES,
    DETERMINERS,
    NOUN_MODIFIERS,
    PREPOSITIONS,
    QUESTION_WORDS,
)
from analysis.language.english.speech import ROLE_NOUNS
from analysis.patterns import alternation, compiled
from analysis.quotes.documents import document_before_that
from analysis.quotes.pre_verbal import ends_in_verb_before_speech

__all__: list[str] = []

_BE = frozenset("was were is are be been being".split())
_ADVERB_LY = compiled(r"\w+ly")


def _last_words(text: str, count: int = 2) -> list[str]:
    """The last ``count`` words of ``text`` when it ends in white space (a word: letters,
    digits and apostrophes; "libertarians—to " ends in "to"), nearest last; [] otherwise.
    Read from the last white-space-separated pieces back, not a letter at a time."""
    if not text[-1:].isspace():
        return []
    words: list[str] = []
    for piece in reversed(text.rsplit(None, count)[-count:]):
        word = piece if piece.isalnum() or _WORD.fullmatch(piece) else _word_ending(piece)
        if not word:
            break
        words.insert(0, word)
        if len(word) < len(piece):
            break  # "libertarians—to": what comes before the word is no white space
    return words


#: A word of :func:`_last_words`: letters, digits, underscores and apostrophes.
_WORD = compiled(r"[\w'’]+")


def _word_ending(piece: str) -> str:
    """The word that ends ``piece`` ("" when it ends in another character)."""
    start = len(piece)
    while start > 0 and (piece[start - 1].isalnum() or piece[start - 1] in "'’_"):
        start -= 1
    return piece[start:]


#: Words after which a speech verb is a noun or an infinitive ("the recall", "to deny").
_NOT_BEFORE_VERB = frozenset(
    """to the a an of this that his her their its our my no any every each in on at for with
    by from into""".split()
)


#: Verbs whose object a speech verb's noun form is ("made pledges", "issued warnings", "kept
#: promises"): after them it is no reporting verb.
_TAKES_A_NOUN = frozenset(
    """made make makes making gave give gives giving issued issue issuing kept keep keeps
    broke break breaks broken fulfilled renewed repeated reiterated""".split()
)


def _verb_is_a_noun_or_passive(lead: str, verb: str = "") -> bool:
    """Whether the words before a speech ``verb`` make it no reporting verb: a passive ("the
    decision was announced"), a noun or an infinitive ("to deny", "the recall", "secretary
    of state"), a plural noun after a preposition and an adjective ("with false claims")."""
    if lead.endswith(("-", "‐")):
        return True  # "His oft-stated goal", "a long-promised plan": a compound adjective
    before = _last_words(lead)
    if not before or ends_in_verb_before_speech(lead.rstrip()):
        return False  # "Bryne went on to say": speech, not an infinitive
    if verb.endswith("ing"):
        # "Trump is insisting that": a progressive tense, no passive; but "What he is saying
        # is that": a free relative, what was said its subject
        return lead.lstrip().lower().startswith(("what ", "all "))
    if before[-1] in _BE or (
        len(before) == 2 and before[0] in _BE and _ADVERB_LY.fullmatch(before[-1])
    ):
        return True
    last = before[-1].lower()
    if last in ("that", "which") and document_before_that(lead.rstrip()):
        return False  # "an ad that says": the relative clause's verb
    compound = lead.rstrip().endswith(f"-{before[-1]}")  # "Moon Jae-in said": a name's part
    return (
        (last in _NOT_BEFORE_VERB and not compound)
        or last in _TAKES_A_NOUN  # "made pledges", "issued warnings"
        or before[-1].endswith(("'s", "’s", "s'", "s’"))  # "Trump's claims", "the mayors' vows"
        or (len(before) == 2 and last in NOUN_MODIFIERS and _owner_or_article(before[0], last))
        # a superlative's adjective: "The most telling promise" (not "most strongly denied")
        or (len(before) == 2 and before[0].lower() in ("most", "least")
            and _SUPERLATIVE_ADJECTIVE.fullmatch(before[-1]) is not None)
        # a verb, then a party's or a nation's adjective: "rejected Republican claims that"
        or (len(before) == 2 and before[0].endswith("ed") and before[0].islower()
            and before[1].lower() in PARTIES | NATIONALITIES)
        # an owner and an adjective: "the candidates' economic pledges", "his latest claims"
        or (len(before) == 2 and _ADJECTIVE.fullmatch(last) is not None and last not in ROLE_NOUNS
            and (before[0].endswith(("'s", "’s", "s'", "s’")) or before[0].lower() in _POSSESSIVES))
        # "evict them with false claims that": a plural noun a speech verb's form shares
        or (len(before) == 2 and verb in _PLURAL_NOUNS and before[0] in PREPOSITIONS
            and before[1].islower() and before[1] not in ROLE_NOUNS)
    )  # fmt: skip


#: Speech verbs' forms that are plural nouns as often: "false claims that", "new reports".
_PLURAL_NOUNS = frozenset("claims reports promises pledges charges warnings".split())


#: A word an adjective's ending shows: "economic", "financial", "ambitious", "latest".
_ADJECTIVE = compiled(r"[a-z]+(?:ic|al|ous|ive|ful|less|ary|est)")
#: An adjective after "most" or "least": "telling", "significant", "notable" (not "most
#: Republicans agreed", "most strongly denied").
_SUPERLATIVE_ADJECTIVE = compiled(r"[a-z]+(?:ic|al|ous|ive|ful|less|ary|ant|ent|ing|ble)")


def _owner_or_article(word: str, modifier: str) -> bool:
    """Whether ``word`` before a modifier of :data:`NOUN_MODIFIERS` makes a noun of what
    follows: a possessive ("Trump's first tweet", "his own statement"), or an article before
    a modifier that is no ordinal (not "a third say", "the first said": counts)."""
    lower = word.lower()
    if word.endswith(("'s", "’s")) or lower in _POSSESSIVES:
        return True
    return lower in DETERMINERS and modifier not in _ORDINALS


_POSSESSIVES = DETERMINERS - {"the", "a", "an", "this", "that"}  # his, her, its, their, ...
_ORDINALS = frozenset("first second third last".split())


def _noun_in_an_opening(text: str, match: re.Match[str]) -> bool:
    """Whether a speech verb's word is a noun closing an opening phrase ("in his opening
    remarks, Trump said", "Two hours after his initial tweet, Trump tweeted"): a form that is
    no past tense, a comma right after it, and an article or possessive among the two words
    before it, with no person between ("The mayor says, and ...": the mayor speaks)."""
    verb = match["verb"].lower()
    if verb.endswith("ed") or verb in _PAST_FORMS or not text.startswith(",", match.end()):
        return False
    before = _last_words(text[: match.start()])
    if len(before) == 2 and (before[1][:1].isupper() or before[1].lower() in ROLE_NOUNS):
        return False
    return any(w.lower() in DETERMINERS for w in before)


_PAST_FORMS = frozenset("said told wrote spoke thought knew felt heard read sang".split())


# An auxiliary before the subject, right before the verb: a question's word order ("Do you",
# "Can he", "Why does Trump", "What dishes would you"); the subject is one to four words.
_QUESTION_LEAD = compiled(
    rf"(?:^|[,;:]\s+|\b(?i:{alternation(QUESTION_WORDS)})\s+(?:[a-z][\w'’-]*\s+){{0,3}})[\"“‘']?"
    rf"(?P<auxiliary>(?i:{alternation(AUXILIARIES)}))\s+(?:[\w.'’-]+\s+){{1,4}}$"
)
_HAVE_FORMS = frozenset("has have had".split())


def asks(sentence: str, lead: str, verb: str) -> bool:
    """Whether ``verb``, which follows ``lead`` (the start of ``sentence``), is asked about,
    not reported: the sentence is a question, its subject after an auxiliary and the verb in
    the form that auxiliary takes ("Do you think a socialist can win?", "Can he maintain
    ...?", "Is Trump saying ...?", "Has she said ...?"). A question reports nothing its
    subject said. Not "Will Smith said it was done, but was it?": a name, then a past. Nor
    is what someone was asked (:func:`asked_about`)."""
    if asked_about(lead):
        return True
    if not sentence.rstrip(" \"”’')").endswith("?"):
        return False
    question = _QUESTION_LEAD.search(lead)
    if question is None:
        return False
    auxiliary, verb = question["auxiliary"].lower(), verb.split()[0].lower()
    if auxiliary in _BE:
        return verb.endswith("ing")
    if auxiliary in _HAVE_FORMS:
        return True
    bare = not verb.endswith(("ed", "ing")) and verb not in _PAST_FORMS
    return bare and not (verb.endswith("s") and not verb.endswith("ss"))


#: A phrase of what someone was asked, open at the end of the words before a verb, with no
#: "and" or "but" going on to what they did: "Asked whether he", "When asked what she",
#: "Popovich, asked by reporters how he", "Lee asked him whether he".
_ASKED_ABOUT = compiled(
    r"\b(?i:asked)\s+(?:by\s+[^,;:\"“”]+?\s+|(?:[\w.'’-]+\s+){0,3}?)"
    rf"(?i:{alternation(QUESTION_WORDS | {'whether', 'if', 'about'})})\s"
    r"(?:(?!(?i:and|but)\s)[^,;:\"“”])*$"
)


#: An indirect question "whether" opens, still open at the end of the words before a verb:
#: "pressed Hegseth on whether he", "It is unclear whether Hegseth", "did not say whether he".
_WHETHER_OPEN = compiled(r"\b(?i:whether)\s(?:(?!(?i:and|but)\s)[^,;:\"“”])*$")


def asked_about(lead: str) -> bool:
    """Whether a verb after ``lead`` (the start of its sentence) is in what someone was
    asked ("Asked whether he thought the team could win, Popovich said no": "thought" reports
    nothing, the question is no one's statement) or in any question "whether" opens ("pressed
    Hegseth on whether he still believed ...": no one says it)."""
    return bool(_ASKED_ABOUT.search(lead)) or (
        "hether" in lead and bool(_WHETHER_OPEN.search(lead))
    )
