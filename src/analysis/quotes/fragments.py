"""Who a quoted fragment inside a sentence belongs to: ``Reyes called the plan "a
disaster"``, ``Trump's pledge to "build a wall"``, ``..., with Sen. John McCain calling it
a "Chinese menu"``, ``the laws "are set," Trump said``. The subject of the verb that frames
the fragment before it, the owner of the words, or the attribution that ends the sentence;
none for a passive ("the plan was called "dead on arrival"") or a scare quotation.
"""

from __future__ import annotations

import re

from analysis.language.english.grammar import AUXILIARIES, DETERMINERS, PREPOSITIONS
from analysis.language.english.speech import (
    COGNITION_VERBS,
    FRAMING_PARTICIPLES,
    FRAMING_VERBS,
    MESSAGE_NOUNS,
    PUBLISHING_VERBS,
    RELEASED_NOUNS,
    SAYING_NOUNS,
    STANCE_PARTICIPLES,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.according import _ACCORDING
from analysis.quotes.attribution import _AFTER_INVERTED, _SPEECH_PARTICIPLES, Attribution
from analysis.quotes.commas import _place_commas_kept
from analysis.quotes.final_attribution import (
    _FINAL_INVERTED,
    _final,
    _speaker_ok,
)
from analysis.quotes.marks import quotation_closes
from analysis.quotes.names import split_name
from analysis.quotes.noun_phrases import contact_relative_ending
from analysis.quotes.openings import _PREPOSITION, without_dateline
from analysis.quotes.phrases import (
    _CAPITALISED_WORDS,
    _SPEECH,
    _main_subject_of,
    _noun_phrase,
    _subject_before,
    _valid_subject,
)
from analysis.quotes.segments import _clean

__all__ = ["around_fragment", "framed_right_before"]

#: A pronoun for people in general ending a subject phrase: the subject of a clause of its
#: own, after the noun it describes ("a title game many called", "a plan some are calling").
_GROUP_LAST = compiled(r"(?:^|\s)(?P<group>many|some|others|most|few|several)$")

#: The end of a sentence inside the text before a fragment: what comes after it is another
#: sentence's.
_SENTENCE_BREAK = compiled(r"[.!?][\"”’']?\s+[A-Z]")
_FRAGMENT_VERB = compiled(
    rf"\b(?P<verb>{_SPEECH}|{alternation(COGNITION_VERBS)}|call(?:s|ed)?|describ(?:es|ed)?|"
    rf"dismiss(?:es|ed)?|condemn(?:s|ed)?|den(?:y|ies|ied)|accus(?:es|ed)|criticiz(?:es|ed)|"
    rf"prais(?:es|ed)|label(?:s|ed|led)?|term(?:s|ed)?|dubb(?:ed)?|vow(?:s|ed)?|pledg(?:es|ed)|"
    rf"promis(?:es|ed)|countered|brand(?:s|ed)|blam(?:es|ed)|thank(?:s|ed)|hail(?:s|ed)|"
    rf"slamm?(?:s|ed)|blast(?:s|ed)|denounc(?:es|ed)|characteriz(?:es|ed)|decr(?:ies|ied)|"
    rf"mock(?:s|ed)|tout(?:s|ed)|rip(?:s|ped)|"
    # the progressive after a form of "to be": "Huckabee is labeling Obama's actions "
    rf"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))(?:calling|describing|labell?ing|branding|dubbing|"
    rf"terming|dismissing|denouncing|slamming|blasting|blaming|praising|hailing|mocking))\b"
)
#: "what" and the name that is the subject of the verb after it, an appositive set off
#: after it perhaps: "in what Bay Buchanan, national treasurer for Reagan's campaign,
#: called" (a pronoun there is the main clause's subject's: "denounced what he called").
_WHAT_SUBJECT = compiled(
    r"\bwhat\s+(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:\s*,[^,\"“”]{1,80},)?$"
)
#: A verb that names what it frames, right before the fragment: "what Mr. Hedge called".
_FRAMED_BEFORE = compiled(
    r"\b(?:call(?:s|ed)?|describ(?:es|ed)\s+as|dubb?(?:s|ed)?|term(?:s|ed)?|label(?:s|ed|led)?|"
    r"brand(?:s|ed)?|dismiss(?:es|ed)\s+as)(?:\s+(?:it|them|him|her))?\s*$"
)


_PARTICIPLE = compiled(
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


#: A form of "to be" (and an adverb) right before a verb: the verb is passive.
_PASSIVE_BEFORE = compiled(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


#: ``..., with Sen. John McCain calling it a "Chinese menu."``: the participle's own subject,
#: after "with", says the fragment (no quotation mark between).
#: What someone named said, owned by them, with the quoted fragment as its content: "Trump's
#: controversial pledge to be", "Sanders's call for a", "Sanders' call for", "Clinton's
#: assertion of a". Not
#: "Ginsburg's comments "shows bias"", "Trump's remarks as "hurtful"", "her comments to the FBI
#: were "truthful"": there the quotation says something of the words, and is someone else's.
_PROMISES = frozenset("pledge promise vow call threat plea demand".split())
_OWNED_SAYING = compiled(
    rf"(?P<owner>{_CAPITALISED_WORDS})(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<noun>"
    rf"{alternation(SAYING_NOUNS)})\s+(?:that|for|of)|(?P<promise>{alternation(_PROMISES)})\s+to)"
    r"\b(?:\s+[\w'’-]+){0,4}?\s*$"
)
_WITH_PARTICIPLE = compiled(
    r"\bwith\s+(?P<subject>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ing\s+(?:[^\"“”,.]*?\s)?to\s+(?P<base>{alternation(FRAMING_VERBS)})|"
    # (no colon or full stop after it: "comes with the right calling card: He ...")
    rf"(?P<verb>{alternation(FRAMING_PARTICIPLES)}))\b[^\"“”:;]*$"
)


_RELEASED_WORDS = tuple(MESSAGE_NOUNS | RELEASED_NOUNS)
#: A message put out and a participle or clause that gives its words: "President Obama
#: released a statement Thursday night condemning", "Black Lives Matter issued a statement
#: saying it took the action", "Trump released a new radio ad calling it", "a marketing video
#: that said": the subject of the putting out speaks.
_RELEASED_WITH = compiled(
    rf"(?P<head>.*?)\s+(?P<verb>(?:{alternation(PUBLISHING_VERBS | {'put', 'puts', 'aired'})})"
    r"(?:\s+out)?)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(MESSAGE_NOUNS | RELEASED_NOUNS)})\b(?:\s+[^,:;\"“”]{{1,40}}?)?,?\s+"
    rf"(?:(?:that|which)\s+(?:said|says|called|calls|described|describes)|"
    rf"(?:{alternation(FRAMING_PARTICIPLES | STANCE_PARTICIPLES)}))\b[^\"“”]*$"
)


_AUXILIARY_NEXT = compiled(rf"\s+(?i:{alternation(AUXILIARIES)})\b")
#: What opens a clause before its subject's noun, or owns that noun ("that her tweet was"):
#: a verb's word after it and before an auxiliary is that noun.
_CLAUSE_START_LAST = compiled(
    r"(?:^|\b(?i:that|the|these|those|some|many|all|other|and|but|because|if|when|while|whether|"
    r"his|her|their|its|our|my|your))\s+$"
)
_NOUN_OR_INFINITIVE_BEFORE = compiled(
    rf"(?:\b(?i:{alternation(DETERMINERS - {'her', 'this', 'that'} | {'to', 'of'})})|"
    r"['’]s|s['’])\s+$"  # "his claim", "the mechanics' demand"
)
_AS_FIRST = compiled(r"^(?:just\s+)?as\s+")
#: A modal right before a verb, in lower case ("Will called for": a name).
_MODAL_BEFORE = compiled(r"\b(?:must|should|would|will|could|can|may|might|shall)\s+$")
#: A closing quotation mark ending the words before a verb: ``...'' said X.
_QUOTE_CLOSED_LAST = compiled(r"(?:''|”|\")[,.]?$")
#: A preposition right before a verb's word: a noun there, not a verb in the present or the
#: past ("popular in states across the country", "with claims that"; "after calling it" is
#: a participle's clause).
_PREPOSITION_BEFORE = compiled(rf"\b(?i:{alternation(PREPOSITIONS)})\s+$")
#: A speech or stance participle after the main clause, somewhere before a quoted fragment:
#: ``Trump reversed himself, telling CBS that the laws "are set"``, ``..., saying the city
#: embodied the "bravery ..."``, ``..., accusing the senator of reciting "memorized
#: speeches"``: the main clause's subject says it.
#: A relative or whether-clause or an aside set off by dashes before a stance participle:
#: the participle may be that clause's ("who worked the crowd, praising", "- whether it's
#: raising questions ..., attacking"), not the main clause's.
_CLAUSE_OR_ASIDE = compiled(r"\b(?:who|whom|which|whether)\b|\s[—–-]\s")
#: A participle that names what it frames, no comma before it, its object a name right
#: before the fragment (or before a first one and "and"): "unleashed tweets calling Donald
#: Trump a", "labelling Smith".
_FRAMING_NAMED = compiled(
    r"\s(?P<verb>calling|describing|labell?ing|branding|dubbing|terming)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:an?|the|as)\b\s*)?"
    # and a second fragment after the first: 'a "loser" and a "bully."'
    r"(?:[\"“][^\"“”]{1,60}[\"”],?\s+(?:and|or)\s+(?:(?:an?|the)\b\s*)?)?$"
)
_PARTICIPLE_BEFORE = compiled(
    rf",(?<=[\w\"”’'],)[\"”’']?\s*(?:and\s+)?"
    rf"(?P<verb>{_SPEECH_PARTICIPLES}|{alternation(STANCE_PARTICIPLES | FRAMING_PARTICIPLES)}|"
    # "..., introducing himself to voters as "a Christian ...""
    r"introducing\s+(?:himself|herself|themselves))\b"
)


def framed_right_before(before: str) -> bool:
    """Whether the words before a quoted fragment end with the verb that frames it ("under
    what Mr. Hedge called", "which she described as"; not a verb of thinking, nor a passive):
    its speaker is before it, not in an attribution after it."""
    match = _FRAMED_BEFORE.search(before)
    # not the passive: "could be termed ''influence peddling,'' the Post reported"
    return match is not None and not _PASSIVE_BEFORE.search(before, 0, match.start())


#: A new clause, its subject first, after a comma and "and" or "but": what a verb before it
#: reports ends there ("..., and there is", "..., but the city").
_NEW_CLAUSE_AFTER = compiled(
    r",\s+(?:and|but)\s+(?:there|it|the|a|an|he|she|they|we|I|[A-Z][\w'’-]*)\s+[a-z]"
)
#: A relative pronoun: a speaker phrase with one is a clause, no speaker.
_RELATIVE_WORD = compiled(r"\b(?:that|which|who)\b")


@_place_commas_kept
def around_fragment(before: str, after: str) -> Attribution | None:
    """The speaker of a quoted fragment inside a sentence: the subject of the speech verb
    before it, a sentence-final ``..., X said``, or ``according to X``."""
    if match := _ACCORDING.search(before + " " + after):
        return Attribution(match["speaker"], "according to")
    if match := _WITH_PARTICIPLE.search(before):
        return Attribution(match["subject"], match["verb"] or match["base"])
    if (
        any(noun in before for noun in _RELEASED_WORDS)
        and (released := _RELEASED_WITH.match(before))
        and (subject := _subject_before(released["head"]))
    ):
        return Attribution(subject, released["verb"])  # "issued a statement saying it"
    if (owned := _OWNED_SAYING.search(before)) and (owner := split_name(owned["owner"])[0]):
        return Attribution(owner, owned["noun"] or owned["promise"])  # "Trump's pledge to be "
    if (participle := _PARTICIPLE.match(before)) and (subject := _main_subject(after)):
        return Attribution(subject, participle["verb"].lower())
    verbs = [
        m
        for m in _FRAGMENT_VERB.finditer(before)
        # a noun after an article or possessive ("his claim that", "their statement"), an
        # infinitive after "to" (not after "her": "heard her say")
        if not _NOUN_OR_INFINITIVE_BEFORE.search(before, 0, m.start())
        and before[m.start() - 1 : m.start()] != "-"  # "so-called": an adjective
        # a modal's verb: what someone must or will say, not said ("and said the company
        # must respond "with humility"": the report's speaker's words)
        and not _MODAL_BEFORE.search(before, 0, m.start())
        and (m["verb"].endswith("ing") or not _PREPOSITION_BEFORE.search(before, 0, m.start()))
        # passive: "the plan was called 'dead on arrival'" names the plan, nobody speaks
        and (m["verb"].endswith("ing") or not _PASSIVE_BEFORE.search(before[: m.start()]))
        # a noun before its verb: "that states can pass such laws because "..." (not "the
        # ones State now says are "...": a subject before it)
        and not (
            _AUXILIARY_NEXT.match(before, m.end())
            and _CLAUSE_START_LAST.search(before, 0, m.start())
        )
    ]
    final = _final(after)
    for match in reversed(verbs):
        if final is not None and _NEW_CLAUSE_AFTER.search(before, match.end()):
            break  # "X has indicated ..., and there is "no way" ..., Perez said": Perez's
        lead = before[: match.start()].rstrip()
        if _QUOTE_CLOSED_LAST.search(lead) and quotation_closes(lead):  # ``...'' said X
            if (inverted := _AFTER_INVERTED.match(before[match.start() :])) is not None:
                return Attribution(inverted["speaker"], inverted["verb"])
            continue
        if (what := _WHAT_SUBJECT.search(lead)) and _speaker_ok(what["subject"]):
            return Attribution(what["subject"], match["verb"])  # "in what Bay Buchanan, ...,"
        subject = contact_relative_ending(lead) or _subject_before(lead)
        if subject and (group := _GROUP_LAST.search(subject)) and group.start() > 0:
            subject = group["group"]  # "a title game many called": many, not the clause
        if subject:
            return Attribution(subject, match["verb"])
    participles = list(_PARTICIPLE_BEFORE.finditer(before))
    if participles and not _SENTENCE_BREAK.search(before, participles[-1].end()):
        last = participles[-1]
        # (not "Kingson, who worked the crowd, praising "...": the relative clause's own)
        theirs = last["verb"] in STANCE_PARTICIPLES and _CLAUSE_OR_ASIDE.search(
            without_dateline(before[: last.start()])
        )
        if not theirs and (subject := _main_subject_of(before[: last.start()])):
            return Attribution(subject, last["verb"])
    if (framing := _FRAMING_NAMED.search(before)) and (
        subject := _main_subject_of(before[: framing.start()])
    ):
        return Attribution(subject, framing["verb"])  # "tweets calling Donald Trump a "loser""
    if final is not None:
        # "..., as Sanders' campaign manager suggested": the manager, not "as ..."
        speaker = _AS_FIRST.sub("", final.speaker.strip())
        if _speaker_ok(speaker) and not _RELATIVE_WORD.search(speaker):
            return Attribution(speaker, final.verb)
    if match := _FINAL_INVERTED.search(after):
        speaker = match["speaker"].strip()
        if (
            _speaker_ok(speaker)
            and not _RELATIVE_WORD.search(speaker)
            and not _PREPOSITION.match(speaker)  # "proclaimed to a cheering crowd": no one
        ):
            return Attribution(speaker, match["verb"])
    return None
