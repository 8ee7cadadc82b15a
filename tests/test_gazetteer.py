"""Places resolved with the offline gazetteer: one meaning or none."""

from __future__ import annotations

import pytest

import analysis as an
from analysis.gazetteer import resolve_place


@pytest.mark.parametrize(
    ("name", "kind", "code", "located"),
    [
        ("Afghanistan", "country", "AF", False),
        ("the Netherlands", "country", "NL", False),
        ("U.S.", "country", "US", False),
        ("Britain", "country", "GB", False),
        ("Ohio", "US state", "US", False),
        ("Washington", "US state", "US", False),  # also a town in England: the state
        ("Wyoming", "US state or city", "US", False),  # Wyoming, Michigan
        ("Europe", "continent", None, False),
        ("Brussels", "city", "BE", True),  # the only city of the name
        ("Paris", "city", "FR", True),  # Paris, Texas is a hundred times smaller
        ("Springfield", "city", "US", False),  # several, all in the United States
    ],
)
def test_a_name_with_one_meaning_is_resolved(name, kind, code, located):
    place = resolve_place(name)
    assert (place.kind, place.country_code) == (kind, code)
    assert (place.latitude is not None) == located


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Cambridge", "ambiguous: 4 cities in 4 countries"),
        ("Georgia", "ambiguous: a country and a US state"),
        ("Kelby", "not in the gazetteer"),
    ],
)
def test_a_name_with_several_meanings_or_none_stays_unresolved(name, reason):
    place = resolve_place(name)
    assert place.kind is None and place.country_code is None
    assert place.resolution == reason


def test_the_articles_other_places_settle_a_country_that_is_also_a_state():
    assert resolve_place("Georgia", context=frozenset({"MD", "TN"})).country_code == "GE"
    assert resolve_place("Georgia", context=frozenset({"US"})).kind == "US state"
    assert resolve_place("Georgia", context=frozenset({"US", "FR"})).kind is None


def test_places_of_our_article(article):
    table = an.places(article)
    assert list(table.columns) == [
        "place", "mentions", "kind", "country_code", "country", "latitude", "longitude",
        "resolution",
    ]  # fmt: skip
    assert dict(zip(table["place"], table["country_code"], strict=True)) == {
        "Afghanistan": "AF", "Iraq": "IQ", "Jordan": "JO", "Tunisia": "TN", "Georgia": "GE",
        "Moldova": "MD", "Libya": "LY",
    }  # fmt: skip
    assert table.loc[table["place"] == "Afghanistan", "mentions"].item() == 5
    assert an.describe_places(table).startswith("Of 7 places the article names, 7 are placed")


def test_an_article_without_places():
    article = an.Article.from_parts("The committee met on Tuesday and adjourned.")
    assert an.places(article).empty
    assert an.describe_places(an.places(article)) == "The article names no place."
