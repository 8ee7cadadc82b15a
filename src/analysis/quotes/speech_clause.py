"""The clause a speech verb reports: what follows the verb once what is not said is passed
("told reporters", "in a statement Tuesday", "Monday", "insisting that"), and whether it is
a clause at all ("said pleasantly into the phone", "said goodbye": no report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.language.english.grammar import IRREGULAR_PAST, PREPOSITIONS
from analysis.language.english.speech import (
    ASKING_VERBS,
    CLAIM_NOUNS,
    COUNTING_VERBS,
    FINDING_VERBS,
    HOLDING_VERBS,
    MESSAGE_NOUNS,
    OCCASION_NOUNS,
    PUBLISHING_PARTICIPLES,
)
from analysis.language.english.sport import SCORING_NOUNS
from analysis.language.english.temporal import NUMBER_WORDS
from analysis.patterns import alternation, compiled
from analysis.quotes.final_attribution import (
    _speech_participle,
)
from analysis.quotes.findings import _NAME_STANDING, _NAME_THEN_PAST, _PLURAL_THEN_AUXILIARY
from analysis.quotes.finite import FINITE_WORD, _has_finite, has_any_finite
from analysis.quotes.phrases import (
    _ADVERBIAL,
    _SETTING,
    _SETTING_THAT,
    _SPEECH,
    _TIME_LEAD,
    SETTING_PREPOSITIONS,
)
from analysis.quotes.pre_verbal import _LY_ADVERB
from analysis.quotes.reports import _NEW_CLAUSE
from analysis.quotes.speaker_shape import _appositive_only
from analysis.quotes.told import (
    _PARTICLE_BEFORE_THAT,
    _whom_length,
)

__all__ = ["Clause", "clause_after", "is_reported_clause"]

#: Small patterns of the clause reader below.
_THAT_NEXT = compiled(r"\s+that\b")
#: A particle of motion after a speech verb of several words ("fired back", "weighed in"):
#: the words move something ("shot back up", "weighed in at 90 kilos" is not one of them).
_MOTION_NEXT = compiled(r"\s+(?:up|down|off|out|over|into|onto|through|above|below)\b")
_THAT_LAST = compiled(r"\bthat\s+$")
#: An aside set off between a speech verb and its "that": "said, however, that", "noted,
#: as expected, that".
_ASIDE_THEN_THAT = compiled(r",\s*(?P<aside>[^,;:\"“”]{1,30}),(?=\s+that\s+\S)")
#: A claim someone owns ending a setting: "in favor of the father's request", "against her
#: claim" — the "that" after it opens what the claim is, no speech verb's clause.
_OWNED_CLAIM = compiled(
    rf"(?:['’]s|\b(?:his|her|their|its))\s+(?:[a-z-]+\s+)?(?:{alternation(CLAIM_NOUNS)})$"
)
#: A setting of the subject's own document: "in his decision", "in their ruling".
_IN_OWN = compiled(r"\s*in\s+(?:his|her|their|its)\s")


def _claim_owned(setting: str) -> bool:
    """Whether a setting before "that" ends with a claim someone owns, whose content the
    clause is ("in favor of the father's request"; not "in his decision": where the subject
    wrote it)."""
    return bool(_OWNED_CLAIM.search(setting)) and not _IN_OWN.match(setting)


#: A vote's count after a verb of deciding: "ruled 6-3 on Thursday that", "voted 12-4".
_VOTE_COUNT = compiled(r"\d{1,3}-\d{1,3}\s+(?=[a-zA-Z])")
#: A perfect tense's auxiliary right before a verb ("has added", "had also added").
_PERFECT_BEFORE = compiled(r"\b(?:has|have|had|having)\s+(?:[a-z]+ly\s+|also\s+)?$")
_ADVERB_THEN_THAT = compiled(rf"(?:{_ADVERBIAL})(?:\s+(?:{_ADVERBIAL}))*,?\s+that\s+(?=\S)")
#: A finite verb, for the look-aheads below.
_FINITE_WORD = FINITE_WORD
#: A message a statement was made in, before its clause with no "that": "said in a
#: statement the industry welcomed the loans", "said in an email officers had searched".
_PUBLISHED = rf"(?:{alternation(PUBLISHING_PARTICIPLES)})"
#: Occasions one speaks at, a message's setting too: "in a televised address", "at a news
#: conference" (not the media of OCCASION_NOUNS: "on television" is no address).
_OCCASIONS = OCCASION_NOUNS - {"twitter", "facebook", "television", "radio", "floor", "stage"}
_MESSAGE_SETTING = compiled(
    r"(?:in|on|at|through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{alternation(MESSAGE_NOUNS | _OCCASIONS | {'post'})})\s+"
    # "in a letter published Wednesday that": when it was made public, then "that" (also
    # "in an emailed statement that")
    rf"(?:(?:{_PUBLISHED}\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|earlier|last\s+\w+)\s+)?"
    r"that\s+)?"
    # not "in a statement released by the Trump campaign the AP report ...": unsure where
    # the statement's description ends
    rf"(?=[a-zA-Z])(?!{_PUBLISHED}\b)"
)
#: A message and a participle of making it public, where it was: "in a video posted online",
#: "in a statement released Monday", "on a website published by the party".
_MESSAGE_PUBLISHED = compiled(
    r"(?:in|on|through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_PUBLISHED})(?:\s+[^,;:\"“”]{{1,40}})?"
)
#: A relative word a few words before a verb, no comma before it: the verb is that of a
#: clause restricting the subject, whose own verb may follow ("Voters who denied the ...").
_RELATIVE_BEFORE = compiled(
    r"(?<!,)\s(?:who|which|that)\s+(?!(?:he|she|they|we|I|it|you)\s)(?:[\w'’-]+\s+){0,2}$"
)
#: Words no setting's noun phrase holds: a clause's or a comparison's ("than they have shown").
_NO_SETTING_WORDS = "that|than|as|because|if|when|while|so|and|but|or|since|though|whether|what"
#: A setting of a few words before a clause whose subject is a personal pronoun, no "that"
#: between: "said outside court he felt relieved", "said after the vote they would appeal"
#: (a pronoun in the subject's case opens no setting's noun phrase).
_SETTING_BEFORE_PRONOUN = compiled(
    rf"(?:{SETTING_PREPOSITIONS})\s+(?:(?!(?:he|she|they|we|I|it|{_NO_SETTING_WORDS})\b)[\w'’.-]+\s+){{1,5}}?"
    r"(?=(?:he|she|they|we|I|it)\s+[a-z])"
)
#: A quotation that opens a clause and closes inside it, words after it: "told CNN that
#: "everybody knows" the answer" (a partial quotation inside a report, no direct one; not
#: one closing on a comma, whose attribution follows: 'claimed that "...," one of ...').
_QUOTED_THEN_WORDS = compiled(r"(?:``|“|\")[^\"“”`']{0,79}?[^,\"“”`'](?:''|”|\")\s+[a-z]")
_PARTICIPLE_FIRST = compiled(r"(?P<verb>\w+ing)\s+(?:(?:out|up)\s+(?=that\s))?(?:that\s+)?")
_SUBORDINATE_FIRST = compiled(r"(?:if|when|while|although|though|because|once|as)\b")
#: A setting and the "that" after it, opening the words after a speech participle ("saying
#: at a rally that"; not "responding to the news that", where "that" opens what the news is).
_SETTING_THEN_THAT = compiled(rf"(?:{SETTING_PREPOSITIONS})\s[^,;:\"“”]{{1,80}}?,?\s+that\s+(?=\S)")
_CLAUSE_START = compiled(
    rf"^(?:\s+(?:{_ADVERBIAL}|{_SETTING}))*?(?:,\s*)?\s+(?:that\s+)?(?P<content>\S.*)$", re.S
)
#: A relative clause and then a finite verb, after a subject ("anyone who gets such a call
#: should ..."): the subject's verb.
_RELATIVE_THEN_VERB = rf"\s+(?:who|that)\s[^,.;:]{{0,80}}?\s{_FINITE_WORD}"
_NOT_CLAUSE = compiled(
    r"^(?:to\b|him\b|them\b|us\b|me\b|"
    # "her" is an object, unless it owns the subject of a verb ("said her plan would fail",
    # "said her son's grades had improved", "said her father works": a noun in the
    # singular, a verb in -s)
    # (or a name set off after its noun: "said her client, Tyrese Grant, 19, maintained")
    rf"her\b(?!(?:\s+[a-z0-9-]+(?:['’]s)?){{1,3}}(?:,\s+[A-Z][^,;:]{{1,40}},(?:\s+\d{{1,3}},)?)?"
    rf"\s+{_FINITE_WORD}|(?:\s+(?!to\b)[a-z-]+){{0,2}}\s+"
    r"(?!to\b)[a-z-]*[^s\W]\s+[a-z]{2,}[^s\W]s\b)|"  # (not "her tendency to commit gaffes")
    # "it" is an object, unless a verb follows, an adverb perhaps between ("said it
    # remained", "said it plans to", 'said it "goes against', 'said it "regularly reviews"')
    # (a singular subject's verbs: no "are", "were", "have")
    r"it\b(?!\s+[\"“]?(?:(?:[a-z]+ly|also|still|never|already|often|always|only|just|now)"
    r"\s+)?[\"“]?(?:is|was|would|will|had|has|could|may|might|should|did|does|can|"
    rf"[a-z]+ed|(?!this\b|thus\b|plus\b|perhaps\b|always\b|besides\b)[a-z]{{2,}}[^s\W]s|"
    rf"{alternation(IRREGULAR_PAST)})\b)|"
    r"goodbye|hello|so\b|yes\b|"
    # "said no", "said nothing", "said little" — unless a verb follows ("said no sentence
    # could bring him back", "said nothing had changed", "said no one was hurt")
    rf"(?:no|nothing|little)\b(?!(?:\s+[a-z-]+){{0,2}}\s+{_FINITE_WORD}|{_RELATIVE_THEN_VERB})|"
    # "said much" (not "said much of the plan was"), "said about the vote" (not "said about
    # half of the voters were", a count)
    # "said more" (not "said more research was needed": a subject and its verb)
    rf"much\b(?!\s+of\b)|more\b(?!\s+than\b|(?:\s+[a-z-]+){{1,2}}\s+{_FINITE_WORD})|"
    r"that\b|this\b\s*$|"
    # "said anything about it" (not "said anyone with information should call", "said
    # anyone who gets such a call should hang up": a relative clause before the verb)
    # (a person, a phrase of what they did or where they are before it: "said anyone born
    # after 1970 who has not had two doses should get one", "anyone living near the plant")
    rf"any(?:one|body)\b(?!(?:\s+(?:[a-z]{{2,}}ed|born|[a-z]{{2,}}ing)(?:\s+[\w-]+){{1,3}}?)?"
    rf"(?:(?:\s+[a-z-]+){{0,3}}\s+{_FINITE_WORD}|{_RELATIVE_THEN_VERB}))|"
    rf"any(?!one\b|body\b)\w*\b(?!(?:\s+[a-z-]+){{0,3}}\s+{_FINITE_WORD}|{_RELATIVE_THEN_VERB})|"
    r"about\b(?!\s+(?:half|a\s+(?:third|quarter|dozen)|\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|thirty|forty|fifty|\w+\s+percent)\b)|of\b|in\b|on\b|at\b(?!\s+(?:least|most)\b)|for\b|with\b|"
    r"by\b|from\b|"
    r"through\b|via\b|during\b|after\b|before\b|outside\b|inside\b|over\b|into\b|under\b|"
    r"against\b|beside\b|alongside\b|behind\b|"
    # a phrase with no clause after it: "fired back within the hour" (not "said within a
    # year the plan would pay for itself")
    rf"(?:within|amid|despite|across)\b(?![^.;:\"“”]*\b(?:he|she|they|we|{_FINITE_WORD}))|"
    # a time after the verb and no clause after it: "testified later in the day" (not
    # "said earlier this week he would go")
    rf"(?:later|earlier)\b(?![^.;:\"“”]*\b(?:that|he|she|they|we|it|{_FINITE_WORD}))|"
    # a verb's particle, what it puts out ("blurted out a single word:", "fired back at";
    # "said back in 2015 that": a setting, passed before)
    r"out\b|back\b|"
    r"and\b|or\b|but\b|"
    # a participle, unless it is a gerund subject with its verb ("said testing had increased",
    # "said trading within the division was not ideal", "said releasing Karen Price, 52,
    # would undermine"), or with a verb that takes an object ("said pitching at home still
    # gives him chills")
    r"[a-z]+ing\b(?!(?:\s+[\w'’.,-]+){0,6}\s+(?:is|was|were|are|had|has|have|will|would|could|"
    r"can|may|might|should|must)\b"
    # (its words no clause's subject: not "recalling the time he and his father visited her")
    r"|(?:\s+(?!(?:he|she|they|we|i|you|who|that|which|and)\b)[\w'’.-]+){0,6}\s+"
    r"(?:(?:still|also|never|always|often|only|just|really|[a-z]+ly)\s+)?"
    rf"(?:[a-z]{{2,}}[^s\W]s|[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST)})\s+"
    r"(?:him|her|them|us|me|it|the|a|an|his|their|our|my|your|its)\b)|"
    r"according\b|"
    r"what\b|whether\b|if\b|how\b|why\b|when\b|where\b|\W)",
    re.I,
)
_THAT_ONLY = frozenset(
    {
        form
        for verb in (
            "demand urge deny report estimate note claim promise hope fear worry "
            "concede charge announce feel agree confirm predict write respond answer "
            "exhort scold chide interject indicate propose recommend remind inform assure declare "
            "post"
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
    # "state" and "states" are nouns as often ("Forty states have voted", "a former state
    # chairman"): a report only with "that"; "stated" reports as it is ("Whitmore stated
    # Montalvo left ...")
    | {"state", "states"}
    | FINDING_VERBS  # "found the body", "shows no sign": what was found, unless "that"
)
_ING_WORD = compiled(r"[a-z]+ing\b")


@dataclass(frozen=True)
class Clause:
    """What follows a speech verb: the content's offset and text, whether "that" (or a
    speech participle) introduced it, and the participle if one did."""

    start: int
    content: str
    introduced: bool
    participle: bool
    #: a question someone asked or an account someone gave ("asked whether", "explained
    #: how"): reported as PolNeAR annotates it, whatever its first word
    question: bool = False


#: A subject and a finite verb right after a verb that reports only with "that": a clause
#: without it — a pronoun ("announced she would resign", "denied he had taken the money"),
#: or a noun phrase and an auxiliary ("conceded the consultation had been rushed", "denied
#: the charges were politically motivated"; not "conceded the election", "noted the irony").
_SUBJECT_CLAUSE = compiled(
    r"\s+(?:he|she|they|we|I|it)\s+(?:would|will|had|has|have|was|were|is|are|did|could|"
    r"should|can|may|might|must|[a-z]+ed)\b|"
    r"\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|every)\s+"
    r"(?:(?!(?:he|she|they|we|it|that|which|who|whom|him|them|of|to)\s)[a-z][\w'’-]*\s+){1,3}?"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}?"
    # a number and what it counts: "found 40 per cent of residents had moved"
    r"|\d[\d,.\u201a]*\s+(?:(?:per\s*cent|percent)\s+of\s+)?(?:[a-z][\w'’-]*\s+){1,3}?)"
    r"(?:would|will|had|has|have|was|were|is|are|could|should|might|must)\s"
)
#: What a player scored, opening what follows a verb ("the third goal", "two assists").
_SCORED = compiled(
    r"(?:the|his|her|their|its|an?|\d+|[a-z]+)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{alternation(SCORING_NOUNS)})\b"
)


#: An auxiliary right after the verb, and "that" or "which" with a subject right before it:
#: the predicate of an object relative clause whose subject the verb reports ("a race that
#: polls show is within the margin of error").
_AUXILIARY_NEXT = compiled(r"\s+(?:is|was|are|were|has|have|had|will|would|could|can)\s")
_OBJECT_RELATIVE_LAST = compiled(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}$")


def _relative_gap(text: str, match: re.Match[str], rest: str) -> bool:
    """Whether the verb at ``match`` is in an object relative clause whose predicate follows
    it, an auxiliary first ("a race that polls show is within the margin of error")."""
    return bool(
        _AUXILIARY_NEXT.match(rest) and _OBJECT_RELATIVE_LAST.search(text, 0, match.start())
    )


def _time_then_that(rest: str, verb: str) -> bool:
    """Whether a time and "that" open ``rest``: "promised Tuesday that", "denied on Friday
    that", "reported last week that" (a verb that reports only with "that"; a week or a
    month after no word in -s: "moves to Western states this week that Sanders is counting
    on" is a noun's relative clause)."""
    when = _TIME_LEAD.match(rest.lstrip())
    if when is not None and when.group().rstrip().endswith("that"):
        return True
    return not verb.endswith("s") and _PERIOD_THEN_THAT.match(rest) is not None


