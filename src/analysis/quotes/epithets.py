"""Epithets: descriptions of what someone is ("the netminder", "the veteran quarterback",
"the 25-year-old", "the Swede", "the mother of three") that stand for the person the
sentence before is about, and the modifiers a description must have been given before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from analysis.language.english.affiliations import (
    DEMONYM_NATIONS,
    DEMONYMS,
    HOME_CITIES,
    HOME_REGIONS,
    NATIONAL_OFFICES,
    NATIONALITIES,
    PARTIES,
    PORTFOLIO_OFFICES,
)
from analysis.language.english.affiliations import affiliation_words as affiliations
from analysis.language.english.calendar import MONTH_NAMES, WEEKDAY_NAMES
from analysis.language.english.grammar import FUNCTION_WORDS
from analysis.language.english.speech import (
    ACHIEVEMENT_NOUNS,
    IDENTITY_NOUNS,
    KIN_NOUNS,
    ORGANISATION_WORDS,
    PRIZE_WORDS,
    ROLE_KINDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from analysis.language.english.sport import (
    OFF_FIELD_ROLES,
    PLAYING_POSITIONS,
    POSITION_DEEDS,
    POSITION_OF,
)
from analysis.patterns import compiled
from analysis.quotes.ages import AGE_NOUN, age_given
from analysis.quotes.introductions import body_before, introduced_before, introduces
from analysis.quotes.names import gender_of
from analysis.quotes.people import Mention, People
from analysis.quotes.salience import Standing, subject_before
from analysis.quotes.teams import names_team, untied_home

__all__ = [
    "EPITHET",
    "could_be_described",
    "epithet_person",
    "is_epithet",
    "speaks_of",
    "stands_for_someone_named",
    "telling_modifiers",
]

#: A description of what someone is: "the netminder", "the veteran centre", "the mother of
#: three" (up to three modifiers; a count after a kin word).
EPITHET = compiled(
    r"^the\s+(?P<modifiers>(?:[\w.,'’-]+\s+){0,3}?)(?P<noun>[\w-]+)"
    r"(?:\s+of\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+))?$",
    re.I,
)
#: An office and what it is of: "the former secretary of state", "the minister of finance"
#: (the office is the noun: not "state").
_OFFICE_OF = compiled(
    r"^(?P<office>the\s+(?:[\w.,'’-]+\s+){0,3}?(?P<noun>[\w-]+))\s+of\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?$",
    re.I,
)
#: Nouns of a person's sex and age that, as "the older woman" or "the young man", stand for
#: the person of that sex the sentence before is about, as an identity does.
_PEOPLE_BY_SEX = frozenset("man woman boy girl lady".split())
#: Nouns of kin among the people an article names ("the older sister", "the younger
#: brother"): with a modifier, what one of them is.
_SIBLINGS = frozenset("sister brother twin son daughter wife husband".split())
#: Nouns of a person's youth that stand for the young person the sentence before is about
#: ("Jaylen Bird, 16, has been coming since he was 12. '...,' the teen said").
_YOUTH = frozenset("teen teenager youngster youth".split())
#: Standings that go with any role: "Captain Atiba Hutchinson ... the midfielder".
_STANDINGS = frozenset(
    "captain co-captain veteran rookie star chair chairman chairwoman chairperson player".split()
)  # (a chair of a board or a committee holds another office too: "TTC chair Jamaal Myers")
#: Title words a description may add to a role noun without changing whom it fits.
_UNTELLING = frozenset({"former", "acting", "late", "then", "the", "major"})  # ("major champion")
#: Modifiers of a role someone had before: no clash with the role they have now.
_PAST = frozenset({"former", "retired", "onetime", "one-time", "ex"})
#: Modifiers that set a description against someone already mentioned.
_CONTRASTING = frozenset(
    "other another actual real true new next previous rival opposing fellow".split()
)


def speaks_of(quoted: str, person: Mention, *, others: Iterable[str] = ()) -> bool:
    """Whether quoted words speak of ``person`` in the third person: a word of their name, or
    "he"/"she" (either one when the article does not show their gender) in words that do not
    speak of themselves ("if he does not endorse me": someone else's "he") nor name one of
    ``others`` (the words of other people's names: "Donald has spent his whole life": his,
    Donald's)."""
    words = _words(quoted)
    if words & {w.lower() for w in person.name.split()}:
        return True
    pronouns = {"m": {"he", "him", "his", "himself"}, "f": {"she", "her", "hers", "herself"}}
    third = pronouns.get(person.gender or "", pronouns["m"] | pronouns["f"])
    named = words & {w.lower() for w in others}
    return bool(words & third) and not words & {"i", "me", "my", "myself"} and not named


def _words(text: str) -> set[str]:
    """The words of ``text`` in lower case, without their punctuation."""
    return {w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split()}


def telling_modifiers(words: list[str]) -> tuple[str, ...]:
    """The modifiers of a role noun that the person it stands for must have been described
    by: proper ones ("the Cuban leader") and title words ("the prime minister", "the deputy
    mayor"), not "former", "acting" or "late", nor an owner's ("the prime minister's
    spokesman": a spokesman)."""
    owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
    words = words[owners[-1] + 1 :] if owners else words
    return tuple(
        w for w in words if w[:1].isupper() or (w.lower() in TITLES and w.lower() not in _UNTELLING)
    )


def _telling_of(noun: str, modifiers: list[str]) -> tuple[str, ...]:
    """:func:`telling_modifiers` of a description headed by ``noun``, but a prize's name
    before what someone won ("the Vezina Trophy winner", "the Olympic gold medallist"): what
    they won, news about them, not a home or a team the article must have given them."""
    telling = telling_modifiers(modifiers)
    proper = [w for w in telling if w[:1].isupper()]
    if noun in ACHIEVEMENT_NOUNS and proper and {w.lower() for w in proper} & PRIZE_WORDS:
        return tuple(w for w in telling if not w[:1].isupper())
    return telling


def _epithet_match(phrase: str) -> re.Match[str] | None:
    """The :data:`EPITHET` match of a description, of its office when it is an office and
    what it is of ("the former secretary of state": "the former secretary")."""
    office = _OFFICE_OF.match(phrase)
    if office is not None and office["noun"].lower() in NATIONAL_OFFICES:
        return EPITHET.match(office["office"])
    if " from " in phrase and (home := _FROM_HOME.fullmatch(phrase)):
        known = home["place"].lower() in _NEWS_WORDS
        phrase = f"the {home['place']} {home['head']}" if known else f"the {home['head']}"
    return EPITHET.match(phrase)


#: A description and the home after it: "the 22-year-old from Oakville, Ont." (the Oakville
#: 22-year-old; "from Laval, Que.", a place no list knows, only news: the 22-year-old).
_FROM_HOME = compiled(
    r"(?i:the)\s+(?P<head>[^,]+?)\s+from\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:,\s+[A-Z][\w.]*)?,?"
)


def is_epithet(phrase: str) -> bool:
    """Whether a phrase describes what someone is, as :func:`epithet_person` reads it:
    "the" and a noun of an identity, a nation or a home, an age, or a kin noun with a count."""
    match = _epithet_match(phrase)
    return match is not None and _names_what_someone_is(match)


def stands_for_someone_named(people: People, phrase: str, at: int) -> bool:
    """Whether a definite description at ``at`` that no rule linked to a name is, by its
    form, an epithet — "the Texas senator", "the 58-year-old", "the Spaniard", "the veteran
    goaltender", "the older sister" — that could be one of the people the article named
    before it (not in quotation marks) and nothing the article said rules out
    (:func:`_could_be`), while nothing tells which: giving it as the speaker would name
    no one where the reader is owed a name. Not when it can be none of them ("the Russian
    leader" after Joe Biden, "the other candidate": someone of their own), nor when the
    article introduced someone new by its noun ("a 45-year-old man ... the 45-year-old"),
    nor a bare "the man", "the mother" (most often someone left unnamed), nor an
    organisation."""
    match = _epithet_match(phrase)
    if match is None:
        return False
    noun, modifiers = match["noun"].lower(), match["modifiers"].split()
    if noun in ORGANISATION_WORDS or any(w.endswith(("'s", "’s", "s'", "s’")) for w in modifiers):
        return False  # (and "the victim's father": someone by whom they are kin to)
    if noun in _PEOPLE_BY_SEX | _YOUTH | _SIBLINGS or (noun in KIN_NOUNS and not match["count"]):
        form = bool(modifiers)  # "the older woman", "the younger brother"
    else:  # (not a role alone: "the RCMP spokesperson" is most often left unnamed)
        form = _names_what_someone_is(match)
    index = people.sentence_index(at)
    if not form or index is None or _CONTRASTING & _plain_words(modifiers):
        return False
    before = body_before(people, at)
    if any(introduces(before, w) for w in {noun, *filter(AGE_NOUN.fullmatch, modifiers)}):
        return False
    gender = gender_of(noun)
    named = {
        m.name: m
        for m in people.mentions
        if m.named and not m.plural and m.start < at and not people.quoted(m.start)
    }
    genders = Counter(m.gender for m in named.values())
    return any(
        gender in (None, m.gender)
        and _could_be(
            people, match, m, at, pronouns=m.gender is not None and genders[m.gender] == 1
        )
        for m in named.values()
    )


def _names_what_someone_is(match: re.Match[str]) -> bool:
    """Whether an :data:`EPITHET` match's noun is what someone is (see :func:`is_epithet`)."""
    noun = match["noun"].lower()
    if match["count"]:
        return noun in KIN_NOUNS
    return (
        _age_modifier(match) is not None  # "the 64-year-old beekeeper": a person, whatever noun
        or noun in IDENTITY_NOUNS
        or noun in DEMONYMS
        or noun in _PEOPLE_BY_SEX
        or noun in _YOUTH
        or bool(AGE_NOUN.fullmatch(noun))
        # a role someone had, as news about them: "the bow-tied former lawyer", "the retired
        # neurosurgeon" (any noun but an organisation's word after "former" or "retired")
        or (
            noun not in ORGANISATION_WORDS
            and bool(_PAST & _plain_words(match["modifiers"].split()))
        )
    )


def epithet_person(
    people: People,
    phrase: str,
    at: int,
    *,
    standing: Sequence[Standing] = (),
    gender: str | None = None,
) -> Mention | None:
    """The person a description of what someone is at ``at`` stands for
    (:data:`IDENTITY_NOUNS`: "the netminder", "the veteran centre"; an age, "the
    25-year-old"; a nationality or a home, "the Swede", "the Californian"; "the mother of
    three"): the one person the sentence before names, as its subject
    (:func:`subject_before`), or when it names no one the one person named lately
    (:func:`_only_one_named`); of the noun's gender, described by every proper or title
    modifier ("the Florida senator") and by no other role of that kind, with no contrast
    ("the other candidate"), whom the quotation of the sentence does not speak of. None when
    any of that fails. ``standing``: speaker phrases already resolved to a person;
    ``gender``: the person's when the noun has none ("The craftsman shrugs. '...,' he says")."""
    match = _epithet_match(phrase)
    if match is None or not _names_what_someone_is(match):
        return None
    noun = match["noun"].lower()
    if introduced_before(people, noun, at):
        return None  # "... were greeted by an organizer. '...,' the organizer said": them
    gender = gender_of(noun) or gender
    person = subject_before(
        people,
        at,
        gender=gender,
        standing=standing,
        role=noun if noun in ROLE_NOUNS else None,
    ) or _only_one_named(people, match, at, gender=gender)
    shown = _shown_playing(people, POSITION_OF[noun], at) if noun in POSITION_OF else []
    if shown and (person is None or person.name not in {m.name for m in shown}):
        # "Musgrove struck out 10 ... manager Mike Shildt said ... The right-hander said": the
        # one player shown so when no one else fits (a quarterback shown so is no "kicker");
        # unsure when someone else may ("Demko made 40 saves ... Hughes said. The netminder")
        fits = person is not None and _fits(people, match, person, at) and not any(
            person.name in {m.name for m in _shown_playing(people, o, at)} for o in POSITION_DEEDS
        )  # fmt: skip
        person = shown[0] if not fits and len({m.name for m in shown}) == 1 else None
    if person is None or _CONTRASTING & _plain_words(match["modifiers"].split()):
        return None  # (and "the actual author", "the other candidate": someone else)
    if _nation_after_their_quotation(people, match, person, at, standing):
        return None  # '"...," Senators coach Travis Green said. The Swede said': not sure
    if _spoke_of_another(people, person, at):
        return None  # '"...," Thomas said of Binnington. The goaltender ... said': either
    return person if _fits(people, match, person, at) else None


def _nation_after_their_quotation(
    people: People, match: re.Match[str], person: Mention, at: int, standing: Sequence[Standing]
) -> bool:
    """Whether a description opening its sentence at ``at`` tells a nation or, as a native,
    a home the article never gave ``person`` ("The Swede", "The Japanese goalkeeper", "The
    Hamilton native"), right after a sentence that
    quotes ``person``: a new subject named by what they are is most often someone else (the
    one quoted would go on as "he")."""
    index = people.sentence_index(at)
    if not index or people.article.text[people.article.sentences[index].start : at].strip():
        return False
    noun, told = match["noun"].lower(), _described_by(telling_modifiers(match["modifiers"].split()))
    nations = {noun} & DEMONYMS | (told if noun == "native" else told & NATIONALITIES)
    known = [m for m in people.mentions if m.name == person.name and m.start < at]
    if not nations or nations & affiliations(w for m in known for w in m.context):
        return False
    before = people.article.sentences[index - 1]
    if not people.quoted_in_sentence(before.start):
        return False
    return any(
        before.start <= m.start < before.end and not people.quoted(m.start) for m in known
    ) or any(before.start <= s < before.end and p.name == person.name for s, _, p in standing)


def _shown_playing(people: People, position: str, at: int) -> list[Mention]:
    """The people named before ``at`` whom a deed right after their name shows playing
    ``position`` (:data:`POSITION_DEEDS`: "Thatcher Demko made 40 saves"), or a noun of
    that position beside it."""
    deed, text = _DEEDS[position], people.article.text
    nouns = {n for n, p in POSITION_OF.items() if p == position}  # "Yankees starter Gerrit Cole"
    return [
        m
        for m in people.mentions
        if m.named and m.end < at and (deed.match(text, m.end) or m.nouns & nouns)
    ]


_DEEDS = {p: compiled(rf"(?:,[^,]{{1,40}},)?\s+(?:{d})\b") for p, d in POSITION_DEEDS.items()}


def _spoke_of_another(people: People, person: Mention, at: int) -> bool:
    """Whether the sentence before the one of ``at`` (before the sentences of its quotation
    when it goes on) has ``person`` speak of someone else by name ('"He was the best player
    on the ice," Thomas said of Binnington.'): the article has turned to the one spoken of,
    and a description next may stand for either."""
    index = people.sentence_index(at)
    if not index:
        return False
    text, sentences = people.article.text, people.article.sentences
    index -= 1  # past sentences quoted whole (a quotation going on into the next paragraph)
    while index > 0 and people.inside_quotation(sentences[index]):
        index -= 1
    before = sentences[index]
    for mention in people.mentions:
        if not before.start <= mention.start < before.end or mention.name == person.name:
            continue
        lead = text[before.start : mention.start].split()[-2:]
        if (
            mention.named
            and len(lead) == 2
            and lead[1] in ("of", "about")
            and lead[0].lower() in SPEECH_VERBS
            and not people.quoted(mention.start)
        ):
            return True
    return False


def _fits(people: People, match: re.Match[str], person: Mention, at: int) -> bool:
    """Whether the description of an :data:`EPITHET` match at ``at`` is sure to be
    ``person``: of no other age, home, party or office than the article gave them before
    (what it did not give them must be news, :func:`_news_about`), and not spoken of in the
    sentence's quotation."""
    noun, modifiers = match["noun"].lower(), match["modifiers"].split()
    age = noun if AGE_NOUN.fullmatch(noun) else _age_modifier(match)
    if age and age_given(people, person.name, at) not in (None, age.lower()):
        return False  # "Ray Dunn, 29, scored. '...,' the 50-year-old said": someone else
    known = [m for m in people.mentions if m.name == person.name and m.start < at]
    # what the article said of them, a home right after a name too ("Ted Cruz of Texas")
    context = affiliations(w for m in known for w in m.context) | _homes_given(people, person, at)
    nouns = {n for m in known for n in m.nouns}
    untold = [w for w in _telling_of(noun, modifiers) if affiliations([w]) - context]
    if noun != "native" and untold and not _news_about(people, untold, noun, person, at):
        return False  # "the prime minister", "the Florida senator" after "Ann Reyes of Ohio"
        # (but "the Becancour, Que., native" tells where someone is from, news itself)
    past = _PAST & _plain_words(modifiers)
    if (
        noun in ROLE_NOUNS
        and noun not in _STANDINGS  # "Midfielder Kyle Bekker ... the captain said": his
        and nouns - _STANDINGS
        and not nouns & ROLE_KINDS.get(noun, {noun})
        and not past
    ):
        return False  # "Gov. Mike Pence" is no "senator" (but may be "the former lawyer")
    if noun in PLAYING_POSITIONS and nouns & OFF_FIELD_ROLES and not past:
        return False  # "Padres manager Mike Shildt" is no "the right-hander"
    named = [m for m in people.mentions if m.named and m.name != person.name]
    if any(m.start < at and m.gender in (person.gender, None) for m in named) or (
        person.gender is None and any(m.start < at for m in named)
    ):
        # a he/she in the quotation may be the other man or woman named ('"He served
        # unbelievable," the left-hander said' of his opponent): only a word of their name
        return not _words(people.quoted_in_sentence(at)) & {w.lower() for w in person.name.split()}
    others = {w for m in named for w in m.name.split()}
    # '"She is right," the professor said': someone speaking of her
    return not speaks_of(people.quoted_in_sentence(at), person, others=others)


def _could_be(
    people: People, match: re.Match[str], person: Mention, at: int, *, pronouns: bool
) -> bool:
    """Whether nothing the article said before ``at`` rules ``person`` out as the one the
    description of an :data:`EPITHET` match stands for (what :func:`_fits` asks to be sure
    of need not have been said): no other age, no other nation, home or party than the
    description's, no other office, not spoken of in the sentence's quotation — by
    a word of their name, or by he/she with ``pronouns`` (when they are the one person of
    their sex named: else the "he" may be another man)."""
    noun, modifiers = match["noun"].lower(), match["modifiers"].split()
    age = noun if AGE_NOUN.fullmatch(noun) else _age_modifier(match)
    if age and age_given(people, person.name, at) not in (None, age.lower()):
        return False
    known = [m for m in people.mentions if m.name == person.name and m.start < at]
    given = affiliations(w for m in known for w in m.context) | _homes_given(people, person, at)
    nouns = {n for m in known for n in m.nouns}
    offices = {n for n in nouns if n.rsplit("-", 1)[-1] in NATIONAL_OFFICES}  # vice-president
    if (
        noun in NATIONAL_OFFICES
        and offices
        and not offices & ROLE_KINDS.get(noun, {noun})
        and not _PAST & _plain_words(modifiers)
    ):
        return False  # "Gov. Ann Reyes" is no "senator" (a manager may be "the engineer")
    described = _described_by(telling_modifiers(modifiers))
    if any(described & kind and given & kind and not described & given for kind in _KINDS):
        return False  # "the Florida senator" is not "Ann Reyes of Ohio"
    if noun in PORTFOLIO_OFFICES and nouns & ROLE_KINDS.get(noun, {noun}):
        # an office of another portfolio: "Health Minister Ana Costa" is not "the Finance
        # Minister"
        return (described - _NEWS_WORDS) <= given
    quoted = people.quoted_in_sentence(at)
    if _words(quoted) & {w.lower() for w in person.name.split()}:
        return False
    return not (pronouns and speaks_of(quoted, person))


def could_be_described(people: People, phrase: str, person: Mention, at: int) -> bool:
    """Whether nothing the article said before ``at`` rules ``person`` out as the one the
    description ``phrase`` at ``at`` stands for (:func:`_could_be`, he/she in the sentence's
    quotation left aside)."""
    match = _epithet_match(phrase)
    if match is None or not _could_be(people, match, person, at, pronouns=False):
        return False
    noun = match["noun"].lower()
    if noun not in DEMONYMS:
        return True
    given = _homes_given(people, person, at) & NATIONALITIES  # "Linus Ullmark of Sweden"
    return not given or DEMONYM_NATIONS.get(noun, noun) in given  # is no "Finn"


def _age_modifier(match: re.Match[str]) -> str | None:
    """The age among an :data:`EPITHET` match's modifiers ("64-year-old" of "the 64-year-old
    beekeeper"), if any."""
    return next((w for w in match["modifiers"].split() if AGE_NOUN.fullmatch(w)), None)


def _only_one_named(
    people: People, match: re.Match[str], at: int, *, gender: str | None
) -> Mention | None:
    """The one person the article has named before ``at``, of the description's ``gender``
    when it has one — the figure a feature is about ("Tomasz Wójcik carves ... . The
    soft-spoken luthier, who trained ..., moved ... . '...,' the 58-year-old said") — when
    nothing before introduced someone by the description's noun or age ("a 45-year-old man
    was stabbed": the 45-year-old is him), and who was mentioned in this paragraph or the
    one before; None when it named several such people, or when the sentence before names
    someone other than as an owner (:func:`subject_before` has judged it: "Police arrested
    Tom Li. '...,' the 24-year-old said" is not sure; but "... outside Margaret Olson's front
    door. The retired teacher, 88, has tutored": her)."""
    index = people.sentence_index(at)
    if not index or any(
        m.named and not people.quoted(m.start) and m.role != "possessor"
        for m in people.between(people.article.sentences[index - 1].start, at)
    ):
        return None
    if _opens_with_unknown_name(people.article.sentences[index - 1].text):
        return None  # "Omid Azizi wept. '...,' the 24-year-old said": someone no list knows
    named: dict[str, Mention] = {}
    for mention in people.mentions:
        if mention.start < at and mention.named and not mention.plural:
            named[mention.name] = mention  # (the last mention of each)
    compatible = [m for m in named.values() if gender is None or m.gender in (gender, None)]
    if len(compatible) != 1 or not _recent(people, compatible[0], at):
        return None
    before = body_before(people, at)
    words = {match["noun"], *(w for w in match["modifiers"].split() if AGE_NOUN.fullmatch(w))}
    return None if any(introduces(before, w) for w in words) else compatible[0]


#: A sentence opening (past a dateline) with two or three capitalised words and a word in
#: lower case: a name as its subject, perhaps of someone no list of names knows.
_NAME_OPENING = compiled(
    r"(?:[A-Z][A-Z .,'’-]*\s+—\s+)?(?P<run>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+[a-z]"
)


#: Days and months, in lower case: "Every Tuesday afternoon" opens with no one's name.
_CALENDAR_WORDS = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))


