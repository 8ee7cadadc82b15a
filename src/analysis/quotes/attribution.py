"""Attribution clauses: who a quotation's own sentence says is speaking, and with which verb.

Each function takes plain text around a quotation and returns the *speaker phrase* as written
("Paul Klein", "he", "a Ford spokeswoman", "the spokeswoman") and the verb; turning a phrase
into a person is :mod:`analysis.quotes.people`'s job; reported speech without quotation marks
is :mod:`analysis.quotes.reported`'s.

Forms recognised, with appositives, relative clauses, participial phrases and time adverbials
inside the speaker phrase:

- after the quote: ``"...," X said (in an interview)`` / ``"...," said X`` / ``"...,"
  according to X`` / ``"...," X was quoted as saying`` / any verb in the frame ``"...," X
  fumed.``
- before it: ``X said, "..."`` / ``X told reporters: "..."`` / ``X was blunt: "..."`` /
  ``X defended the plan, but added, "..."`` / ``..., telling Reuters, "..."``
- around a fragment: ``X said the bill "goes too far"`` / ``... "proceed" ..., X predicted.``
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.language.english.grammar import DETERMINERS, PREPOSITIONS
from analysis.language.english.speech import (
    AUDIENCE_NOUNS,
    LY_NOUNS,
    MESSAGE_NOUNS,
    NAME_PARTICLES,
    NEAR_WORDS,
    PUBLISHING_VERBS,
    REPLY_NOUNS,
    ROLE_NOUNS,
    SAYING_NOUNS,
    SPEECH_VERBS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.according import _ACCORDING_HEAD, _AFTER_ACCORDING
from analysis.quotes.commas import _place_commas_kept
from analysis.quotes.final_attribution import (
    _BAD_SPEAKER,
    _FINAL_INVERTED,
    _final,
    _speaker_from,
    _speaker_ok,
)
from analysis.quotes.finite import _has_finite
from analysis.quotes.openings import is_opening
from analysis.quotes.phrases import (
    _ADVERBIAL,
    _CAPITALISED_WORDS,
    _P,
    _SETTING,
    _SPEECH,
    _main_subject_of,
    _noun_phrase,
    _subject_before,
    _valid_subject,
)
from analysis.quotes.pre_verbal import _ADVERB
from analysis.quotes.segments import _DESCRIPTION, _OWNED_DESCRIPTION, _clean, _is_name_segment
from analysis.quotes.speaker_shape import _PRONOUNS, _ends_in_role, _np_like

__all__ = ["Attribution", "after_quote", "before_quote", "is_signature"]


@dataclass(frozen=True)
class Attribution:
    """A speaker phrase as written and the verb that attributes the quotation to it."""

    speaker: str
    verb: str


_AFTER_INVERTED = compiled(
    rf"^[\s,]*(?P<verb>{_SPEECH})\s+(?P<speaker>{_P}+?)"
    rf"(?=\s*(?:[,;:!?(]|\.\s*$|$|\s(?:in|at|on|during|after|before|who|which|that|"
    rf"as|when|while|through|to|from|referring|adding|speaking|told)\b))"
)
#: "to" after a speech verb that a verb of speech may follow ("She went on to say:"): the
#: words introduce what comes next, not the quotation before.
_GOES_ON_TO = compiled(r"(?<=\bon)\s+to\b")
#: Whom an inverted speaker serves or stands close to, after "to" ("said a source close to the
#: Clintons", "said an adviser to Mr. Trump"), not whom the words were said to ("to reporters").
#: Where a phrase after a speaker phrase ends: a clause mark, the end, a setting or a clause.
_PHRASE_END = (
    r"(?=\s*(?:[,;:!?(]|\.\s*$|$|\s(?:in|at|on|during|after|before|who|which|that|"
    r"as|when|while|through|from|referring|adding|speaking|told)\b))"
)
_SERVED = compiled(
    rf"\s+to\s+(?!(?:reporters|journalists|(?:the\s+)?(?:press|media)|(?:the|a|an|his|her|their)\s+"
    rf"(?:{alternation(AUDIENCE_NOUNS)}))\b)(?P<served>{_P}+?){_PHRASE_END}"
)
#: "from" and who sent it, after a message: "said a statement from Sen. Ann Reyes".
_SENT_FROM = compiled(rf"\s+from\s+(?P<sender>{_P}+?){_PHRASE_END}")
#: The last words of a speaker phrase that "to" and a person or body may follow.
_SERVING = (NEAR_WORDS - {"familiar"}) | ROLE_NOUNS
_AFTER_SUBJECT = compiled(
    rf"^[\s,]*(?P<speaker>[^;:!?\"“”]{{1,140}}?)\s+(?:{_ADVERB}\s+)*"
    # a verb's word right after "of" is a noun: "the former secretary of state said"
    rf"(?<!\bof\s)(?P<verb>{_SPEECH})\b"
)
#: Any verb in the past or present tense (``fumed``, ``barked``, ``scolds``), its tense ending
#: written out. After a quotation that its comma leaves open, a noun phrase with such a verb
#: and nothing but a time or setting after it is the quotation's attribution whatever the
#: verb: ``"...," Toomey fumed on Tuesday.``, ``"...," barked the sheriff.``, ``"...," Trump
#: shot back.`` (any verb with "back": a retort)
_ANY_VERB = r"(?P<verb>[a-z]{2,}(?:ed|[^s']s)(?:\s+back)?|[a-z]{2,}\s+back)"
_FRAME_TAIL = rf"(?:\s+(?:back|out|up|on|off|in|{_ADVERB}|{_ADVERBIAL}|{_SETTING}))*\s*[.!?]?\s*$"
_AFTER_ANY_SUBJECT = compiled(
    rf"^[\s,]*(?P<speaker>{_P}{{1,80}}?)\s+(?:{_ADVERB}\s+)*{_ANY_VERB}{_FRAME_TAIL}"
)
_AFTER_ANY_INVERTED = compiled(
    rf"^[\s,]*{_ANY_VERB}\s+(?P<speaker>(?:(?:the|a|an)\s+)?{_P}{{1,60}}?)"
    # a name may take an appositive or an age: "remembered Roy Verley, HP's former
    # spokesman.", "scoffed Arianna Gil, 22."
    rf"(?P<appositive>,\s*(?:\d{{1,3}}|(?:the|a|an|[\w.'’-]+['’]s)\s+[^,;:\"“”]{{1,70}}?))?"
    rf"{_FRAME_TAIL}"
)
#: A quotation introduced by a name (or he/she) and a verb in the past, alone before it:
#: ``Silverman interjected, "..."``, ``Cruz shot back: "..."``.
#: An opening phrase may come first: ``During their first debate, Clinton cracked, "..."``.
_ANY_VERB_INTRO = compiled(
    r"^\s*(?:(?P<opening>[^,;:\"“”]{1,60}),\s*)?"
    rf"(?P<speaker>{_P}{{1,40}}?)\s+(?P<verb>[a-z]{{2,}}ed(?:\s+back)?)\s*[,:]\s*$"
)
_NOT_SPEECH = frozenset("was has is does goes".split())
_LEADING_SPACE = compiled(r"[\s,]*")
_JOINED_CLAUSE = compiled(r",?\s+and\s+")
#: A relative clause about the speaker after the frame (``beamed Donald Hartley, who snuck
#: onto the floor``), or its place: the frame ends before it.
_SPEAKER_CLAUSE = compiled(r",\s+(?:who|whose)\s|\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,")
_NO_FRAME = compiled(r"[;:\"“”]")
#: The longest text after a quotation read as such a frame (a name, a verb, a setting).
_LONGEST_FRAME = 120
_QUOTED_AS = compiled(
    r"^[\s,]*(?P<speaker>[^;:!?\"“”]{1,80}?)\s+(?:was|were|is|are)\s+quoted\s+as\s+(?P<verb>saying)"
)
#: A reply and who gave it after a quotation: "came the reply from Tom Lee", "was the
#: response from Lee's office", "came the answer from the minister".
_REPLY_FROM = compiled(
    rf"^[\s,]*(?:came|was)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?P<verb>{alternation(REPLY_NOUNS)})\s+from\s+(?P<speaker>{_P}+?)\s*[.!?]?\s*$"
)


#: All someone would say: '"We will see," was all McKenney would say.', '"No," is all he
#: said.'
_ALL_SAID = compiled(
    rf"^[\s,]*(?:was|is)\s+all\s+(?:that\s+)?(?P<speaker>{_P}+?)\s+"
    r"(?:(?:would|could|did|had\s+to|wanted\s+to|was\s+willing\s+to)\s+)?"
    r"(?P<verb>say|said|says|offer|offered|add|added)\b[^\"“”]{0,40}[.!?]?\s*$"
)


#: A full name in apposition, after a few words that describe it and before its place.
_APPOSED_FULL_NAME = compiled(
    r"\s*,\s*(?:[\w'’-]+\s+){0,3}?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)"
    rf"(?:\s+(?:of|from|in)\s+{_CAPITALISED_WORDS})?\s*(?:,|\.?\s*$)"
)


_AUXILIARY = compiled(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|shall|should|must|"
    r"does|did)\b"
)


#: A dash and a name, alone after a quotation: who said it, as an epigraph or a fact check
#: signs it ('"... pay zero taxes." - Sanders.').
_SIGNED = compiled(rf"(?P<dash>[-—–])\s*(?P<speaker>{_CAPITALISED_WORDS})\s*(?:\.(?=\s)|\.?$)")


def is_signature(text: str) -> bool:
    """Whether ``text`` is only a dash and a name, signing a quotation ("- Sanders.")."""
    return _SIGNED.fullmatch(text.strip()) is not None


@_place_commas_kept
def after_quote(after: str) -> Attribution | None:
    """The attribution that follows a quotation in its sentence (``"...," X said`` /
    ``said X`` / ``according to X``)."""
    text = after.strip()
    if not text:
        return None
    if match := _SIGNED.match(text):  # '"... pay zero taxes." - Sanders.': signed
        return Attribution(match["speaker"], match["dash"])
    if match := _AFTER_ACCORDING.match(text):
        return Attribution(match["speaker"], "according to")
    if match := _REPLY_FROM.match(text) or _ALL_SAID.match(text):
        # '"Absolutely not," came the reply from Tom Lee.', '"We will see," was all Lee said.'
        return Attribution(match["speaker"], match["verb"])
    if match := _AFTER_INVERTED.match(text):
        rest = text[match.end() :]
        if (served := _SERVED.match(rest)) and _serves(match["speaker"]):
            # "said a source close to the Clintons", "said an aide to the senator"
            return Attribution(match["speaker"] + served.group(), match["verb"])
        if (sent := _SENT_FROM.match(rest)) and _sends(match["speaker"]):
            # "reads a statement from the Lee family": who sent it, not a setting
            return Attribution(match["speaker"] + sent.group(), match["verb"])
        described = _DESCRIPTION.match(match["speaker"]) or _OWNED_DESCRIPTION.match(
            match["speaker"]
        )  # "the winner", "Clinton's introducer"
        if described and (apposed := _APPOSED_NAME.match(rest) or _APPOSED_FULL_NAME.match(rest)):
            # "said his daughter, Rosa,", "said the winner, 12-year-old Ana Ruiz of Leeds.",
            # "exhorted Clinton's introducer, actress Jane Doe."
            return Attribution(apposed["name"], match["verb"])
        first = match["speaker"].split()[0].lower()
        plain = first not in {"that", "to", "the", "a", "an"} | _PRONOUNS
        # "..., said the candidate could win": a clause, no speaker, follows the verb (an
        # auxiliary shows it; "retired", "involved" in "a source involved" do not)
        clause = _AUXILIARY.search(match["speaker"]) is not None
        # "..., said in a statement that ...": a setting, no speaker, follows the verb
        if (
            not clause
            and first not in PREPOSITIONS
            and ((_speaker_ok(match["speaker"]) and plain) or _looks_like_source(match["speaker"]))
        ):
            return Attribution(match["speaker"], match["verb"])
    if match := _QUOTED_AS.match(text):
        return Attribution(_speaker_from(match["speaker"]) or match["speaker"], match["verb"])
    if (match := _AFTER_SUBJECT.match(text)) and not _GOES_ON_TO.match(text, match.end()):
        phrase = _speaker_from(match["speaker"])
        if phrase and _speaker_ok(phrase) and _np_like(phrase):
            return Attribution(phrase, match["verb"])
    if match := _FINAL_INVERTED.search(text):  # "``It's high time'' the boy ..., said X."
        speaker = match["speaker"].strip()
        if _np_like(speaker) and not _BAD_SPEAKER.match(speaker):
            return Attribution(_speaker_from(speaker) or speaker, match["verb"])
    return _any_verb_after(text)


def _sends(speaker: str) -> bool:
    """Whether a speaker phrase ends in a message a "from" phrase completes ("a statement")."""
    words = speaker.split()
    return bool(words) and words[-1].lower() in MESSAGE_NOUNS


def _serves(speaker: str) -> bool:
    """Whether a speaker phrase ends in a word a "to" phrase completes: a role ("an aide")
    or "close" ("a person close")."""
    last = speaker.split()[-1].lower() if speaker.split() else ""
    return last in _SERVING or last.removesuffix("s") in _SERVING


def _any_verb_after(text: str) -> Attribution | None:
    """The frame ``"...," X <verb>.`` or ``"...," <verb> X.`` with a verb of any meaning
    (see ``_ANY_VERB``): the speaker must be a short noun phrase — a name, a pronoun, or a
    description opening with a determiner — and nothing else may follow but a time, a
    setting, or a clause joined by "and" (``"...," Trump barked and a guard led him out.``)
    or a relative clause or place of the speaker (``beamed Donald Hartley of Madison,
    Alabama, who ...``)."""
    found = _any_verb_frame(text)
    if found is None and (joined := _JOINED_CLAUSE.search(text)):
        found = _any_verb_frame(text[: joined.start()] + ".")
    if found is None and (clause := _SPEAKER_CLAUSE.search(text)):
        found = _any_verb_frame(text[: clause.start()] + ".")
    return found


def _any_verb_frame(text: str) -> Attribution | None:
    if len(text) > _LONGEST_FRAME:
        return None
    # Neither frame has room for ";", ":" or a quotation mark, the first none for a comma
    # and the second one (its appositive's): tell so before the patterns try every split
    body = text[_LEADING_SPACE.match(text).end() :]  # type: ignore[union-attr]
    if _NO_FRAME.search(body):
        return None
    commas = body.count(",")
    for pattern in (_AFTER_ANY_SUBJECT, _AFTER_ANY_INVERTED):
        if commas > (0 if pattern is _AFTER_ANY_SUBJECT else 1):
            continue
        match = pattern.match(text)
        if match is None or match["verb"] in _NOT_SPEECH:
            continue
        speaker = match["speaker"].strip(" ,")
        if _any_verb_speaker(speaker, pronoun_ok=pattern is _AFTER_ANY_SUBJECT) and (
            pattern is _AFTER_ANY_SUBJECT or not match["appositive"] or speaker[:1].isupper()
        ):
            return Attribution(speaker, match["verb"])
    return None


def _any_verb_speaker(speaker: str, *, pronoun_ok: bool) -> bool:
    """Whether a phrase can be the speaker of an any-verb frame: a short name, a
    description opening with a determiner and ending in a role noun, or a pronoun."""
    words = speaker.split()
    if not 0 < len(words) <= 6 or _BAD_SPEAKER.match(speaker):
        return False
    named = all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
    described = words[0].lower() in {"the", "a", "an"} and _ends_in_role(speaker)
    return named or described or (pronoun_ok and speaker.lower() in {"he", "she", "they"})


def _plural_thing(phrase: str) -> bool:
    """A lone plural noun that opens a sentence ("Prices soared:", "Stocks tumbled:"): no
    source (plural role nouns — "Officials", "Analysts" — are)."""
    lower = phrase.lower()
    return " " not in lower and lower.endswith("s") and lower not in ROLE_NOUNS | _PRONOUNS


def _any_verb_intro(text: str) -> Attribution | None:
    """``Silverman interjected, "..."``: a verb of any meaning in the past, with only its
    subject — a name or a pronoun — before it in the sentence."""
    match = _ANY_VERB_INTRO.match(text)
    if match is None or match["verb"] in _NOT_SPEECH:
        return None
    if match["opening"] and not is_opening(match["opening"]):
        return None  # "The plan, Reyes warned, ...": no opening phrase, no introduction
    speaker = match["speaker"].strip()
    if speaker[:1].islower() and speaker.lower() not in {"he", "she", "they"}:
        return None
    if _plural_thing(speaker):
        return None
    return (
        Attribution(speaker, match["verb"]) if _any_verb_speaker(speaker, pronoun_ok=True) else None
    )


def _looks_like_source(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and words[0] in {"the", "a", "an"} and len(words) <= 10


_INTRO = compiled(
    rf"(?P<head>.*?)(?:\b(?P<verb>{_SPEECH})\b(?P<rest>(?:\s+[\w’'.-]+){{0,7}}?)|"
    rf"\b(?P<copula>was|were|is|are)\s+(?P<adj>(?:(?:more|even|less|very|most|just\s+as)\s+)*"
    rf"(?:blunt|clear|emphatic|direct|adamant|firm|succinct|categorical|unequivocal)))"
    rf"\s*[,:]\s*$"
)
#: A speech verb coordinated with the main clause's verb right before the quotation: ``Hayek
#: confirmed she had been and said, "``: the main clause's subject says it, whatever verb
#: (speech or not) comes first.
_COORDINATED_INTRO = compiled(
    rf"(?P<head>.*\S)\s+and\s+(?:(?:also|then|later)\s+)?(?P<verb>{_SPEECH})\s*[,:]\s*$"
)
_COLON = compiled(r"(?P<head>.+?)\s*:\s*$")
#: Words put out before a quotation of them: ``Trump issued a statement, "``, ``the mayor
#: posted a brief message on Facebook, saying: "``.
_ISSUED_INTRO = compiled(
    rf"(?P<head>.*?)\s+(?P<verb>(?:{alternation(PUBLISHING_VERBS)})(?:\s+out)?\s+(?:a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(MESSAGE_NOUNS)}))\b(?:\s+[^,:;\"“]{{1,40}}?)?"
    r"\s*(?:,\s*(?:saying|reading|which\s+said|that\s+said)\s*[,:]?|[,:])\s*$"
)
_DETERMINER_LAST = compiled(rf"\b(?i:{alternation(DETERMINERS)})\s+$")
#: A sentence opening with its speech verb, the speaker after it ('Said Ann Reyes, who grew
#: up there, "..."'); what follows the name's comma describes them.
_SAID_FIRST = compiled(
    r"^\s*(?P<verb>Said|Says|Added|Adds|Asked|Asks|Wrote|Writes)\s+"
    rf"(?P<speaker>{_CAPITALISED_WORDS}|(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}})[,:]"
)  # ('Said De Grasse: "...')
#: "as X said" (or "put it") in the words before a colon: X is the source of what follows.
_AS_SOURCE = compiled(
    r"(?:^|[,;—–]\s*)(?:(?:and|but|so|of course|indeed)\s+)?(?i:as)\s+"
    r"(?P<speaker>[^,;]+?(?:,\s+[^,;]+?,)?)\s+"  # an appositive: "as Tom Ridge, a ..., put it"
    rf"(?:\w+ly\s+)?(?:{alternation(SPEECH_VERBS)}|put it)\b"
)
#: The verb of a lone capitalised word before a colon and a quotation (``Clinton: "...``, as
#: a transcript writes it): a speaker only if the article names that person in full (``Update:
#: "...`` names no one), which the resolver checks.
NAME_COLON = ":"
#: A speech participle after the main clause introduces a quotation said by its subject:
#: ``Trump returned the compliment, telling Reuters, "``; ``..., saying: "``.
_SPEECH_PARTICIPLES = (
    r"saying|telling|adding|calling|writing|noting|declaring|insisting|warning|arguing|"
    r"explaining|asking|proclaiming|tweeting|stating|responding|replying|quipping|joking|"
    r"vowing|promising|urging|remarking|concluding|citing|quoting|invoking|echoing|repeating|"
    r"recalling"
)
_INTRO_PARTICIPLE = compiled(
    rf",(?<=\w,)\s*(?:and\s+)?(?P<verb>{_SPEECH_PARTICIPLES})"
    r"(?P<rest>(?:\s+[\w’'.-]+){0,3}?)\s*[,:]\s*$"
)
#: "by" and a participle introducing a quotation: ``She responded by saying, "``, ``Trump
#: tried to laugh it off by interjecting, "``; a time word or a preposition and a speech
#: participle: ``McConnell deflected questions before saying, "``, ``paused before adding,
#: "``, ``drew boos upon saying, "``: the main clause's subject speaks.
_BY_PARTICIPLE = compiled(
    r"\s+(?:by\s+(?P<verb>[a-z]{3,}ing)|(?:before|after|while|then|upon|on|in)\s+"
    rf"(?P<speech>{_SPEECH_PARTICIPLES}))(?:\s+[\w’'.-]+){{0,2}}?\s*[,:]$"
)
#: A dash, a name and a colon before a quotation, as live blogs cite a writer: ``... -
#: Philip Bump: "``.
_DASH_NAME_COLON = compiled(rf"\s[-—–]\s*(?P<speaker>{_CAPITALISED_WORDS})\s*:$")


#: Nouns for what someone says that "from" and its sayer may follow before a colon.
_FROM_NOUNS = MESSAGE_NOUNS | REPLY_NOUNS | SAYING_NOUNS | {"verdict", "word", "reaction", "view"}
#: A frame that names the source of the quotation after it, at the end of the words before
#: it: "As Tremblay puts it:", "as the mayor said,", "In the words of Luc Gagnon,", "To quote
#: Tremblay,", "In Tremblay's words:", "The verdict from coach Ann Reyes:".
_SOURCE_FRAME = compiled(
    r"(?:^|[,;—–]\s*)(?:(?:and|but|so|or)\s+)?(?:"
    r"(?i:as)\s+(?P<as>[^,;:]+?(?:,\s+[^,;:]+?,)?)\s+(?:\w+ly\s+)?"
    rf"(?:{alternation(SPEECH_VERBS | {'puts it', 'put it', 'has put it', 'once put it'})})"
    r"|(?i:in)\s+the\s+words\s+of\s+(?P<of>[^,;:]+?)"
    r"|(?i:to)\s+quote\s+(?P<quote>[^,;:]+?)"
    r"|(?i:in)\s+(?P<owner>[A-Z][^,;:]*?)['’]s?\s+(?:own\s+)?words"
    # a saying or a message "from" someone, opening the sentence, right before a colon
    rf"|^(?i:the|his|her|their)\s+(?:\w+\s+)?(?i:{alternation(_FROM_NOUNS)})\s+from\s+"
    r"(?P<sender>[^,;:]+?)(?=\s*:$)"
    r")\s*[,:]$"
)


#: The source "as" names: a short noun phrase (a name in it, or a determiner first) or a
#: pronoun, and no clause.
_AS_WHO = compiled(
    r"(?!(?:if|though|one|well|soon|long|far|much|usual|expected|noted)\b)"
    r"(?:[A-Z]|(?:the|a|an|his|her|their|its|my|our|he|she|they|we|I)\b|(?=.*\b[A-Z]))"
    r"(?!.*\b(?:that|who|which|whom|me|us)\b)(?:\S+\s*){1,6}$"
)


def _source_frame(text: str) -> Attribution | None:
    """The source a frame before a quotation names (see ``_SOURCE_FRAME``): "As X puts it"
    says the words are X's, "in the words of X" and "to quote X" that X is their source."""
    if (match := _SOURCE_FRAME.search(text)) is None:
        return None
    if match["as"]:
        if not _AS_WHO.match(match["as"]):
            return None  # "as if to say", "As one that's battled hard ... Let me say"
        speaker = _subject_before(match["as"])
        return Attribution(speaker, "said") if speaker else None
    if match["sender"]:
        if _has_finite(match["sender"]):
            return None  # "The message from the office was clear:" (another frame's)
        speaker = _valid_subject(match["sender"])
        return Attribution(speaker, "said") if speaker else None  # "The verdict from X:"
    phrase = match["of"] or match["quote"] or match["owner"]
    if phrase and (speaker := _valid_subject(phrase)):
        return Attribution(speaker, "according to")
    return None


