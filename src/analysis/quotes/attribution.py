"""Attribution clauses: who a quotation's own sentence says is speaking, and with which verb.

Each function takes plain text around a quotation and returns the *speaker phrase* as written
("Paul Klein", "he", "a Ford spokeswoman", "the spokeswoman") and the verb; turning a phrase
into a person is :mod:`analysis.quotes.people`'s job.

Forms recognised, with appositives, relative clauses, participial phrases and time adverbials
inside the speaker phrase:

- after the quote: ``"...," X said (in an interview)`` / ``"...," said X`` / ``"...,"
  according to X`` / ``"...," X was quoted as saying``
- before it: ``X said, "..."`` / ``X told reporters: "..."`` / ``X was blunt: "..."`` /
  ``X defended the plan, but added, "..."``
- around a fragment: ``X said the bill "goes too far"`` / ``... "proceed" ..., X predicted.``
- reported speech: ``X said (that) CLAUSE`` / ``CLAUSE, X said.`` / ``..., X said, CLAUSE`` /
  ``According to X, CLAUSE``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from analysis.language.english import WEEKDAY_NAMES
from analysis.patterns import alternation
from analysis.quotes.lexicon import (
    COGNITION_VERBS,
    ORGANISATION_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLES,
)

__all__ = [
    "REPORT_CUES",
    "Attribution",
    "after_quote",
    "around_fragment",
    "before_quote",
    "might_report",
    "reported",
    "subject_before",
]

_SPEECH = alternation(SPEECH_VERBS | {"read", "reads", "sang"})
_SPEECH_CLAUSE = alternation(
    (SPEECH_VERBS | COGNITION_VERBS)
    - {"ask", "asks", "asked", "urge", "urges", "urged", "tell", "tells", "told", "demand",
       "demands", "demanded", "plead", "pleads", "pleaded", "speak", "speaks", "spoke",
       "continue", "continues", "continued", "describe", "describes", "described", "repeat",
       "repeats", "repeated", "protest", "protests", "protested", "deny", "denies", "denied",
       "report", "reports", "reported", "answer", "answers", "answered", "point", "points",
       "pointed", "object", "objects", "objected", "cry", "cries", "cried", "charge", "charges",
       "charged", "comment", "comments", "commented", "write", "writes", "wrote", "written",
       "respond", "responds", "responded"}
)  # fmt: skip
_ADVERB = (
    r"(?:also|then|later|again|once|quickly|simply|flatly|repeatedly|previously|has|"
    r"have|had|would|will|reportedly|publicly|privately|earlier|often|only|further|"
    r"firmly|strongly|angrily|calmly|quietly|[a-z]+ly)"
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}
_CONJUNCTION = re.compile(
    r"^(?:and|but|so|then|yet|while|as|because|although|though|albeit|since|whereas)\s+", re.I
)
#: "Mon", "Tues", ...: a weekday's name before its "day".
_WEEKDAY_STEMS = "|".join(name.removesuffix("day") for name in WEEKDAY_NAMES)
_ADVERBIAL = (
    rf"(?:(?i:on|last|this|early|late|earlier|later)\s+)?(?:(?i:{_WEEKDAY_STEMS})day|"
    r"today|yesterday|tonight|night|morning|afternoon|evening|week|"
    r"month|year|here|there|afterwards|later|earlier|recently|again|too|also|"
    r"privately|publicly)"
)
#: A setting between a speech verb and "that": "said in a statement Tuesday that".
_SETTING_THAT = re.compile(
    r"\s+(?P<setting>(?:in|at|on|during|after|before|through|via|from|with|to|outside|inside|"
    r"over)\s[^,;:\"“”]{1,80}?)(?=,?\s+that\s+\S)"
)
#: A time right after a speech verb, before its clause ("said Monday that", "said on Friday
#: night the").
_TIME_LEAD = re.compile(
    r"(?:(?i:on|early|late|last)\s+)?(?:(?:"
    + "|".join(stem.capitalize() for stem in _WEEKDAY_STEMS.split("|"))
    + r")day|today|"
    r"yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:that\s+)?"
    r"(?=[A-Za-z])"
)
_SETTING = (
    r"(?:(?:in|at|on|during|after|before|through|via|from|with|outside|inside|over)"
    r"\s+[^,;:\"“”]{1,60}?)"
)
# A speaker phrase: no clause punctuation, but abbreviation periods ("Dr.", "U.S.", "J.L.").
_P = (
    r"(?:[^,;:.!?\"“”]|\.(?=[\w-])|(?<=\b[A-Z])\.|"
    + "|".join(rf"(?<=\b{abbreviation})\." for abbreviation in TITLE_ABBREVIATIONS)
    + ")"
)


@dataclass(frozen=True)
class Attribution:
    """A speaker phrase as written and the verb that attributes the quotation to it."""

    speaker: str
    verb: str


_STRIP = " ,;:—–-_“”\"'`‘’"

P = ParamSpec("P")
T = TypeVar("T")

# The commas around a state or province abbreviation inside a phrase ("an officer in the
# Amherst, N.Y., Police Department", "Sacramento, Calif., officials") and in numbers
# ("5,000 workers") are no clause boundaries: the parsers below see them as a character of
# the same width, put back after.
_PLACE_COMMAS = re.compile(r",(\s(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\.)),(?=\s+\w)")
_KEPT_COMMA = "\u201a"  # SINGLE LOW-9 QUOTATION MARK: one character, never in a phrase


_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # "5,000 workers"


def _keep_place_commas(text: str) -> str:
    if "," not in text:
        return text
    text = _NUMBER_COMMA.sub(_KEPT_COMMA, text)
    if ".," not in text:  # every place comma pair closes after an abbreviation's period
        return text
    return _PLACE_COMMAS.sub(rf"{_KEPT_COMMA}\1{_KEPT_COMMA}", text)


def _restore(found: T) -> T:
    """Put back the commas :func:`_keep_place_commas` replaced in a parser's result."""
    if isinstance(found, str):
        return found.replace(_KEPT_COMMA, ",")  # type: ignore[return-value]
    if isinstance(found, Attribution | Reported):
        return dataclasses.replace(found, speaker=found.speaker.replace(_KEPT_COMMA, ","))
    if isinstance(found, list):
        return [_restore(item) for item in found]  # type: ignore[return-value]
    return found


def _place_commas_kept(parse: Callable[P, T]) -> Callable[P, T]:
    """Run a parser on texts whose place commas are kept (see ``_PLACE_COMMAS``)."""

    @functools.wraps(parse)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        texts = [_keep_place_commas(a) if isinstance(a, str) else a for a in args]
        return _restore(parse(*texts, **kwargs))  # type: ignore[arg-type]

    return wrapper


def _clean(phrase: str) -> str:
    phrase = _CONJUNCTION.sub("", phrase.strip(_STRIP))
    return phrase.strip(_STRIP)


