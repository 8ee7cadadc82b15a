"""The "..., X said." ending of a sentence and the speaker phrase of an attribution: the
comma, the speaker and the verb after it (:func:`_final`), the inverted "..., said X."
(``_FINAL_INVERTED``), and the name a speaker phrase holds (:func:`_speaker_from`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language.english.speech import COGNITION_VERBS, SPEECH_VERBS
from analysis.patterns import alternation, compiled
from analysis.quotes.marks import _DOUBLE
from analysis.quotes.openings import _PREPOSITION
from analysis.quotes.phrases import (
    _ADVERBIAL,
    _AGE,
    _AGED_NAME,
    _P,
    _SETTING,
    _SPEECH,
    _SPEECH_CLAUSE,
)
from analysis.quotes.pre_verbal import _ADVERB
from analysis.quotes.segments import _is_name_segment, _titled_name
from analysis.quotes.speaker_shape import TITLED, _ends_in_role

_QUOTED_AS_REPORTED = compiled(
    r"\s+(?:was|were|is|are|has been|had been)\s+quoted\s+as\s+saying\s+(?:that\s+)?"
)


def _speaker_ok(phrase: str) -> bool:
    words = phrase.split()  # (a count after "by" is the verb's noun's: "by 13 points.")
    return 0 < len(words) <= 16 and not _DOUBLE.search(phrase) and not _BY_COUNT.search(phrase)


_BY_COUNT = compiled(r"\b(?:by|of|with|to|over)\s+\d[\d,.]*$")
#: What parts a speaker phrase's appositions: a comma, a dash between spaces.
_APPOSITION_BREAK = compiled(r",|\s[—–]\s|\s--\s")


def _speaker_from(phrase: str) -> str | None:
    """The speaker in the words between a quotation and its verb: ``Paul Klein, the
    company's founder and chief executive,`` -> ``Paul Klein``; ``a driver, Luis Moreno,`` ->
    ``Luis Moreno``."""
    phrase = phrase.strip(" ,")
    segments = [s.strip() for s in _APPOSITION_BREAK.split(phrase) if s.strip()]
    if not segments:
        return None
    while len(segments) > 1 and _adjectives_go_on(segments[0], segments[1]):
        segments[:2] = [f"{segments[0]}, {segments[1]}"]  # "the lanky, bespectacled professor"
    names = [
        _AGE.sub("", s)  # "one of the victims, 84-year-old Edith Morrow,": Edith Morrow
        for s in segments
        if _is_name_segment(s) or _titled_name(s) or _AGED_NAME.fullmatch(s)
    ]
    if len(segments) > 1 and names:
        if (
            segments[0][:1].islower()
            and _PREPOSITION.match(segments[0])
            and _is_name_segment(segments[-1])
        ):
            # '"..." by the United States, NATO and other partners, Clinton said': the words
            # go on with the quotation's own sentence; the part next to the verb speaks
            return segments[-1]
        return names[0]
    return segments[0] if len(segments[0].split()) <= 12 else None


def _adjectives_go_on(first: str, second: str) -> bool:
    """Whether a comma only separates adjectives of one noun phrase: ``the lanky,`` before
    ``bespectacled professor`` (a determiner, words in lower case, then a noun for a person)."""
    words, rest = first.split(), second.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in {"the", "a", "an"}:
        return False
    if not all(w[:1].islower() for w in words[1:] + rest) or not 1 < len(rest) <= 4:
        return False
    return rest[0].lower() not in _BEFORE_CLAUSE and _ends_in_role(second)


#: Words that open a clause or a phrase of its own after a comma, never an adjective.
_BEFORE_CLAUSE = frozenset("who whom whose which that where when and but or of from at in".split())
_TAIL = rf"(?:\s+(?:{_ADVERBIAL}|{_SETTING}|(?:in|on)\s+\w+))*"
_FINAL = compiled(
    rf",\s*(?P<speaker>{_P}{{1,60}}?)\s+(?:{_ADVERB}\s+)*(?P<verb>{_SPEECH}){_TAIL}"
    rf"\s*[.!?]?\s*$"
)
#: The parts of :data:`_FINAL` read one at a time (fast on a long sentence, where the whole
#: pattern backtracks): what comes between the comma and the speech verb, and after the verb.
_FINAL_HEAD = compiled(rf",\s*(?P<speaker>{_P}{{1,60}}?)\s+(?:{_ADVERB}\s+)*")
_FINAL_TAIL = compiled(rf"{_TAIL}\s*[.!?]?\s*$")
#: After "told", whom first: a few words, no pronoun opening a clause ("..., Smith told reporters.")
_TOLD_TAIL = compiled(
    rf"(?:\s+(?!(?:he|she|they|it|we|that|who|which)\b)[\w'’.&-]+){{1,5}}?{_TAIL}\s*[.!?]?\s*$"
)
#: An auxiliary after the verb and its setting, not after a relative pronoun: the clause goes
#: on ("attacks that, Sweet noted, Trump said during the debate were sparked by ...").
_VERB_IN_TAIL = compiled(
    r"\s(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:is|are|was|were|has|have|had|will|would)\s"
)


@dataclass(frozen=True)
class _Final:
    """What :data:`_FINAL` finds: the comma's offset, the speaker and where it starts, the verb."""

    start: int
    speaker: str
    speaker_at: int
    verb: str