#: A week, a month or a season named from now, then "that": " last week that", " earlier
#: this month that".
_PERIOD_THEN_THAT = compiled(
    r"\s+(?:(?:early|late|earlier|later)\s+)?(?:last|this)\s+"
    r"(?:week|weekend|month|year|spring|summer|fall|autumn|winter)\s+that\s"
)


#: "that" and a verb of the plural, no subject between: a relative clause, whose noun the
#: word in -s before it is ("states that have suffered", "remarks that were featured").
_RELATIVE_THAT = compiled(r"\s+that\s+(?:have|are|were)\b")


def _before_that(rest: str) -> int:
    """How many characters after a speech verb come before its "that" and are no part of
    the clause: a particle ("pointed out that") or an aside set off with no verb of its
    own ("said, however, that"); 0 when none."""
    if particle := _PARTICLE_BEFORE_THAT.match(rest):
        return particle.end()
    if (aside := _ASIDE_THEN_THAT.match(rest)) and not _has_finite(aside["aside"]):
        return aside.end()
    return 0


def _past_the_setting(content: str, *, introduced: bool) -> tuple[int, bool]:
    """How many characters of the words after a speech verb are the setting of what was said,
    not said ("in a statement (that)", "outside court" before "he felt ..."; a vote's count
    first, "ruled 6-3 on Thursday that"), and whether a "that" introduces the clause after it."""
    if vote := _VOTE_COUNT.match(content):
        passed, introduced = _past_the_setting(content[vote.end() :], introduced=introduced)
        return vote.end() + passed, introduced
    if (message := _MESSAGE_SETTING.match(content)) and _has_finite(content[message.end() :]):
        return message.end(), introduced or message.group().rstrip().endswith("that")
    if (
        not introduced  # ("said that with the votes she had, ...": the clause's own phrase)
        and (setting := _SETTING_BEFORE_PRONOUN.match(content))
        and _has_finite(content[setting.end() :])
    ):
        return setting.end(), introduced
    return 0, introduced