def _opens_with_unknown_name(sentence: str) -> bool:
    """Whether ``sentence`` opens with what may be a person's name: capitalised words that
    hold no function word, organisation's word or region ("Omid Azizi wept"; not "The
    Italian has lost", "Canada Post said", "Nova Scotia has")."""
    match = _NAME_OPENING.match(sentence)
    if match is None:
        return False
    words = [w.lower() for w in match["run"].split()]
    return not (
        words[0] in FUNCTION_WORDS
        or any(w in ORGANISATION_WORDS or w in _CALENDAR_WORDS for w in words)  # "Every Tuesday"
        or " ".join(words) in HOME_REGIONS
    )


def _recent(people: People, mention: Mention, at: int) -> bool:
    """Whether ``mention`` stands in the paragraph of ``at`` or the one before it."""
    sentences = people.article.sentences
    here, there = people.sentence_index(at), people.sentence_index(mention.start)
    if here is None or there is None:
        return False
    return sentences[here].paragraph - sentences[there].paragraph <= 1


def _plain_words(modifiers: list[str]) -> set[str]:
    """The modifiers that are no name nor part of a compound noun, lower case: not "New" of
    "the New York businessman", nor "real" of "the real estate mogul"."""
    return {
        w.lower()
        for i, w in enumerate(modifiers)
        if w[:1].islower() and not (w == "real" and modifiers[i + 1 : i + 2] == ["estate"])
    }


