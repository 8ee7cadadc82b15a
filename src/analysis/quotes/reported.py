"""Reported speech: ``X said (that) CLAUSE`` / ``CLAUSE, X said.`` / ``..., X said, CLAUSE`` /
``According to X, CLAUSE`` / ``X was quoted as saying CLAUSE`` / ``..., saying CLAUSE``: the
content's extent and the speaker phrase as written.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from analysis.language.english.speech import (
    COGNITION_VERBS,
    FINDING_VERBS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    REPORTING_PARTICIPLES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    THAT_PARTICIPLES,
)
from analysis.patterns import compiled
from analysis.quotes.according import _FINAL_ACCORDING, _according_first, _according_in_relative
from analysis.quotes.clauses import (
    _AS_CLAUSE,
    _RELATIVE_LEAD,
    _in_subordinate_clause,
    opens_as_subordinate,
    person_opening_with_who,
    relative_closed_by_predicate,
)
from analysis.quotes.commas import _place_commas_kept
from analysis.quotes.final_attribution import (
    _BAD_SPEAKER,
    _FINAL_INVERTED,
    _SPEECH_AFTER,
    _final,
    _speaker_from,
    _speaker_ok,
)
from analysis.quotes.findings import document_showing, found_last
from analysis.quotes.finite import SHORT_CLAUSE, SINGULAR_AND_VERB, _has_finite, has_any_finite
from analysis.quotes.marks import all_quoted, closing_end, comma_outside, quotation_closes
from analysis.quotes.noun_phrases import contact_relative_subject
from analysis.quotes.openings import _SUBORDINATE_OPENING, without_dateline
from analysis.quotes.parenthetical import _NAMED_SUBJECT, SUBJECT_LAST, parenthetical_report
from analysis.quotes.participle_reports import _participle_report
from analysis.quotes.phrases import (
    _CAPITALISED_WORDS,
    _RELATIVE_INSIDE,
    _subject_before,
    opens_quote,
)
from analysis.quotes.pre_verbal import without_trailing_adverbs
from analysis.quotes.quoted_as import quoted_as_saying
from analysis.quotes.reports import (
    _AFTER_REPORT,
    _MORE_REPORTING,
    _NEW_CLAUSE,
    _REPORT_BOUNDARY,
    Reported,
    content_start,
    reporting_verbs,
    summing_up,
)
from analysis.quotes.set_off_speakers import role_and_name_last
from analysis.quotes.speaker_shape import _np_like
from analysis.quotes.speech_clause import (
    _AUXILIARY_NEXT,
    _OBJECT_RELATIVE_LAST,
    _SUBORDINATE_FIRST,
    clause_after,
    is_reported_clause,
    object_before_a_clause,
)
from analysis.quotes.verb_uses import _noun_in_an_opening, _verb_is_a_noun_or_passive, asks

__all__ = ["REPORT_CUES", "Reported", "might_report", "reported"]


#: Small patterns of the clause readers below.
_AND_LAST = compiled(r",?\s+(?:and|but)\s+(?:(?:also|then)\s+)?$")


#: Words one of which every form of reported speech below has: a speech or cognition verb
#: (of several words, the first: "fired back"), "according", "quoted" or a participle.
REPORT_CUES: frozenset[str] = frozenset(
    {verb.split()[0] for verb in SPEECH_VERBS | COGNITION_VERBS}
    | _MORE_REPORTING
    | {"read", "reads", "sang", "according", "quoted", "telling"}
    | {"showing", "finding", "suggesting", "indicating", "concluding"}  # (document_showing)
    | REPORTING_PARTICIPLES
    | THAT_PARTICIPLES
    | FINDING_VERBS
)  # fmt: skip
_LOWER_WORD = compiled(r"[a-z]+")


def might_report(sentence: str) -> bool:
    """Whether a sentence has a word of :data:`REPORT_CUES`: most sentences of a news story
    have none, and :func:`reported` skips them without trying its patterns."""
    return not REPORT_CUES.isdisjoint(_LOWER_WORD.findall(sentence.lower()))


def reported(sentence: str) -> list[Reported]:
    """Reported statements in one sentence: ``X said (that) CLAUSE``, ``CLAUSE, X said.``,
    ``..., X said, CLAUSE``, ``According to X, CLAUSE``. Offsets index into ``sentence``."""
    if not might_report(sentence):
        return []
    return [_quotation_closed(sentence, report) for report in _reported(sentence)]


def _quotation_closed(sentence: str, report: Reported) -> Reported:
    """A report whose content opens a quotation it does not close, taken on to the closing
    mark (:func:`~analysis.quotes.marks.closing_end`)."""
    end = closing_end(sentence, report.start, report.end)
    return report if end == report.end else dataclasses.replace(report, end=end)


_RELATIVE_FIRST = compiled(r"(?:who|whose|which)\b")


#: A relative clause in the past with an object after a speech verb's form: "remarks that
#: angered the union" (a noun set off after a clause, no one remarking).
_NOUN_AND_RELATIVE = compiled(
    r"(?<=s)\s+(?:that|which)\s+[a-z]+ed\s+(?:the|a|an|his|her|their|its|many|some)\b"
)
#: A participial phrase ending a sentence after its last comma: ", raising the prospect of
#: flight cancellations." (what a statement brings about), ", adding that ..." (more said).
_PARTICIPLE_TAIL = compiled(r",\s+(?P<verb>[a-z]{3,}ing)\b[^,;:\"“”]*[.!?]?\s*$")
#: The verbs of a plain attribution, before such a participial phrase.
_PLAIN_SAYING = frozenset(
    "said says told added wrote reported announced confirmed stated noted explained".split()
)


@_place_commas_kept
def _reported(sentence: str) -> list[Reported]:
    """The reported statements of one sentence (see :func:`reported`): the frames that make a
    sentence one report are tried first, in order; then a participle report, a parenthetical
    one, and the reports of the speech verbs in the sentence."""
    text = sentence.rstrip()
    end = len(text.rstrip(".!?\"”' "))
    if (": " in text or "; " in text) and (both := _said_then_more(text, end)):
        return both
    for frame in (_according_first, _according_last, _according_in_relative,
                  role_and_name_last, _said_last,
                  _said_last_inverted, quoted_as_saying, _said_before_subordinate,
                  found_last):  # fmt: skip
        if (report := frame(text, end)) is not None:
            if frame is not _said_last:
                return [report]
            # "..., Shandro said, adding that ...": the frame's report and the participle's
            more = _participle_report(text, end)
            return [
                *_with_inner(text, report),
                *([more] if more and more.start > report.end else []),
            ]
    found = []
    if (participle := _participle_report(text, end)) is not None:
        found.append(participle)
    if (shown := document_showing(text, end)) is not None:
        found.append(shown)  # "the agency's own figures showing that ..."
    if (parenthetical := parenthetical_report(text, end)) is not None:
        # "..., the director confirmed Wednesday, days after a newspaper reported that ...":
        # a report of its own after the attribution and the words it set off
        # (not "..., a step critics say will cost ...": what sums the statement up)
        after = [r for r in _verb_reports(text, end) if r.speaker_at > parenthetical.speaker_at
                 and r.speaker_at >= parenthetical.end and _REPORT_BOUNDARY.search(
                     text, parenthetical.speaker_at, r.speaker_at)]  # fmt: skip
        return [*found, parenthetical, *after]
    if (
        "by" in text
        and (passive := _PASSIVE_REPORT.search(text)) is not None
        and not opens_quote(text)
    ):
        # "Rubio was asked by moderator Gerard Baker whether ...": the agent speaks
        found.append(Reported(passive.end(), end, passive["agent"], passive["verb"],
                              passive.start("agent"), passive.end("verb")))  # fmt: skip
    spans = {(report.start, report.end) for report in found}
    # the content of a participle report once ("..., Reyes said, adding that ..."); none
    # whose speaker a condition opens with ("If the board finds the evictions were ...")
    return found + [
        r
        for r in _verb_reports(text, end)
        if (r.start, r.end) not in spans and not _CONDITION.search(text, 0, max(r.speaker_at, 0))
    ]


def _in_relative(text: str, verb_at: int, verb_end: int) -> bool:
    """Whether the speech verb at ``verb_at`` is in a relative clause: set off after a comma
    ("Smith, who said"), or an object relative with its predicate after the verb ("which the
    data show will cost")."""
    return bool(_RELATIVE_LEAD.search(text, 0, verb_at)) or bool(
        _AUXILIARY_NEXT.match(text, verb_end) and _OBJECT_RELATIVE_LAST.search(text, 0, verb_at)
    )


def _with_inner(text: str, report: Reported) -> list[Reported]:
    """A sentence-long report and the reports of its own inside it after a boundary ("...
    will review how it was awarded, after a whistleblower alleged that ..., the office
    said": the office's report ends at ", after"; the whistleblower's follows)."""
    inner = [
        r
        for r in _verb_reports(text[: report.end], report.end)
        if r.speaker_at > report.start
        and _REPORT_BOUNDARY.search(text, report.start, r.speaker_at)
        and r.start > r.speaker_at
    ]
    if not inner:
        return [report]
    cut = _REPORT_BOUNDARY.search(text, report.start, inner[0].speaker_at)
    return [dataclasses.replace(report, end=cut.start()) if cut else report, *inner]


#: A condition opening the sentence, up to a speaker inside it: what they would say, not
#: what they said ("If the board finds ..."; not "If ... - and ... - LeVell believes", nor
#: "even if the election returns suggest": a concession).
_CONDITION = compiled(r"^\W*(?i:if|unless)\s+[^,;:—–-]*$")


#: A colon or a semicolon and what follows it, after an attribution: "They were wrong, she
#: said: they left with a laptop".
_THEN_MORE = compiled(r"[:;]\s+(?=[a-z])")


def _said_then_more(text: str, end: int) -> list[Reported] | None:
    """``CLAUSE, X said: CLAUSE`` (or ``;``): both clauses are X's, the one the attribution
    ends and the one its colon opens; None when the words before the colon are no such
    report or what follows is no clause."""
    more = _THEN_MORE.search(text)
    if more is None or opens_quote(text):
        return None
    first = _said_last(text[: more.start()], more.start())
    rest = text[more.end() : end]
    if first is None or first.end > more.start() or not _has_finite(rest) or '"' in rest:
        return None
    if len(text[first.speaker_at : more.start()].split()) > len(first.speaker.split()) + 3:
        return None  # (the attribution ends the words before the colon: "she said Monday")
    second = Reported(more.end(), end, first.speaker, first.verb, first.speaker_at)
    return [first, second]


_SUBORDINATE_TAIL = compiled(r"(?:as|while|because|since|although|though|amid|even\s+as)\s")


def _according_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, according to X.``"""
    if "according to" not in text or (match := _FINAL_ACCORDING.search(text)) is None:
        return None
    appositive = match["appositive"] or ""
    if not appositive.startswith(("who ", "which ")) and _has_finite(
        _RELATIVE_INSIDE.split(appositive)[0]
    ):
        return None  # "..., according to police, the man fled.": a clause, no appositive
    if (
        match["tail"]
        and has_any_finite(match["tail"])
        and not _SUBORDINATE_TAIL.match(match["tail"])
    ):
        return None  # "..., according to police, he fled." (but "..., as judges leave ...": a
        # subordinate clause of the clause before)
    head = text[: match.start()]
    start = content_start(head)  # past a dateline: "HALIFAX — Patients waited ..., according"
    speaker = _SPACED_DASH.split(match["speaker"], maxsplit=1)[0]  # "X - half a point": X
    if speaker.endswith(")") and (opened := head.rfind("(")) > head.rfind(")"):
        # "... (the actual number is 15 percent, according to Factcheck.org).": the aside's
        start, speaker = opened + 1, speaker[:-1].rstrip()
    if len(head[start:].split()) < 4 or opens_quote(head):
        return None
    if (inner := _verb_reports(head, len(head))) and _said_by_the_subject(head, start, inner[0]):
        # "Clinton told donors that she was focused on ..., according to an aide": what she
        # said (the aide only tells of it)
        return inner[0]
    return Reported(start, match.start(), speaker, "according to", match.start("speaker"))


_SPACED_DASH = compiled(r"\s+[-–—]+\s+")


def _said_by_the_subject(head: str, start: int, report: Reported) -> bool:
    """Whether a report's speaker is the subject of the sentence ``head`` opens at
    ``start``: first, or after an opening phrase and its comma ("On Monday, Trump said"),
    and next to its verb (not "As this reporter revealed, ...", "... performed well among
    voters who believe that ...", "Sullivan initiated ..., and he sometimes added ..."), and
    says it: a belief is no statement ("Police believe X, he said": what he said)."""
    before = head[start : report.speaker_at]
    if before.strip() and not (before.rstrip().endswith(",") and not _has_finite(before)):
        return False
    between = head[report.speaker_at + len(report.speaker) : report.verb_at - len(report.verb)]
    return "," not in between and len(between.split()) <= 2 and report.verb not in COGNITION_VERBS


#: A word that opens a clause: a speaker phrase with one is no speaker.
_CLAUSE_WORD = compiled(r"\b(?:that|which|who|when|where|if)\b")


def _said_last(text: str, end: int) -> Reported | None:
    """``CLAUSE, X said.`` — nothing after its comma has a comma: look from the last one, and
    only when a speech verb follows it; a participial phrase that reports nothing may follow
    ("..., their union said Monday, raising the prospect of cancellations"), or one that
    reports more (", adding that ...": a report of its own, see :func:`_reported`), or a noun
    phrase that sums up the clause ("..., the airline said Wednesday, its first routes to
    Asia.")."""
    # (the phrase holds no comma: only the last one can open it)
    last = max(text.rfind(","), 0)
    if tail := _PARTICIPLE_TAIL.match(text, last) or summing_up(text, last):
        text, end = text[: tail.start()], min(end, tail.start())
    text = comma_outside(text)  # '... released "when verified," Shandro said.'
    last_comma = text.rfind(",")
    if last_comma < 0 or not _SPEECH_AFTER.search(text, last_comma):
        return None
    final = _final(text, last_comma)
    if final is None or (tail is not None and final.verb not in _PLAIN_SAYING):
        return None  # (not "..., Mrs. Clinton struck many of the same notes, hitting ...")
    speaker = final.speaker.strip()
    head = text[: final.start]
    if (
        _speaker_ok(speaker)
        and _np_like(speaker)
        # "..., it said.": the organisation the sentence before opens with (resolution);
        # not "..., it went on."
        and (
            (speaker == "it" and final.verb in ("said", "says")) or not _BAD_SPEAKER.match(speaker)
        )
        and not all_quoted(head, content_start(head))
        and (len(head.split()) >= 4 or SHORT_CLAUSE.fullmatch(head))
        # "..., the best quarter it has reported." (not "the network that runs it said")
        and not (speaker.endswith(SUBJECT_LAST) and not _CLAUSE_WORD.search(speaker))
        and (not _CLAUSE_WORD.search(speaker) or _described_by_relative(speaker))
        and not opens_quote(head)
        # "When Rubio said it was great to be home, a man yelled.": a subordinate clause and
        # its main clause, no statement and its attribution
        and not (_SUBORDINATE_OPENING.match(head.lstrip()) and "," not in head)
        # "But the next day, according to Roffman, Trump made further demands.": the
        # words before have their own source
        and "according to" not in head.lower()
    ):
        start = content_start(head)
        if (inner := _verb_reports(head, len(head))) and _said_by_the_subject(
            head, start, inner[0]
        ):
            # "Eggleston ... said it could hurt the strategy, people familiar with the
            # session said": what the subject said (the others only tell of it)
            return inner[0]
        return Reported(start, final.start, speaker, final.verb, final.speaker_at)
    return None


#: A person or organisation a restrictive relative clause describes: "the hospital network
#: that runs it", "a man who found the body".
_RELATIVE_DESCRIBED = compiled(
    r"(?:the|a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+(?:who|that)\s+[a-z]+\b[^,]*$"
)


def _described_by_relative(speaker: str) -> bool:
    """Whether a speaker phrase is a person or an organisation a relative clause describes
    ("the hospital network that runs it", "the man who found it"), not a clause."""
    match = _RELATIVE_DESCRIBED.match(speaker)
    return match is not None and match["head"] in _DESCRIBED_HEADS


#: Heads of a speaker phrase a relative clause may describe.
_DESCRIBED_HEADS = ROLE_NOUNS | ORGANISATION_WORDS | PERSON_NOUNS


#: A subordinate clause set off by a comma at the end of a sentence: ", as it bets on AI".
_LAST_SUBORDINATE = compiled(
    r",\s+(?:as|because|while|after|before|when|though|although|since|amid|despite|"
    r"even\s+as|even\s+though)\s[^,]*$"
)


def _said_before_subordinate(text: str, end: int) -> Reported | None:
    """``CLAUSE, X said, as SUBORDINATE``: the words before the attribution are what was
    said; the subordinate clause after it hangs from the whole ("Shopify is laying off 20 per
    cent of its staff, the company said Thursday, as it bets on AI")."""
    comma = text.rfind(", ")
    if comma < 0 or _LAST_SUBORDINATE.match(text, comma) is None:
        return None
    return _said_last(text[:comma], comma)


#: A relative clause set off by a comma (", who joined the clinic in 2015"; ", and who asked
#: ...", joined to one before), or ending an appositive (", a developer who asked not to be
#: named"), or a subject of a few words opening the sentence with the clause that restricts
#: it ("The mother who installed the camera"): no verb of the sentence.
_RELATIVE_SET_OFF = compiled(
    r",\s*(?:(?:and|but)\s+)?(?:(?:an?|the)\s+(?:[\w'’-]+\s+){1,4}?)?(?:who|whose|which)\b[^,]*"
    r"|^\s*(?:[\w'’-]+\s+){1,4}(?:who|whose)\s[^,]*"
)

#: A subject opening the sentence with the relative clause that restricts it, and what
#: follows the clause's verb: "Patients who need care | should go to the clinic".
_RESTRICTED_SUBJECT = compiled(r"\s*(?:[\w'’-]+\s+){1,4}who\s+[\w'’-]+\s+(?P<rest>[^,]*)")


def _said_last_inverted(text: str, end: int) -> Reported | None:
    """``CLAUSE, said X.``"""
    if (match := _FINAL_INVERTED.search(text)) is None:
        return None
    head = text[: match.start()]
    speaker = match["speaker"].strip()
    # "Dr. Bonnie Henry, announced 45 cases": no clause; nor a name and its relative clause
    # ("Dr. Karen Wu, who joined in 2015, said the Chens built ...")
    unrelated = _RELATIVE_SET_OFF.sub("", without_dateline(head))  # ("OTTAWA — The ...")
    if not _has_finite(unrelated) and (restricted := _RESTRICTED_SUBJECT.match(head)):
        unrelated = restricted["rest"]  # "Patients who need care should go to ...": its verb
    if (
        len(head.split()) >= 4
        and (
            _has_finite(unrelated)
            or SINGULAR_AND_VERB.match(unrelated)  # "The loss matters for rivers ..., said X"
        )
        and not opens_quote(head)
        and not all_quoted(head, content_start(head))
        and not _BAD_SPEAKER.match(speaker)
        and _np_like(speaker)
    ):
        return Reported(content_start(head), match.start(),
                        _speaker_from(speaker) or speaker, match["verb"],
                        match.start("speaker"))  # fmt: skip
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


#: A passive speech verb with its agent before what was said: "was asked by Fox Business
#: moderator Gerard Baker whether ...", "had been told by officials that ...".
_PASSIVE_REPORT = compiled(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?"
    r"(?P<verb>asked|told|assured|warned|advised|informed|reminded)\s+by\s+"
    r"(?P<agent>(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)(?:\s+[\w.'’-]+){0,6}?)"
    r"\s+(?:that|whether|if)\s+"
)
#: A name and a comma after a speech verb: its speaker, unless a subject and its name set off
#: open the sentence (``_NAMED_SUBJECT``: "His brother, Tyler Boucher, said Ryan Boucher, 29,").
_INVERTED_NAME = compiled(rf"\s+{_CAPITALISED_WORDS}\s*,")


def _subject_of_report(
    text: str, match: re.Match[str], lead: str, accepted: list[_Report]
) -> str | None:
    """The subject of a speech verb: its own clause's, or — for a second report in the
    sentence — the first's when coordinated ("said ... and added"), the new clause's after
    a boundary; None when the verb is inside the first report or a quotation's attribution."""
    if not accepted:
        head = without_trailing_adverbs(lead)
        if quotation_closes(head) and not _QUOTED_IN_RELATIVE.match(head):
            return None  # "...," X said: the attribution of a direct quotation (not 'Trump,
            # who had mocked Bush as "low-energy," said': words inside the subject's clause)
        subject = _subject_before(head)  # (not "an outbreak" of "A nurse who ... before")
        return person_opening_with_who(head, subject) or subject
    previous = accepted[-1]
    between = text[previous.verb_end : match.start()]
    if coordinated := _AND_LAST.search(between):
        previous.end = previous.verb_end + coordinated.start()
        return previous.subject
    boundaries = list(_REPORT_BOUNDARY.finditer(between))
    if between.rstrip().endswith(",") and _RELATIVE_LEAD.search(
        text, 0, previous.verb_end - len(previous.verb)
    ):
        # "Leenders, who estimated that a third were supporters, said he voted ...": the
        # relative clause, and its report, end at the comma before the main verb
        previous.end = text.rfind(",", previous.start, match.start())
        return previous.subject
    head, _, tail = between.rpartition(",")  # ", a project experts say": no more the report
    if not boundaries and head and (contact := contact_relative_subject(tail.strip())):
        previous.end = previous.verb_end + len(head)
        return contact
    if not boundaries:
        comma = text.find(",", previous.start, match.start())
        main = text[comma + 1 : match.start()]
        if (
            comma > previous.start
            and opens_as_subordinate(text, previous.speaker_at)
            and "," not in main
            and not _RELATIVE_FIRST.match(main.lstrip())
            and (subject := _subject_before(main))
        ):
            # "While Comey has said that he ..., Lewandowski said": the subordinate clause,
            # and its report, end at its comma; the main clause's subject follows it
            previous.end = comma
            return subject
        return None  # "said that field tests suggested ...": inside the first report
    cut = boundaries[-1]
    previous.end = previous.verb_end + cut.start()
    return _subject_before(between[cut.end() :])


def _closes_earlier_quotation(head: str) -> bool:
    """Whether the words of a sentence before its speaker close a quotation opened in an
    earlier sentence: more closing marks than opening ones, or an odd number of marks that
    both open and close — straight ones, and two single quotes where no two backquotes open
    ('I know," he said' after '"I am sorry.')."""
    doubled = head.count("''")
    opened = head.count("``")
    return (
        head.count("”") > head.count("“")
        or (doubled > opened if opened else doubled % 2 == 1)
        or head.count('"') % 2 == 1
    )


#: A subject, then a relative clause quoting someone: 'Trump, who had mocked Bush as "low-energy,"'.
_QUOTED_IN_RELATIVE = compiled(r"[^\"“”,]+,\s+(?:who|which)\s[^\"“”]*[\"“][^\"“”]+[\"”],?\s*$")
#: Subjects whose finding is their own learning, not a report: "I found that ...".
_FINDERS_NOT = frozenset({"i", "we", "you"})


def _verb_reports(text: str, end: int) -> list[Reported]:
    """``X said (that) CLAUSE`` for each speech verb of the sentence, each report ending
    where the next begins."""
    accepted: list[_Report] = []
    opens_with_quote = opens_quote(text)
    matches = reporting_verbs(text)
    for match in matches:
        lead = text[: match.start()]
        if _verb_is_a_noun_or_passive(lead, match["verb"]) or _noun_in_an_opening(text, match):
            continue
        if lead.rstrip().endswith(",") and _NOUN_AND_RELATIVE.match(text, match.end()):
            continue  # "..., remarks that angered the union": a noun and its relative clause
        if asks(text, lead, match["verb"]):
            continue  # "Do you think a socialist can win?", "Asked whether he thought ...,"
        inverted = lead.rstrip().endswith(",") and _INVERTED_NAME.match(text, match.end())
        if inverted and not (_NAMED_SUBJECT.match(lead) and not _has_finite(lead)):
            continue  # "..., said Howard, but ...": the name after the verb speaks, not before
        clause = clause_after(text, match)
        if clause is None or not is_reported_clause(clause):
            continue
        if object_before_a_clause(match["verb"], clause):
            continue  # "declared victory in the election, but ...": what was declared
        if text[match.end() : clause.start].strip().startswith(",") and (
            (_in_subordinate_clause(text, match.start()) and not _AS_CLAUSE.search(lead))
            or (
                not clause.introduced
                and _SUBORDINATE_FIRST.match(clause.content)
                and ", that " not in clause.content  # "said, as expected, that ..."
            )
        ):
            continue  # "after the interview concluded, Maher stated": the main clause follows
            # (but "As Josh Earnest explained, three taxes were postponed": what he said);
            # "a man yelled, as the crowd cheered": a clause about the saying, not said
        subject = _subject_of_report(text, match, lead, accepted)
        if not subject or (match["verb"] in FINDING_VERBS and subject.lower() in _FINDERS_NOT):
            continue  # ("I found that", "we show that": what one learned, not a report)
        at = text.rfind(subject, 0, match.start())
        head = text[: max(at, 0)]
        if (
            quotation_closes(head)
            and (opens_with_quote or _closes_earlier_quotation(head))
            and not clause.participle
        ):
            continue  # ``...'' Albright said Monday: a direct quotation's attribution (also
            # of one opened a sentence before: 'I know," he said, his voice breaking.')
        accepted.append(_Report(clause.start, subject, match["verb"], max(at, 0), match.end(), end))
    # where each report begins: the speech verbs, and the verbs of finding that report
    # ("... say this account, and hundreds like it, show how ...": no second report)
    accepted_at = {report.verb_end - len(report.verb) for report in accepted}
    verbs = [
        m.start() for m in matches if m["verb"] not in FINDING_VERBS or m.start() in accepted_at
    ]
    found = []
    for report in accepted:
        begin, stop_at = report.start, report.end
        later = [v for v in verbs if begin < v < stop_at]
        if later:  # "..., and a spokesman said: ...": a new clause ends this report
            cuts = [m.start() for m in _NEW_CLAUSE.finditer(text[begin : later[0]])]
            if cuts:
                stop_at = begin + cuts[-1]
        if after := _AFTER_REPORT.search(text, begin, stop_at):
            stop_at = after.start()  # "..., to which O'Malley interjected": no more of it
        verb_at = report.verb_end - len(report.verb)
        relative = _in_relative(text, verb_at, report.verb_end)
        if relative and relative_closed_by_predicate(text, begin, stop_at):
            continue
        if relative or _in_subordinate_clause(text, report.speaker_at):
            # "when Rubio said it was great, a man yelled": the clause ends at its comma
            # (not "As Dell said last week in Tel Aviv, ...": what follows is what he said)
            comma = text.find(",", begin, stop_at)
            stop_at = comma if comma > begin and _has_finite(text[begin:comma]) else stop_at
        content_end = len(text[:stop_at].rstrip(" ,;.!?\"”'"))
        if relative and len(text[begin:content_end].split()) < 3:
            continue  # "Pathway, which has maintained the site, said": what it did, no statement
        if content_end > begin:
            found.append(Reported(begin, content_end, report.subject, report.verb,
                                  report.speaker_at, report.verb_end))  # fmt: skip
    return found
