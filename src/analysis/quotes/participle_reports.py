"""Reports a participle makes after a clause: ``X did something, saying (that) CLAUSE``,
``..., writing that CLAUSE``, and "before saying", "after noting", "by arguing", "was fined
for saying" — what the clause's subject says. Read by :func:`analysis.quotes.reported.reported`."""

from __future__ import annotations

import re

from analysis.language.english.grammar import IRREGULAR_PAST, LINKING_ADVERBS, SENTENCE_ADVERBS
from analysis.language.english.speech import (
    MESSAGE_NOUNS,
    REPORTING_PARTICIPLES,
    THAT_PARTICIPLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.clauses import _EXAMPLES
from analysis.quotes.finite import PLURAL_AND_VERB, SINGULAR_AND_VERB, _has_finite
from analysis.quotes.noun_phrases import run_on_to_verb
from analysis.quotes.openings import is_opening
from analysis.quotes.phrases import (
    _ADVERBIAL,
    _DATELINE,
    _SPEECH,
    _main_subject_of,
    _noun_phrase,
    _np_back,
    _valid_subject,
    opens_quote,
)
from analysis.quotes.pre_verbal import _ADVERB
from analysis.quotes.reports import (
    _AFTER_REPORT,
    _NEW_CLAUSE,
    _REPORT_BOUNDARY,
    _REPORTED,
    Reported,
)
from analysis.quotes.segments import _clean, _names_someone
from analysis.quotes.speech_clause import _NOT_CLAUSE
from analysis.quotes.told import _WHOM  # whom "telling" tells, as after "told"

__all__: list[str] = []

#: Where an audience told something gathered, up to the "that" of what it was told:
#: "telling survivors | gathered near a former school site | that".
_GATHERED = (
    r"(?:\s+(?:gathered|assembled|waiting|seated|standing)\s+[^,;:\"“”]{1,80}?(?=\s+that\s))"
)
#: Where a participle's words were said, up to the "that" of what was said: "warning | in an
#: open letter | that", "saying | at a news conference on Tuesday | that".
_SETTING_THAT = (
    r"(?:\s+(?:in|at|on|during|through)\s+(?:a|an|the|his|her|its|their)\s+"
    r"[^,;:\"“”]{1,50}?(?=\s+that\s))"
)
#: A speech participle and the "that" after it, after a comma ("..., saying that") or by
#: itself, to be found after "before", "after", "by" ("... before saying"); the
#: participles of :data:`THAT_PARTICIPLES` only with "that" ("..., writing that").
_PARTICIPLE = (
    rf"(?P<verb>{alternation(REPORTING_PARTICIPLES)}|"
    rf"(?:{alternation(THAT_PARTICIPLES)})(?=\s+that\s)|telling(?={_WHOM}))"
    # "..., telling the legislature (that) it would add": whom, then the clause (possessive:
    # not "telling Reuters, '...'", whose quotation is a direct one's)
    rf"(?:(?<=telling){_WHOM}{_GATHERED}?)?+{_SETTING_THAT}?\s+"
    # a vote's count before "that": "..., ruling 2-1 that"
    r"(?:\d{1,3}-\d{1,3}\s+(?=that\s))?"
    # an adverb before "that" is not said ("adding hopefully that"; "saying only that" is)
    r"(?:(?!only\b)[a-z]+ly\s+(?=that\s))?(?:that\s+)?"
)
_PARTICIPLE_REPORT = compiled(rf",\s*{_PARTICIPLE}")
#: A message issued and a participle telling what it says, no comma between: "issued a
#: statement saying", "released a statement Monday stating that", "sent a letter to parents
#: saying" — the issuer says it (not "police are investigating a letter saying": no issuing).
_MESSAGE_SAYING = compiled(
    r"\s(?:issued|released|put\s+out|posted|sent|published|shared|e-?mailed|circulated)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation(MESSAGE_NOUNS)})s?(?:\s+[^,.;:\"“”]{{1,50}}?)??"
    r"\s+(?P<verb>saying|stating)\s+(?:that\s+)?"
)
_PARTICIPLE_ALONE = compiled(_PARTICIPLE)
_PARTICIPLE_LINKS = ("before", "after", "by", "for")
#: What a clause ends with before "for" and a speech participle when its subject is who
#: said it: a verb in the passive ("was fined after Game 5 for saying"), an apology
#: ("apologized for suggesting"), blame drawn or faced ("came under fire for claiming",
#: "drew criticism for saying"); else someone else may have ("thanked Ruiz for saying").
_BLAMED_FOR = compiled(
    r"(?:\b(?:is|are|was|were|be|been|being|got|gets|get)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)"
    r"|\bapologi[sz](?:ed|es|e)|\bunder\s+fire|\b(?:drew|draws|drawn|faced|faces|facing)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:criticism|fire|backlash|ire|scrutiny|condemnation|ridicule|praise))"
    r"(?:\s+[^,;:\"“”]{0,30})?$"
)
_OPENING_ADVERBS = LINKING_ADVERBS | SENTENCE_ADVERBS
#: A verb in the passive at the end of a clause: "is often justified", "was praised".
_PASSIVE_LAST = compiled(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)$")


def _participle(text: str) -> tuple[int, str | None, re.Match[str]] | None:
    """The first speech participle of a participle report in ``text``: where what leads to
    it starts (its comma, or the space before "before", "after", "by"), that linking word
    (None after a comma) and the participle's match."""
    found: list[tuple[int, str | None, re.Match[str]]] = []
    if comma := _PARTICIPLE_REPORT.search(text):
        found.append((comma.start(), None, comma))
    if "ing " in text and (message := _MESSAGE_SAYING.search(text)):
        found.append((message.start(), None, message))  # (the issuing verb ends the head)
    for word in _PARTICIPLE_LINKS:  # (plain searches: faster than one pattern for all)
        at = text.find(f" {word} ")
        while at >= 0:
            if alone := _PARTICIPLE_ALONE.match(text, at + len(word) + 2):
                found.append((at, word, alone))
                break
            at = text.find(f" {word} ", at + 1)
    return min(found, key=lambda each: each[0]) if found else None


#: A participle with a name of its own for subject, after "with" or "and", and "that": "...,
#: with Italy and Denmark pushing for the plan and Spain warning that it would break ...".
_ABSOLUTE = compiled(
    r"\b(?:with|and)\s+(?P<subject>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    rf"(?P<verb>{alternation(REPORTING_PARTICIPLES)})\s+that\s+(?=\S)"
)


def _absolute_report(text: str, end: int) -> Reported | None:
    """``..., with X saying that CLAUSE``, ``... and X warning that CLAUSE``: X says it."""
    match = _ABSOLUTE.search(text)
    if match is None or opens_quote(text) or not _has_finite(text[match.end() : end]):
        return None
    return Reported(match.end(), end, match["subject"], match["verb"], match.start("subject"))


def _participle_report(text: str, end: int) -> Reported | None:
    """``X did something, saying (that) CLAUSE``: the main clause's subject says it; or
    "before saying", "after noting", "by arguing": the subject of the clause they end,
    unless "by" follows a verb in the passive (its agent, unnamed, argues)."""
    if "ing " not in text:
        return None  # (a plain test first: each participle ends so)
    found = _participle(text)
    if found is None:
        return _absolute_report(text, end)
    lead_at, linked, match = found
    if opens_quote(text) and (linked or not _SAID_INVERTED_LAST.search(text, 0, lead_at)):
        return None  # a direct quotation's sentence, unless '"...," said X, adding that'
    content = text[match.end() :]
    for boundary in _REPORT_BOUNDARY.finditer(content):  # "..., though Mrs. Fiorina said":
        # a report of its own right after it (not "a crucial, although brief, chance")
        after = _REPORTED.search(content, boundary.end())
        if after and len(content[boundary.end() : after.start()].split()) <= 5:
            end = min(end, match.end() + boundary.start())
            content = content[: boundary.start()]
            break
    if after := _AFTER_REPORT.search(content):  # "..., a remark that angered the union"
        end = min(end, match.end() + after.start())
        content = content[: after.start()]
    head = _DATELINE.sub("", text[:lead_at])  # "Washington (AFP) – Clinton has ..."
    if linked:
        if linked == "by" and _PASSIVE_LAST.search(head):
            return None  # "hostility is often justified by arguing that": by no one named
        if linked == "for" and not _BLAMED_FOR.search(head):
            return None  # "Priebus scolded Romney for suggesting": Romney suggested it
        # "before saying", "by saying" belong to the clause they end: "..., while her main
        # rival, Bernie Sanders, has soared in the polls by saying that"
        head = _NEW_CLAUSE.split(head)[-1]
    subject, said = _participle_subject(head, linked=linked is not None)
    if (
        subject
        and not _NOT_CLAUSE.match(content)
        and len(content.split()) >= 3
        and not content.startswith(("``", "“", '"'))
        # "the city needs", "teachers only work"
        and (
            _has_finite(content)
            or SINGULAR_AND_VERB.match(content)
            or PLURAL_AND_VERB.match(content)
        )
    ):
        # the attribution's speaker is the last of its words before the participle
        at = text.rfind(subject, 0, match.start()) if said else text.find(subject)
        return Reported(match.end(), end, subject, match["verb"], max(at, 0))
    return None


def _participle_subject(head: str, *, linked: bool) -> tuple[str | None, bool]:
    """The subject of the clause a participle report ends (``head``), and whether a speech
    verb ending it gave it ("The plan is dead, Reyes said, adding that"); the subject of a
    clause coordinated after the main one ("prosecutors charged him and Emanuel fired his
    chief, acknowledging that": Emanuel) or, for a participle "by", "before" or "after"
    link to its clause (``linked``), of a relative clause ("the candidate who launched his
    campaign by declaring that")."""
    if said := _said_before(head):
        return said, True  # "The plan is dead, Reyes said, adding that ...": who said it
    if inverted := _SAID_INVERTED_LAST.search(head):
        return _valid_subject(inverted["speaker"]), True  # '"...," said Li, adding that'
    if linked and (who := head.rfind(" who ")) > 0 and "," not in head[who:]:
        return _valid_subject(_np_back(head[:who].rstrip())), False
    segments = head.split(",")
    # "Perhaps not coincidentally, Mr. Trump has ...": the main clause's subject
    subject = _main_subject_of(head) if len(segments) > 1 else None
    first = _clean(segments[0])
    if (
        subject is None
        and not (len(segments) > 1 and is_opening(first))
        # (not "The day before, at a rally ..., Mr. Trump was ..., claiming": no subject;
        # not "Maybe this is not surprising ..., suggesting": an adverb, no one)
        and first.partition(" ")[0].lower() not in _OPENING_ADVERBS
    ):
        subject = _valid_subject(run_on_to_verb(first, _noun_phrase(first)))
    coordinated = [m for m in _COORDINATED_NAME.finditer(head) if _has_finite(head[: m.start()])]
    if coordinated:
        subject = coordinated[-1]["subject"]
    if (
        len(segments) > 2
        and _names_someone(_clean(segments[1]))
        and not _EXAMPLES.match(_clean(segments[1]))  # "such as Carly Fiorina": examples
    ):
        # "Elian's great-uncle, Lazaro Gonzalez, is fighting ..., saying": the name
        subject = _valid_subject(_clean(segments[1])) or subject
    return subject, False


#: A clause joined by "and" whose subject is a name and whose verb is in the past, after a
#: clause with a verb of its own: "prosecutors charged the officer and Emanuel fired".
_COORDINATED_NAME = compiled(
    r"\band\s+(?P<subject>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    rf"(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST)})\b"
)


