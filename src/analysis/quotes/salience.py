"""Whom a sentence is about: the one person the sentence before a description names as its
subject, for a description of what someone is ("Skinner, 25, shrugged off the praise.
'...,' the netminder said.": Skinner)."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.article import Sentence
from analysis.language.english.affiliations import HOME_REGIONS
from analysis.language.english.given_names import name_key
from analysis.language.english.speech import (
    IDENTITY_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_KINDS,
    ROLE_NOUNS,
)
from analysis.language.english.vocabulary import easy_words
from analysis.patterns import alternation, compiled
from analysis.quotes.names import (
    _FUNCTION,
    _POSSESSIVE,
    _is_title,
    is_given_name,
    name_run_matches,
)
from analysis.quotes.openings import in_dateline
from analysis.quotes.people import Mention, People
from analysis.quotes.phrases import _SPEECH_CLAUSE
from analysis.quotes.reported import reported

__all__ = ["Standing", "sex_said_of_self", "subject_before"]

#: Nouns for people and organisations, who act, in the singular and the plural: none names
#: a thing ("The coach praised Lee", "The party nominated Lee": not a thing's sentence).
_PERSON_WORDS = {
    form
    for noun in ROLE_NOUNS | PERSON_NOUNS | IDENTITY_NOUNS | ORGANISATION_WORDS
    for form in (noun, noun + "s")
}

#: Nouns for people, in the singular and the plural.
_PEOPLE_WORDS = {
    form for noun in ROLE_NOUNS | PERSON_NOUNS | IDENTITY_NOUNS for form in (noun, noun + "s")
}


#: A description or pronoun a speaker phrase was resolved to a person by: its extent and
#: that person's mention ("the 41-year-old" for Tobi Lutke).
Standing = tuple[int, int, Mention]


#: "I", not the letter of an abbreviation ("P.E.I.", "I.B.M.").
_I = r"(?<![\w.])I\b(?!\.)"
#: A personal pronoun: the subject of a sentence it opens, not the name after it.
_PERSONAL = compiled(rf"\b(?:[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\b|{_I}")
#: An appositive right after a name, set off by commas: ", a three-time Grand Slam finalist,".
_APPOSITIVE = compiled(r",\s+(?:a|an|the)\s+[^,;:\"“”]{1,80},")
#: A preposition or "the" right before a run of capitalised words: "with Real Betis", "in
#: La Liga", "won the People's Choice Award".
_PREPOSITION_LAST = compiled(
    r"\b(?:(?:with|for|in|at|from|against|to|of|alongside|into|by|on)\s+(?:the\s+)?|the\s+)$"
)
#: A thing that opens a sentence, and its verb, before the sentence's first person: "The
#: win sends", "A late goal gave" (no person's noun, pronoun or comma among the words).
_THING_THEN_VERB = compiled(
    r"(?:The|A|An|Its|This|That)\s+"
    rf"(?!(?:[\w'’-]+\s+){{0,3}}(?i:{alternation(_PERSON_WORDS)})\b)"
    r"(?:[a-z][\w'’-]*\s+){1,4}"
)
#: A verb in the passive and "by" right before a name: the name is who acts ("The group was
#: started by Mavis Thornton").
_AGENT = compiled(
    r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en|wn|un|ght|lt)\s+by\s+$"
)
#: A word that joins names as one subject ("Ullmark and Caufield", "Ullmark or Caufield").
_JOINING = compiled(r"(?:^|\W)(?:and|or|nor|&)(?:\W|$)")
#: Where a name after the subject stands in a phrase of its own (the text between them):
#: the object of a participle set off after the clause (", stopping Elias Pettersson");
#: inside a phrase of time or manner a participle opens ("after losing the Florida primary
#: to Donald Trump"), or a clause of time or reason whose subject is the subject's he/she or
#: the name ("after he declined to endorse Donald Trump", "after Donald Trump beat him");
#: inside a relative clause set off after the subject (", who had matched Taylor shot for
#: shot").
_OWN_PHRASE = compiled(
    r",\s+[a-z]{3,}ing\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:after|before|while|since|despite|by|without)\s+[a-z]{3,}ing\b[^,;:]*$"
    r"|\b(?:after|before|while|since|because|when|until|although|though)\s+"
    r"(?:(?:he\s|she\s|[A-Z])[^,;:]*)?$"
    r"|^,\s+(?:who|whose)\b[^,;:]*$"
)
#: A speech verb whose clause follows it, not a comma ("said Sunday that"; not "Reyes said,
#: as Bo Dole watched"): a name after it is in what was said.
_IN_WHAT_WAS_SAID = compiled(rf"\b(?:{_SPEECH_CLAUSE})\b(?!\s*,)")
#: Between the subject and a name its sentence holds in a lesser place: a verb whose clause
#: the subject said or thought ("Clinton said Trump had ..."; "Ryan says no matter what
#: President Barack Obama takes"; "told donors that Trump"), "including" or "such as" right
#: before an example ("stopped all three shooters, including Caufield"), or a phrase of its
#: own (above).
_LESSER_PLACE = compiled(
    rf"\b(?:{_SPEECH_CLAUSE})\b|\b(?:including|such\s+as)\s+$|{_OWN_PHRASE.pattern}"
    # "told supporters at a rally here Monday that": whom they told, then what
    r"|\b(?:told|tells|assured|assures|informed|informs|reminded|reminds|warned|warns)\s+"
    r"(?:[\w'’.-]+\s+){1,8}?that\b"
    # "won the primary, as Hillary Clinton looked ahead": a clause about the same time
    r"|,\s+as\s+(?:(?:he\s|she\s|[A-Z])[^,;:]*)?$"
    # "pleaded not guilty to 37 charges accusing him": what a charge or a suit says of the
    # subject (a noun, then a participle of accusing or naming)
    r"|\b[a-z]{3,}\s+(?:accusing|charging|naming|alleging|blaming|targeting)\s+$"
    # "made a double takeout with his last stone to beat": what the subject did it for
    r"|\s\w+\s[^,;:]*\bto\s+(?:beat|defeat|edge|top|down|oust|replace|succeed)\s+$"
)


def subject_before(
    people: People,
    at: int,
    *,
    gender: str | None = None,
    standing: Sequence[Standing] = (),
    role: str | None = None,
) -> Mention | None:
    """The person a definite description at ``at`` may stand for ("Skinner, 25, shrugged
    off the praise. '...,' the netminder said."): the one person the sentence before
    names (the last one outside a quotation: '"Honestly? ...," said the Californian'),
    named as its subject, of ``gender`` when the article shows theirs; others it names in a
    lesser place, or that the description's own quotation names, are set aside. None when
    that sentence names no one, several people or its subject is no name, or when the
    description's own sentence names someone before it. ``role``: the description's role
    noun, which sets aside the others the sentence names when the article gave each another
    role ("Trump called upon Mayor Bill de Blasio to act. '...,' the candidate said":
    Trump)."""
    index = people.sentence_index(at)
    if not index:
        return None
    sentences = people.article.sentences
    if any(
        m.named and not people.quoted(m.start) for m in people.between(sentences[index].start, at)
    ):
        return None
    found = _sentence_about(people, index, standing, gender)
    if found is None:
        return None
    previous, gender = found
    here = [
        m
        for m in people.between(previous.start, previous.end)
        if not people.quoted(m.start) and m.role != "possessor"
    ]
    first = min(
        ((s, e, m) for s, e, m in standing if previous.start <= s < previous.end),
        key=lambda found: found[0],
        default=None,
    )
    if first is not None and (not here or first[0] < here[0].start):
        return _standing_subject(people, previous, here, first, gender)
    if closing := _closing_speaker(people, previous, here):
        # "Coach Rajakovic scolded his team, Barrett said, ...": Barrett, who said it
        person, said = closing
        if [m for m in here if m.name != person.name and m not in said] or _others_named(
            people, previous, person, aside=said
        ):
            return None
        return None if gender and person.gender not in (gender, None) else person
    if not here or not here[0].named or here[0].plural:
        return None
    lead = previous.text[: here[0].start - previous.start]
    if not here[0].subject and not (_THING_THEN_VERB.fullmatch(lead) or _AGENT.search(lead)):
        return None  # (a name after a thing and its verb: "The win sends Homan to ..."; the
        # agent of a passive: "The group was started by Mavis Thornton")
    if any(
        not people.quoted(previous.start + p.start())
        for p in _PERSONAL.finditer(previous.text, 0, here[0].start - previous.start)
    ) or _SAID_BY_ANOTHER.match(text := people.article.text, here[0].end):
        return None  # "She said Tom Li was wrong.", 'Sanders, he said, "is running out of
        # time."': Li, Sanders are no subject (what someone else says is about them)
    others = [m for m in here if m.name != here[0].name]
    kinds = ROLE_KINDS.get(role, {role}) if role else set()
    spoken = _quoted_words(people, at) if others else frozenset()
    aside = [
        m
        for m in others
        if (kinds and (nouns := _nouns_given(people, m, at)) and not nouns & kinds)
        or _after_the_verb(text[here[0].end : m.start])
        or _spoken_of(people, m, here[0], spoken, at)  # '"Marco stood with Obama"': not him
    ]
    if len(aside) < len(others) or _others_named(people, previous, here[0], aside=aside):
        return None
    person = here[0]
    if gender and person.gender not in (gender, None):
        return None
    if _other_of_sex(people, previous, person.gender or gender):
        return None  # "Wambach congratulated her.": another woman, whom it may describe
    return person


#: A he/she and a speech verb set off right after a name: the name is what they say is
#: about ('Sanders, he said, "is running out of time."').
_SAID_BY_ANOTHER = compiled(rf",\s+(?:he|she|they)\s+(?:{_SPEECH_CLAUSE})\b")


def _nouns_given(people: People, person: Mention, at: int) -> set[str]:
    """The role nouns the article gave ``person`` before ``at``, at any of their mentions
    ("Ohio Gov. John Kasich ... called on Kasich": governor)."""
    return {n for m in people.mentions if m.name == person.name and m.start < at for n in m.nouns}


#: An object pronoun of each sex, not a possessive ("her" before a preposition, an adverb,
#: a stop): someone else of that sex the sentence speaks of ("Wambach congratulated her").
_OBJECT_OF_SEX = {
    "m": compiled(r"\bhim\b"),
    "f": compiled(
        r"\bher\b(?=\s*(?:[,.;:!?\"”]|$|(?:on|in|at|to|for|with|after|before|as|and|but|or|"
        r"when|because|again|too)\b))"
    ),
}


def _other_of_sex(people: People, sentence: Sentence, sex: str | None) -> bool:
    """Whether ``sentence`` speaks of someone else of ``sex`` by an object pronoun outside
    its quotations and before any clause its subject says or thinks ("Wambach congratulated
    her on Twitter"; not "Trump said it would have been cool had Clinton congratulated him":
    him, the subject)."""
    pattern = _OBJECT_OF_SEX.get(sex or "")
    return pattern is not None and any(
        not people.quoted(sentence.start + m.start())
        and not _LESSER_PLACE.search(sentence.text, 0, m.start())
        for m in pattern.finditer(sentence.text)
    )


#: How many sentences that mention no one a description may look past for its person.
_NO_ONE_SKIPPED = 2
#: Any personal pronoun, any case.
_ANY_PERSONAL = compiled(
    rf"\b(?i:he|she|him|her|his|hers|they|them|their|we|us|our|you|your|me|my)\b|{_I}"
)
#: A word, or a compound's words joined by hyphens ("great-uncle", "farmer-owned").
_WORD = compiled(r"\w+(?:-\w+)*")


def _sentence_about(
    people: People, index: int, standing: Sequence[Standing], gender: str | None
) -> tuple[Sentence, str | None] | None:
    """The sentence before sentence ``index`` whose subject a description in it may stand
    for, and the gender that person must have: past sentences wholly inside a quotation,
    up to :data:`_NO_ONE_SKIPPED` that mention no one, and one that refers to someone only
    by pronouns of one gender, whose gender the person must then have (None when it is not
    the description's own ``gender``)."""
    sentences = people.article.sentences
    back = index - 1
    while back and people.inside_quotation(sentences[back]):
        back -= 1  # '"Honestly? I've kicked that one," said the Californian': no one it names
    for _ in range(_NO_ONE_SKIPPED):
        if not back or not _names_no_one(people, sentences[back], standing):
            break
        back -= 1  # "Gallant opened a hive. There was no hum. '...,' the beekeeper said"
    if back and (pronoun_gender := _only_pronouns_of(people, sentences[back], standing)):
        # "Ernest Côté landed at Juno Beach. On Saturday, he sat on his lawn. '...,' the
        # veteran said": the one the pronouns stand for, the subject before them
        if gender not in (None, pronoun_gender):
            return None
        gender, back = pronoun_gender, back - 1
    return sentences[back], gender


def _only_pronouns_of(
    people: People, sentence: Sentence, standing: Sequence[Standing]
) -> str | None:
    """The gender of the third-person pronouns a sentence refers to someone by, when it
    refers to someone only so — pronouns of one gender ("On Saturday, he sat on his lawn"),
    no name, no word for a person or an organisation, no resolved speaker phrase, no
    quotation, no "I", "we" or "you" — else None."""
    text = sentence.text
    pronouns = {w.lower() for w in _THIRD_SINGULAR.findall(text)}
    genders = {"m" if w in ("he", "him", "his", "himself") else "f" for w in pronouns}
    if len(genders) != 1 or _FIRST_SECOND.search(text) or any(m in text for m in '"“”'):
        return None
    if people.between(sentence.start, sentence.end) or any(
        sentence.start <= s < sentence.end for s, _, _ in standing
    ):
        return None
    if _has_word_among(text, _PEOPLE_WORDS):
        return None  # (an organisation's words in lower case are common words: "front")
    return genders.pop()


#: A third-person pronoun in the singular of a gender.
_THIRD_SINGULAR = compiled(r"\b(?i:he|him|his|himself|she|her|hers|herself)\b")
#: A pronoun in the first or second person ("I", "we", "you").
_FIRST_SECOND = compiled(rf"\b(?i:we|us|our|you|your|me|my)\b|{_I}")


def _has_word_among(text: str, words: set[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case), alone or as a part of a
    compound joined by hyphens ("farmer-owned")."""
    return any(
        word in words or not words.isdisjoint(word.split("-"))
        for word in _WORD.findall(text.lower())
    )


def _names_no_one(people: People, sentence: Sentence, standing: Sequence[Standing]) -> bool:
    """Whether ``sentence`` mentions no one at all — no name nor capitalised word (but a
    common word opening it), no pronoun, no word for a person or an organisation, no
    resolved speaker phrase, no quotation ("There was no hum.") — so that a description
    after it may stand for the subject of the sentence before it."""
    words = sentence.text.split()
    return not (
        people.between(sentence.start, sentence.end)
        or any(w[:1].isupper() for w in words[1:])
        or (words[:1] and name_key(words[0].strip(".,;:!?")) not in easy_words())
        or any(sentence.start <= s < sentence.end for s, _, _ in standing)
        or people.inside_quotation(sentence)
        or _ANY_PERSONAL.search(sentence.text)
        # a word for people or organisations: someone unnamed ("a farmer")
        or _has_word_among(sentence.text, _PERSON_WORDS)
        or any(mark in sentence.text for mark in '"“”')
    )


def _closing_speaker(
    people: People, sentence: Sentence, here: Sequence[Mention]
) -> tuple[Mention, list[Mention]] | None:
    """The person named as the speaker of what ``sentence`` reports before its attribution
    ("Coach Rajakovic scolded his team, Barrett said, ...": Barrett), and the mentions of
    what they said (Rajakovic): the one the sentence is about. None when the sentence has
    no such report or its speaker is no name of ``here``."""
    if not here or len(here) < 2:
        return None
    for report in reported(sentence.text):
        if report.speaker_at < report.end:
            continue  # "Barrett said Rajakovic ...": the speaker first
        at = sentence.start + report.speaker_at
        person = next((m for m in here if m.start == at and m.named), None)
        if person is None:
            return None
        start, end = sentence.start + report.start, sentence.start + report.end
        return person, [m for m in here if start <= m.start < end]
    return None


def _quoted_words(people: People, at: int) -> frozenset[str]:
    """The words, in lower case, that the quotations of the sentence holding ``at`` say,
    each whole: a person named in them is spoken of, and so not the one speaking."""
    return frozenset(
        w.strip(".,;:!?\"'“”‘’()").lower()
        for w in people.quoted_in_sentence(at, whole=True).split()
    )


#: A speech verb of a word or two after a speaker phrase, "that" perhaps, and a he or she
#: opening what is said ("The Vermont senator shot back that he had opposed the bailout").
_OWN_PRONOUN_AFTER = compiled(
    r"\s+[a-z]+(?:\s+(?:back|out|up|on|again))?\s+(?:that\s+)?(?P<pronoun>he|she)\s+[a-z]"
)


def sex_said_of_self(text: str, end: int) -> str | None:
    """The sex of the he or she that opens what a speaker phrase ending at ``end`` reports,
    which in reported speech is most often the speaker ("the senator shot back that he had
    opposed it": a man), else None."""
    found = _OWN_PRONOUN_AFTER.match(text, end)
    return None if found is None else ("m" if found["pronoun"] == "he" else "f")


#: The personal pronouns of each sex, lower case.
_PRONOUNS_OF = {
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}


def _spoken_of(
    people: People, other: Mention, subject: Mention, spoken: frozenset[str], at: int
) -> bool:
    """Whether the quotation whose words are ``spoken`` speaks of ``other``: by a word of
    their name, or by a pronoun of their sex when the ``subject`` is of the other sex and
    ``other`` the one person of theirs named before ``at`` ('Hillary Clinton accused Bernie
    Sanders of ... "If everybody had voted the way he did, ...," the former secretary of
    state said': not Sanders)."""
    if spoken & {w.lower() for w in other.name.split()}:
        return True
    sex = other.gender
    if sex is None or subject.gender in (None, sex) or not spoken & _PRONOUNS_OF[sex]:
        return False
    return all(
        m.name == other.name or m.gender not in (None, sex)
        for m in people.mentions
        if m.named and m.start < at
    )


def _after_the_verb(between: str) -> bool:
    """Whether a name after the subject, with ``between`` the text from the subject to it,
    stands in a lesser place than the subject: in the clause the subject's speech verb
    reports ("Clinton said Trump had ...") or as an example ("Ullmark stopped all three
    shooters, including Caufield"); not beside the subject ("Ullmark and Caufield"), nor as
    the object of its verb ("Ann Reyes met Tom Li": either may be "the senator")."""
    lesser = _LESSER_PLACE.search(between)  # (a joining word after it is inside the clause:
    # "McDavid said the team had to win whether or not Draisaitl played")
    return lesser is not None and not _JOINING.search(between, 0, lesser.start())


def _standing_subject(
    people: People,
    sentence: Sentence,
    here: list[Mention],
    first: Standing,
    gender: str | None,
) -> Mention | None:
    """The person whom the first speaker phrase of ``sentence`` was resolved to, when the
    sentence names no one before it and no one else ("In the memo, the 41-year-old said he
    would take responsibility." before '"...," the billionaire wrote.': Lutke)."""
    start, _, person = first
    if any(m.named and (m.start < start or m.name != person.name) for m in here):
        return None
    if _others_named(people, sentence, person):
        return None
    return None if gender and person.gender not in (gender, None) else person


def _others_named(
    people: People, sentence: Sentence, person: Mention, *, aside: Sequence[Mention] = ()
) -> bool:
    """Whether a sentence may name someone besides ``person``, outside quotations, that
    its mentions leave out: a run of two capitalised words or more that is no
    organisation ("Bo Dole"), or a lone word of another person's name ("bashing
    Sanders")."""
    own = {word for m in (person, *aside) for word in m.name.split()}
    described = _APPOSITIVE.match(people.article.text, person.end, sentence.end)
    for match in name_run_matches(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(start < m.end and m.start < end for m in (person, *aside)) or people.quoted(start):
            continue  # the person's own mention, one set aside, or a name someone quoted says
        if described is not None and described.start() <= start < described.end():
            continue  # "Jabeur, a three-time Grand Slam finalist,": what describes the person
        if in_dateline(sentence.text, match.end()):
            continue  # "DES MOINES, Iowa —": where the story was filed
        between = people.article.text[person.end : start] if start > person.end else ""
        if _OWN_PHRASE.search(between) or _IN_WHAT_WAS_SAID.search(between):
            continue  # "Fleetwood, who had matched Taylor", "McConnell said ... Garland's"
        words = [w for w in match.group().split() if w.lower() not in _FUNCTION]
        if " ".join(words).lower() in HOME_REGIONS:
            continue  # "Nova Scotia", "New York": a province or state
        if len(words) >= 2 and not any(w.lower() in ORGANISATION_WORDS for w in words):
            if not (
                _PREPOSITION_LAST.search(sentence.text, 0, match.start())
                and not is_given_name(words[0])
                and not _is_title(words[0])
            ):
                return True  # (not "spent four seasons with Real Betis": no name known)
            continue
        word = _POSSESSIVE.sub("", words[0]) if len(words) == 1 else ""
        if word and start < person.start and sentence.text.startswith(("'", "’"), match.end()):
            continue  # "Homan's third, Tracy Fleury,": the owner of the subject's role
        if word and word not in own and people.knows_person(word):
            return True
    return False