def _bare_clause(text: str, match: re.Match[str], rest: str) -> bool:
    """Whether a clause with no "that" opens ``rest``, after a verb that reports only with
    it (:data:`_SUBJECT_CLAUSE`; after a verb of finding, :data:`_NAME_THEN_PAST`, a name
    and where they stand, :data:`_NAME_STANDING`, or a bare plural and an auxiliary,
    :data:`_PLURAL_THEN_AUXILIARY`), the verb in no relative clause ("Voters who denied the
    charges were angry"); or the predicate of the object relative clause the verb is in
    (:func:`_relative_gap`)."""
    found = match["verb"].lower() in FINDING_VERBS
    if _relative_gap(text, match, rest):
        return True
    return bool(
        _SUBJECT_CLAUSE.match(rest)
        or (
            found
            and (
                _NAME_THEN_PAST.match(rest)
                or _NAME_STANDING.match(rest)
                or _PLURAL_THEN_AUXILIARY.match(rest)
            )
        )
    ) and not _RELATIVE_BEFORE.search(text, 0, match.start())


#: A question word after a verb that asks or accounts for something, past its object (up to
#: four words with no mark between): "asked Sanders whether", "told reporters how".
_QUESTION_AFTER = compiled(
    r"\s+(?:(?![Tt]hat\b)[\w.'’-]+\s+){0,4}?(?P<wh>whether|if|how|why|what|when|where|who)\s"
)
_ASKING = frozenset("whether if how why what when where who".split())
#: Words before such a verb that make it passive or a participle with no subject: "When
#: asked", "was asked", "Achebe, asked whether" (a comma), the sentence's first word.
_ASKED_OF = compiled(
    r"(?:^|,|\b(?i:when|if|after|before|once|as|while|until|unless|was|were|is|are|been|being"
    r"|be|get|gets|got|getting))\s*$"
)
_ACCOUNTING = frozenset("how why what".split())
#: The question words each verb reports a clause with.
_QUESTION_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(ASKING_VERBS, _ASKING),
    **dict.fromkeys("explained explains explain described describes".split(), _ACCOUNTING),
}