def _news_about(people: People, untold: list[str], noun: str, person: Mention, at: int) -> bool:
    """Whether the modifiers of a description the article never gave ``person`` are news
    about them: proper words — a nationality, a home, a party ("Pastrnak hit the post.
    '...,' the Czech winger said"; "Rubio spoke. The Florida senator said"; "the Wisconsin
    Republican") — given to no one else named before ``at``, where the article gave the
    person no other home ("Ann Reyes of Ohio": not "the Florida senator"); a team, a name in
    the plural ("McDavid said ... '...,' the Oilers captain said"), likewise. Not a title word
    (the office of "the prime minister" must have been given), nor a nationality or a party
    before an office ("the Russian leader" after Joe Biden, "the Liberal leader")."""
    if any(not w[:1].isupper() for w in untold):
        return False  # "the prime minister": an office
    words = _described_by(untold)
    if words == {"ward"} and noun in _WARD_OFFICES:  # "the Ward 13 councillor": their seat,
        return not any("ward" in m.context for m in people.mentions if m.start < at)  # if
        # the article gave no one a ward (no number is read: "Ward 4" is "Ward 6" here)
    team = not words <= _NEWS_WORDS and names_team(untold)
    if not (words <= _NEWS_WORDS or team):
        return False  # "the Finance Minister": a portfolio, no news
    known = [m for m in people.mentions if m.name == person.name and m.start < at]
    if words & (NATIONALITIES | PARTIES) and noun in NATIONAL_OFFICES:
        # "the Russian leader", "the Liberal leader": an office someone holds — a party's
        # theirs only when the article gave them that office and no other party
        # ("Opposition Leader Zach Churchill ... the Liberal leader")
        given = affiliations(w for m in known for w in m.context)
        if (
            words & NATIONALITIES
            or not {n for m in known for n in m.nouns} & ROLE_KINDS.get(noun, {noun})
            or (given & PARTIES and not words & given)
        ):
            return False
    if not team and _homes_given(people, person, at) - words:
        return False  # a team's home is no player's
    if words & HOME_CITIES and _homes_given(people, person, at, homes=HOME_CITIES) - words:
        return False  # "Ann Reyes of Calgary" is not "the Ottawa skip"
    context = (w for m in known for w in m.context)
    if untied_home(words & (HOME_CITIES | HOME_REGIONS), people.article.text, context):
        return False  # "the Vancouver defenceman" after "Jack Hughes" of the Devils
    others = (m for m in people.mentions if m.start < at and m.name != person.name)
    return not any(words & affiliations(m.context) for m in others)


