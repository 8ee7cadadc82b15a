"""The gender a given name shows from the 1990 US Census lists
(``analysis.language.english.given_names``): checked against the shares in the committed
table, by hand, and on a malformed or missing table."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.language.english import given_names
from analysis.language.english.given_names import (
    CLEAR_SHARE,
    GIVEN_NAMES_FILE,
    census_gender,
    ending_gender,
    given_name_shares,
    name_key,
)


@pytest.mark.parametrize(
    ("name", "men", "women", "gender"),
    [
        ("gene", 0.087, 0.005, "m"),  # 95% men
        ("beau", 0.009, 0.0, "m"),
        ("lael", 0.0, 0.001, "f"),
        ("pat", 0.022, 0.040, None),  # 35% men: tells nothing
        ("kim", 0.028, 0.178, None),  # 86% women: under nine in ten
        ("jordan", 0.056, 0.012, None),  # 82% men
    ],
)
def test_a_name_shows_a_gender_when_nine_in_ten_bearers_share_it(name, men, women, gender):
    assert given_name_shares()[name] == (men, women)
    assert census_gender(name) == gender


def test_case_diacritics_and_trailing_punctuation_do_not_matter():
    assert census_gender("GENE") == census_gender("Gene.") == census_gender("gene") == "m"
    assert census_gender("José,") == census_gender("Jose") == "m"
    assert census_gender("Zoë") == census_gender("zoe") == "f"
    assert [name_key(w) for w in ("Ángel", "Łukasz", "François’", "Ana-María")] == [
        "angel", "łukasz", "francois", "ana-maria"]  # fmt: skip


def test_a_name_of_one_sex_in_english_and_the_other_in_french_tells_nothing():
    # "Jean Charest", "Jean Augustine": 90% of the US census's Jeans are women
    assert given_name_shares()["jean"] == (0.035, 0.315)
    assert census_gender("Jean") is None


def test_names_outside_the_lists_tell_nothing():
    assert [census_gender(w) for w in ("Matteo", "Quill", "", "Okafor")] == [None] * 4


def test_the_table_is_the_census_lists_whole():
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name\tmen\twomen"
    names = [line.split("\t")[0] for line in lines[1:]]
    assert names == sorted(names) and len(names) == len(set(names)) == 5163
    shares = given_name_shares()
    assert all(men >= 0 and women >= 0 and men + women > 0 for men, women in shares.values())
    # the two lists each sum to about 90% of their sex (the Census's own coverage)
    assert sum(m for m, _ in shares.values()) == pytest.approx(90.0, abs=1.0)
    assert sum(w for _, w in shares.values()) == pytest.approx(90.0, abs=1.0)


@given(st.text(max_size=20))
def test_any_word_gives_a_gender_or_none(word):
    found = census_gender(word)
    assert found in ("m", "f", None)
    if found is not None:
        men, women = given_name_shares()[name_key(word)]
        share = men if found == "m" else women
        assert share >= CLEAR_SHARE * (men + women)


@pytest.fixture
def table(tmp_path, monkeypatch):
    """Point the module at a table of the test's own (its caches cleared around it)."""
    path = tmp_path / "given-names.tsv"
    monkeypatch.setattr(given_names, "GIVEN_NAMES_FILE", path)
    given_name_shares.cache_clear()
    census_gender.cache_clear()
    yield path
    given_name_shares.cache_clear()
    census_gender.cache_clear()


def test_a_missing_table_names_the_file_and_the_fix(table):
    with pytest.raises(FileNotFoundError, match=r"given-names\.tsv.*make given-names"):
        census_gender("gene")


def test_a_malformed_line_is_named_by_file_and_number(table):
    table.write_text("name\tmen\twomen\ngene\t0.087\t0.005\nbeau\tmany\t0\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"given-names\.tsv, line 3: expected name"):
        census_gender("gene")


def _build_script() -> ModuleType:
    """``scripts/build_given_names.py``, loaded as a module (it is no package's)."""
    spec = importlib.util.spec_from_file_location(
        "build_given_names", Path(__file__).parents[3] / "scripts" / "build_given_names.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


@pytest.mark.skipif(importlib.util.find_spec("names") is None, reason="`names` not installed")
def test_the_build_script_reads_the_census_lists_as_committed(tmp_path, monkeypatch):
    script = _build_script()
    monkeypatch.setattr(script, "GIVEN_NAMES_FILE", tmp_path / "given-names.tsv")
    script.main()
    assert (tmp_path / "given-names.tsv").read_bytes() == GIVEN_NAMES_FILE.read_bytes()


def test_the_build_script_joins_the_two_lists_by_name(tmp_path, monkeypatch):
    script = _build_script()
    (tmp_path / "dist.male.first").write_text(
        "JAMES          3.318  3.318      1\nGENE           0.087 72.547    200\n"
    )
    (tmp_path / "dist.female.first").write_text(
        "MARY           2.629  2.629      1\nGENE           0.005 83.840   1299\n"
    )
    monkeypatch.setattr(script, "census_lists", lambda: tmp_path)
    monkeypatch.setattr(script, "GIVEN_NAMES_FILE", tmp_path / "out.tsv")
    script.main()
    assert (tmp_path / "out.tsv").read_text().splitlines() == [
        "name\tmen\twomen",
        "gene\t0.087\t0.005",
        "james\t3.318\t0.000",
        "mary\t0.000\t2.629",
    ]


@pytest.mark.parametrize(
    ("name", "shared"),
    [
        ("Alexis", True),  # 27% men
        ("tracy", True),  # 20% men
        ("Jordan", True),  # 18% women
        ("Gene", False),  # 95% men: a man's name
        ("Mary", False),
        ("Matteo", False),  # not in the lists: nothing known, nothing shared
        ("", False),
    ],
)
def test_a_name_is_shared_when_neither_sex_holds_nine_in_ten_of_its_bearers(name, shared):
    assert given_names.shared_by_both(name) is shared


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Kellyanne", "f"),  # unknown to the census, a woman's ending
        ("Rochellette", "f"),
        ("Everette", None),  # the census knows it: its to tell (mostly men)
        ("Anne", None),  # too short for an ending: the lists decide
        ("Hamish", None),
    ],
)
def test_a_womans_ending_shows_the_sex_of_a_name_the_census_does_not_know(name, sex):
    assert ending_gender(name) == sex