def clause_after(text: str, match: re.Match[str]) -> Clause | None:
    """The clause a speech verb at ``match`` reports, past what is not said ("told reporters",
    "in a statement", "6-3", "Monday", "insisting that"), or the question it asks ("asked
    Sanders whether", "explained how"); None when no clause follows."""
    verb, rest = match["verb"].lower(), text[match.end() :]
    if verb in ASKING_VERBS and _ASKED_OF.search(text, 0, match.start()):
        return None  # "When asked whether", "Achebe, asked whether he ..., smiled": passive
    if (asked := _QUESTION_AFTER.match(rest)) and asked["wh"].lower() in _QUESTION_VERBS.get(
        verb, ()
    ):
        start = match.end() + asked.start("wh")
        return Clause(start, text[start:], introduced=False, participle=False, question=True)
    if verb in ASKING_VERBS:
        return None  # "asked him to leave", "wondered aloud": no question, no report
    return _statement_after(text, match)


def _statement_after(text: str, match: re.Match[str]) -> Clause | None:
    """:func:`clause_after` for a clause that states something."""
    rest = text[match.end() :]
    offset = match.end()
    if " " in match["verb"] and _MOTION_NEXT.match(rest):
        return None  # "spending shot back up and grew": a verb of several words that moves
    if match["verb"].endswith("s") and _RELATIVE_THAT.match(rest):
        return None  # "Rust Belt states that have suffered": a plural noun and its relative
    skipped = _before_that(rest)  # "pointed out that", "said, however, that"
    rest, offset = rest[skipped:], offset + skipped
    if (whom := _whom_length(match["verb"].lower(), rest)) is None:
        return None
    rest, offset = rest[whom:], offset + whom
    setting = _SETTING_THAT.match(rest)
    if setting and _claim_owned(setting["setting"]):
        return None  # "ruled in favor of the father's request that ...": the request's
    if (
        setting
        and _has_finite(setting["setting"])
        and not _MESSAGE_PUBLISHED.fullmatch(setting["setting"])
    ):
        setting = None  # "said in the report he wrote that ...": a clause, not a setting
        # (but "in a video posted online that": a message and where it was made public)
    that_only = match["verb"].lower() in _THAT_ONLY or (
        match["verb"].lower() == "added" and _PERFECT_BEFORE.search(text, 0, match.start("verb"))
    )  # "The 44-year-old has added sourdough": what was added, unless "that" follows
    if that_only and not (
        _THAT_NEXT.match(rest)
        or setting
        or _time_then_that(rest, match["verb"].lower())
        or _bare_clause(text, match, rest)
    ):
        return None
    skip = setting.end("setting") if setting else 0  # "said in a statement Tuesday that"
    clause = _CLAUSE_START.match(rest[skip:])
    if clause is None:
        return None
    content = clause["content"]
    start = offset + skip + clause.start("content")
    introduced = bool(_THAT_LAST.search(rest, 0, skip + clause.start("content")))
    passed, introduced = _past_the_setting(content, introduced=introduced)
    content, start = content[passed:], start + passed
    if when := _TIME_LEAD.match(content):  # "said Monday (that) CLAUSE": the day is not said
        content, start = content[when.end() :], start + when.end()
        introduced = introduced or when.group().rstrip().endswith("that")
    elif adverb := _ADVERB_THEN_THAT.match(content):  # "said again that", "said here that"
        content, start, introduced = content[adverb.end() :], start + adverb.end(), True
    if (
        match["verb"].lower() in COUNTING_VERBS
        and not introduced  # "added that a goal and an assist were enough": a clause
        and _COUNT_FIRST.match(content)
        and not _has_finite(_main_part(content))
    ):
        return None  # "Siakam added 22 points and 11 rebounds": what was added, no clause
    if (
        match["verb"].lower() in HOLDING_VERBS
        and not introduced
        and not _has_finite(_main_part(content, joined=False))
    ):
        return None  # "maintains a commanding lead", "mentioned the name": what is held
    head = content[:80]  # (a plain-text test first: most clauses have no "but"/"and" there)
    joined = (
        _OBJECT_THEN_SPEECH.match(content)
        if not introduced and (" but " in head or " and " in head or " yet " in head)
        else None
    )
    if joined and not _has_finite(joined["object"]):
        return None  # "acknowledged the problem but said ...": the second verb reports
    participle = _PARTICIPLE_FIRST.match(content)
    spoken = bool(participle and _speech_participle(participle["verb"]))
    if participle and spoken:
        content = content[participle.end() :]  # "..., said, insisting that CLAUSE"
        start += participle.end()
        # (with no "that", what follows must be a clause: not "responding to the news"; a
        # setting before "that" is passed: "saying at a campaign event that")
        introduced = participle.group().rstrip().endswith("that")
        if not introduced and (setting := _SETTING_THEN_THAT.match(content)):
            content, start, introduced = content[setting.end() :], start + setting.end(), True
    return Clause(start, content, introduced, spoken)


