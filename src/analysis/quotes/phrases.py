"""The phrases of attribution, shared by the rules for quotations (:mod:`.attribution`) and
for reported speech (:mod:`.reported`): speech verbs, adverbials and settings as patterns; the
noun phrase that ends or opens a text; the subject before a verb (the "..., X said." ending
is :mod:`.final_attribution`'s)."""

from __future__ import annotations

import re

from analysis.language.english.calendar import WEEKDAY_NAMES
from analysis.language.english.grammar import FREE_RELATIVES
from analysis.language.english.speech import (
    COGNITION_VERBS,
    FINDING_DOCUMENTS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from analysis.language.english.titles import (
    COMPANY_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)
from analysis.patterns import alternation, compiled
from analysis.quotes.clauses import (
    _CAPITALISED_WORDS,
    _EXAMPLES,
    _PEOPLE_PLURAL,
    _RELATIVE_SUBJECT,
    _SUBORDINATE_NAME,
    _clause_subject,
    coordinated_subject,
    people_before_who,
    subordinate_plural,
    whose_clause,
)
from analysis.quotes.commas import STATE_ABBREVIATION, _place_commas_kept
from analysis.quotes.documents import document_before_that
from analysis.quotes.finite import _FINITE, _has_finite
from analysis.quotes.noun_phrases import (
    _PREPOSITION_WHICH,
    _PUBLISHED_AFTER_NOUN,
    DIGIT_NAME,
    _noun_phrase,
    _np_back,
    contact_relative_subject,
    described_by_phrases,
    description_before_verb,
    name_given_in,
    object_before_who,
    people_ending_clause,
)
from analysis.quotes.openings import (
    _AFTER_COLON,
    _CONNECTIVE,
    _COUNTED_PEOPLE,
    _DATELINE,
    _DEGREE,
    _FOCUS,
    _LEAD_MODIFIER,
    _OPENING_PARTICIPLE,
    _OPENING_TIME,
    _PREPOSITION,
    _SUBORDINATE_OPENING,
)
from analysis.quotes.pre_verbal import without_pre_verbal
from analysis.quotes.pronoun_subjects import _SUBORDINATOR, _pronoun_subject
from analysis.quotes.segments import (
    _DESCRIPTION,
    _OWNED_DESCRIPTION,
    _PARTY,
    _STRIP,
    _clean,
    _continues_part,
    _describes_a_name_before,
    _given_named,
    _is_lone_name,
    _names_person_here,
    _names_someone,
    _names_the_organisation_before,
    _next_to_verb,
    _segments,
    _titled_name,
)
from analysis.quotes.speaker_shape import _ends_in_role, without_adjective_in_ed

__all__ = ["opens_quote", "subject_before"]

_SPEECH = alternation(SPEECH_VERBS | {"read", "reads", "sang"})
#: The speech and cognition verbs that report a clause after them in any frame.
SPEECH_CLAUSE_WORDS: frozenset[str] = frozenset(
    (SPEECH_VERBS | COGNITION_VERBS)
    - {"ask", "asks", "asked", "urge", "urges", "urged", "tell", "tells", "told", "demand",
       "demands", "demanded", "plead", "pleads", "pleaded", "speak", "speaks", "spoke",
       "continue", "continues", "continued", "describe", "describes", "described", "repeat",
       "repeats", "repeated", "protest", "protests", "protested", "deny", "denies", "denied",
       "report", "reports", "reported", "answer", "answers", "answered", "point", "points",
       "pointed", "object", "objects", "objected", "cry", "cries", "cried", "charge", "charges",
       "charged", "comment", "comments", "commented", "write", "writes", "wrote", "written",
       "respond", "responds", "responded", "went on", "goes on"}
)  # fmt: skip
_SPEECH_CLAUSE = alternation(SPEECH_CLAUSE_WORDS)
#: "Mon", "Tues", ...: a weekday's name before its "day".
_WEEKDAY_STEMS = "|".join(name.removesuffix("day") for name in WEEKDAY_NAMES)
_ADVERBIAL = (
    rf"(?:(?i:on|last|this|early|late|earlier|later)\s+)?(?:(?i:{_WEEKDAY_STEMS})day|"
    r"today|yesterday|tonight|night|morning|afternoon|evening|week|"
    r"month|year|here|there|afterwards?|later|earlier|recently|again|too|also|"
    r"privately|publicly|then|back\s+then)"
)
#: "for" before a duration, a setting as a time is: "said for months that", "has argued for
#: years that" (not "said for the record that": "for" alone names whom or what for).
_DURATION = (
    r"for(?=\s+(?:months|years|weeks|days|decades|hours|"
    r"a\s+(?:long\s+)?(?:time|while|year|decade)|some\s+time)\b)"
)
#: A setting between a speech verb and "that" and its subject: "said in a statement Monday that"
#: The prepositions that open a setting between a speech verb and "that" ("in a statement",
#: "at a rally"), "to" aside (an audience, or a noun's own clause: "responding to the news
#: that").
SETTING_PREPOSITIONS = "in|at|on|during|after|before|through|via|from|with|outside|inside|over"
_SETTING_THAT = compiled(
    rf"\s+(?P<setting>(?:back\s+)?(?:{SETTING_PREPOSITIONS}|to|{_DURATION})\s[^,;:\"“”]{{1,80}}?)"
    # (not "that" and a verb: the setting's noun and its relative clause, "with total
    # confidence that turned out to be false", "at a meeting that could not agree")
    r"(?=,?\s+that\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
    r"[a-z]{2,}ed)\s)\S)"
)
#: A time right after a speech verb, before its clause ("said Monday that", "said on Friday
#: night the").
_TIME_LEAD = compiled(
    r"(?:(?:(?i:on|early|late|last)\s+)?(?:(?:"
    + "|".join(stem.capitalize() for stem in _WEEKDAY_STEMS.split("|"))
    + r")day|today|"
    r"yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?|"
    # a time counted from the last one told: "hours later", "a day later", "later that day"
    r"(?:(?:a|an|\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|moments?)\s+later|later\s+that\s+(?:day|night|week))"
    r",?\s+(?:that\s+(?=[\w$\"“])|(?=[A-Za-z]))"  # ("said Wednesday that 12 people")
)
_SETTING = (
    r"(?:(?:in|at|on|during|after|before|through|via|from|with|outside|inside|over)"
    r"\s+[^,;:\"“”]{1,60}?)"
)
# A speaker phrase: no clause punctuation, but abbreviation periods ("Dr.", "U.S.", "J.L.").
_P = (
    # (the full stop is matched before the lookbehinds are tried: most characters fail fast)
    r"(?:[^,;:.!?\"“”]|\.(?:(?=[\w-])|(?<=\b[A-Z]\.)|"
    + "|".join(rf"(?<=\b{a}\.)" for a in TITLE_ABBREVIATIONS + COMPANY_ABBREVIATIONS)
    + "))"
)


#: A result clause's opening: "so numerous that", "such a mess that". A verb after it has
#: the clause's subject, not the sentence's.
#: Subordinators that are never prepositions ("Since June 16, ..." is a time, not a clause).
_CLAUSE_SUBORDINATOR = compiled(
    r"^(?:while|whereas|although|though|because|unless|if|even\s+though|even\s+as)\s+", re.I
)
_RESULT_CLAUSE = compiled(
    r"\b(?:so|such)\s+(?:an?\s+)?[a-z-]+(?:\s+[\w’'-]+){0,4}?\s+that\s+(?=\S)"
)
_STATE_ABBREVIATION = compiled(STATE_ABBREVIATION)
_SKIP_SEGMENT = compiled(
    r"^(?:(?:who|whom|whose|which|that|where|when|of|from|at|for|in|on|with|until|since|"
    r"after|before|like|unlike|including|as|aged?)\b|\d|R-|D-|I-|[a-z]+(?:ing|ed)\b)",
)


# "Canada's chief public health officer", "Acme's founder": a description owned by a name.
_RELATIVE = compiled(r"^(?:who|whom|whose|which|that)\b", re.I)
#: An inverted attribution as a part of its own: "said Weaver", "added Mr. Ekovich".
_INVERTED_SEGMENT = compiled(rf"^(?:{_SPEECH})\s+(?P<speaker>{_CAPITALISED_WORDS})(?<!['’]s)$")
_RELATIVE_INSIDE = compiled(r"\s(?:who|whom|whose|which)\s")
#: "who" and a word in lower case that is no pronoun: a relative clause with a verb of its own
#: ("who backed", "who'd rather be"; not "whom he said", "who many believe").
_WHO_THEN_VERB = compiled(
    r"\swho(?:['’]d|['’]s)?\s+"
    r"(?!(?:he|she|they|i|we|you|it|many|some|most|few|all|both|several|others)\b)[a-z]{2,}"
)
# A participial phrase set off by commas: "speaking after the vote", "echoing the president".
_PARTICIPIAL = compiled(r"^(?:[a-z]+ing|[a-z]+ed|flanked|backed|joined|accompanied)\b")


#: Small patterns of the phrase readers below.
_TRAILING_RELATIVE = compiled(r"\s+(?:who|which|that)$")
_ENDS_JOINED = compiled(r"\b(?:and|but|then)$")
_ENDS_THAT = compiled(r"\s(?:that|which)$")
_PART_BREAK = compiled(r",|\s[—–―]\s|\s--\s")
_SEMICOLON = compiled(r";\s+")
#: A share of those polled, alone: "26%", "41 percent".
_SHARE = compiled(r"\d[\d.]*\s*(?:%|percent|per\s+cent)")
#: Words after a semicolon that open a clause of their own: a name, a determiner's phrase, a
#: pronoun or a count ("Pratt", "her deputy", "26%"), not "and" nor a verb.
_CLAUSE_AFTER_SEMICOLON = compiled(
    r"(?!(?:And|But|Or|Then)\b)[A-Z\d]|(?:the|a|an|his|her|their|its|our|one|some|many|most|"
    r"he|she|they|we|i)\b"
)
#: A verb that reports a clause and that clause's subject, ending the text: "said teachers",
#: "said that the teen", "wrote that she" (a name, a pronoun, a description or a bare plural;
#: no weekday).
_REPORTED_SUBJECT = compiled(
    r"\b(?:said|says|added|argued|insisted|noted|wrote|believes|thinks)(?:\s+that)?\s+"
    rf"(?P<subject>(?!(?:{alternation(WEEKDAY_NAMES)}|[Tt]hat|[Tt]his|[Ii]t)\b)"
    r"(?:(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|we|[a-z][\w-]*s))$"
)
#: The people just named, counted by a quantifier standing for them: "both", "all three",
#: "each of them".
_EACH_OF_THEM = compiled(r"(?:both|each|all)(?:\s+(?:of\s+them|two|three|four|five))?")
_OPENS_QUOTE = compiled(r"^(?:\s|&\w+;|[(\[_—–-])*(?:``|“|\"|''(?=\S))")


#: People in the plural with no determiner, an adjective or two before them: "strategists",
#: "Republican strategists", "many economists" — a subject.
_BARE_PEOPLE = compiled(rf"(?:[\w-]+\s+){{0,2}}(?i:{_PEOPLE_PLURAL})")
#: Hearing people, ending the words before their speech verb: "tired of hearing people say".
_HEARD = compiled(rf"\b(?:hears?|heard|hearing)\s+(?P<who>{_BARE_PEOPLE.pattern})$")


#: A name after an age, set off after a description: "One of the victims, 84-year-old Edith
#: Morrow, told the court".
_AGED_NAME = compiled(r"\d{1,3}-year-old\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}")
_AGE = compiled(r"^\d{1,3}-year-old\s+")
#: A capitalised word in -ly: an opening adverb ("Clearly, ...") or a name ("Kelly",
#: "Connolly"); right before the verb, with nothing set off between, it is the subject.
_CAPITAL_LY = compiled(r"[A-Z][a-z]+ly")


def _valid_subject(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = _TRAILING_RELATIVE.sub("", phrase.strip(_STRIP))
    if not phrase or _PREPOSITION.match(phrase):
        return None
    if phrase[0].isdigit() and not (
        _COUNTED_PEOPLE.match(phrase) or DIGIT_NAME.match(phrase) or _SHARE.fullmatch(phrase)
    ):
        return None  # "2015", "10:30": no one; but "42% of Ohioans", "1,409 teachers",
        # "76ers coach Brett Brown", "26%" (of those polled: "...; 26% say")
    words = phrase.lower().split()
    head = words[1] if words[0] == "not" and len(words) > 1 else words[0]
    if len(words) > 12 or head in FREE_RELATIVES:
        return None  # "not everything Trump says is true": what is said, not who says it
    return phrase


def _joined_subject(text: str) -> str | None:
    """The subject of a verb after the "and" (or "but", "then") that ends ``text``: a
    relative clause's own ("NAFTA, which Trump had called a "disaster" and promised"), a
    subordinate clause's ("..., such as when Cruz knocked Rubio and"), else the sentence's."""
    if relative := _RELATIVE_SUBJECT.search(text.rsplit(",", 1)[-1]):
        return _valid_subject(relative["subject"])
    if subject := coordinated_subject(text):
        return _valid_subject(subject)
    return _main_subject_of(text)


#: A subject that names someone or is a pronoun: "Sanders", "he" (not "The retired").
_NAMED_OR_PRONOUN = compiled(r"(?!(?:The|A|An)\b)[A-Z]|(?:he|she|they)$")
#: A clause inside a phrase: a relative or complement word, an auxiliary or a modal.
_CLAUSE_INSIDE = compiled(
    r"\b(?:that|which|who|whom|is|are|was|were|has|have|had|will|would|should|can|could|may|"
    r"might|must|does|did)\b"
)


def _subject_before(text: str) -> str | None:
    """The subject of the clause that ends where ``text`` ends (just before its verb).

    Commas split the text into segments. The one next to the verb holds the subject unless it
    is an appositive, a relative clause or a participial phrase ("who chairs the committee",
    "speaking after the vote", "the company's founder"): then the segment before it does
    ("Ann Reyes"; "The mayor, Carla Diaz" -> "Carla Diaz"). A subordinate clause keeps its
    own subject ("..., when Castro announced" -> "Castro"); "..., and said" the sentence's."""
    text = _own_clause(without_pre_verbal(" " + text.rstrip()).strip())
    if _ENDS_JOINED.search(text):
        return _joined_subject(_DATELINE.sub("", text))  # (not "CHARLESTON, W.Va. — ...")
    if (owned := whose_clause(text)) is not None:  # what the owner has speaks, not the owner
        return _valid_subject(owned) if _names_someone(owned) else None
    if heard := _HEARD.search(text):  # "tired of hearing people say": the people
        return _valid_subject(heard["who"])
    segments, interrupted = _segments(text)
    final = _next_to_verb(segments)
    participle = False  # a participial phrase next to the verb was passed
    if antecedent := _who_antecedent(segments, final):
        return antecedent
    for index in range(len(segments) - 1, -1, -1):
        segment = _FOCUS.sub("", segments[index].strip(_STRIP))
        # a party label after a name, "(D-Nev.)", leaves the name's part next to the verb
        last = index == final and not interrupted
        if _CONNECTIVE.match(segment) and not (last and _CAPITAL_LY.fullmatch(segment)):
            continue  # "Still, even Mr. Slinker says": an adverb (not "Kelly said": a name)
        lower = segment.lower()
        words = lower.split()
        if _pronoun_subject(words, segment):
            return words[-1]
        if index == final and (given := name_given_in(segment)):
            return _valid_subject(given)  # "a woman who gave her name only as Jessie,"
        if last and (subject := _clause_subject(segment)):
            return _valid_subject(subject)
        if last and _ENDS_THAT.search(segment):
            return document_before_that(segment)  # "an ad that says"; not "a banner that"
        if last and segment.lower().endswith(" who"):  # "residents who said": the people
            before = segment[:-4]  # ("won ... voters", "to a retired school custodian who")
            segment = people_ending_clause(before) or object_before_who(before) or before
        elif last and (relative := _WHO_THEN_VERB.search(segment)):
            # "Voters who met Tom Li said": the relative clause's own verb and object come
            # before the verb; its subject is the people before "who" (not "whom Li said")
            segment = segment[: relative.start()]
        if _RELATIVE.match(segment) or _PARTY.match(segment):
            continue  # "who chairs the committee", "R-Ind.": the subject is before
        if index > 1 and _continues_part(segments, index, segment):
            continue  # "a neurologist at the University of California, San Diego,"
        if index > 0 and (_titled_name(segment) or _AGED_NAME.fullmatch(segment)):
            return _valid_subject(_AGE.sub("", segment))  # "..., retired officer Gary Thompson"
        if index > 0 and _PARTICIPIAL.match(segment) and not _BARE_PEOPLE.fullmatch(segment):
            # (the verb after a participial phrase with no clause inside is the main clause's:
            # "..., having suggested in a speech that"; not "stating that the US ... has declared")
            participle = participle or not _CLAUSE_INSIDE.search(segment)
            continue  # "echoing the president", "flanked by aides": not the subject
        if not last:
            head = _RELATIVE_INSIDE.split(segment, maxsplit=1)[0]
            if head != segment and head.strip():
                segment = head.strip()  # "Tour operators who specialize in ...": the operators
        if last:
            segment = _SUBORDINATOR.sub("", segment)
            while (stripped := _SUBORDINATOR.sub("", segment)) != segment:
                segment = stripped
        elif named := _SUBORDINATE_NAME.fullmatch(segment):
            return _valid_subject(named["subject"])  # "..., as Pena Nieto, contradicting X,"
        elif _SKIP_SEGMENT.match(segment) or _opening_part(segment, index, last=last):
            continue
        elif index == 0 and (clause := _CLAUSE_SUBORDINATOR.match(segment)):
            # "While many Republicans, like Mr. Ryan, continued to say": the clause's subject
            segment = segment[clause.end() :]
        if not segment:
            continue
        if index > 0 and (inverted := _INVERTED_SEGMENT.match(segment)):
            segment = inverted["speaker"]  # '"...," said Weaver, who said': Weaver
        if index > 0 and _holds_no_subject(segments, index, segment):
            continue
        if len(segment.split()) > 3 or contact_relative_subject(segment):
            segment = _subject_in_long_part(segment, after_participle=participle and index == 0)
        return _valid_subject(segment)
    return None


def _own_clause(text: str) -> str:
    """The words of the verb's own clause: after a semicolon that a clause with its own
    subject follows ("Dunaway said yes; Pratt"; not "...; was denounced by X; and declared":
    a series of one subject's predicates), after "so ... that" ("Tunnels are so numerous
    that Border Patrol agents"), after a verb that reports it ("Delaney said teachers" before
    "had told him ...": teachers, whose clause Delaney reports)."""
    if "; " in text and _CLAUSE_AFTER_SEMICOLON.match(after := _SEMICOLON.split(text)[-1]):
        text = after
    if ("so " in text or "such " in text) and (result := _RESULT_CLAUSE.search(text)):
        text = text[result.end() :]
    if " said " in text or " says " in text or " that " in text:
        reported = list(_REPORTED_SUBJECT.finditer(text))
        text = reported[-1]["subject"] if reported and _may_speak(reported[-1]["subject"]) else text
    return text


def _may_speak(subject: str) -> bool:
    """Whether a reported clause's subject may be a source: a name, a pronoun for people, or
    a noun for people or a role ("teachers", "the teen"; not "the win", "the rate")."""
    last = subject.split()[-1].lower()
    return (
        subject[:1].isupper()
        or last in {"he", "she", "they", "we", "people", "children", "men", "women"}
        or bool({last, last.removesuffix("s")} & (PERSON_NOUNS | ROLE_NOUNS))
    )


def _opening_part(segment: str, index: int, *, last: bool) -> bool:
    """Whether the first of several parts is an opening participial phrase ("Asked if her
    practices were illegal, ..."): no subject."""
    return index == 0 and not last and bool(_OPENING_PARTICIPLE.match(segment))


def _holds_no_subject(segments: list[str], index: int, segment: str) -> bool:
    """Whether a part after the first holds no subject: words in lower case that are no
    description, role, name or plural of people ("speaking after the vote", "44"), an
    appositive of a name before it ("Paul Klein, the company's founder"), or a phrase a
    preposition opens ("In 45 states", "By some estimates")."""
    if (
        segment[0].islower()
        and not _DESCRIPTION.match(segment)
        and not (_ends_in_role(_np_back(segment)) or _np_back(segment) == segment)
        and not _names_person_here(segment)  # "party Chairman Reince Priebus fairly"
        and not _BARE_PEOPLE.fullmatch(segment)  # "In Ohio, strategists think"
        # "On tariffs, both said" (not "Republican figures — whose ... — both suggested")
        and not (_EACH_OF_THEM.fullmatch(segment) and _opening_phrase(segments, index))
        and not subordinate_plural(segments[index])  # "..., as shippers warned that"
    ):
        return True
    return (
        _describes_a_name_before(segments, index, segment)
        or bool(_PREPOSITION.match(segment))
        or _names_the_organisation_before(segments, index, segment)  # "for the company, X,"
    )


def _opening_phrase(segments: list[str], index: int) -> bool:
    """Whether the only part before ``index`` is a phrase a preposition or a participle
    opens ("On tariffs", "Asked about it"): no subject of the verb."""
    opening = segments[0].strip(_STRIP)
    return index == 1 and bool(_PREPOSITION.match(opening) or _OPENING_PARTICIPLE.match(opening))


def _subject_in_long_part(segment: str, *, after_participle: bool) -> str:
    """The subject a part of more than three words holds: the noun phrase after its last
    "and" ("Kopp remains at-large and police" -> "police"); after a participial phrase
    passed, a whole clause's own subject, a name or a pronoun ("Sanders started out the
    debate saying X -- having suggested ...": a participle after a whole clause is that
    clause's subject's); in a clause, the noun phrase ending it; after a preposition and
    "which", the relative clause's own subject ("a debate in which one councillor" -> "one
    councillor"); else the part."""
    if (relative := _PREPOSITION_WHICH.search(segment)) and segment[relative.end() :].strip():
        return segment[relative.end() :].strip()
    back = _np_back(segment)
    if back and back != segment and re.search(r"\s(?:and|but)\s+" + re.escape(back) + "$", segment):
        return back
    if (
        after_participle
        and _has_finite(segment)
        and (main := _main_subject_of(segment))
        and _NAMED_OR_PRONOUN.match(main)
    ):
        return main
    if reduced := _PUBLISHED_AFTER_NOUN.match(segment):
        # "A report released Tuesday", "a study published in ..." (but "a statement issued
        # by the ministry": theirs; a poll or a study by anyone is its own source)
        if " by " not in segment:
            return reduced["head"]
        if reduced["head"].split(" by ")[0].split()[-1].lower() in FINDING_DOCUMENTS:
            return segment  # (also "A poll by Detroit's WXYZ-TV released Sunday")
    if _FINITE.search(without_adjective_in_ed(segment)) or len(segment.split()) > 9:
        # ("an 81-year-old retired farmer"; "A former bookkeeper for a chain of ... restaurants")
        return back or described_by_phrases(segment) or _noun_phrase(segment)
    if contact := contact_relative_subject(segment):
        return contact  # "a pledge his main rival (called)": the rival
    return segment


def _who_antecedent(segments: list[str], final: int) -> str | None:
    """The subject of a speech verb right after "who": the name ending the part before it
    ("The plan echoes Tom McMillen, who said": Tom McMillen; not "the leader of the
    opposition in North-Rhine Westphalia, who": no person's name there); after "which", the
    organisation's name ending it ("approval from the Competition Bureau, which said")."""
    word = segments[final].strip(_STRIP).lower() if final > 0 else ""
    if word in ("who", "which") and (named := _named_before_appositive(segments, final)):
        return named  # "the Campaign Legal Center, a watchdog group, which said"
    if word not in ("who", "which"):
        return None
    back = _np_back(_FOCUS.sub("", segments[final - 1].strip(_STRIP)))
    if word == "which":  # "requires approval from the Competition Bureau, which said"
        return _valid_subject(back) if back and back.split()[-1][:1].isupper() else None
    return _valid_subject(back) if _given_named(back) else people_before_who(segments[final - 1])


def _named_before_appositive(segments: list[str], final: int) -> str | None:
    """The capitalised name ending the part before an appositive description that the
    relative word after it follows ("... by the Campaign Legal Center, a watchdog group,
    which": the Campaign Legal Center, whom the description only describes)."""
    if final < 2 or not _DESCRIPTION.match(segments[final - 1].strip(_STRIP)):
        return None
    back = _np_back(_FOCUS.sub("", segments[final - 2].strip(_STRIP)))
    words = back.split() if back else []
    named = len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() != "the")
    return _valid_subject(back) if named else None


def _main_subject_of(text: str) -> str | None:
    """The subject of a sentence's main clause, for a verb coordinated with its verb ("...
    and said"): the first comma-separated part that is not an opening phrase — a dateline or
    a time, a subordinate clause ("As the crowd began to chant"), a participial phrase
    ("Walking to the next address"), a prepositional phrase ("In Ohio")."""
    text = _AFTER_COLON.sub("", _DATELINE.sub("", text))
    parts = _PART_BREAK.split(text)
    for index, written in enumerate(parts):
        part = _FOCUS.sub("", _clean(written))  # "And then Trump went ...": Trump
        if not part:
            continue
        if (
            # "Shortly after the call ended", "Two days after the vote"
            _SUBORDINATE_OPENING.match(_LEAD_MODIFIER.sub("", written.strip(_STRIP)))
            or _CONNECTIVE.match(part)
            or _PARTICIPIAL.match(part)
            or _OPENING_PARTICIPLE.match(part)
            or _PREPOSITION.match(_DEGREE.sub("", part))  # "much like he did in Paris"
            or _OPENING_TIME.match(part)
            or _STATE_ABBREVIATION.fullmatch(part)  # "At a rally in Beaumont, Tex., Mr. Trump"
        ):
            continue
        following = _clean(parts[index + 1]) if index + 1 < len(parts) else ""
        if (
            (_DESCRIPTION.match(part) or _OWNED_DESCRIPTION.match(part))
            and len(part.split()) <= 8  # a description, not a clause opening with one
            and not _has_finite(part)
            and (_names_someone(following) or _is_lone_name(following))
            and not _EXAMPLES.match(following)  # "such as Carly Fiorina and Ben Carson"
        ):
            return _valid_subject(following)  # "One of the men, Jessie Elkins, 70, had ..."
        return _valid_subject(description_before_verb(part) or _noun_phrase(part))
    return None


#: The public form: the parsers inside this module call the undecorated one on texts whose
#: place commas are already kept.
subject_before = _place_commas_kept(_subject_before)


def opens_quote(text: str) -> bool:
    """Whether a sentence opens with a quotation mark (wire-copy codes such as "&LR;" aside)."""
    return bool(_OPENS_QUOTE.match(text))