#: A speaker and speech verb ending the words before a participle, after a comma or a
#: quotation ("..., Reyes said, adding", '"...," Lewandowski added, saying').
_SAID_LAST = compiled(
    rf"(?:,|[\"”'’])\s*(?P<speaker>[^,;:\"“”]{{1,60}}?)\s+(?:{_ADVERB}\s+)*(?:{_SPEECH})"
    rf"(?:\s+{_ADVERBIAL}){{0,2}}\s*$"  # "said Thursday night"
)


#: A speech verb and its speaker after a quotation's closing mark, ending the words before a
#: participle: '"...," said Staff Sgt. Mike Smith, adding', '..." said Li, a spokesman,' (not
#: whom a verb urged to do something: "..., urged Congress on Monday to reject a cut").
_SAID_INVERTED_LAST = compiled(
    rf"[,\"”'’]\s*(?:{_SPEECH})\s+(?![^,;:\"“”]*\sto\s)(?P<speaker>[A-Z][^,;:\"“”]{{1,50}}?)"
    r"(?:,\s+(?:a|an|the)\s+[^,;:\"“”]{1,60})?\s*$"
)
_LAST_RELATIVE = compiled(r".*\b(?:that|which|who|whom)\s+")


def _said_before(head: str) -> str | None:
    """The speaker of the attribution that ends ``head`` (the words before ", adding ..."),
    when it is one: a short noun phrase with no verb of its own — a relative clause's own
    subject when the verb ends one ("a charge that Colorado leaders denied, noting")."""
    said = _SAID_LAST.search(head)
    if said is None:
        return None
    words = said["speaker"]
    if relative := _LAST_RELATIVE.search(words):
        words = words[relative.end() :]  # "a charge that Colorado leaders denied, noting"
    speaker = _valid_subject(words)
    if speaker is None or len(speaker.split()) > 6 or _has_finite(speaker):
        return None
    return speaker