_PARTY = re.compile(r"^(?:[RDI]-[A-Z][\w.]*|\d+)$")  # "R-Ind.", an age: "Kopp, 44,"
_SKIP_SEGMENT = re.compile(
    r"^(?:who|whom|whose|which|that|where|when|of|from|at|for|in|on|with|until|since|"
    r"after|before|like|unlike|including|as|aged?|\d|R-|D-|I-|[a-z]+(?:ing|ed)\b)",
)
_DESCRIPTION = re.compile(
    r"^(?:the|a|an|his|her|their|its|our|another|one|many|some|several|most|other|few|all|both|"
    r"two|three|four|five|\d+)\s+",
    re.I,
)


def _names_someone(segment: str) -> bool:
    """Whether a segment names a person: a full name, or a surname with a title."""
    from analysis.quotes.people import split_name

    name, _ = split_name(segment)
    if name is None or len(segment.split()) > 12:
        return False
    before = segment[: segment.find(name)].split()
    titled = bool(before) and before[-1].lower().rstrip(".") in TITLES
    return len(name.split()) >= 2 or titled


def _is_name_segment(segment: str) -> bool:
    return bool(re.match(r"[A-Z]", segment)) and not _DESCRIPTION.match(segment)


def _noun_phrase(text: str) -> str:
    """The leading noun phrase of a clause: words up to the first that is neither part of a
    name nor of a description ("Elian's great-uncle vowed ..." -> "Elian's great-uncle")."""
    words = text.split()
    kept: list[str] = []
    for word in words:
        bare = word.strip(".,;:").lower()
        if (
            word[:1].isupper()
            or bare in {"of", "the", "a", "an", "and", "for", "at", "in", "de", "la", "el", "his",
                        "her", "their", "its", "our", "u.s.", "former", "top", "senior", "local"}
            or word.endswith(("'s", "’s"))
            or bare in ROLE_NOUNS
            or (kept and kept[-1][:1].isupper() and bare in _THING_NOUNS)  # "Web site"
            or (kept and kept[-1].lower() in {"a", "an", "the", "his", "her", "their", "its"})
            or (kept and kept[-1].endswith(("'s", "’s")) and bare.isalpha())  # "Ryan's campaign"
            or bare.endswith("ian") or bare.endswith("an")
        ):  # fmt: skip
            kept.append(word)
            continue
        break
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


