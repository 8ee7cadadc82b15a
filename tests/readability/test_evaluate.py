"""The difficulty scorer: pairs ordered by hand count, bad input, and the committed validity
table equal to a fresh run where the development data is at hand."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import ArticleError, validity_table
from analysis.paths import SHARED_DIR
from analysis.readability.evaluate import level_pairs, main, read_levels, version_grades

ONESTOP = SHARED_DIR / "readability" / "onestop-dev.jsonl"


def test_level_pairs_by_hand_count():
    grades = pd.DataFrame(
        [
            ("a", 0, "m", 5.0), ("a", 1, "m", 7.0), ("a", 2, "m", 7.0),  # 2 of 3, one tie
            ("b", 0, "m", 9.0), ("b", 1, "m", 6.0), ("b", 2, "m", 8.0),  # 1 of 3
            ("a", 0, "n", 1.0), ("a", 1, "n", 2.0), ("a", 2, "n", 3.0),  # 3 of 3
        ],
        columns=["article", "level", "measure", "value"],
    )  # fmt: skip
    table = level_pairs(grades).set_index("measure")
    assert table.loc["m", ["pairs", "ordered", "ties"]].tolist() == [6, 3, 1]
    assert table.loc["m", "share"] == 0.5
    assert table.loc["n", "share"] == 1.0
    assert list(table.index) == ["n", "m"]  # best first


def test_versions_are_scored_as_the_reader_sees_them(tmp_path):
    easy = "Cats sit.\nThe cat sat on the mat. It was a big mat. The cat was glad."
    hard = (
        "Feline behaviour.\nDomesticated felines habitually occupy elevated, comfortable "
        "positions, demonstrating territorial preferences documented extensively by researchers."
    )
    path = tmp_path / "levels.jsonl"
    records = [{"article": "x", "level_num": 0, "text": easy},
               {"article": "x", "level_num": 2, "text": hard}]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    grades = version_grades(read_levels(path))
    ours = grades[grades["measure"] == "reading_grade"].set_index("level")["value"]
    assert ours[0] < ours[2]
    assert (grades["value"] == grades["value"].round(1)).all()  # one decimal, as shown


def test_a_bad_line_names_the_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"article": "a", "level_num": 0, "text": "x"}\n{"article": "a"}\n')
    with pytest.raises(ArticleError, match=r"bad\.jsonl:2: not a levelled text record"):
        read_levels(path)
    assert main([str(path)]) == 1
    assert "bad.jsonl:2" in capsys.readouterr().err


@pytest.mark.skipif(not ONESTOP.is_file(), reason=f"{ONESTOP} is not on this machine")
def test_committed_validity_table_is_a_fresh_run():
    fresh = level_pairs(version_grades(read_levels(ONESTOP)))
    committed = validity_table("readability").set_index("measure")
    for row in fresh.itertuples():
        assert committed.loc[row.measure, "ordered"] == row.ordered, row.measure
        assert committed.loc[row.measure, "ties"] == row.ties, row.measure
    ours = committed.loc["reading_grade", "share"]
    assert ours >= 0.97  # the target on held-out data; checked on the development part here
    assert ours > committed.loc["text_standard", "share"]


def test_validity_table_errors_name_the_problem():
    with pytest.raises(ArticleError, match="no validity table 'nope'"):
        validity_table("nope")