def _framed_intro(text: str) -> Attribution | None:
    """An introduction by one of the frames around a verb phrase: ``Trump issued a statement,
    "``; ``... and added: "``; ``Vance laughed it off by interjecting, "``; ``... - Philip
    Bump: "``."""
    if (match := _ISSUED_INTRO.match(text)) and (subject := _subject_before(match["head"])):
        return Attribution(subject, match["verb"])
    if (match := _COORDINATED_INTRO.match(text)) and (
        subject := _subject_before(match["head"] + " and")
    ):
        return Attribution(subject, match["verb"])
    if (
        text.endswith((",", ":"))
        and "ing" in text[-60:]
        and (match := _BY_PARTICIPLE.search(text, max(0, len(text) - 80)))
        and (subject := _main_subject_of(text[: match.start()]))
    ):
        return Attribution(subject, match["verb"] or match["speech"])
    if text.endswith(":") and (match := _DASH_NAME_COLON.search(text)):
        return Attribution(match["speaker"], NAME_COLON)
    return None


#: What may follow a participle introducing a quotation: "adding, "...", "telling reporters, "...".
_PARTICIPLE_OBJECT = compiled(r"\s*(?:(?:at|to)\s+)?(?:reporters|him|her|them|us|it|[A-Z][\w.]*)")
#: What may follow an introducing verb before its comma or colon: a setting, an adverb, a
#: listener, a topic, an inverted name, "to say": anything else makes the verb's clause no
#: attribution.
_AFTER_INTRO_VERB = compiled(
    # past a particle of the verb: "blurted out a single word:", "shot back:"
    rf"\s*(?:(?:out|back)\b\s*)?(?:$|{_SETTING}|{_ADVERBIAL}|reporters|journalists|the\s+\w+|a\s+\w+|"
    r"(?:about|of|regarding)\s+[^,;:\"“”]{1,40}|"  # a topic: "added about Carson:"
    # a time by a clause: "blurted out when a reporter arrived:", "said as he left:"
    r"(?:when|as|while|once|until)\s+[^,;:\"“”]{1,60}|"
    # a manner ("said simply:", "said only:"), what was on minds ("blurted out what many
    # students were thinking:"), what follows ("tweeted this:", "put it this way:")
    rf"(?:(?!(?:{alternation(LY_NOUNS)})\b)[a-z]{{2,}}ly|only|just)\s*$|what\s+[^,;:\"“”]{{1,60}}|"
    r"(?:it\s+)?(?:this|these\s+words)(?:\s+way)?\s*$|"
    rf"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|him|her|them|us|me|it|"
    rf"to\s+(?:say|add|ask|note|declare)|"
    rf"to\s+(?!be\b)(?:(?:the|his|her|their|its)\s+)?[A-Za-z][\w.'’-]*)"
)
_CAPITALISED_ONLY = compiled(_CAPITALISED_WORDS)
#: One capitalised word: a name before a colon ("Clinton: ").
_ONE_NAME = compiled(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")


@_place_commas_kept
def before_quote(before: str) -> Attribution | None:
    """The attribution that introduces a quotation (``X said, "``; ``X told reporters: "``;
    ``X was blunt: "``; ``..., but added, "``; any clause ending in a colon)."""
    text = before.rstrip()
    if not text or text[-1] not in ",:":
        return None
    if match := _SAID_FIRST.match(text):  # 'Said Dorothy Poynter, who grew up with Ali, "...'
        return Attribution(match["speaker"], match["verb"].lower())
    if frame := _source_frame(text):
        return frame
    if (match := _INTRO_PARTICIPLE.search(text)) and (
        not match["rest"] or _PARTICIPLE_OBJECT.match(match["rest"])
    ):
        head = text[: match.start()]
        # "..., Nefzi said, adding, "...": the speaker of the attribution the participle follows
        ending = _final(head)
        if ending is not None and _speaker_ok(ending.speaker.strip()):
            return Attribution(ending.speaker.strip(), match["verb"])
        subject = _main_subject_of(head)
        return Attribution(subject, match["verb"]) if subject else None
    if framed := _framed_intro(text):
        return framed
    match = _INTRO.match(text)
    if match and match["verb"] and _DETERMINER_LAST.search(match["head"]):
        match = None  # "The agency issued a report, "...": the verb's word is a noun there
    if match:
        head = match["head"]
        verb = match["verb"] or f"{match['copula']} {match['adj']}"
        if match["verb"] and match["rest"] and not _AFTER_INTRO_VERB.match(match["rest"]):
            return None
        inverted = match["rest"].strip() if match["verb"] else ""
        if (
            head.rstrip().endswith(",")
            and verb not in {"told", "tells", "tell"}
            and _CAPITALISED_ONLY.fullmatch(inverted)
        ):
            # "Because of how ..., explained Rosenberg, "...": the name after the verb
            return Attribution(inverted, verb)
        subject = _subject_before(head)
        if subject is None:
            if inverted and inverted[:1].isupper():
                return Attribution(inverted, verb)
            return None
        return Attribution(subject, verb)
    if intro := _any_verb_intro(text):
        return intro
    if text.endswith(":") and (colon := _COLON.match(text)):
        head = colon["head"]
        words = head.split()
        if len(words) == 1 and _ONE_NAME.fullmatch(head):
            return Attribution(head, NAME_COLON)  # ``Clinton: "...``, if the article names her
        if len(words) < 2:
            return None
        last = _clean(head.split(",")[-1])
        if source := _AS_SOURCE.search(head) or _ACCORDING_HEAD.search(head):
            phrase = _valid_subject(source["speaker"])  # "As Foner put it:", "According to X:"
        elif "," in head and _is_name_segment(last):
            phrase = _noun_phrase(last)
        else:  # the subject past any opening phrase ("At his news conference ..., X ranged ...:")
            phrase = _main_subject_of(head)
        if phrase and not _plural_thing(phrase):
            according = source is not None and source.re is _ACCORDING_HEAD
            return Attribution(
                _speaker_from(phrase) or phrase, "according to" if according else "said"
            )
    return None


#: A name set off after a described speaker: ``said his daughter, Rosa,``.
_APPOSED_NAME = compiled(rf"\s*,\s*(?P<name>{_CAPITALISED_WORDS})\s*(?:,|\.?\s*$)")