def _final(text: str, pos: int = 0) -> _Final | None:
    """The first ``..., X said.`` ending of ``text`` from ``pos`` (what ``_FINAL`` finds, but
    faster): the leftmost comma, then the nearest speech verb its head and tail allow."""
    comma = text.find(",", pos)
    while comma >= 0:
        following = text.find(",", comma + 1)
        stop = len(text) if following < 0 else following
        for verb in _SPEECH_AFTER.finditer(text, comma, stop):
            verb_start = verb.start() + 1
            head = _FINAL_HEAD.fullmatch(text, comma, verb_start)
            tail = _TOLD_TAIL if text[verb_start : verb.end()] in ("told", "tells") else _FINAL_TAIL
            if (
                head is not None
                and tail.match(text, verb.end())
                and not _VERB_IN_TAIL.search(text, verb.end())
            ):
                return _Final(comma, head["speaker"], head.start("speaker"),
                              text[verb_start : verb.end()])  # fmt: skip
        comma = following
    return None


#: A speech verb as :data:`_FINAL` has it: after white space, before white space or the end.
_SPEECH_AFTER = compiled(rf"\s(?:{_SPEECH})(?=[\s.!?]|$)")
#: Speech verbs that may come before their speaker ("..., said X."): not "told", whose noun
#: phrase after it is the one told ("..., told the New Yorker.").
#: "state" before a capitalised word is the adjective of an office: "state Treasurer Angela
#: Coyne", "state Sen. Ann Lee".
_STATE_TITLE = r"(?!(?<=\bstate)\s+[A-Z])"
_SPEECH_BEFORE_SPEAKER = alternation(
    (SPEECH_VERBS | {"read", "reads", "sang"}) - {"tell", "tells", "told"}
)
_FINAL_INVERTED = compiled(  # ("..., state Treasurer Angela Coyne": no verb; _STATE_TITLE)
    rf",\s*(?P<verb>{_SPEECH_BEFORE_SPEAKER}){_STATE_TITLE}\s+(?P<speaker>{_P}{{1,60}}?(?:{TITLED})?"
    r"(?:,[^.;:\"“”]{1,160}?)?)\s*[.!?]?\s*$"
)
_PARENTHETICAL_INVERTED = compiled(
    rf",\s*(?P<verb>{_SPEECH_CLAUSE}){_STATE_TITLE}\s+(?P<speaker>{_P}{{1,50}}?)\s*,\s*"
)


_BAD_SPEAKER = compiled(
    r"^(?:and|but|or|as|so|then|that|which|who|it|there|this|to|was|were|is|are)\b", re.I
)


def _speech_participle(word: str) -> bool:
    stem = word[:-3]
    return any(f in SPEECH_VERBS | COGNITION_VERBS for f in (stem, stem + "e", stem + "s"))