#: Nouns a proper modifier leaves in a phrase: "an anti-abortion Web site", "the Ford company".
_THING_NOUNS = ORGANISATION_WORDS | {"site", "website", "page", "network", "station", "channel"}
_SUBORDINATOR = re.compile(
    r"^(?:when|after|before|since|as|because|if|although|though|while|until|once|whereas|"
    r"albeit|and|but|so|yet|then|however|meanwhile|also|now|still)\s+",
    re.I,
)
# "Canada's chief public health officer", "Acme's founder": a description owned by a name.
_OWNED_DESCRIPTION = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[a-z]")
_RELATIVE = re.compile(r"^(?:who|whom|whose|which|that)\b", re.I)
_RELATIVE_INSIDE = re.compile(r"\s(?:who|whom|whose|which)\s")
# A participial phrase set off by commas: "speaking after the vote", "echoing the president".
_PARTICIPIAL = re.compile(r"^(?:[a-z]+ing|[a-z]+ed|flanked|backed|joined|accompanied)\b")
_PREPOSITION = re.compile(
    r"^(?:by|in|with|at|on|for|from|of|to|into|despite|under|over|after|before|during|"
    r"without|within|among|between|since|until|like|unlike|through|via)\b",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|shall|should|"
    r"must|do|does|did|[a-z]+ed)\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
#: Auxiliaries that are never names, capitalised at a clause's start ("Was it ...").
_CAPITAL_AUXILIARIES = frozenset("is are was were has have had do does did been".split())


def _has_finite(text: str) -> bool:
    """Whether ``text`` has a finite verb (or a past participle). A capitalised word is a
    name, not a verb ("Ted Cruz", "Reed", "Ahmed", "Theresa May", "Will Smith"), unless it is
    an auxiliary no name is spelled like."""

    def masked(match: re.Match[str]) -> str:
        word = match.group().lower()
        return word if word in _CAPITAL_AUXILIARIES else "X"

    return bool(_FINITE.search(_CAPITALISED.sub(masked, text)))


def _ends_in_role(phrase: str) -> bool:
    words = [w.strip(".,").lower() for w in phrase.split()]
    return bool(words) and (words[-1] in ROLE_NOUNS or words[-1].rstrip("s") in ROLE_NOUNS)


def _np_back(text: str) -> str:
    """The noun phrase that ends ``text``, read backwards until a word that cannot be part
    of one ("the FBI and Kenyan police"); a clause joined by "and" ends it ("Kopp remains
    at-large and police" -> "police")."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(".,;:").lower()
        ok = (
            word[:1].isupper()
            or bare in {"of", "the", "a", "an", "and", "for", "at", "in", "de", "la", "el",
                        "his", "her", "their", "its", "our", "u.s.", "former", "top", "senior",
                        "local", "federal", "state", "many", "some", "several", "most", "other",
                        "elected", "military", "foreign", "government", "police"}
            or word.endswith(("'s", "’s", "s'"))
            or bare in ROLE_NOUNS
            or bare.rstrip("s") in ROLE_NOUNS
        )  # fmt: skip
        if not ok:
            if kept and kept[0].lower() in {"and", "but"}:
                return " ".join(kept[1:])  # a clause before "and": the subject is after it
            break
        kept.insert(0, word)
    while kept and kept[0].lower().strip(".,") in {"of", "and", "for", "at", "in"}:
        kept.pop(0)
    return " ".join(kept)


def _valid_subject(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = re.sub(r"\s+(?:who|which|that)$", "", phrase.strip(_STRIP))
    if not phrase or _PREPOSITION.match(phrase) or re.match(r"^\d", phrase):
        return None
    if len(phrase.split()) > 12:
        return None
    return phrase


def _subject_before(text: str) -> str | None:
    """The subject of the clause that ends where ``text`` ends (just before its verb).

    Commas split the text into segments. The one next to the verb holds the subject unless it
    is an appositive, a relative clause or a participial phrase ("who chairs the committee",
    "speaking after the vote", "the company's founder"): then the segment before it does
    ("Ann Reyes"; "The mayor, Carla Diaz" -> "Carla Diaz"). A subordinate clause keeps its
    own subject ("..., when Castro announced" -> "Castro"); "..., and said" takes the
    sentence's ("Elian's great-uncle vowed ..., and said" -> "Elian's great-uncle").
    """
    text = re.sub(rf"(?:\s+{_ADVERB})+\s*$", "", " " + text.rstrip()).strip()
    if re.search(r"\b(?:and|but|then)$", text):
        return _main_subject_of(text)
    # "Clinton, after the scandal broke in March, initially said": a clause set off by
    # commas right before the verb interrupts; it does not hold the subject
    interrupted = text.endswith(",")
    segments = [s.strip() for s in re.split(r",|\s[—–―]\s|\s--\s|\s_\s|\(|\)", text)]
    segments = [s for s in segments if s.strip(_STRIP)]
    for index in range(len(segments) - 1, -1, -1):
        segment = _FOCUS.sub("", segments[index].strip(_STRIP))
        last = index == len(segments) - 1 and not interrupted
        if _CONNECTIVE.match(segment):
            continue  # "Still, even Mr. Slinker says": an adverb or connective, no subject
        lower = segment.lower()
        words = lower.split()
        if words[-1] in {"he", "she", "they"} and (len(words) == 1 or _SUBORDINATOR.match(lower)
                                                    or len(words) <= 3):  # fmt: skip
            return words[-1]  # "he", "albeit he", "but then she"
        if last and re.search(r"\s(?:that|which)$", segment):
            return None  # "a banner that said": a thing, not a speaker
        if last and segment.lower().endswith(" who"):
            segment = segment[:-4]  # "residents who said": the people before "who"
        if _RELATIVE.match(segment) or _PARTY.match(segment):
            continue  # "who chairs the committee", "R-Ind.": the subject is before
        if index > 0 and _PARTICIPIAL.match(segment):
            continue  # "echoing the president", "flanked by aides": not the subject
        if not last:
            head = _RELATIVE_INSIDE.split(segment, maxsplit=1)[0]
            if head != segment and head.strip():
                segment = head.strip()  # "Tour operators who specialize in ...": the operators
        if last:
            segment = _SUBORDINATOR.sub("", segment)
            while (stripped := _SUBORDINATOR.sub("", segment)) != segment:
                segment = stripped
        elif _SKIP_SEGMENT.match(segment):
            continue
        if not segment:
            continue
        if (
            index > 0
            and segment[0].islower()
            and not _DESCRIPTION.match(segment)
            and not (_ends_in_role(_np_back(segment)) or _np_back(segment) == segment)
        ):
            continue  # "speaking after the vote", "44"
        if (
            index > 0
            and (_DESCRIPTION.match(segment) or _OWNED_DESCRIPTION.match(segment))
            and any(_names_someone(_clean(s)) for s in segments[:index])
        ):
            continue  # "Paul Klein, the company's founder" / "Acme's founder": an appositive
        if index > 0 and _PREPOSITION.match(segment):
            continue  # "In 45 states", "By some estimates"
        if len(segment.split()) > 3:
            back = _np_back(segment)
            if back and back != segment and re.search(r"\s(?:and|but)\s+" + re.escape(back) + "$",
                                                      segment):  # fmt: skip
                segment = back  # "Kopp remains at-large and police" -> "police"
            elif _FINITE.search(segment) or len(segment.split()) > 9:
                segment = back if back else _noun_phrase(segment)
        return _valid_subject(segment)
    return None


#: A sentence's opening that is no subject: a dateline ("WASHINGTON"), a time ("This spring",
#: "Last week", "On Tuesday").
#: A sentence adverb or connective standing alone before a comma ("Still,", "Hastily,",
#: "Back in 1999,", "Having announced that ...,"): never the subject.
_CONNECTIVE = re.compile(
    r"^(?:[A-Z]?[a-z]+ly|still|nonetheless|nevertheless|however|meanwhile|indeed|instead|yet|"
    r"also|moreover|furthermore|besides|otherwise|thus|therefore|hence|again|now|then|later|"
    r"earlier|today|yesterday|too|so|well|first|second|finally|last|once|(?:back|having|being)"
    r"\s.*)$",
    re.I,
)
#: A focus adverb before a subject: "even Mr. Slinker", "only the mayor".
_FOCUS = re.compile(r"^(?:even|also|only|just|both|then|now)\s+(?=\S)", re.I)
_OPENING_TIME = re.compile(
    r"^(?:(?:this|last|next|early|late|on)\s+\w+(?:\s+\w+)?|\w+\s+(?:later|earlier|ago)|"
    r"later|earlier|meanwhile|then|now|today|yesterday|(?:early|late)\s+in\s.*)$",
    re.I,
)
#: A dateline: a place in capitals, perhaps an agency, and a dash ("WASHINGTON (AP) —").
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}?\s*(?:\([^)]{1,20}\)\s*)?[—–―-]+\s*")
#: A participial phrase opening a sentence: "Walking to the next address", "Speaking at a
#: rally", "Following an animated meeting" (not a name in -ing: "Ebeling reminisced").
_OPENING_PARTICIPLE = re.compile(
    r"^[A-Z][a-z]+(?:ing|ed)\s+(?:to|at|in|on|an?|the|his|her|their|its|with|from|after|by|"
    r"for|up|out|about|through|into|over|off|back|down)\b"
)


def _main_subject_of(text: str) -> str | None:
    """The subject of a sentence's main clause, for a verb coordinated with its verb ("...
    and said"): the first comma-separated part that is not an opening phrase — a dateline or
    a time, a subordinate clause ("As the crowd began to chant"), a participial phrase
    ("Walking to the next address"), a prepositional phrase ("In Ohio")."""
    text = _DATELINE.sub("", text)
    for written in re.split(r",|\s[—–―]\s|\s--\s", text):
        part = _clean(written)
        if not part:
            continue
        if (
            _SUBORDINATOR.match(written.strip(_STRIP))
            or _CONNECTIVE.match(part)
            or _PARTICIPIAL.match(part)
            or _OPENING_PARTICIPLE.match(part)
            or _PREPOSITION.match(part)
            or _OPENING_TIME.match(part)
        ):
            continue
        return _valid_subject(_noun_phrase(part))
    return None


#: The public form: the parsers inside this module call the undecorated one on texts whose
#: place commas are already kept.
subject_before = _place_commas_kept(_subject_before)

_AFTER_INVERTED = re.compile(
    rf"^[\s,]*(?P<verb>{_SPEECH})\s+(?P<speaker>{_P}+?)"
    rf"(?=\s*(?:[,;:!?(]|\.\s*$|$|\s(?:in|at|on|during|after|before|who|which|that|"
    rf"as|when|while|through|to|from|referring|adding|speaking|told)\b))"
)
_AFTER_SUBJECT = re.compile(
    rf"^[\s,]*(?P<speaker>[^;:!?\"“”]{{1,140}}?)\s+(?:{_ADVERB}\s+)*(?P<verb>{_SPEECH})\b"
)
#: Any verb in the past or present tense (``fumed``, ``barked``, ``scolds``), its tense ending
#: written out. After a quotation that its comma leaves open, a noun phrase with such a verb
#: and nothing but a time or setting after it is the quotation's attribution whatever the
#: verb: ``"...," Toomey fumed on Tuesday.``, ``"...," barked the sheriff.``, ``"...," Trump
#: shot back.`` (any verb with "back": a retort)
_ANY_VERB = r"(?P<verb>[a-z]{2,}(?:ed|[^s']s)(?:\s+back)?|[a-z]{2,}\s+back)"
_FRAME_TAIL = rf"(?:\s+(?:back|out|up|on|off|in|{_ADVERB}|{_ADVERBIAL}|{_SETTING}))*\s*[.!?]?\s*$"
_AFTER_ANY_SUBJECT = re.compile(
    rf"^[\s,]*(?P<speaker>{_P}{{1,80}}?)\s+(?:{_ADVERB}\s+)*{_ANY_VERB}{_FRAME_TAIL}"
)
_AFTER_ANY_INVERTED = re.compile(
    rf"^[\s,]*{_ANY_VERB}\s+(?P<speaker>(?:(?:the|a|an)\s+)?{_P}{{1,60}}?){_FRAME_TAIL}"
)
_NOT_SPEECH = frozenset("was has is does goes".split())
#: The longest text after a quotation read as such a frame (a name, a verb, a setting).
_LONGEST_FRAME = 120
_QUOTED_AS = re.compile(
    r"^[\s,]*(?P<speaker>[^;:!?\"“”]{1,80}?)\s+(?:was|were|is|are)\s+quoted\s+as\s+(?P<verb>saying)"
)
_QUOTED_AS_REPORTED = re.compile(
    r"\s+(?:was|were|is|are|has been|had been)\s+quoted\s+as\s+saying\s+(?:that\s+)?"
)
_ACCORDING = re.compile(rf"\baccording to\s+(?P<speaker>{_P}+)", re.I)
_AFTER_ACCORDING = re.compile(rf"^[\s,]*according to\s+(?P<speaker>{_P}+)", re.I)
_FINAL_ACCORDING = re.compile(rf",\s*according to\s+(?P<speaker>{_P}{{2,80}}?)\s*[.!?]?\s*$")


def _speaker_ok(phrase: str) -> bool:
    words = phrase.split()
    return 0 < len(words) <= 16 and not re.search(r"[\"“”]|``|''", phrase)


#: A full name in apposition, after a few words that describe it and before its place.
_APPOSED_FULL_NAME = re.compile(
    r"\s*,\s*(?:[\w'’-]+\s+){0,3}?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)"
    r"(?:\s+(?:of|from|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*(?:,|\.?\s*$)"
)


@_place_commas_kept
def after_quote(after: str) -> Attribution | None:
    """The attribution that follows a quotation in its sentence (``"...," X said`` /
    ``said X`` / ``according to X``)."""
    text = after.strip()
    if not text:
        return None
    if match := _AFTER_ACCORDING.match(text):
        return Attribution(match["speaker"], "according to")
    if match := _AFTER_INVERTED.match(text):
        rest = text[match.end() :]
        if _DESCRIPTION.match(match["speaker"]) and (
            apposed := re.match(
                r"\s*,\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*(?:,|\.?\s*$)", rest
            )
            or _APPOSED_FULL_NAME.match(rest)
        ):
            # "said his daughter, Rosa,", "said the winner, 12-year-old Ana Ruiz of Leeds."
            return Attribution(apposed["name"], match["verb"])
        first = match["speaker"].split()[0].lower()
        plain = first not in {"that", "to", "the", "a", "an"} | _PRONOUNS
        if (_speaker_ok(match["speaker"]) and plain) or _looks_like_source(match["speaker"]):
            return Attribution(match["speaker"], match["verb"])
    if match := _QUOTED_AS.match(text):
        return Attribution(_speaker_from(match["speaker"]) or match["speaker"], match["verb"])
    if match := _AFTER_SUBJECT.match(text):
        phrase = _speaker_from(match["speaker"])
        if phrase and _speaker_ok(phrase) and _np_like(phrase):
            return Attribution(phrase, match["verb"])
    if match := _FINAL_INVERTED.search(text):  # "``It's high time'' the boy ..., said X."
        speaker = match["speaker"].strip()
        if _np_like(speaker) and not _BAD_SPEAKER.match(speaker):
            return Attribution(_speaker_from(speaker) or speaker, match["verb"])
    return _any_verb_after(text)


def _any_verb_after(text: str) -> Attribution | None:
    """The frame ``"...," X <verb>.`` or ``"...," <verb> X.`` with a verb of any meaning
    (see ``_ANY_VERB``): the speaker must be a short noun phrase — a name, a pronoun, or a
    description opening with a determiner — and nothing else may follow but a time or a
    setting."""
    if len(text) > _LONGEST_FRAME:
        return None
    for pattern in (_AFTER_ANY_SUBJECT, _AFTER_ANY_INVERTED):
        match = pattern.match(text)
        if match is None or match["verb"] in _NOT_SPEECH:
            continue
        speaker = match["speaker"].strip(" ,")
        words = speaker.split()
        if not 0 < len(words) <= 6 or _BAD_SPEAKER.match(speaker):
            continue
        named = all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
        described = words[0].lower() in {"the", "a", "an"} and _ends_in_role(speaker)
        pronoun = pattern is _AFTER_ANY_SUBJECT and speaker.lower() in {"he", "she", "they"}
        if named or described or pronoun:
            return Attribution(speaker, match["verb"])
    return None


_PARTICLES = frozenset("de del della da dos das du la le van von der den bin ibn al el".split())


def _looks_like_source(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and words[0] in {"the", "a", "an"} and len(words) <= 10


def _speaker_from(phrase: str) -> str | None:
    """The speaker in the words between a quotation and its verb: ``Paul Klein, the
    company's founder and chief executive,`` -> ``Paul Klein``; ``a driver, Luis Moreno,`` ->
    ``Luis Moreno``."""
    phrase = phrase.strip(" ,")
    segments = [s.strip() for s in re.split(r",|\s[—–]\s|\s--\s", phrase) if s.strip()]
    if not segments:
        return None
    while len(segments) > 1 and _adjectives_go_on(segments[0], segments[1]):
        segments[:2] = [f"{segments[0]}, {segments[1]}"]  # "the lanky, bespectacled professor"
    names = [s for s in segments if _is_name_segment(s)]
    if len(segments) > 1 and names:
        return names[0]
    return segments[0] if len(segments[0].split()) <= 12 else None


def _adjectives_go_on(first: str, second: str) -> bool:
    """Whether a comma only separates adjectives of one noun phrase: ``the lanky,`` before
    ``bespectacled professor`` (a determiner and words in lower case, then more of them ending
    in a noun for a person)."""
    words, rest = first.split(), second.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in {"the", "a", "an"}:
        return False
    if not all(w[:1].islower() for w in words[1:] + rest) or not 1 < len(rest) <= 4:
        return False
    return rest[0].lower() not in _BEFORE_CLAUSE and _ends_in_role(second)


#: Words that open a clause or a phrase of its own after a comma, never an adjective.
_BEFORE_CLAUSE = frozenset("who whom whose which that where when and but or of from at in".split())


_INTRO = re.compile(
    rf"(?P<head>.*?)(?:\b(?P<verb>{_SPEECH})\b(?P<rest>(?:\s+[\w’'.-]+){{0,7}}?)|"
    rf"\b(?P<copula>was|were|is|are)\s+(?P<adj>blunt|clear|emphatic|direct|adamant|firm|"
    rf"succinct|categorical|unequivocal))\s*[,:]\s*$"
)
_COLON = re.compile(r"(?P<head>.+?)\s*:\s*$")
#: A speech participle after the main clause introduces a quotation said by its subject:
#: ``Trump returned the compliment, telling Reuters, "``; ``..., saying: "``.
_INTRO_PARTICIPLE = re.compile(
    r"(?<=\w),\s*(?:and\s+)?(?P<verb>saying|telling|adding|calling|writing|noting|"
    r"declaring|insisting|warning|arguing|explaining|asking|proclaiming|tweeting|stating|"
    r"responding|replying|quipping|joking|vowing|promising|urging|remarking|concluding)"
    r"(?P<rest>(?:\s+[\w’'.-]+){0,3}?)\s*[,:]\s*$"
)


@_place_commas_kept
def before_quote(before: str) -> Attribution | None:
    """The attribution that introduces a quotation (``X said, "``; ``X told reporters: "``;
    ``X was blunt: "``; ``..., but added, "``; any clause ending in a colon)."""
    text = before.rstrip()
    if not text or text[-1] not in ",:":
        return None
    if (match := _INTRO_PARTICIPLE.search(text)) and (
        not match["rest"]
        or re.match(r"^\s*(?:reporters|him|her|them|us|it|[A-Z][\w.]*)", match["rest"])
    ):
        subject = _main_subject_of(text[: match.start()])
        return Attribution(subject, match["verb"]) if subject else None
    match = _INTRO.match(text)
    if match:
        head = match["head"]
        verb = match["verb"] or f"{match['copula']} {match['adj']}"
        if match["verb"] and match["rest"] and not re.match(
            rf"^\s*(?:{_SETTING}|{_ADVERBIAL}|reporters|journalists|the\s+\w+|a\s+\w+|[A-Z][\w.]*"
            rf"(?:\s+[A-Z][\w.]*)*|him|her|them|us|me|it)", match["rest"]
        ):  # fmt: skip
            return None
        subject = _subject_before(head)
        if subject is None:
            inverted = match["rest"].strip() if match["verb"] else ""
            if inverted and inverted[:1].isupper():
                return Attribution(inverted, verb)
            return None
        return Attribution(subject, verb)
    if text.endswith(":") and (colon := _COLON.match(text)):
        head = colon["head"]
        words = head.split()
        if len(words) < 2:
            return None
        phrase = _noun_phrase(
            _clean(
                head.split(",")[-1]
                if head.count(",") >= 1 and _is_name_segment(_clean(head.split(",")[-1]))
                else head
            )
        )
        if phrase:
            return Attribution(_speaker_from(phrase) or phrase, "said")
    return None


_FRAGMENT_VERB = re.compile(
    rf"\b(?P<verb>{_SPEECH}|{alternation(COGNITION_VERBS)}|call(?:s|ed)?|describ(?:es|ed)?|"
    rf"dismiss(?:es|ed)?|condemn(?:s|ed)?|den(?:y|ies|ied)|accus(?:es|ed)|criticiz(?:es|ed)|"
    rf"prais(?:es|ed)|label(?:s|ed|led)?|term(?:s|ed)?|dubb(?:ed)?|vow(?:s|ed)?|pledg(?:es|ed)|"
    rf"promis(?:es|ed)|countered)\b"
)
_TAIL = rf"(?:\s+(?:{_ADVERBIAL}|{_SETTING}|(?:in|on)\s+\w+))*"
_FINAL = re.compile(
    rf",\s*(?P<speaker>{_P}{{1,60}}?)\s+(?:{_ADVERB}\s+)*(?P<verb>{_SPEECH}){_TAIL}"
    rf"\s*[.!?]?\s*$"
)
#: The parts of :data:`_FINAL` read one at a time: what comes between the comma and the
#: speech verb, and what may follow the verb. Tried in that order on each speech verb, the
#: pattern fails fast on a long sentence, where the whole pattern backtracks for long.
_FINAL_HEAD = re.compile(rf",\s*(?P<speaker>{_P}{{1,60}}?)\s+(?:{_ADVERB}\s+)*")
_FINAL_TAIL = re.compile(rf"{_TAIL}\s*[.!?]?\s*$")


@dataclass(frozen=True)
class _Final:
    """What :data:`_FINAL` finds: the comma's offset, the speaker and where it starts, the verb."""

    start: int
    speaker: str
    speaker_at: int
    verb: str


def _final(text: str, pos: int = 0) -> _Final | None:
    """The first ``..., X said.`` ending of ``text`` from ``pos`` (what
    ``_FINAL.search(text, pos)`` matches, found faster): the leftmost comma, then the
    nearest speech verb after it that the head and the tail both allow."""
    comma = text.find(",", pos)
    while comma >= 0:
        following = text.find(",", comma + 1)
        stop = len(text) if following < 0 else following
        for verb in _SPEECH_AFTER.finditer(text, comma, stop):
            verb_start = verb.start() + 1
            head = _FINAL_HEAD.fullmatch(text, comma, verb_start)
            if head is not None and _FINAL_TAIL.match(text, verb.end()):
                return _Final(comma, head["speaker"], head.start("speaker"),
                              text[verb_start : verb.end()])  # fmt: skip
        comma = following
    return None


#: A speech verb as :data:`_FINAL` has it: after white space, before white space or the end.
_SPEECH_AFTER = re.compile(rf"\s(?:{_SPEECH})(?=[\s.!?]|$)")
_FINAL_INVERTED = re.compile(
    rf",\s*(?P<verb>{_SPEECH})\s+(?P<speaker>{_P}{{1,60}}?(?:,[^.;:\"“”]{{1,90}}?)?)\s*[.!?]?\s*$"
)
_PARENTHETICAL_INVERTED = re.compile(
    rf",\s*(?P<verb>{_SPEECH_CLAUSE})\s+(?P<speaker>{_P}{{1,50}}?)\s*,\s*"
)


def _appositive_only(content: str) -> bool:
    """Whether a "clause" is a name and its appositive ("Wayne Smith, a former adviser"): no
    verb, so no reported statement."""
    segments = [s.strip() for s in content.split(",") if s.strip()]
    if len(segments) < 2 or _has_finite(content):
        return False
    second = segments[1].split()[0].lower()
    return _np_like(segments[0]) and (
        bool(_DESCRIPTION.match(segments[1])) or second in ROLE_NOUNS or second in TITLES
    )


def _np_like(phrase: str) -> bool:
    """A speaker phrase, not a clause: no finite verb, short, naming or describing someone."""
    head = re.split(r",", phrase, maxsplit=1)[0].strip()
    words = head.split()
    if head.lower() in _PRONOUNS:
        return True
    if words and words[-1].lower() in {"of", "the", "a", "an", "to", "for", "in", "on", "at",
                                       "and", "or", "by", "with", "from"}:  # fmt: skip
        return False
    if not 0 < len(words) <= 9 or _has_finite(head):
        return False
    return head[:1].isupper() or bool(_DESCRIPTION.match(head)) or _ends_in_role(head)


_BAD_SPEAKER = re.compile(
    r"^(?:and|but|or|as|so|then|that|which|who|it|there|this|to|was|were|is|are)\b", re.I
)


_PARTICIPLE = re.compile(
    r"^\s*(?P<verb>saying|calling|describing|insisting|warning|adding|noting|arguing|claiming|"
    r"declaring|stressing|predicting|promising|vowing)\b",
    re.I,
)


def _main_subject(text: str) -> str | None:
    """The subject of the main clause after an opening participial phrase:
    ``Saying "nothing is certain" about it, Cuba's government exhorted ...`` -> the text
    after the first comma starts with it."""
    if "," not in text:
        return None
    return _valid_subject(_noun_phrase(_clean(text.split(",", 1)[1])))


@_place_commas_kept
def around_fragment(before: str, after: str) -> Attribution | None:
    """The speaker of a quoted fragment inside a sentence: the subject of the speech verb
    before it, a sentence-final ``..., X said``, or ``according to X``."""
    if match := _ACCORDING.search(before + " " + after):
        return Attribution(match["speaker"], "according to")
    if (participle := _PARTICIPLE.match(before)) and (subject := _main_subject(after)):
        return Attribution(subject, participle["verb"].lower())
    verbs = [
        m
        for m in _FRAGMENT_VERB.finditer(before)
        if not re.search(r"\b(?:to|the|a|an|of)\s+$", before[: m.start()], re.I)
    ]
    for match in reversed(verbs):
        lead = before[: match.start()].rstrip()
        if re.search(r"(?:''|”|\")[,.]?$", lead):  # ``...'' said X: the speaker follows
            if (inverted := _AFTER_INVERTED.match(before[match.start() :])) is not None:
                return Attribution(inverted["speaker"], inverted["verb"])
            continue
        subject = _subject_before(lead)
        if subject:
            return Attribution(subject, match["verb"])
    if final := _final(after):
        speaker = final.speaker.strip()
        if _speaker_ok(speaker) and not re.search(r"\b(?:that|which|who)\b", speaker):
            return Attribution(speaker, final.verb)
    if match := _FINAL_INVERTED.search(after):
        speaker = match["speaker"].strip()
        if _speaker_ok(speaker) and not re.search(r"\b(?:that|which|who)\b", speaker):
            return Attribution(speaker, match["verb"])
    return None


_CLAUSE_START = re.compile(
    rf"^(?:\s+(?:{_ADVERBIAL}|{_SETTING}))*?(?:,\s*)?\s+(?:that\s+)?(?P<content>\S.*)$", re.S
)
_NOT_CLAUSE = re.compile(
    r"^(?:to\b|him\b|her\b|them\b|us\b|me\b|it\b(?!\s+(?:is|was|would|will|had|has|could|may|"
    r"might|should|did|does|can)\b)|goodbye|hello|so\b|yes\b|no\b|nothing\b|little\b|much\b|"
    r"more\b|any\w*\b|that\b|this\b\s*$|about\b|of\b|in\b|on\b|at\b|for\b|with\b|by\b|from\b|"
    r"through\b|via\b|during\b|after\b|before\b|outside\b|inside\b|over\b|into\b|under\b|"
    r"and\b|or\b|but\b|"
    # a participle, unless it is a gerund subject with its verb ("said testing had increased")
    r"[a-z]+ing\b(?!(?:\s+[a-z]+){0,2}\s+(?:is|was|were|are|had|has|have|will|would|could|"
    r"can|may|might|should|must)\b)|"
    r"what\b|whether\b|if\b|how\b|why\b|when\b|where\b|\W)",
    re.I,
)
_TOLD = re.compile(
    r"^\s+(?:reporters|journalists|(?:the|a|an|his|her|their)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:" + alternation(ROLE_NOUNS) + r")s?|"
    r"(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|him|her|them|us|a\s+news\s+conference)\b"
)
_THAT_ONLY = frozenset(
    {
        form
        for verb in (
            "demand urge deny report estimate note claim promise hope fear worry "
            "concede charge announce feel agree confirm predict write"
        ).split()
        for form in (
            verb,
            verb + "s",
            verb + "d",
            verb + "ed",
            verb[:-1] + "ies",
            verb[:-1] + "ied",
        )
    }
    | {"wrote", "written"}
    | {"felt", "denied", "denies", "worried", "worries"}
)
_REPORTED = re.compile(
    rf"\b(?P<verb>{_SPEECH_CLAUSE}|told|demand(?:s|ed)?|urg(?:es|ed)|den(?:ies|ied)|"
    rf"report(?:s|ed)|charged|wrote|writes)\b"
)
_PARENTHETICAL = re.compile(
    rf",\s*(?P<speaker>[^,;:\"“”]{{1,50}}?)\s+(?P<verb>{_SPEECH_CLAUSE})\s*,\s*"
)


def _speech_participle(word: str) -> bool:
    stem = word[:-3]
    return any(f in SPEECH_VERBS | COGNITION_VERBS for f in (stem, stem + "e", stem + "s"))


def opens_quote(text: str) -> bool:
    """Whether a sentence opens with a quotation mark (wire-copy codes such as "&LR;" aside)."""
    return bool(re.match(r"^(?:\s|&\w+;|[(\[_—–-])*(?:``|“|\")", text))


@dataclass(frozen=True)
class Reported:
    """Reported speech in a sentence: offsets of its content and its attribution."""

    start: int
    end: int
    speaker: str
    verb: str
    speaker_at: int
    verb_at: int = -1


#: Words one of which every form of reported speech below has: a speech or cognition verb,
#: "according" (to), "quoted" (as saying) or a speech participle after a comma.
REPORT_CUES: frozenset[str] = frozenset(
    SPEECH_VERBS
    | COGNITION_VERBS
    | {"read", "reads", "sang", "told", "demand", "demands", "demanded", "urges", "urged",
       "denies", "denied", "reports", "reported", "charged", "wrote", "writes", "according",
       "quoted", "saying", "adding", "arguing", "insisting", "warning", "claiming", "noting"}
)  # fmt: skip
_LOWER_WORD = re.compile(r"[a-z]+")


def might_report(sentence: str) -> bool:
    """Whether a sentence has a word of :data:`REPORT_CUES`: most sentences of a news story
    have none, and :func:`reported` skips them without trying its patterns."""
    return not REPORT_CUES.isdisjoint(_LOWER_WORD.findall(sentence.lower()))


def reported(sentence: str) -> list[Reported]:
    """Reported statements in one sentence: ``X said (that) CLAUSE``, ``CLAUSE, X said.``,
    ``..., X said, CLAUSE``, ``According to X, CLAUSE``. Offsets index into ``sentence``."""
    return _reported(sentence) if might_report(sentence) else []


_BE = frozenset("was were is are be been being".split())


def _last_words(text: str, count: int = 2) -> list[str]:
    """The last ``count`` words of ``text`` when it ends in white space (a word: letters,
    digits and apostrophes; "libertarians—to " ends in "to"), nearest last; [] otherwise."""
    if not text[-1:].isspace():
        return []
    words: list[str] = []
    end = len(text.rstrip())
    while len(words) < count and end > 0:
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’_"):
            start -= 1
        if start == end:
            break
        words.insert(0, text[start:end])
        if start == 0 or not text[start - 1].isspace():
            break
        end = len(text[:start].rstrip())
    return words


#: Words after which a speech verb is a noun or an infinitive ("the recall", "to deny").
_NOT_BEFORE_VERB = frozenset(
    """to the a an of this that his her their its our my no any every each in on at for with
    by from into""".split()
)


#: A quotation mark (and a comma) that ends a text: what precedes is a direct quotation.
_QUOTED_HEAD = re.compile(r"(?:''|”|\")\s*,?\s*$")
_ACCORDING_FIRST = re.compile(r"\s*According to\s+(?P<speaker>[^,]{2,80}),\s*(?P<content>\S.*)")
_PARTICIPLE_REPORT = re.compile(
    r",\s*(?P<verb>saying|adding|arguing|insisting|warning|claiming|noting)\s+(?:that\s+)?"
)
#: A clause boundary inside reported speech: a new report may follow it.
_REPORT_BOUNDARY = re.compile(r",\s*(?:and|but|while|whereas|although)\s+|;\s*")
#: Where a report ends when another speech verb follows in its sentence.
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+|;\s*")


@_place_commas_kept
def _reported(sentence: str) -> list[Reported]:
    """The reported statements of one sentence (see :func:`reported`): the frames that make a
    sentence one report are tried first, in order; then a participle report, a parenthetical
    one, and the reports of the speech verbs in the sentence."""
    text = sentence.rstrip()
    end = len(text.rstrip(".!?\"”' "))
    for frame in (_according_first, _according_last, _said_last, _said_last_inverted,
                  _quoted_as_saying):  # fmt: skip
        if (report := frame(text, end)) is not None:
            return [report]
    found = []
    if (participle := _participle_report(text, end)) is not None:
        found.append(participle)
    if (parenthetical := _parenthetical_report(text, end)) is not None:
        return [*found, parenthetical]
    return found + _verb_reports(text, end)


def _according_first(text: str, end: int) -> Reported | None:
    """``According to X, CLAUSE``."""
    if match := _ACCORDING_FIRST.match(text):
        return Reported(match.start("content"), end, match["speaker"], "according to",
                        match.start("speaker"))  # fmt: skip
    return None


def _according_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, according to X.``"""
    if "according to" not in text or (match := _FINAL_ACCORDING.search(text)) is None:
        return None
    head = text[: match.start()]
    if len(head.split()) < 4 or opens_quote(head):
        return None
    return Reported(len(head) - len(head.lstrip()), match.start(), match["speaker"],
                    "according to", match.start("speaker"))  # fmt: skip


def _said_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, X said.`` — nothing after its comma has a comma: look from the last one, and
    only when a speech verb follows it."""
    last_comma = text.rfind(",")
    if last_comma < 0 or not _SPEECH_AFTER.search(text, last_comma):
        return None
    final = _final(text, last_comma)
    if final is None:
        return None
    speaker = final.speaker.strip()
    head = text[: final.start]
    if (
        _speaker_ok(speaker)
        and _np_like(speaker)
        and not _BAD_SPEAKER.match(speaker)
        and not _QUOTED_HEAD.search(head + ",")
        and len(head.split()) >= 4
        and not re.search(r"\b(?:that|which|who|when|if)\b", speaker)
        and not opens_quote(head)
    ):
        return Reported(len(head) - len(head.lstrip()), final.start, speaker, final.verb,
                        final.speaker_at)  # fmt: skip
    return None


def _said_last_inverted(text: str, end: int) -> Reported | None:
    """``CLAUSE, said X.``"""
    if (match := _FINAL_INVERTED.search(text)) is None:
        return None
    head = text[: match.start()]
    speaker = match["speaker"].strip()
    if (
        len(head.split()) >= 4
        and _has_finite(head)  # "Dr. Bonnie Henry, announced 45 cases": no clause
        and not opens_quote(head)
        and not _QUOTED_HEAD.search(head + ",")
        and not _BAD_SPEAKER.match(speaker)
        and _np_like(speaker)
    ):
        return Reported(len(head) - len(head.lstrip()), match.start(),
                        _speaker_from(speaker) or speaker, match["verb"],
                        match.start("speaker"))  # fmt: skip
    return None


def _quoted_as_saying(text: str, end: int) -> Reported | None:
    """``X was quoted as saying CLAUSE``."""
    if (quoted_as := _QUOTED_AS_REPORTED.search(text)) is None or opens_quote(text):
        return None
    speaker = _subject_before(text[: quoted_as.start()])
    content = text[quoted_as.end() : end]
    if speaker and len(content.split()) >= 3 and not _NOT_CLAUSE.match(content):
        return Reported(quoted_as.end(), end, speaker, "quoted as saying",
                        max(text.find(speaker), 0))  # fmt: skip
    return None


def _participle_report(text: str, end: int) -> Reported | None:
    """``X did something, saying (that) CLAUSE``: the main clause's subject says it."""
    match = _PARTICIPLE_REPORT.search(text)
    if match is None or opens_quote(text):
        return None
    content = text[match.end() :]
    segments = text[: match.start()].split(",")
    subject = _valid_subject(_noun_phrase(_clean(segments[0])))
    if len(segments) > 2 and _names_someone(_clean(segments[1])):
        # "Elian's great-uncle, Lazaro Gonzalez, is fighting ..., saying": the name
        subject = _valid_subject(_clean(segments[1])) or subject
    if (
        subject
        and not _NOT_CLAUSE.match(content)
        and len(content.split()) >= 3
        and not content.startswith(("``", "“", '"'))
        and _has_finite(content)
    ):
        return Reported(match.end(), end, subject, match["verb"], max(text.find(subject), 0))
    return None


def _parenthetical_report(text: str, end: int) -> Reported | None:
    """``..., X said, CLAUSE`` and ``..., said X, CLAUSE``."""
    for pattern in (_PARENTHETICAL, _PARENTHETICAL_INVERTED):
        if (match := pattern.search(text)) is None:
            continue
        speaker = match["speaker"].strip()
        content = text[match.end() :]
        if (
            _speaker_ok(speaker)
            and _np_like(speaker)
            and len(content.split()) >= 3
            and not _NOT_CLAUSE.match(content)
            and _has_finite(content)
            and not _appositive_only(content)
            and not _QUOTED_HEAD.search(text[: match.start()] + ",")
        ):
            return Reported(match.end(), end, speaker, match["verb"], match.start("speaker"))
    return None


@dataclass
class _Report:
    """A report found at a speech verb, before its end is cut at the next report's clause."""

    start: int  # of its content
    subject: str
    verb: str
    speaker_at: int
    verb_end: int
    end: int


@dataclass(frozen=True)
class _Clause:
    """What follows a speech verb: the content's offset and text, whether "that" (or a
    speech participle) introduced it, and the participle if one did."""

    start: int
    content: str
    introduced: bool
    participle: bool


def _clause_after(text: str, match: re.Match[str]) -> _Clause | None:
    """The clause a speech verb at ``match`` reports, past what is not said: "told
    reporters", a setting ("in a statement Tuesday"), a time ("Monday"), a speech participle
    ("insisting that"). None when no clause follows."""
    rest = text[match.end() :]
    offset = match.end()
    if match["verb"] == "told":
        told = _TOLD.match(rest)
        if told is None:
            return None
        rest, offset = rest[told.end() :], offset + told.end()
    setting = _SETTING_THAT.match(rest)
    if setting and _has_finite(setting["setting"]):
        setting = None  # "said in the report he wrote that ...": a clause, not a setting
    if match["verb"].lower() in _THAT_ONLY and not (re.match(r"\s+that\b", rest) or setting):
        return None
    skip = setting.end("setting") if setting else 0  # "said in a statement Tuesday that"
    clause = _CLAUSE_START.match(rest[skip:])
    if clause is None:
        return None
    content = clause["content"]
    start = offset + skip + clause.start("content")
    introduced = bool(re.search(r"\bthat\s+$", rest[: skip + clause.start("content")]))
    if when := _TIME_LEAD.match(content):  # "said Monday (that) CLAUSE": the day is not said
        content, start = content[when.end() :], start + when.end()
        introduced = introduced or when.group().rstrip().endswith("that")
    participle = re.match(r"(?P<verb>\w+ing)\s+(?:that\s+)?", content)
    spoken = bool(participle and _speech_participle(participle["verb"]))
    if participle and spoken:
        content = content[participle.end() :]  # "..., said, insisting that CLAUSE"
        start += participle.end()
        introduced = True
    return _Clause(start, content, introduced, spoken)


def _is_reported_clause(clause: _Clause) -> bool:
    content = clause.content
    subordinate = re.match(r"(?:if|when|while|although|though|because|once|as)\b", content)
    if (
        (
            _NOT_CLAUSE.match(content)
            and not (clause.introduced and (subordinate or re.match(r"[a-z]+ing\b", content)))
        )
        or len(content.split()) < 3
        or _appositive_only(content)
    ):
        return False
    return not content.startswith(("``", "“", '"'))  # X said, "...": a direct quotation


def _verb_is_a_noun_or_passive(lead: str) -> bool:
    """Whether the words before a speech verb make it no reporting verb: a passive ("the
    decision was announced"), a noun or an infinitive ("to deny", "the recall", "secretary
    of state")."""
    before = _last_words(lead)
    if not before:
        return False
    if before[-1] in _BE or (
        len(before) == 2 and before[0] in _BE and re.fullmatch(r"\w+ly", before[-1])
    ):
        return True
    return before[-1].lower() in _NOT_BEFORE_VERB or before[-1].endswith(("'s", "’s"))


def _subject_of_report(
    text: str, match: re.Match[str], lead: str, accepted: list[_Report]
) -> str | None:
    """The subject of a speech verb: its own clause's, or — for a second report in the
    sentence — the first's when coordinated ("said ... and added"), the new clause's after
    a boundary; None when the verb is inside the first report or a quotation's attribution."""
    if not accepted:
        head = re.sub(rf"(?:\s+{_ADVERB})+\s*$", "", lead)
        if _QUOTED_HEAD.search(head):
            return None  # "...," X said: the attribution of a direct quotation
        return _subject_before(head)
    previous = accepted[-1]
    between = text[previous.verb_end : match.start()]
    if coordinated := re.search(r"\s+and\s+(?:(?:also|then)\s+)?$", between):
        previous.end = previous.verb_end + coordinated.start()
        return previous.subject
    boundaries = list(_REPORT_BOUNDARY.finditer(between))
    if not boundaries:
        return None  # "said that field tests suggested ...": inside the first report
    cut = boundaries[-1]
    previous.end = previous.verb_end + cut.start()
    return _subject_before(between[cut.end() :])


def _verb_reports(text: str, end: int) -> list[Reported]:
    """``X said (that) CLAUSE`` for each speech verb of the sentence, each report ending
    where the next begins."""
    accepted: list[_Report] = []
    opens_with_quote = opens_quote(text)
    for match in _REPORTED.finditer(text):
        lead = text[: match.start()]
        if _verb_is_a_noun_or_passive(lead):
            continue
        clause = _clause_after(text, match)
        if clause is None or not _is_reported_clause(clause):
            continue
        subject = _subject_of_report(text, match, lead, accepted)
        if not subject:
            continue
        at = text.rfind(subject, 0, match.start())
        if opens_with_quote and _QUOTED_HEAD.search(text[: max(at, 0)]) and not clause.participle:
            continue  # ``...'' Albright said Monday: a direct quotation's attribution
        accepted.append(_Report(clause.start, subject, match["verb"], max(at, 0), match.end(), end))
    verbs = [m.start() for m in _REPORTED.finditer(text)]
    found = []
    for report in accepted:
        begin, stop_at = report.start, report.end
        later = [v for v in verbs if begin < v < stop_at]
        if later:  # "..., and a spokesman said: ...": a new clause ends this report
            cuts = [m.start() for m in _NEW_CLAUSE.finditer(text[begin : later[0]])]
            if cuts:
                stop_at = begin + cuts[-1]
        content_end = len(text[:stop_at].rstrip(" ,;.!?\"”'"))
        if content_end > begin:
            found.append(Reported(begin, content_end, report.subject, report.verb,
                                  report.speaker_at, report.verb_end))  # fmt: skip
    return found