#: Adverbs of manner opening the words after a speech verb ("said pleasantly", "said
#: quietly"), and a preposition after them: a setting, no clause ("said pleasantly into the
#: phone", "tweeted shortly after the ruling"; not "said explicitly that ...").
_MANNER_FIRST = compiled(rf"(?:{_LY_ADVERB}\s+)+")
_PREPOSITION_NEXT = compiled(rf"(?:{alternation(PREPOSITIONS)})\b")


#: A count opening the words after a verb: "added 22 points", "added two goals", "added
#: 200,000 jobs" — what was added (after one of ``COUNTING_VERBS``), unless a verb follows
#: ("added 200 people had fled").
_COUNT_FIRST = compiled(
    rf"(?:\d[\d,.]*|(?:{alternation(w for w in NUMBER_WORDS if ' ' not in w)})\b|"
    r"(?:a|an|another)\s|"  # "added a goal and an assist", "added another touchdown"
    r"(?:more|fewer|few|many|several|dozens|hundreds|thousands|millions)\s)",  # "added fewer"
    re.I,
)
#: An object, then "but" or "and" and a second speech verb of the same subject:
#: "acknowledged the problem but said", "admitted mistakes, but insisted".
_OBJECT_THEN_SPEECH = compiled(
    rf"(?P<object>[^,;:.]{{1,60}}?),?\s+(?:but|and|yet)\s+(?:(?:also|then|still)\s+)?"
    rf"(?:{_SPEECH})\b"
)
#: Where a relative or set-off clause begins, or a clause joined to it: its verb is none of
#: the first clause's.
_RELATIVE_SET_OFF = r",\s*(?:which|who|whose|where|when)\b|;|"
_SET_OFF_CLAUSE = compiled(_RELATIVE_SET_OFF + r"\s+(?:which|who|that)\s|,?\s+(?:and|but|while)\s")
#: The same, but "and" with no comma before it only before a word in lower case ("and
#: travels"; not "the former secretary of State and Sanders had split"), and "which,".
_SET_OFF_RELATIVE = compiled(
    _RELATIVE_SET_OFF
    + r"\s+(?:which|who|that)\b|,\s+(?:and|but|while)\s|\s+(?:and|but|while)\s+(?=[a-z])"
)


