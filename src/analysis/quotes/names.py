"""Names in English news copy: the runs of capitalised words that name a person, the titles
and offices written before them, a name split from what describes it ("U.S. Deputy
Ambassador Peter Burleigh" -> "Peter Burleigh", "U.S. Deputy Ambassador"), and the gender a
title or a first name shows. :mod:`analysis.quotes.people` finds the people of an article
with them.
"""

from __future__ import annotations

import functools
import re

from analysis.language.english.affiliations import DEMONYMS, NATIONALITIES, PLACE_PREFIXES
from analysis.language.english.calendar import MONTH_NAMES, WEEKDAY_NAMES
from analysis.language.english.given_names import BOTH_BY_LANGUAGE, given_name_shares, name_key
from analysis.language.english.grammar import FUNCTION_WORDS, IRREGULAR_PAST, PREPOSITIONS
from analysis.language.english.sexes import FEMALE, FEMALE_NAMES, MALE, MALE_NAMES
from analysis.language.english.speech import (
    GIVEN_NAME_TITLES,
    IDENTITY_NOUNS,
    INTERJECTIONS,
    KIN_WORDS,
    NAME_PARTICLES,
    NAME_POSITIONS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    REGNAL_TITLES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from analysis.language.english.temporal import MONTHS, WEEKDAYS
from analysis.language.english.titles import TITLE_ABBREVIATIONS
from analysis.language.english.vocabulary import easy_words
from analysis.patterns import alternation, compiled
from analysis.quotes.organisation_names import names_organisation

__all__ = [
    "appositive_after",
    "gender_of",
    "has_gender",
    "is_given_name",
    "may_be_given_name",
    "run_goes_on",
    "split_name",
]

#: The small letters after a name's capital, a letter's encoding damage among them (UTF-8
#: read as Latin-1, once or twice, its "Ã" and "Â" perhaps decomposed: "PeÃ±a", "FranÃ§ois",
#: "SarukhÃ\x83Â¡n" are one word each).
_SMALLS = r"[a-z]+(?:(?:Ã|A\u0303)\x83?(?:Â|A\u0302)?[\xa0-\xbf]?[a-z]*)*"
# A word of a name: "Maria", "O'Brien", "L'Enfant", "McKinnon", "el-Sayed", an initial "J."
# or "J.L."; "O'Brien-Grant", "McKay-Lewis" in one.
_NAME_WORD = (
    rf"(?:[A-Z]{_SMALLS}(?:[-'’][A-Za-z][a-z]+)*|(?:[A-Z]['’]|Mc)[A-Z][a-z]+(?:-[A-Z][a-z]+)*|"
    r"[a-z]{1,3}-[A-Z][a-z]+|d['’][A-Z][a-z]+|(?:[A-Z]\.){1,3}|[A-Z][A-Z]+(?=[\s,.;:]|$))"
)
_PARTICLE = rf"(?:{alternation(NAME_PARTICLES)})"
#: A title's abbreviation, the language's own ("Const.", "Sgt."), longest first.
_TITLE_ABBR = rf"(?:{'|'.join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))})\."
#: A run of name words (one or two particles between them: "Ursula von der Leyen"). It
#: starts where a name word may (a capital, or "el-" before one)
#: and no lower-case letter comes before (no name starts inside a word): the look-ahead
#: first, which fails at once at most letters (the same runs as the look-behind first, on
#: 400 PolNeAR articles; 10% faster).
_RUN = compiled(
    rf"(?=[A-Z]|[a-z]{{1,3}}-[A-Z])(?<![a-z])(?:(?:{_TITLE_ABBR}|{_NAME_WORD})(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?=[A-Z]|[a-z]{{1,3}}-[A-Z]|d['’][A-Z]))?)+"
)
#: The same runs from a capital, for :func:`name_run_matches`: a pattern that opens with the
#: character class it consumes lets the engine skip to the next capital, where one opening
#: with look-arounds is tried at every letter. The first word's rest follows its capital
#: (a title's, after a look-behind for its first letter), then the words as in ``_RUN``.
_TITLE_REST = "|".join(
    rf"(?<={title[0]}){title[1:]}" for title in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)
)
_RUN_FROM_CAPITAL = compiled(
    rf"[A-Z](?<![a-z].)(?:(?:{_TITLE_REST})\.|{_SMALLS}(?:[-'’][A-Za-z][a-z]+)*|"
    r"(?:['’]|(?<=M)c)[A-Z][a-z]+(?:-[A-Z][a-z]+)*|\.(?:[A-Z]\.){0,2}|[A-Z]+(?=[\s,.;:]|$))"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?=[A-Z]|[a-z]{{1,3}}-[A-Z]|d['’][A-Z]))?"
    rf"(?:(?:{_TITLE_ABBR}|{_NAME_WORD})(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?=[A-Z]|[a-z]{{1,3}}-[A-Z]|d['’][A-Z]))?)*"
)
#: A hyphen before a capital, and the one to three small letters before it that open a
#: name word ("el-Sayed", "al-Assad"), no letter before them.
_HYPHEN_CAPITAL = compiled(r"-(?=[A-Z])")
_SMALL_PREFIX = compiled(r"(?<![a-z])[a-z]{1,3}\Z")


def name_run_matches(text: str) -> list[re.Match[str]]:
    """The runs ``_RUN.finditer(text)`` finds, in order, found faster: from each capital,
    then from each small prefix before a hyphen and a capital that no run found covers
    ("el-Sayed Hassan": one run, as ``_RUN`` reads it)."""
    found = list(_RUN_FROM_CAPITAL.finditer(text))
    if "-" not in text:
        return found
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        prefix = _SMALL_PREFIX.search(text, max(0, hyphen.start() - 3), hyphen.start())
        if prefix is None:
            continue
        start = prefix.start()
        if any(m.start() <= start < m.end() for m in found):
            continue  # inside a run already ("Ahmed el-Sayed")
        if (run := _RUN.match(text, start)) is not None:
            # the run from the prefix, then the runs after it as _RUN goes on from its end
            before = [m for m in found if m.start() < start]
            found = [*before, run, *_RUN_FROM_CAPITAL.finditer(text, run.end())]
    return found


_POSSESSIVE = compiled(r"['’]s?$")
_FUNCTION = (
    frozenset(
        """
    the a an but and or so then in on at for with after before since while when if as asked
    according even just still now also meanwhile however although earlier later last next
    this that these those his her their its our we they he she it i you today yesterday
    tonight here there what who why how where one two three many some several most both all
    no not instead other another every each such east west north south central new upper
    lower greater little old great holy saint st san los las el la having being
    said says added adds
    """.split()  # ("Said De Grasse: ..." opens with its verb)
    )
    | PREPOSITIONS  # "To Sexton, the rally ...", "Like Makaeff, ...": no part of a name
    | INTERJECTIONS  # "Uh Mitchell expressed a desire", "Well Trump said": a transcript's
    | frozenset(MONTH_NAMES)
    | frozenset(WEEKDAY_NAMES)
)
# Plural demonyms and peoples: "Americans", "Tanzanians", "Cuban-Americans".
_PEOPLES = compiled(r"(?:ans|ese|ians|ers)$")
_NOT_AFTER_NAME = frozenset(
    """
    of and or in at on for from to with by who whom whose which that is was were are has had
    have will would could can may might should said says told added, as than but nor
    """.split()
)
_NOT_AFTER_NAME_OR_SAID = _NOT_AFTER_NAME | {"said", "says", "told", "added"}


_TITLE_ABBREVIATION = compiled(_TITLE_ABBR)


@functools.lru_cache(maxsize=4096)
def _is_title(word: str) -> bool:
    """A title or a role written before a name: "Gen.", "Secretary", "Developer"."""
    bare = word.lower().rstrip(".")
    return bare in TITLES or bare in ROLE_NOUNS or bool(_TITLE_ABBREVIATION.fullmatch(word))


_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
#: A sentence opening with he/she as its subject, at once or after a short opening phrase
#: ("He said", "Later, he met the union"): evidence of a gender, so narrower than the
#: opening :mod:`analysis.quotes.pronouns` allows before a subject (60 characters, linking
#: adverbs; used here, it moved four PolNeAR rows, two to another person).
_OPENING_PRONOUN = compiled(r"[^\w\"“'‘`]*(?:[A-Z][^,.;:\"“”]{0,40},\s+)?([Hh]e|[Ss]he)\b")
_PRONOUN_SAID = compiled(r"\b(he|she) (?:said|says|added|told|wrote|writes)\b")
#: What a sentence ``_PRONOUN_SAID`` finds in holds, as plain text (a cheaper first test).
_PRONOUN_SAID_WORDS = ("he said", "he says", "he added", "he told", "he wrote", "he writes")


def titles_of(words: list[str]) -> list[bool]:
    """Whether each word of a run of capitalised words is a title (:func:`_is_title`); not
    "St." between a name's words, which opens a surname ("Martin St. Louis"), nor a title
    that is more often a given name between a title and the last word
    (:data:`GIVEN_NAME_TITLES`: "Sen. Dean Heller"; alone, "Dean Amar", it is a title)."""
    titles = [_is_title(w) and w.rstrip(".,") not in _GENERATIONS for w in words]  # not "Jr."
    if len(words) >= 3 and titles[-3] and titles[-2] and words[-2].lower() in GIVEN_NAME_TITLES:
        titles[-2] = False  # "Insp. Dean Hoffmann": a given name before a surname alone
    if _SAINT.isdisjoint(words):
        return titles
    for i in range(1, len(words) - 1):
        if titles[i] and words[i] in _SAINT and not titles[i - 1]:
            titles[i] = False
    return titles


#: "Saint" abbreviated: a title before a name ("St. Paul"), a surname's first part after a
#: given name ("Martin St. Louis", "Marie Ste. Croix").
_SAINT = frozenset({"St.", "Ste.", "St"})


def _last_title(words: list[str], *, census: bool = False) -> int:
    """The index of the last title in a run of capitalised words (-1 for none). A title
    after a given name is a surname: "Mark Dean", "Stephen King", "Ron Judge"; with
    ``census``, after a given name only the census knows too ("Darnell Nurse"); after a
    title and a word that is no common English word too ("Coun. Rawlson King", not "Deputy
    Health Minister")."""
    titles = [i for i, title in enumerate(titles_of(words)) if title]
    if titles and titles[-1] == len(words) - 1 and len(words) >= 2:
        given = words[-2].lower()
        if not _is_title(words[-2]) and (
            given in _GIVEN_NAMES
            or (census and is_given_name(words[-2]))
            # after a title and a word no dictionary has: "Coun. Rawlson King"
            or (len(words) >= 3 and _is_title(words[-3]) and name_key(given) not in easy_words())
        ):
            titles = [i for i in titles if i < len(words) - 2]
    return max(titles, default=-1)


def _words(run: str) -> list[str]:
    return run.split()


_LEADING_ARTICLE = compiled(r"^(?:(?:the|a|an|of|from|at)\s+)+", re.I)


_WORD_CHARACTER = compiled(r"\w")
#: An article right before a run of capitals: the run describes ("the Florida Republican").
_ARTICLE_LAST = compiled(r"(?:^|\s)(?i:the|a|an)\s+$")


#: A possessive after a name: its owner's ("Elian's"; plural, "Nurses'").
_OWNER_S = compiled(r"['’]s\b")
_OWNER_PLURAL = compiled(r"['’](?!\w)")


#: Demonyms of a nation's men and women ("Irishman", "Scotswoman"; not "German", a surname
#: too): a capitalised run they end is no one's name.
_MAN_OF_A_NATION = frozenset(
    d for d in DEMONYMS if d.endswith(("sman", "hman", "swoman", "hwoman"))
)


def _from_nations(words: list[str]) -> bool:
    """Whether two words or more only say where someone is from ("Russian-born Australian";
    not "Cuban" alone, a surname as often: "Mark Cuban ... Cuban said")."""
    return len(words) > 1 and all(w.lower().removesuffix("-born") in NATIONALITIES for w in words)


#: "and" and one capitalised word ending a speaker phrase after a run: the run and that word
#: are one name ("Squamish Search and Rescue"), no person and something else.
_AND_ONE_WORD_END = compiled(r"\s+and\s+[A-Z][\w'’-]*\s*$")


def split_name(
    phrase: str, *, surnames: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """The person's name in a speaker phrase, and what describes them.

    ``"U.S. Deputy Ambassador Peter Burleigh"`` -> (``Peter Burleigh``, ``U.S. Deputy
    Ambassador``); ``"Dr. Mia Lund of Oslo University"`` -> (``Mia Lund``, ``Dr., Oslo
    University``); ``"an angry Col. Ray Dunn"`` -> (``Ray Dunn``, None);
    ``"a Ford spokeswoman"`` -> (None, None). The name is the last run of capitalised words
    that is not an organisation, with titles and offices before it dropped; ``surnames``:
    organisations' words that are the surname of a person the article names ("Per Bank").
    """
    best: tuple[str, int, int] | None = None
    best_strength = -1
    for match in name_run_matches(phrase):
        words = _words(match.group())
        if all(w.isupper() and len(w) > 1 for w in words):
            continue  # NATO, FBI: acronyms of organisations
        if (
            _OWNER_S.match(phrase, match.end())
            or (words[-1].endswith("s") and _OWNER_PLURAL.match(phrase, match.end()))
            or (_POSSESSIVE.search(words[-1]) and match.end() < len(phrase.rstrip()))
            or _AND_ONE_WORD_END.match(phrase, match.end())
        ):
            continue  # an owner ("Elian's Miami relatives", "the Nova Scotia Nurses' Union",
            # "Acme's Mr. Vance"); one body's name ("Squamish Search and Rescue")
        placed = False  # a place's first word stripped ("North Shore Rescue"): no name after
        while words and words[0].lower() in _FUNCTION:
            placed, words = words[0].lower() in PLACE_PREFIXES, words[1:]
        if not words or words[-1].lower() in _MAN_OF_A_NATION or _from_nations(words):
            continue  # "the Northern Irishman", "the Russian-born Australian": no name
        after = (phrase[match.end() :].split(maxsplit=1) or [""])[0]
        if after[:1].isdigit() or (after[:1].islower() and after not in _NOT_AFTER_NAME):
            continue  # "Ford spokeswoman", "Web site": a modifier; "Unifor Local 444": a thing
        words, generation = _without_generation(words)
        # a given name only the census knows makes a role word after it a surname
        # ("defenceman Darnell Nurse"), but not after an article ("the Florida Republican")
        described = _is_title(words[-1]) and bool(_ARTICLE_LAST.search(phrase, 0, match.start()))
        last_title = _last_title(words, census=not described)
        if placed and last_title < 0:
            continue  # (but "New Jersey Gov. Chris Christie": the name after the title)
        name_words = words[last_title + 1 :]
        if len(name_words) == 1 and last_title >= 0 and words[last_title].lower() in REGNAL_TITLES:
            name_words = words[last_title:]  # "Pope Francis", "King Charles": the name's own
        if occupation_first(name_words, speaking=True):
            name_words = name_words[1:]  # "Fiddler Natalie MacMaster": an occupation first
        # "Senate Majority Leader Mitch McConnell": an organisation among the titles is part
        # of the office; in the name it makes the run an organisation ("Senate Committee").
        if not name_words or names_organisation(
            name_words, phrase[match.end() :], surnames, titled=last_title >= 0
        ):
            continue
        if name_words[-1].isupper() and name_words[-1].lower() in ROLE_NOUNS:
            continue  # "The Tory MP", "the Liberal MLA": an office in capitals, no surname
        owner = _OF_ORGANISATION.search(phrase, 0, match.start())
        if owner and any(w.lower() in ORGANISATION_WORDS for w in owner.group(1).split()):
            continue  # "Independent Business" in "the Canadian Federation of Independent Business"
        named_before = best is not None and best_strength == 1
        if named_before and _AFFILIATION_BEFORE.search(phrase, 0, match.start()):
            continue  # "Ann Reyes of Metro Research": where the person named works
        if last_title < 0 and _a_place(phrase[: match.start()], len(name_words)):
            continue  # "an official in Nairobi", "a teacher in Red Deer": a place
        if len(name_words) == 1 and last_title < 0:
            bare = name_words[0].lower().rstrip(".")
            if bare in ROLE_NOUNS or bare.rstrip("s") in ROLE_NOUNS or bare in _FUNCTION:
                continue  # "Lawyers for the family": a description
        strength = 1 if len(name_words) >= 2 or last_title >= 0 else 0
        if strength < best_strength:
            continue  # a full name or a titled one beats a lone capitalised word after it
        best_strength = strength
        start = match.start() + match.group().index(name_words[0])
        best = (" ".join(name_words) + generation, start, match.start())
    if best is None:
        return None, None
    name, start, run_start = best
    return name.strip(" ,"), _role_around(phrase, name, start, run_start)


def _a_place(before: str, words: int) -> bool:
    """Whether a run of ``words`` untitled words after ``before`` is a place: after "in", or
    one word after "of", "at" or "from"."""
    preceding = before.split()
    places = {"of", "in", "at", "from"} if words == 1 else {"in"}
    return bool(preceding) and preceding[-1].lower().rstrip(".") in places


def _role_around(phrase: str, name: str, start: int, run_start: int) -> str | None:
    """The words around a ``name`` at ``start`` (its run from ``run_start``) in a speaker
    phrase, which describe them: no article, stop or function words alone."""
    before = phrase[:run_start] + phrase[run_start:start]
    after = phrase[start + len(name) :]
    role_parts = [_LEADING_ARTICLE.sub("", p.strip(" ,")) for p in (before, after)]
    role = ", ".join(
        p
        for p in role_parts
        if _WORD_CHARACTER.search(p) and not _ROLE_FILLER.issuperset(p.lower().split())
    )
    return role or None


#: Every word :func:`gender_of` reads a gender from.
_GENDERED = FEMALE | MALE | FEMALE_NAMES | MALE_NAMES | BOTH_BY_LANGUAGE  # (a given name)


def set_off_name(name: str, phrase: str, before: str) -> str:
    """``name`` with the title before it put back when that title is more often a given name
    (:data:`GIVEN_NAME_TITLES`) and follows a noun set off by a comma or a role noun, in
    ``phrase`` or the text ``before`` it: "Baptiste's lawyer, Dean Paquette", "Wild coach
    Dean Evason" name Dean Paquette and Dean Evason (a lawyer and a coach, no deans)."""
    words = phrase.split()
    if len(words) >= 2 and words[-1] == name and words[-2].lower() in GIVEN_NAME_TITLES:
        lead = " ".join([before.rstrip(), *words[:-2]]) + " "
        return f"{words[-2]} {name}" if _NOUN_BEFORE_NAME.search(lead) else name
    return name


#: A lower-case noun and its comma, or a role noun, right before a name: "his lawyer, Dean
#: Paquette", "coach Dean Evason".
_NOUN_BEFORE_NAME = compiled(rf"(?:\b[a-z]{{3,}},|\b(?:{alternation(ROLE_NOUNS)}))\s+$")


def is_given_name(word: str) -> bool:
    """Whether a word is a given name the lists or the census know ("Angie", "Pat")."""
    return has_gender(word) or name_key(word) in given_name_shares()


def run_goes_on(text: str, at: int) -> bool:
    """Whether a capitalised word other than a title comes right before ``at``, on its line:
    a name's run goes on there ("Halifax Regional Police"; not "Rep. Pete King")."""
    before = _CAPITAL_BEFORE.search(text, 0, at)
    return before is not None and not _is_title(before.group().strip())


_CAPITAL_BEFORE = compiled(r"\b[A-Z][\w'’-]*[ \t]+$")


#: A generation after a name: "Jr.", "Sr.", "III" (no title, though "Jr." is abbreviated).
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _without_generation(words: list[str]) -> tuple[list[str], str]:
    """A run's words without the generation that ends it, and that generation with a space
    before it ("" for none): "Tommy Wheeldon Jr." is read as "Tommy Wheeldon", and the
    generation stays in the name ("Donald Trump Jr." is not his father)."""
    if len(words) >= 3 and words[-1].rstrip(".,") in _GENERATIONS:
        return words[:-1], " " + words[-1]
    return words, ""


def surname_of(name: str) -> str:
    """The surname of a full name, past the generation that may end it ("Vernon Adams Jr."
    -> "Adams"): the word a lone mention of the person is written with."""
    words = _without_generation(name.split())[0]
    return words[-1] if words else name


def names_end(full: str, name: str) -> bool:
    """Whether ``full`` ends with the words of ``name``, generations aside ("Vernon Adams
    Jr." ends with "Adams"; "Donald Trump" does not end with "Trump Jr.")."""
    full_words, full_generation = _generation_apart(full.split())
    words, generation = _generation_apart(name.split())
    return full_words[-len(words) :] == words and generation in ("", full_generation)


def _generation_apart(words: list[str]) -> tuple[list[str], str]:
    """A name's words and the generation ending it ("Trump Jr." -> ["Trump"], "Jr")."""
    if len(words) >= 2 and words[-1].rstrip(".,") in _GENERATIONS:
        return words[:-1], words[-1].rstrip(".,")
    return words, ""


#: Words that make no role by themselves: function words and auxiliaries.
_ROLE_FILLER = _FUNCTION | FUNCTION_WORDS


def occupation_first(words: list[str], *, speaking: bool = False) -> bool:
    """Whether a run of three capitalised words or more opens with what someone does,
    capitalised as a title or as a sentence's first word ("Defenceman Ray Dunn"): an
    :func:`occupation_word` before a given name of a known gender, or a position, identity
    or person noun (in a speaker phrase, ``speaking``, an agent's: "Astronomer Elaina Hyde")
    before any given name ("Goalie Sam Montembeault"; not "Make America Great Again"), in
    a speaker phrase before any word no dictionary has ("Promoter Yvon Michel")."""
    second = words[1] if len(words) >= 3 and occupation_word(words[0]) else ""
    agent = bool(second) and speaking and bool(_AGENT_NOUN.search(words[0]))
    return bool(second) and (has_gender(second) or (
        (words[0].lower() in _POSITION_WORDS or agent)
        and (is_given_name(second) or (speaking and may_be_given_name(second, opening=True)))
    ))  # fmt: skip


_POSITION_WORDS = IDENTITY_NOUNS | NAME_POSITIONS | PERSON_NOUNS
_AGENT_NOUN = compiled(r"[a-z](?:er|or|ist|ian)$")  # one who does: "Astronomer", "Historian"


def occupation_word(word: str) -> bool:
    """Whether a capitalised word may be what someone does rather than a name's first word:
    no given name the lists or the census know, nor an initial (not "Jamie", "J."); a
    hyphenated one too ("Co-founder", "Co-chair")."""
    rest = word[1:].replace("-", "") if "-" in word else word[1:]
    return rest.isalpha() and rest.islower() and not is_given_name(word)


def without_weekday(words: list[str]) -> list[str]:
    """A run's words without a weekday ending them: "President Bill Clinton Saturday vowed"
    names Bill Clinton (no surname is a weekday; a month may be: "Theresa May")."""
    while len(words) > 1 and words[-1].lower() in _WEEKDAYS:
        words = words[:-1]
    return words


_WEEKDAYS = frozenset(WEEKDAY_NAMES)


def may_be_given_name(word: str, *, opening: bool) -> bool:
    """Whether a capitalised word before a surname may be a given name no list shows a gender
    of: no function word; and where it opens a sentence, and its capital may be the
    sentence's, a census given name ("Pat") or no common English word ("Jagmeet"; not
    "Neither Johnson", "Yet Clinton"). Within a sentence its capital is its own ("host Rush
    Limbaugh")."""
    key = name_key(word)
    if key in _FUNCTION:
        return False
    return not opening or key in given_name_shares() or key not in easy_words()


def has_gender(word: str) -> bool:
    """Whether :func:`gender_of` finds a gender in one word (a set lookup, no phrase split)."""
    return name_key(word) in _GENDERED


def gender_of(text: str) -> str | None:
    """``m``, ``f`` or None from the words of a phrase: titles, kin and role words, first
    names (looked up without diacritics: "José" is "jose")."""
    words = [name_key(w) for w in text.split()]
    if any(w in FEMALE for w in words):
        return "f"
    if any(w in MALE for w in words):
        return "m"
    for word in words:
        if word in FEMALE_NAMES:
            return "f"
        if word in MALE_NAMES:
            return "m"
    return None


#: A sentence that opens with one person described, not named, as its subject: "The
#: Saturday Evening Post photographer has been here", "A police officer said", "The lanky,
#: bespectacled professor smiled", "In a statement read in court, one of the women
#: described ..." (an opening phrase before it). The head is a role noun or a noun for a
#: person.
_DESCRIBED_SUBJECT = compiled(
    r"^\W*(?:[^,.;:\"“”]{1,90},\s+)?(?:(?:But|And|Yet|So|Then)\s+)?"
    r"(?:(?P<article>(?i:the|a|an|this|that|another|his|her|their))|"
    r"(?P<one>(?i:one)\s+of\s+(?:the|their|his|her)))\s+"
    r"(?:[\w'’-]+,?\s+){0,5}?(?P<noun>(?!(?:he|she|it|they)\s)[a-z]+|[A-Z][a-z]+|[A-Z]{2,3}|"
    r"\d{1,3}-year-old)"  # (a capital: "The Italian said"; an office's letters: "The MP")
    r"(?:,\s+(?:(?:now\s+)?(?:\d{1,3}|in\s+(?:his|her)\s+\d0s)|[a-z]+|"
    r"who\s+[^,;:\"“”]{1,60}),)?\s+(?:[a-z]+ly\s+)?"
    # a verb in the past, or in the present of a feature ("Her granddaughter shrugs."),
    # perhaps after an adverb ("the 41-year-old finally received"), an age, an adverb or a
    # relative clause set off ("One of the victims, now 42, read", "A Berlin woman,
    # meanwhile, received", "The girl's mother, who asked not to be named, thanked")
    rf"(?:has|had|was|is|did|does|would|could|will|said|says|told|added|read|[a-z]+ed|"
    rf"[a-z]{{2,}}[^s\W]s|"
    rf"{alternation(IRREGULAR_PAST)})\b"
)
#: Plural nouns for people ("one of the women"), as their singular.
_SINGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person"}


def _described_subject(sentence: str) -> tuple[str, int, int] | None:
    """The noun of a person a sentence opens with as its subject, described but not named
    ("photographer" in "The Saturday Evening Post photographer has been here", "woman" in
    "One of the women said"), with the description's extent in the sentence, or None; None
    for what someone named is ("the Republican presidential candidate", "the former
    president", :data:`IDENTITY_NOUNS`) after "the": an epithet of a person named before,
    most often."""
    match = _DESCRIBED_SUBJECT.match(sentence)
    if match is None:
        return None
    if (match["article"] or "").lower() == "the" and match["noun"] in IDENTITY_NOUNS:
        return None
    noun = match["noun"].lower() if match["noun"].isupper() else match["noun"]
    if match["one"]:  # "one of the victims": one of them
        noun = _SINGULAR.get(noun) or noun.removesuffix("s")
    if noun in ROLE_NOUNS or noun in PERSON_NOUNS or noun in _KIN:
        return (
            noun,
            match.start("article") if match["article"] else match.start("one"),
            match.end("noun"),
        )
    return None


def epithet_opening(sentence: str) -> tuple[int, int] | None:
    """The extent of a definite description that opens a sentence as its subject ("The
    veteran quarterback" in "The veteran quarterback shrugged off questions"): what
    :func:`_described_subject` leaves out as an epithet, or None."""
    match = _DESCRIBED_SUBJECT.match(sentence)
    if match is None or (match["article"] or "").lower() != "the":
        return None
    return match.start("article"), match.end("noun")


def _lower_first(phrase: str) -> str:
    """ "The researchers" -> "the researchers"; a proper name keeps its capital."""
    first, _, rest = phrase.partition(" ")
    if first in {
        "The",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Many",
        "Some",
        "Several",
        "Most",
        "Other",
        "Local",
    } or (
        first[:1].isupper()
        and first[1:].islower()
        and first.lower().removesuffix("s") in ROLE_NOUNS
    ):
        return (first.lower() + " " + rest).strip()
    return phrase


_KIN = frozenset(KIN_WORDS)


#: The appositive right after a name: ", the boy's father," in "Juan Miguel Gonzalez, the
#: boy's father, said".
_APPOSITIVE = compiled(r"\s*,\s*([^,.;:]{1,60})[,.;:]")


def appositive_after(text: str, end: int) -> str | None:
    """The description set off by commas right after a name that ends at ``end`` ("Juan
    Miguel Gonzalez, the boy's father,"), None when there is none or the words there hold a
    speech verb: a clause of their own ("Asked about Tom Li, the candidate said:")."""
    match = _APPOSITIVE.match(text, end, end + 80)
    if match is None:
        return None
    words = match.group(1).lower().split()
    return None if any(w in SPEECH_VERBS for w in words) else match.group(1)


#: Month and day names, never a given name before a surname ("since May Geremek ...").
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Capitalised words and "of"/"for"/"on" right before a run: the run may end their name.
#: A preposition (an article, and up to three words in lower case) right before a run of
#: capitalised words: after a full name, the run is where that person works or comes from
#: ("Ann Reyes of the riders' group Ottawa Transit Riders").
_AFFILIATION_BEFORE = compiled(  # (an organisation's name of commas: "of Food, Health and")
    r"\s(?:of|from|at|with|in)\s+(?:(?:the|an?)\s+)?(?:[a-z][\w'’-]*\s+){0,3}"
    r"(?:(?:[A-Z][\w'’.&-]*,?|and)\s+){0,4}$"
)
_OF_ORGANISATION = compiled(
    r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|on|and)\s+(?=[A-Z]))?)+)(?:of|for|on|and)\s+$"
)
#: A capitalised title of several words right before a name, "of"/"the"/"and" inside it.
_TITLE_BEFORE = compiled(
    r"[A-Z](?:(?<=^[A-Z])|(?<=[\s(][A-Z]))[\w.-]*(?:\s+(?:(?:of|the|and|for)\s+)*(?:[A-Z][\w.-]*|\([A-Z]+\)))+"
    r"\s+$"
)
