"""Several people who share a surname: whom a lone surname stands for ("Carly Fiorina" and
"Frank Fiorina": "Fiorina" is Carly, whom the article introduced first and calls so)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from analysis.language.english.given_names import census_gender
from analysis.language.english.sexes import BIRTH_ORDERS, ELDER_ORDERS
from analysis.language.english.speech import TITLES
from analysis.patterns import alternation, compiled
from analysis.quotes.ages import age_beside
from analysis.quotes.names import gender_of, is_given_name

__all__ = [
    "courtesy_gender",
    "courtesy_sexes",
    "may_stand_for",
    "namesake_by_order",
    "primary_namesake",
    "sibling_by_order",
    "titles_allow",
]


def primary_namesake(names: list[str], text: str, gender: str | None = None) -> str | None:
    """Of the full names, in text order, that end in one surname, the first when they name
    several people (distinct given names: "Carly Fiorina" and "Frank Fiorina", "Raul Castro"
    and "Fidel Castro"): a lone surname then stands for the person the article introduced
    first, whom the writer calls by it; the others it names in full or by the given name,
    and one the text calls by the given name more often than the surname is called alone is
    never the lone surname ("Elian" of "Elian Gonzalez": the boy; "Gonzalez" is his father).
    A courtesy title's ``gender`` keeps only the people of that gender ("Mrs. Clinton").
    None when they name one person ("Donald Trump", "Donald J. Trump") or none is left."""
    distinct = set(names)
    if len(distinct) < 2:
        return None  # one name, written one way (most surnames, every time)
    full = [name for name in names if len(name.split()) >= 2]
    if len({_given(name) for name in distinct if len(name.split()) >= 2}) < 2:
        return None
    if gender is not None:
        full = [name for name in full if census_gender(_given(name)) in (gender, None)]
    called = [name for name in full if not _called_by_given_name(name, text)]
    return called[0] if called else None


@functools.lru_cache(maxsize=4096)
def _given(name: str) -> str:
    """The given name of a full name: the word nearest the surname a list or the census
    knows ("Donald" of "Donald J. Trump" and of a run "Chris Christie Is Over Donald
    Trump"), else the first word ("Jagmeet")."""
    words = name.split()[:-1]
    return next((word for word in reversed(words) if is_given_name(word)), words[0])


@functools.lru_cache(maxsize=256)
def _called_by_given_name(name: str, text: str) -> bool:
    """Whether the text calls a person by the given name alone ("Elian played") more often
    than it writes the surname alone ("Gonzalez said", "Mr. Trump said"); counted once per
    name and text (each count reads the whole text)."""
    given, surname = re.escape(_given(name)), re.escape(name.split()[-1])
    written = rf"(?:\s+[A-Z][\w.'’-]*)*\s+{surname}\b"  # the rest of a full name
    alone = len(re.findall(rf"\b{given}\b(?!{written})", text))
    # a title before the surname is no given name: "Mr. Trump" is the surname alone
    in_full = len(re.findall(rf"\b(?!{_TITLE}\b)[A-Z][\w.'’-]*\s+{surname}\b", text))
    return alone > len(re.findall(rf"\b{surname}\b", text)) - in_full


#: A title or courtesy title, in any case ("Mr", "Sen", "President").
_TITLE = rf"(?i:{alternation(TITLES)})"


#: A courtesy title and the surname after it: "Mr. Trump", "Mrs. Clinton".
#: (Opening with the capital it needs, the engine skips to each "M".)
_COURTESY_NAME = compiled(r"(?P<title>M(?<!\wM)(?:rs|r|s|iss))\.?\s+(?P<surname>[A-Z][\w'’-]+)")


def courtesy_sexes(text: str) -> dict[str, list[tuple[int, str]]]:
    """Each surname the text writes after a courtesy title, with where and the sex each
    title shows ("Mr. Trump ... Mrs. Clinton": Trump, m; Clinton, f)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for match in _COURTESY_NAME.finditer(text):
        if sex := gender_of(match["title"]):
            found.setdefault(match["surname"], []).append((match.start(), sex))
    return found


def may_stand_for(
    full: str, titled: frozenset[str], courtesy: str | None, *, sex: str | None = None
) -> bool:
    """Whether a lone surname may stand for the full name ``full``, the one the article
    gives it: not when its own courtesy title (``courtesy``) shows the other sex ("Melania
    Trump ... Mr. Trump said": another person), nor, untitled, when the courtesy titles the
    article gave the surname since it last wrote ``full`` (``titled``) show the other sex
    ("Michelle Obama ... Mr. Obama said ... Obama said": him, whom no full name names).
    The person's sex is their first given name's, else ``sex``, what the article shows;
    unknown, any."""
    sex = census_gender(full.split()[0]) or sex
    if sex is None:
        return True
    return courtesy == sex if courtesy is not None else titled <= {sex}


def titles_allow(
    text: str,
    titles: list[tuple[int, str]],
    full: str,
    at: int,
    courtesy: str | None,
    *,
    sex: str | None = None,
    ahead: bool = False,
) -> bool:
    """:func:`may_stand_for` at ``at`` in ``text``, given where the text titles the surname
    (``titles``, from :func:`courtesy_sexes`): the titles since ``full`` was last written
    count (``ahead``: ``full`` is written only after ``at``, and all of them count);
    ``courtesy``: the surname's own title's sex, else read before ``at``."""
    since = text.rfind(full, 0, at)
    recent = frozenset(s for start, s in titles if ahead or since < start < at)
    courtesy = courtesy if courtesy is not None else courtesy_gender(text, at)
    return may_stand_for(full, recent, courtesy, sex=sex)


#: A courtesy title right before a name (its gender is the gendered words' of the language).
_COURTESY_BEFORE = compiled(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+$")


def courtesy_gender(text: str, at: int) -> str | None:
    """The gender a courtesy title right before ``at`` shows ("Mrs. Clinton": f), or None."""
    if "M" not in text[max(0, at - 6) : at]:
        return None  # no Mr, Mrs, Ms, Miss before it
    found = _COURTESY_BEFORE.search(text, max(0, at - 6), at)
    return gender_of(found["title"]) if found else None


#: An order of birth before a surname ("the older Tkachuk", "the younger Williams").
_ORDER = compiled(rf"\b(?P<order>{alternation(BIRTH_ORDERS)})\s+[A-Z]")
#: Where an article tells a sibling's order: "his older brother, Matthew", "her younger
#: sister Serena", "her older daughter, Grace" (the order and the given name after it).
_SIBLING_ORDER = compiled(
    rf"\b(?P<order>{alternation(BIRTH_ORDERS | {'big', 'little', 'kid'})})\s+"
    r"(?:brother|sister|sibling|daughter|son)\s*,?\s+(?P<given>[A-Z][\w'’-]+)"
)


class _Named(Protocol):
    """What is read of a mention (an :class:`~analysis.quotes.people.Mention`)."""

    name: str
    named: bool
    start: int
    end: int


def namesake_by_order(
    phrase: str, surname: str, mentions: Sequence[_Named], at: int, text: str
) -> str | None:
    """Whom a surname after an order of birth at ``at`` stands for, of the several people
    the ``mentions`` before it name who share it: the one the article (``text``, up to
    ``at``) calls the older or the younger sibling ("his older brother, Matthew ... the
    older Tkachuk": Matthew Tkachuk), or the other of two when it tells the order of one;
    of a parent and a child it names by a kin word, the parent is the elder ("with his
    father, head coach Glen Kowalski ... the elder Kowalski"). None when ``phrase`` gives no
    order, one person bears the surname or the article tells no order (the name is then
    read as any other)."""
    order = _ORDER.search(phrase) if " " not in surname else None
    if order is None:
        return None
    names = [m.name for m in mentions if m.named and m.start < at and m.name.split()[-1] == surname]
    people = {n.split()[0]: n for n in dict.fromkeys(names) if len(n.split()) >= 2}
    older = order["order"] in ELDER_ORDERS
    if len(people) == 1:
        return _kin_by_given_name(next(iter(people.values())), older, mentions, at, text)
    if len(people) < 2:
        return None
    if (aged := _by_age(people, older, mentions, text, at)) is not None:
        return aged  # "Donna Friesen, 58, ... Kayla Friesen, 31, ... the younger Friesen"
    for told in _SIBLING_ORDER.finditer(text, 0, at):
        if told["given"] not in people:
            continue
        same = (told["order"] in ELDER_ORDERS or told["order"] == "big") == older
        if same:
            return people[told["given"]]
        if len(people) == 2:
            return next(full for given, full in people.items() if given != told["given"])
    if (owned := _owner_by_order(people, older, text, at)) is not None:
        return owned
    kin = next((k for k in _PARENT_OR_CHILD.finditer(text, 0, at) if k["given"] in people), None)
    if len(people) == 2 and kin is not None:
        # "Tyler Kowalski scored, with his father, head coach Glen Kowalski, ... the elder
        # Kowalski": a parent is the elder of the two
        parent = kin["kin"] in _PARENTS
        return next(
            full for given, full in people.items() if (given == kin["given"]) == (parent == older)
        )
    return None


def _by_age(
    people: dict[str, str], older: bool, mentions: Sequence[_Named], text: str, at: int
) -> str | None:
    """Of the people who share a surname (given name -> full name), the ``older`` or the
    younger by the ages the article (``text``) sets beside their ``mentions`` before ``at``
    (:func:`~analysis.quotes.ages.age_beside`: "Donna Friesen, 58,"); None unless it gives
    every one of them one age, all different."""
    ages: dict[str, int] = {}
    for full in people.values():
        told = {
            age
            for m in mentions
            if m.named
            and m.start < at
            and m.name == full
            and (age := age_beside(text, m.start, m.end)) is not None
        }
        if len(told) != 1:
            return None
        ages[full] = told.pop()
    if len(set(ages.values())) != len(ages):
        return None
    return (max if older else min)(ages, key=lambda full: ages[full])


def _kin_by_given_name(
    full: str, older: bool, mentions: Sequence[_Named], at: int, text: str
) -> str | None:
    """Of the one person named in full who bears a surname (``full``) and a parent or child
    of theirs the article names by the given name alone right after ("Walter Dunphy opened
    his shop ... His son Ryan ... the younger Dunphy": Ryan), the ``older`` or the younger;
    None unless the kin word's owner is that person (the name before it) and the given name
    is no one else's."""
    given = full.split()[0]
    for kin in _PARENT_OR_CHILD.finditer(text, 0, at):
        before = [m for m in mentions if m.named and m.start < kin.start()]
        if not before or before[-1].name != full or kin["given"] == given:
            continue  # (whose kin: the person named last before the kin word)
        alone = {m.name for m in mentions if m.named and m.name.split()[0] == kin["given"]}
        if alone != {kin["given"]}:
            continue  # a full name the given name begins, or no mention of it alone
        parent = kin["kin"] in _PARENTS  # "his father, Ed": the kin the elder
        return kin["given"] if parent == older else full
    return None


#: A sibling's order told of the person "his" or "her" stands for, no given name after
#: it: "beating a goaltender who happens to be his younger brother".
_OWNED_ORDER = compiled(
    rf"\b(?P<owner>his|her)\s+(?P<order>{alternation(BIRTH_ORDERS | {'big', 'little'})})\s+"
    r"(?:brother|sister|sibling)\b(?!\s*,?\s+[A-Z])"
)


def _owner_by_order(people: dict[str, str], older: bool, text: str, at: int) -> str | None:
    """Of two people who share a surname, the one an order of birth at ``at`` stands for
    when the article told the order of the sibling of the other, the one named before "his"
    or "her" in its paragraph ("Nils Lindqvist scored, beating a goaltender who happens to
    be his younger brother ... the younger Lindqvist": not Nils); None where it did not."""
    if len(people) != 2:
        return None
    for told in _OWNED_ORDER.finditer(text, 0, at):
        paragraph = text.rfind("\n", 0, told.start()) + 1
        owners = [full for full in people.values() if full in text[paragraph : told.start()]]
        if len(owners) != 1:
            continue
        owner_older = told["order"] not in ELDER_ORDERS and told["order"] != "big"
        if owner_older == older:
            return owners[0]
        return next(full for full in people.values() if full != owners[0])
    return None


#: A parent or child named after a kin word, perhaps after a role: "his father, head coach
#: Glen Kowalski", "her daughter, Ava".
_PARENT_OR_CHILD = compiled(
    r"\b(?i:his|her|their)\s+(?P<kin>father|mother|dad|mom|son|daughter)\s*,?\s+"
    r"(?:[a-z-]+\s+){0,3}(?P<given>[A-Z][\w'’-]+)"
)
_PARENTS = frozenset("father mother dad mom".split())


_M = TypeVar("_M", bound=_Named)
#: A sibling by order alone: "the older sister", "the younger brother".
_SIBLING_BY_ORDER = compiled(
    rf"(?i:the)\s+(?P<order>{alternation(BIRTH_ORDERS)})\s+(?:sister|brother|sibling|daughter|son)"
)


def sibling_by_order(phrase: str, mentions: Sequence[_M], at: int, text: str) -> _M | None:
    """The person a sibling described by order alone at ``at`` stands for ("the older
    sister said"): the one the article (``text``, up to ``at``) calls the older or the
    younger sibling or child by a given name ("her older daughter, Grace"), or the other of
    two who share a surname when it tells the order of one ("his younger brother, Ryan
    Nembhard ... the older brother"), named before ``at`` (the last of its ``mentions``);
    None when the phrase is no such description or the article tells no single person."""
    found = _SIBLING_BY_ORDER.fullmatch(phrase.strip())
    if found is None:
        return None
    older = found["order"].lower() in ELDER_ORDERS
    told = {
        sibling["given"]: (sibling["order"] in ELDER_ORDERS or sibling["order"] == "big")
        for sibling in _SIBLING_ORDER.finditer(text, 0, at)
    }
    before = [m for m in mentions if m.named and m.start < at]
    named = [m for m in before if told.get(m.name.split()[0]) == older]
    if not named and len(told) == 1:  # "his younger brother, Ryan ... the older brother":
        given = next(iter(told))  # the other of the two who share Ryan's surname
        family = {m.name.split()[-1] for m in before if m.name.split()[0] == given}
        named = [m for m in before if m.name.split()[-1] in family and given not in m.name]
    if not named and not told and (aged := _sibling_by_age(before, older, text, at)):
        named = [m for m in before if m.name == aged]  # "Jaspal Gill, 26, ... Harman Gill, 22"
    return named[-1] if len({m.name for m in named}) == 1 else None


def _sibling_by_age(before: Sequence[_M], older: bool, text: str, at: int) -> str | None:
    """Of the one family (a surname two or more full names share) named ``before`` whose
    members the article gives ages, the ``older`` or the younger by them (:func:`_by_age`)."""
    families: dict[str, dict[str, str]] = {}
    for mention in before:
        words = mention.name.split()
        if mention.named and len(words) >= 2:
            families.setdefault(words[-1], {})[words[0]] = mention.name
    aged = [
        found
        for people in families.values()
        if len(people) >= 2 and (found := _by_age(people, older, before, text, at)) is not None
    ]
    return aged[0] if len(aged) == 1 else None
