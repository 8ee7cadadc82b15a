"""Place names from the offline gazetteer (analysis.language.place_names)."""

from __future__ import annotations

import pytest

from analysis.language.place_names import is_place_name, place_names


@pytest.mark.parametrize(
    "words", ["Dallas", "Victoria", "Georgia", "Santa Monica", "AFRICA", "Texas", "Winnipeg"]
)
def test_countries_states_continents_and_cities_are_place_names(words):
    assert is_place_name(words)


@pytest.mark.parametrize("words", ["Cole", "Kayla", "Perfetti", "Santa", "the Senate", ""])
def test_given_names_surnames_and_other_words_are_not(words):
    assert not is_place_name(words)


def test_the_names_are_casefolded_and_many():
    names = place_names()
    assert len(names) > 30_000
    assert all(name == name.casefold() for name in names)
