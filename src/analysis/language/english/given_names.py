"""The gender a given name shows, from how often US men and women bear it.

``data/names/given-names.tsv`` holds every first name of the 1990 US Census name lists
(public domain) with the share of men and of women who bear it, in per cent of each sex.
``make given-names`` writes it from the data files of the pinned ``names`` PyPI package. A
name tells a gender only when nine in ten of its bearers are of that sex: "Gene" is a man's
name (95%), "Pat" (35% men) and "Jessie" tell nothing.
"""

from __future__ import annotations

import functools
import unicodedata

from analysis.paths import DATA_DIR

__all__ = [
    "BOTH_BY_LANGUAGE",
    "GIVEN_NAMES_FILE",
    "WORLD_GIVEN_NAMES_FILE",
    "census_gender",
    "ending_gender",
    "given_name_shares",
    "name_key",
    "shared_by_both",
    "world_gender",
]

#: The committed table: ``name``, ``men``, ``women`` (per cent of each sex bearing it).
GIVEN_NAMES_FILE = DATA_DIR / "names" / "given-names.tsv"
#: Given names the census lacks and the sex all their bearers share, from a dictionary of
#: the first names of 54 countries (``data/names/README.md``).
WORLD_GIVEN_NAMES_FILE = DATA_DIR / "names" / "world-given-names.tsv"
#: The share of one sex among a name's bearers above which the name shows that sex.
CLEAR_SHARE = 0.9


@functools.lru_cache(maxsize=16384)
def name_key(word: str) -> str:
    """The form a name is looked up by in the lists: lower case, without diacritics or
    trailing punctuation ("José," -> "jose", "Ángel" -> "angel"); the lists are written so."""
    bare = word.lower().strip(".,’'")
    if bare.isascii():
        return bare
    return "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c))


@functools.cache
def given_name_shares() -> dict[str, tuple[float, float]]:
    """Each lower-case given name -> (per cent of men, per cent of women) bearing it."""
    try:
        lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise FileNotFoundError(
            f"{GIVEN_NAMES_FILE}: the given-name table is missing ({error.strerror}); "
            "it is part of the repository (rebuild it with `make given-names`)"
        ) from error
    shares: dict[str, tuple[float, float]] = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        try:
            shares[fields[0]] = (float(fields[1]), float(fields[2]))
        except (IndexError, ValueError):
            raise ValueError(
                f"{GIVEN_NAMES_FILE}, line {number}: expected name<TAB>men<TAB>women, got {line!r}"
            ) from None
    return shares


#: Given names of one sex in English and the other in French, in Canadian news alike ("Jean
#: Charest", "Jean Augustine"): they tell no sex, whatever the US census counts.
BOTH_BY_LANGUAGE = frozenset({"jean"})


@functools.lru_cache(maxsize=8192)
def census_gender(word: str) -> str | None:
    """``m`` or ``f`` when nine in ten of the US bearers of a given name are of that sex
    (1990 Census), else None: rare, shared and unknown names tell nothing."""
    key = name_key(word)
    men, women = given_name_shares().get(key, (0.0, 0.0))
    if men + women == 0 or key in BOTH_BY_LANGUAGE:
        return None
    if men >= CLEAR_SHARE * (men + women):
        return "m"
    if women >= CLEAR_SHARE * (men + women):
        return "f"
    return None


@functools.cache
def _world_sexes() -> dict[str, str]:
    """Each given name of :data:`WORLD_GIVEN_NAMES_FILE` -> ``m`` or ``f``."""
    try:
        lines = WORLD_GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise FileNotFoundError(
            f"{WORLD_GIVEN_NAMES_FILE}: the table of given names beyond the census is missing "
            f"({error.strerror}); it is part of the repository (rebuild it with "
            "`make given-names`)"
        ) from error
    sexes: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        name, _, sex = line.partition("\t")
        if sex not in ("m", "f"):
            raise ValueError(f"{WORLD_GIVEN_NAMES_FILE}:{number}: {line!r} is no name and sex")
        sexes[name] = sex
    return sexes


def world_gender(word: str) -> str | None:
    """``m`` or ``f`` for a given name the census does not know whose bearers in 54
    countries are all of one sex ("Brayden", "Jaxon", "Nevaeh"); None for a name the census
    knows (the table holds none: it is the census's to tell), a name of both sexes or an
    unknown one."""
    return _world_sexes().get(name_key(word))


#: Endings of given names that women bear (French and English forms: "Kellyanne", "Rochelle",
#: "Paulette"); among the names the census knows, all but one with these endings are mostly
#: women's ("Everette").
FEMALE_ENDINGS = ("anne", "elle", "ette")


def ending_gender(word: str) -> str | None:
    """``f`` for a given name the census does not know that ends as women's names do
    (:data:`FEMALE_ENDINGS`, six letters or more: "Kellyanne"); else None (a name the census
    knows is its to tell)."""
    key = name_key(word)
    if key in given_name_shares() or len(key) < 6:
        return None
    return "f" if key.endswith(FEMALE_ENDINGS) else None


@functools.lru_cache(maxsize=8192)
def shared_by_both(word: str) -> bool:
    """Whether the 1990 Census finds a given name among men and women alike (neither sex
    nine in ten of its bearers): "Alexis" (27% men), "Jordan", "Tracy"; a list that calls
    such a name one sex's only guesses, and the article's own he or she says more."""
    men, women = given_name_shares().get(name_key(word), (0.0, 0.0))
    return men > 0 and women > 0 and census_gender(word) is None
