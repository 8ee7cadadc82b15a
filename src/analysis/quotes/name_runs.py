"""Which runs of capitalised words in an article name a person, and how each stands in its
sentence: the first step of :class:`analysis.quotes.people.People`. A run is kept when it
is a full name with evidence of a person (a title, a known first name, a role noun, an
appositive, a speech verb or a player's deed next to it, its surname speaking or taking a
"who" alone elsewhere) or a lone word some full name of the article ends in; organisations
("Acme Corp", "NATO") and peoples ("New Yorkers") are not. Titles before a name are
dropped, and the gender they show is noted."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from analysis.article import Article, Sentence
from analysis.language.english.affiliations import HOME_REGIONS, NATIONALITIES, PARTIES
from analysis.language.english.given_names import census_gender, name_key
from analysis.language.english.grammar import (
    AUXILIARIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    PREPOSITIONS,
)
from analysis.language.english.sexes import MALE_NAMES
from analysis.language.english.speech import (
    IDENTITY_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SURNAME_ORGANISATION_WORDS,
    TITLES,
)
from analysis.language.english.sport import PLAYER_DEEDS, PLAYING_POSITIONS
from analysis.language.english.vocabulary import easy_words
from analysis.language.place_names import is_place_name
from analysis.patterns import alternation, compiled
from analysis.quotes.acting_surnames import (
    SPEECH_AFTER,
    acting_name,
    acting_surnames,
    acts_alone,
    named_before,
    named_by_given_name,
    speaking_surnames,
    speaks,
    surnames_of_one_name,
)
from analysis.quotes.first_names import (
    SharedSurname,
    family_members,
    paired_given_names,
    shared_surnames,
)
from analysis.quotes.name_context import what_someone_is
from analysis.quotes.names import (
    _FUNCTION,
    _GENERATIONS,
    _NOT_AFTER_NAME_OR_SAID,
    _PEOPLES,
    _POSSESSIVE,
    _is_title,
    _last_title,
    _words,
    gender_of,
    has_gender,
    is_given_name,
    may_be_given_name,
    name_run_matches,
    surname_of,
    without_weekday,
)
from analysis.quotes.openings import (
    SUBORDINATE_HE_OR_SHE,
    after_subordinate_clause,
    in_dateline,
    without_dateline,
)
from analysis.quotes.run_places import (
    at_start,
    capital_dateline,
    coordinated,
    described_lead,
    opens_clause,
    past_opening,
)
from analysis.quotes.run_words import initials, name_and_titles, without_age
from analysis.quotes.teams import names_team

__all__ = ["OWN_AFTER", "NameRun", "name_runs"]

#: A run that names a person: (start, end, words, kind); see :func:`name_runs`.
NameRun = tuple[int, int, list[str], str]
#: The runs that name a person, and the gender of each full name.
_Found = tuple[list[NameRun], dict[str, str]]

#: What owns or has someone after a run, the run no subject: "Trump's", "Sanders' campaign",
#: a role of theirs before another name ("Sanders supporter Kyle Bennett", "Trump campaign
#: manager Kellyanne Conway").
_POSSESSIVE_AFTER = compiled(
    r"['’](?:s\b|(?=\s))|\s+(?:[a-z-]+\s+)?"
    rf"(?:{alternation(ROLE_NOUNS | {'supporter', 'backer', 'ally', 'aide', 'rival', 'friend'})})"
    r"\s+(?:[A-Z]\.\s+)?[A-Z][a-z]"
)
#: What shows a two-word run to be a person: a role or title word right before it, an
#: appositive after it, or a speech verb after it (:func:`_looks_personal`).
_ROLES_AND_TITLES = ROLE_NOUNS | TITLES | PERSON_NOUNS  # ("teammate Ivanie Blondin")
_DESCRIBED_AFTER = compiled(
    r"\s*,\s*(?:\d+|a|an|the|who|whose|[a-z]+ of|chairman|president|head|"
    r"director|founder|spokes\w+|executive|former)\b"
)
#: A verb in the past right before a name: the name is its object ("Police arrested Tom
#: Li", "Police arrested Mayor Tom Li"), not its sentence's subject.
_VERB_LAST = compiled(r"\b[a-z]{3,}ed\s+$")
#: A sentence opening with "He" or "She", its subject (not "He said": anyone's words).
_HE_OR_SHE = compiled(r"(?:He|She)\s+(?!said\b|says\b)")
#: A sentence whose words a he or she says: "He said", "She says", a quotation opening it
#: that "he said" closes, or a description of one person ("The Hornets guard said", "The
#: 26-year-old from Edmonton said").
_HE_OR_SHE_SAYS = compiled(
    r"(?:He|She)\s+(?:said|says)\b|[\"“][^\"“”]{1,600}[\"”]\s+(?:he|she)\s+[a-z]"
    rf"|The\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{alternation(IDENTITY_NOUNS | PLAYING_POSITIONS)}"
    r"|\d{1,3}-year-old)(?:\s+from\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w.]*,?)?)?\s+(?:said|says)\b"
)
#: A verb in the past (not of speech) right after a name opening its sentence: what its
#: subject did ("Becca MacDonald joined last year").
_DEED_AFTER = compiled(
    rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}ed|{alternation(IRREGULAR_PAST - {'said', 'told'})})\b"
)
#: "and his", ", her" right after a name, before a noun, or "his" after the verb after it,
#: perhaps a few words of its object between: what the name's person owns ("Tobi Lutke and
#: his wife", "Quill Marrow, her lawyer said,", "Clay Holmes blew his fifth save", "Tomasz
#: Wójcik carves the scroll of his 112th violin"; not "about his"): a person, of that
#: gender. (Not "her" after a verb: "told her that" is whom he told.)
OWN_AFTER = compiled(
    r"(?:(?:,|\s+and)\s+(?P<own>his|her)|\s+(?:[a-z]+ly\s+)?"
    rf"(?!(?:{alternation(PREPOSITIONS | {'or', 'but', 'than', 'as', 'that'})})\b)[a-z]{{2,}}"
    r"(?:\s+(?!(?:his|her|that|who|which|said|says|told)\b)[A-Za-z][a-z'’-]*){0,4}?"
    r"\s+his)\s+[a-z0-9]"
)
#: The next whitespace-separated word after a position (what ``text[at:].split()[0]`` is).
_NEXT_WORD = compiled(r"\s*(\S+)")
_PLAYER_DEED_AFTER = compiled(rf"\s+(?:{PLAYER_DEEDS})\b")
#: "the" ending the text before a run: what follows is a thing's name ("the Ottawa Senators").
_THE_LAST = compiled(r"(?:^|\s)(?i:the)\s+$")


class _Evidence(NamedTuple):
    """What the whole article shows of people, for :func:`_person_words`: the surnames
    that speak alone (:func:`~analysis.quotes.acting_surnames.speaking_surnames`) and act alone
    (:func:`~analysis.quotes.acting_surnames.acting_surnames`), and the starts of the
    sentences a *he* or *she* follows (:func:`_before_he_or_she`)."""

    speaking: frozenset[str]
    acting: frozenset[str]
    he_next: frozenset[int]
    #: the starts of the sentences the next of which a he or she says (:data:`_HE_OR_SHE_SAYS`)
    said_next: frozenset[int] = frozenset()
    paired: frozenset[str] = frozenset()  # "Farid and Zarmina Rahimi": Zarmina Rahimi
    before: frozenset[str] = frozenset()  # the one "... Fernandez" before "Fernandez said"
    #: the surnames of runs a gendered first name opens ("Ken Olafson"): another given name
    #: before one is a relative's ("Kris Olafson", a name of either sex)
    families: frozenset[str] = frozenset()
    #: two capitals that are a given name's initials (:func:`~analysis.quotes.run_words.initials`)
    initials: frozenset[str] = frozenset()

    @property
    def alone(self) -> frozenset[str]:
        """The surnames that act or speak alone."""
        return self.acting | self.speaking


def _evidence(
    article: Article,
    runs: list[tuple[Sentence, list[tuple[re.Match[str], list[str]]]]],
    paired: dict[str, str],
) -> _Evidence:
    """The :class:`_Evidence` of an article, from its runs of capitalised words and the
    given names paired with a known one (:func:`paired_given_names`)."""
    once = surnames_of_one_name(runs)
    speaking, acting = speaking_surnames(runs, once), acting_surnames(runs, once)
    before = named_before(  # "Leylah Fernandez ... Fernandez, from Laval, broke serve"
        runs,
        lambda sentence, match: speaks(sentence.text, match) or acts_alone(sentence.text, match),
    ) | named_by_given_name(runs)  # "Nils Lindqvist ... Nils said"
    families = frozenset(
        words[-1]
        for _, found in runs
        for _, words in found
        if 2 <= len(words) <= 3 and (has_gender(words[0]) or _census_named(words))
    )
    he_next = _before_he_or_she(article)
    two_capitals = initials(article.text, runs, speaking=speaking | acting, he_next=he_next)
    said_next = _before_he_or_she(article, says=True)
    return _Evidence(
        speaking,
        acting,
        he_next,
        said_next,
        frozenset(paired.values()),
        before,
        families,
        two_capitals,
    )


def name_runs(article: Article, *, shared: list[SharedSurname] | None = None) -> _Found:
    """The runs of capitalised words that name a person: (start, end, words, kind), kind
    ``subject`` (opening its sentence), ``fronted`` (in a phrase a preposition opens it
    with: "Like Allen,"), ``other``, ``possessive``, ``single`` (a lone word a full name
    may explain), ``single-subject``, ``single-fronted``, ``single-possessive``, titles
    dropped; and the gender each full name's titles or first name show ("Sen. Ann Reyes": f).
    ``shared``: :func:`~analysis.quotes.first_names.shared_surnames`, when already found."""
    found: list[NameRun] = []
    genders: dict[str, str] = {}
    surnamed: set[str] = set()  # organisations' words that are a person's surname here
    paired = paired_given_names(article.text)
    runs, surnames, role_surnames = _runs_and_surnames(article, shared, paired)
    evidence = _evidence(article, runs, paired)
    for sentence, sentence_runs in runs:
        first, subject_end = True, -1
        for match, words in sentence_runs:
            if _no_run(words, sentence.text, match) and words[0] not in surnames:
                continue  # "The", "But", "THE BRONX —": no name, nor the sentence's opening
            if _names_no_one(words, surnames):  # (a dateline's place is no first run)
                first = first and in_dateline(sentence.text, match.end())
                continue
            offset = sentence.start + match.start()
            lead = sentence.text[: match.start()]
            speaking = bool(SPEECH_AFTER.match(sentence.text, match.end()))
            words, title_words, fronted = name_and_titles(
                words,
                role_surnames,
                at_start=at_start(lead),
                initials=evidence.initials,
                speaking=speaking,
            )
            if not words:
                continue
            offset = article.text.index(words[0], offset)
            possessive = bool(_POSSESSIVE.search(words[-1])) or bool(
                _POSSESSIVE_AFTER.match(sentence.text, match.end())
            )
            words[-1] = _POSSESSIVE.sub("", words[-1])
            if _no_person_here(words, title_words, sentence.text, match, surnamed, evidence.alone):
                first = False
                continue
            following = _NEXT_WORD.match(sentence.text, match.end())
            between = sentence.text[subject_end : match.start()] if subject_end >= 0 else ""
            opening = _lone_subject(  # only a lone word needs its place to be a mention
                lead, between, first=first, alone=len(words) == 1 and not (title_words or fronted)
            )
            if (
                following
                and following[1][:1].islower()
                and following[1].rstrip(".,;:!?") not in _NOT_AFTER_NAME_OR_SAID
                and not title_words
                and len(words) < 2
                and not opening  # "Rathbun requested donations": its subject
            ) or (words[-1].isupper() and len(words[-1]) > 1):  # NATO, FBI: organisations
                first = False
                continue
            if len(words) == 1 and not title_words:
                kind = _single_kind(
                    opening=opening, first=first, possessive=possessive, fronted=fronted
                )
                subject_end = match.end() if kind == "single-subject" else subject_end
                found.append((offset, offset + len(words[0]), words, kind))
                first = False
                continue
            person = _person_words(words, title_words, sentence, match, evidence)
            if person is not None and person != words:  # "Jagmeet Singh" ... "Singh said"
                words = person
                offset = article.text.rfind(" ".join(words), offset, match.end() + sentence.start)
            if person is not None and offset >= 0:
                kind = _full_name_kind(
                    lead, between, first=first, possessive=possessive, fronted=fronted
                )
                kind = "other" if kind == "subject" and _object_of_verb(lead) else kind
                subject_end = match.end() if kind == "subject" else subject_end
                found.append((offset, offset + len(" ".join(words)), words, kind))
                gender = gender_of(" ".join(title_words + words[:1]))
                if gender:
                    genders.setdefault(" ".join(words), gender)
            first = False
    return found, genders


def _no_run(words: list[str], text: str, match: re.Match[str]) -> bool:
    """Whether a run is none of its sentence's: a function word alone ("The", "But": nothing
    left once function words go), or a dateline in capitals ("THE BRONX —", after which the
    sentence opens)."""
    if len(words) == 1 and words[0].lower() in _FUNCTION:
        return True
    return not match.start() and capital_dateline(words, text, match.end())


def _before_he_or_she(article: Article, *, says: bool = False) -> frozenset[int]:
    """The starts of the sentences the next of which opens with "He" or "She" (not "He
    said"), or, ``says``, whose words a he or she says (:data:`_HE_OR_SHE_SAYS`)."""
    sentences, text = article.sentences, article.text
    pattern, first = (_HE_OR_SHE_SAYS, 'HST"“') if says else (_HE_OR_SHE, "HS")
    return frozenset(
        a.start
        for a, b in itertools.pairwise(sentences)
        if b.text[:1] in first and pattern.match(text, b.start)  # (a plain test first)
    )


def _person_words(
    words: list[str],
    title_words: list[str],
    sentence: Sentence,
    match: re.Match[str],
    evidence: _Evidence,
) -> list[str] | None:
    """The words of a run of two words or more (or one after a title) that name a person:
    all of them when a title, a gendered first name or the text around shows a person
    (:func:`_looks_personal`), the name ending it when its surname speaks alone elsewhere
    (:func:`_speaking_name`: "Jagmeet Singh" ... "Singh said") or acts alone opening a
    sentence (:func:`~analysis.quotes.acting_surnames.acting_name`: "Linus Ullmark" ...
    "Ullmark stopped"; not after "the"), or is the one full name written before its surname
    speaks ("Leylah Fernandez ... Fernandez said", a namesake named later) or is named
    beside a known given name ("Farid and Zarmina Rahimi"), else None."""
    lead = sentence.text[: match.start()]
    if not title_words and _THE_LAST.search(lead) and names_team(words):
        return None  # "with the Winnipeg Jets, the team announced", "the Charlotte Hornets":
        # a team, no one (whatever given name its home is)
    if title_words or has_gender(words[0]) or _census_named(words):
        return words
    if len(words) >= 3 and words[-1].rstrip(".,") in _GENERATIONS:
        return words  # "Vernon Adams Jr.": a generation ends only a person's name
    if len(words) == 2 and words[1] in evidence.families and _relative_given_name(words[0]):
        return words  # "Ken Olafson ... His nephew, Kris Olafson,": a relative
    if " ".join(words) in evidence.paired or (
        " ".join(words) in evidence.before
        and may_be_given_name(words[0], opening=at_start(lead))
        and not is_place_name(words[0])
    ):
        return words  # "Farid and Zarmina Rahimi"; "Leylah Fernandez ... Fernandez said"
    he_next = sentence.start in evidence.he_next
    if len(words) >= 2 and _looks_personal(sentence.text, match, he_next=he_next):
        return words
    if (
        sentence.start in evidence.said_next
        and len(words) >= 2
        and at_start(lead)
        and words[0].lower() not in FUNCTION_WORDS | AUXILIARIES  # not "Was Szlachta ...?"
        and _DEED_AFTER.match(sentence.text, match.end())
    ):
        return words  # "Becca MacDonald joined last year at 19. She said ..."
    if (speaking := _speaking_name(words, evidence.speaking, lead)) is not None:
        return speaking
    definite = bool(_THE_LAST.search(lead)) or match.group()[:4].lower() == "the "
    return None if definite else acting_name(words, evidence.acting)


def _relative_given_name(word: str) -> bool:
    """Whether a word before a family's surname is a given name of either sex ("Kris",
    "Pat"), no common English word nor a place's name."""
    return is_given_name(word) and name_key(word) not in easy_words() and not is_place_name(word)


def _census_named(words: list[str]) -> bool:
    """Whether a run of two or three words opens with a given name the census shows a gender
    of ("Cole Perfetti", "Kayla Lavallee") that is no common English word ("Will", "Rose")
    and no place's name, the run no place either ("Dallas Stars", "Victoria Day", "Georgia
    Tech", "Santa Monica"; "Troy Ryan" then needs the text around it, as before)."""
    return (
        2 <= len(words) <= 3
        and census_gender(words[0]) is not None
        and name_key(words[0]) not in easy_words()
        and not any(is_place_name(place) for place in (words[0], " ".join(words)))
    )


def _lone_subject(lead: str, between: str, *, first: bool, alone: bool) -> bool:
    """Whether a lone word (``alone``: no title, not fronted) after ``lead`` (its sentence
    up to it) is its sentence's subject: by place (:func:`opens_clause`), or joined to the
    subject before it by "and" (``between`` is the text since the subject's end: "Gillingham
    and Smyth will speak")."""
    return alone and (opens_clause(lead, first=first) or coordinated(between))


def _object_of_verb(lead: str) -> bool:
    """Whether a name after ``lead`` is the object of a verb in the past right before it
    ("Police arrested Tom Li"; a plain-text test first)."""
    return lead.rstrip().endswith("ed") and bool(_VERB_LAST.search(lead))


def _single_kind(*, opening: bool, first: bool, possessive: bool, fronted: bool) -> str:
    """How a lone word stands in its sentence (see :func:`name_runs`)."""
    if possessive:
        return "single-possessive"
    if opening:
        return "single-subject"
    return "single-fronted" if fronted and first else "single"


def _full_name_kind(
    lead: str, between: str, *, first: bool, possessive: bool, fronted: bool
) -> str:
    """How a full name after ``lead`` (its sentence up to it) stands in its sentence (see
    :func:`name_runs`); ``between`` is the text since the end of the sentence's subject,
    when one came before ("Tom Berg and his counterpart, Lars Holm,": a subject too)."""
    if possessive:
        return "possessive"
    if fronted and first:
        return "fronted"
    lead = without_dateline(lead)  # "TORONTO — Montreal filmmaker Chloé Tremblay"
    # "Oilers coach Kris Knoblauch", "On Tuesday, Oilers coach Kris Knoblauch"
    described = described_lead(lead) or described_lead(past_opening(lead))
    first = first or described or after_subordinate_clause(lead)  # "When ..., Mrs. Schlafly"
    first = first or bool(_OWNED_ROLE_SET_OFF.fullmatch(lead))  # "Homan's third, Tracy Fleury"
    near_start = len(lead.split()) <= 3 or lead.rstrip().endswith(",") or described
    if first and near_start and not fronted:
        return "subject"
    return "subject" if coordinated(between) else "other"


#: A sentence opening with someone's role set off before a name: "Homan's third, ".
_OWNED_ROLE_SET_OFF = compiled(r"(?:The\s+)?[A-Z][\w'’-]*['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*")


def _names_no_one(words: list[str], surnames: set[str]) -> bool:
    """Whether a run names no one: a lone word no full name explains ("Kabul"), a province
    or state of two words ("Nova Scotia"), alone or with one word after it."""
    if len(words) == 1:
        return _unexplained(words[0], surnames)
    # (or a state of two words and a word after it: "the South Carolina Democratic primary")
    return len(words) <= 3 and " ".join(words[:2]).lower() in HOME_REGIONS


def _looks_personal(text: str, match: re.Match[str], *, he_next: bool = False) -> bool:
    """A two-word capitalised run with no title or known first name is a person when
    the text around it says so: an appositive or a role noun next to it, a speech verb
    after it, "and his"/", her" after it (:data:`OWN_AFTER`), or, opening its sentence, a
    next sentence that opens with *he* or *she* (``he_next``: "P.K. Subban scored twice. He
    was thrilled.")."""
    if he_next and at_start(text[: match.start()]):
        return True
    before = text[: match.start()].rsplit(None, 2)[-2:] if match.start() else []
    if before and _POSSESSIVE.search(before[-1]):
        before = before[:-1]  # "The moderator, CNN's Wolf Blitzer": past its owner
    if before and before[-1].lower().strip(",") in _ROLES_AND_TITLES:
        return True
    end = match.end()
    return bool(
        _DESCRIBED_AFTER.match(text, end)
        or SPEECH_AFTER.match(text, end)
        or OWN_AFTER.match(text, end)
        or _PLAYER_DEED_AFTER.match(text, end)  # "Thatcher Demko made 40 saves"
        # the subject, he or she in a clause after it ("Maricel Santos worked while she ...")
        or (
            (" he " in text or " she " in text)
            and SUBORDINATE_HE_OR_SHE.search(text, end)
            and opens_clause(without_dateline(text[: match.start()]), first=True)
        )
    )


def _runs_and_surnames(
    article: Article, shared: list[SharedSurname] | None, paired: dict[str, str]
) -> tuple[list[tuple[Sentence, list[tuple[re.Match[str], list[str]]]]], set[str], frozenset[str]]:
    """Each sentence's runs of capitalised words with their words; the last words of the
    runs of two words or more, and the given names before them (a word the given-name lists
    know: "Kevin Wiebe ... Kevin kicks at the dirt"; "Dale and Kevin Wiebe": Dale too): the
    only lone words a full name may explain (the rest are dropped by ``_add_named``, and
    ``name_runs`` need not look at them); and those of the last words that are role words
    written after a given name ("Steve King", "Coach Nick Nurse"): surnames, there and alone
    ("King said"), not titles."""
    runs = [
        (
            sentence,
            [
                (m, without_age(without_weekday(w) if w[-1].endswith("day") else w))
                for m in name_run_matches(sentence.text)
                if (w := _words(m.group()))
            ],
        )
        for sentence in article.sentences
    ]
    surnames = {
        surname_of(_POSSESSIVE.sub("", " ".join(w)))
        for _, found in runs
        for _, w in found
        if len(w) >= 2
    }
    givens = {given for _, found in runs for _, w in found for given in w[:-1]}
    if shared is None:
        shared = shared_surnames(article.text)
    explained = surnames | {w for w in givens | {first for _, first, _ in shared} if has_gender(w)}
    explained |= set(paired)  # "Farid and Zarmina Rahimi ... Zarmina runs the front"
    explained |= family_members(  # "The Vo sisters ... Mai taught Grade 3."
        article.text,
        (w[0] for _, found in runs for m, w in found if len(w) == 1 and m.start() == 0),
    )
    role_surnames = {
        _POSSESSIVE.sub("", w[-1])
        for _, found in runs
        for _, w in found
        if len(w) >= 2 and _is_title(_POSSESSIVE.sub("", w[-1])) and _last_title(w) < len(w) - 1
    }
    return runs, explained, frozenset(role_surnames)


def _speaking_name(words: list[str], speaking: frozenset[str], lead: str) -> list[str] | None:
    """The name ending a run whose surname speaks alone elsewhere (see
    :func:`~analysis.quotes.acting_surnames.speaking_surnames`): from a known given name in
    it on, else the surname and the word before it when that may be a given name; the words
    before are no part of the name ("University of Texas Arlington Amneh Jafari")."""
    if len(words) < 2 or words[-1] not in speaking:
        return None
    given = next((i for i, word in enumerate(words[:-1]) if is_given_name(word)), None)
    if given is not None:
        return words[given:]  # "PolitiFact editor Angie Drobnic Holan": from the given name
    opening = len(words) == 2 and at_start(lead)
    return words[-2:] if may_be_given_name(words[-2], opening=opening) else None


def _unexplained(word: str, surnames: set[str]) -> bool:
    """Whether a lone capitalised word is no title and no full name's last word."""
    bare = _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word
    return bare not in surnames and not _is_title(word)


def _no_person_here(
    words: list[str],
    title_words: list[str],
    text: str,
    match: re.Match[str],
    surnamed: set[str],
    alone: frozenset[str] = frozenset(),
) -> bool:
    """Whether a run names no person by its words (:func:`_names_no_person`), unless its
    last word, an organisation's that is also a surname, is a person's here
    (:func:`_surnamed_like_a_place`), or a lone word such a person's surname (``surnamed``,
    where the full names found so far leave those surnames: "president Per Bank ... Bank
    said"); nor one after "a" that says what someone is (:func:`what_someone_is`: "a former
    Calgary Flame")."""
    if not title_words and what_someone_is(text[: match.start()], words):
        return True
    if _names_no_person(words, title_words) and not (
        words[-1] in surnamed if len(words) == 1 else
        _surnamed_like_a_place(words, title_words, text, match, alone)
    ):  # fmt: skip
        return True
    if len(words) >= 2 and words[-1].lower() in SURNAME_ORGANISATION_WORDS:
        surnamed.add(words[-1])
    return False


def _surnamed_like_a_place(
    words: list[str],
    title_words: list[str],
    text: str,
    match: re.Match[str],
    alone: frozenset[str] = frozenset(),
) -> bool:
    """Whether a run of two or three words whose last is an organisation's word that is
    also a common surname (:data:`SURNAME_ORGANISATION_WORDS`) names a person: after a
    role noun ("president Per Bank"), or after a title or with a given name of a gender
    where the text shows a person ("Coach Sam Lake said", "Jennifer Park said") or its
    surname alone acts or speaks (in ``alone``: "Leslie Church ... Church conceded"); not
    where an organisation speaks ("the
    White House said", "Associated Press"), nor a place's name ("Grant Park"), nor with
    another organisation's word ("Bank of Canada", "Central Park")."""
    if not 2 <= len(words) <= 3 or words[-1].lower() not in SURNAME_ORGANISATION_WORDS:
        return False
    if any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words[:-1]):
        return False
    if words[-1] not in alone and (is_place_name(" ".join(words)) or is_place_name(words[0])):
        return False  # ("Leslie Church ... Church conceded": a given name's place is hers)
    before = text[: match.start()].rsplit(None, 1)[-1:] if match.start() else []
    if before and before[0].lower().strip(",") in _ROLES_AND_TITLES:
        return True  # "president Per Bank"
    given = words[-2]  # after a party or a nation only: "Liberal Leslie Church"
    described = len(words) == 2 or words[0].lower() in PARTIES | NATIONALITIES
    if title_words or (described and (has_gender(given) or census_gender(given))):
        # "Coach Sam Lake said", "Jennifer Park said"; not "Grant Park on Sunday", nor "the
        # Mother Emanuel Church shooting"; or the surname alone acts or speaks elsewhere
        # (``alone``: "Church conceded"): a person too
        return _looks_personal(text, match) or words[-1] in alone
    return False


def _names_no_person(words: list[str], title_words: list[str]) -> bool:
    """Whether a name's words name an organisation ("Acme Corp") or a people ("New
    Yorkers", "Asian Americans"); not "Sen. Bernie Sanders", "Chris Evans", nor "Sanders"
    alone (kept only when a full name explains it)."""
    return any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words) or bool(
        _PEOPLES.search(words[-1])
        and words[-1].lower() not in MALE_NAMES
        and not title_words
        and len(words) >= 2
        and not has_gender(words[0])
    )