def _main_part(content: str, *, joined: bool = True) -> str:
    """The words of a content before a relative clause or a clause joined to it ("22 points
    for Toronto, which has won four straight" and "22 points for Toronto, and Immanuel
    Quickley had 15": "22 points for Toronto"; "a goal and Joseph Woll stopped 29 shots": "a
    goal"; not at an "and" with no comma before a capital unless ``joined``: "the former
    secretary of State and Sanders had split")."""
    found = (_SET_OFF_CLAUSE if joined else _SET_OFF_RELATIVE).search(content)
    main = content[: found.start()] if found else content
    return _THAN_EXPECTED.sub("", main)  # "fewer subscribers than expected": no verb


#: A comparison with what was expected: its participle is no verb of the clause.
_THAN_EXPECTED = compiled(
    r"\bthan\s+(?:had\s+been\s+|was\s+)?(?:expected|anticipated|forecast|predicted|planned)\b"
)


#: "much of" opening the words after a verb: a clause only with a verb of its own.
_MUCH_FIRST = compiled(r"much\s", re.I)


#: A that-clause's first word that may open its subject: no wh-word of a question, no
#: second "that" ("said that, that people ..."), no particle ("pointing out where").
_SUBJECT_FIRST = compiled(r"(?!(?:how|why|where|when|whether|if|that|out|back)\b)[A-Za-z]", re.I)


