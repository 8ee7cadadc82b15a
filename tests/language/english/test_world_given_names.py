"""Given names beyond the census and the sex of their bearers
(analysis.language.english.given_names.world_gender, data/names/world-given-names.tsv)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from analysis.language.english import given_names
from analysis.language.english.given_names import WORLD_GIVEN_NAMES_FILE, world_gender


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Brayden", "m"),  # names of younger people the 1990 census lacks
        ("Jaxon", "m"),
        ("Nevaeh", "f"),
        ("Josée", "f"),  # French Canada's, diacritics or not
        ("Josee", "f"),
        ("Mathieu", "m"),
        # the census's to tell, known there: nothing more here
        ("Linda", None),
        ("Jean", None),  # of both sexes by language
        # coded one sex but counted only far from Britain, the USA and Western Europe: left out
        ("Deep", None),
        ("Maricel", None),
        ("Northvolt", None),
    ],
)
def test_a_name_the_census_lacks_shows_the_sex_all_its_bearers_share(name, sex):
    assert world_gender(name) == sex


def test_the_table_holds_lower_case_names_of_one_sex_none_of_the_census():
    lines = WORLD_GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name\tsex"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == 13_988
    assert all(sex in ("m", "f") and name == name.lower() for name, sex in rows)
    assert not {name for name, _ in rows} & set(given_names.given_name_shares())


def test_a_missing_or_malformed_table_is_named_with_the_fix(tmp_path, monkeypatch):
    path = tmp_path / "world-given-names.tsv"
    monkeypatch.setattr(given_names, "WORLD_GIVEN_NAMES_FILE", path)
    given_names._world_sexes.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=r"world-given-names\.tsv.*make given-names"):
            world_gender("Brayden")
        path.write_text("name\tsex\nbrayden\tm\njaxon\tboy\n", encoding="utf-8")
        given_names._world_sexes.cache_clear()
        with pytest.raises(ValueError, match=r"world-given-names\.tsv:3"):
            world_gender("Brayden")
    finally:
        given_names._world_sexes.cache_clear()


def _build_script() -> ModuleType:
    """``scripts/build_world_given_names.py``, loaded as a module (it is no package's)."""
    path = Path(__file__).parents[3] / "scripts" / "build_world_given_names.py"
    spec = importlib.util.spec_from_file_location("build_world_given_names", path)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_the_build_script_keeps_names_of_one_sex_counted_in_the_west(tmp_path, monkeypatch):
    script = _build_script()
    pad = " " * 30
    lines = [
        "# a comment",
        f"{'M  Brayden':<29} {'':<2}1",  # the USA's column (32): kept
        f"{'F  Deep':<29} " + pad[:49] + "4",  # India's column only: left out
        f"{'?M Jayden':<29} {'':<2}1",  # mostly male: left out
        f"{'F  Linda':<29} {'':<2}9",  # the census knows it: left out
        f"{'M  Kaden':<29} {'':<2}1",
        f"{'F  Kaden':<29}{'+':<3}1",  # a '+' in column 30: a duplicate, passed over
    ]
    source = tmp_path / "nam_dict.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(script, "dictionary_file", lambda: source)
    monkeypatch.setattr(script, "WORLD_GIVEN_NAMES_FILE", tmp_path / "out.tsv")
    script.main()
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8") == "name\tsex\nbrayden\tm\nkaden\tm\n"


@pytest.mark.skipif(
    importlib.util.find_spec("gender_guesser") is None, reason="`gender-guesser` not installed"
)
def test_the_build_script_writes_the_table_as_committed(tmp_path, monkeypatch):
    script = _build_script()
    monkeypatch.setattr(script, "WORLD_GIVEN_NAMES_FILE", tmp_path / "out.tsv")
    script.main()
    assert (tmp_path / "out.tsv").read_bytes() == WORLD_GIVEN_NAMES_FILE.read_bytes()
