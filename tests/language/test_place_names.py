"""Places whose name begins with a given name (analysis.language.place_names), and the list
they are read from."""

from __future__ import annotations

import pytest

from analysis.language.english.given_names import given_name_shares, name_key
from analysis.language.place_names import GIVEN_NAME_PLACES_FILE, is_place_name, place_names


@pytest.mark.parametrize(
    "words", ["Dallas", "Victoria", "Georgia", "Santa Monica", "Charlotte", "TROY", "Regina"]
)
def test_places_named_like_people_are_found(words):
    assert is_place_name(words)


@pytest.mark.parametrize("words", ["Cole", "Kayla", "Perfetti", "Santa", "Winnipeg", "Texas", ""])
def test_given_names_surnames_and_other_places_are_not(words):
    # (Winnipeg and Texas are places, but begin with no given name: never in a person's run)
    assert not is_place_name(words)


def test_every_place_of_the_list_begins_with_a_census_given_name():
    names = place_names()
    assert 1000 < len(names) < 3000
    given = given_name_shares()
    assert all(name == name.casefold() and name_key(name.split()[0]) in given for name in names)


def test_a_missing_list_names_the_file_and_the_fix(monkeypatch, tmp_path):
    import analysis.language.place_names as module

    monkeypatch.setattr(module, "GIVEN_NAME_PLACES_FILE", tmp_path / "gone.txt")
    module.place_names.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=r"gone\.txt.*make given-name-places"):
            module.place_names()
    finally:
        module.place_names.cache_clear()
    assert GIVEN_NAME_PLACES_FILE.is_file()