#: A clause of two words, a subject pronoun and a verb in the past: "said he disagreed".
_PRONOUN_AND_PAST = compiled(
    rf"(?:he|she|they|we)\s+(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST)})\W*$"
)


#: Up to three words and a colon before a quotation mark: 'only: "', 'Tuesday night: "'.
_WORDS_THEN_QUOTATION = compiled(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*:\s*[\"“]")


def is_reported_clause(clause: Clause) -> bool:
    if clause.question:
        return True  # "asked whether ...", "explained how ..."
    content = clause.content
    subordinate = _SUBORDINATE_FIRST.match(content)
    manner = _MANNER_FIRST.match(content)  # "said pleasantly into the phone": no clause
    if (
        (
            (
                _NOT_CLAUSE.match(content)
                or (manner and _PREPOSITION_NEXT.match(content, manner.end()))
            )
            and not (
                clause.introduced
                and (
                    subordinate
                    or _ING_WORD.match(content)
                    or _QUOTED_THEN_WORDS.match(content)  # 'that "everybody knows" the answer'
                    # "said that with the delegates she had, the debate would ...": a
                    # phrase put first in the clause that follows; "wrote that no evidence
                    # had been presented": a subject such words open
                    or (_SUBJECT_FIRST.match(content) and _has_finite(content))
                )
            )
        )
        or (len(content.split()) < 3 and not _PRONOUN_AND_PAST.match(content))
        or _appositive_only(content)
        # "revealed much of this Viking past": a share with no verb is what was said
        or (_MUCH_FIRST.match(content) and not _has_finite(content))
        # 'said only: "I'm sorry."': a few words and a colon introduce a quotation
        or bool(_WORDS_THEN_QUOTATION.match(content))
    ):
        return False
    if content.startswith(("``", "“", '"')):  # X said, "...": a direct quotation
        return clause.introduced and bool(_QUOTED_THEN_WORDS.match(content))
    return True


#: The verbs of saying and thinking that report a clause whatever follows them.
_PLAIN_REPORTING = frozenset(
    "say says said tell tells told think thinks thought believe believes believed".split()
)


def object_before_a_clause(verb: str, clause: Clause) -> bool:
    """Whether what follows a verb that may take an object ("declared", "announced",
    "maintains", not "said") holds no verb before a second clause joins it ("declared
    victory in the election, but others said ...", "maintains a wide lead, while ..."), or
    is what a player scored, with no verb (:data:`SCORING_NOUNS`: "added the third goal in
    stoppage time"): an object, not a clause it reports."""
    if clause.introduced or verb.lower() in _PLAIN_REPORTING:
        return False
    joined = _NEW_CLAUSE.search(clause.content)  # where a second clause joins the first
    if joined is None:  # "added the third goal in stoppage time": what was scored, no verb
        return (
            bool(_SCORED.match(clause.content))
            and not has_any_finite(clause.content)
            and not _NAME_STANDING.match(" " + clause.content)  # "the race within four points"
        )
    first = clause.content[: joined.start()]  # ("showed Clinton won 76 percent, while ...")
    return not (_has_finite(first) or _NAME_THEN_PAST.match(" " + first))