def _described_by(modifiers: Sequence[str]) -> set[str]:
    """The nations, homes and parties (and other affiliations) proper modifiers name, a home
    of several words as one ("the New York businessman": "new york")."""
    joined = " ".join(modifiers).lower()
    regions = {r for r in _REGIONS_OF_WORDS if f" {r} " in f" {joined} "}
    rest = (w for w in modifiers if not any(w.lower() in r.split() for r in regions))
    return regions | affiliations(w.removesuffix("-born") for w in rest)  # "Russian-born"


#: Homes of several words ("the New York businessman").
_REGIONS_OF_WORDS = frozenset(place for place in HOME_REGIONS | HOME_CITIES if " " in place)
#: What a description may tell about someone as news: a nationality, a home, a party.
_NEWS_WORDS = NATIONALITIES | HOME_REGIONS | HOME_CITIES | PARTIES
#: Offices held for a city's ward, which "Ward 13" before them names.
_WARD_OFFICES = frozenset("councillor councilor councilman councilwoman alderman trustee".split())
#: The kinds of those: someone has one of each (a description's other one is someone else).
_KINDS = (NATIONALITIES, HOME_REGIONS, HOME_CITIES, PARTIES)
#: The homes of a person's that no other of theirs contains: nations, states, provinces.
_HOMES = HOME_REGIONS | NATIONALITIES
#: A home right after a name: "Ann Reyes of Ohio", "Tom Li (D-Texas)".
_HOME_AFTER = compiled(r"\s*(?:(?:of|from)\s+|\((?:[RDI]-)?)(?P<home>[A-Z][a-z]+)")


def _homes_given(
    people: People, person: Mention, at: int, *, homes: frozenset[str] = _HOMES
) -> set[str]:
    """The nations, states and provinces (or other ``homes``: cities) the article gave
    ``person`` before ``at``: next to a mention ("Canadian", "Ohio Gov.") or right after it
    ("of Ohio", "(R-Texas)")."""
    found: set[str] = set()
    for mention in people.mentions:
        if mention.name != person.name or mention.start >= at:
            continue
        found |= affiliations(mention.context) & homes
        if (after := _HOME_AFTER.match(people.article.text, mention.end)) is not None:
            found |= affiliations([after["home"]]) & homes  # "of Israel": Israeli
    return found
