"""The tone scorer: the split, agreement by hand count, and the committed validity table equal
to a fresh run where the development data is at hand."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import ArticleError, validity_table
from analysis.paths import SHARED_DIR
from analysis.tone.evaluate import agreement, headline_scores, is_aside, main, read_rated

TRIAL = SHARED_DIR / "tone" / "semeval2007-trial.jsonl"


def test_the_part_set_aside_is_two_in_five():
    assert [is_aside(f"semeval07-{n}") for n in range(1, 11)] == [
        True, False, False, False, True, True, False, False, False, True,
    ]  # fmt: skip
    assert not is_aside("no-number")


def test_agreement_by_hand_count():
    scored = pd.DataFrame(
        {
            "valence": [-80.0, 60.0, 0.0, 10.0],
            "compound": [-0.9, 0.2, 0.0, 0.8],
            "tone": [-0.8, 0.75, 0.1, 0.0],
            "part": ["development", "development", "aside", "aside"],
        }
    )
    table = agreement(scored, vader_threshold=0.7, tone_threshold=0.7).set_index(["view", "part"])
    # people: -1, +1, 0, 0; VADER: -1, 0, 0, +1 (2 of 4); tone: -1, +1, 0, 0 (4 of 4)
    assert table.loc[("vader", "all"), "accuracy"] == 0.5
    assert table.loc[("tone", "all"), "accuracy"] == 1.0
    assert table.loc[("tone", "aside"), "zero_share"] == 0.5
    assert table.loc[("vader", "development"), "headlines"] == 2


def test_headline_scores_add_both_views(tmp_path):
    path = tmp_path / "rated.jsonl"
    path.write_text('{"id": "x-1", "text": "Earthquake kills 40", "valence": -90}\n')
    scored = headline_scores(read_rated(path))
    assert scored.loc[0, "tone"] < -0.7 < scored.loc[0, "compound"] < 0  # VADER: "kills" only
    assert scored.loc[0, "part"] == "aside"


def test_a_bad_line_names_the_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x-1", "text": "t"}\n')
    with pytest.raises(ArticleError, match=r"bad\.jsonl:1: not a rated headline"):
        read_rated(path)
    assert main([str(path)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err


@pytest.mark.skipif(not TRIAL.is_file(), reason=f"{TRIAL} is not on this machine")
def test_committed_validity_table_is_a_fresh_run():
    fresh = agreement(headline_scores(read_rated(TRIAL))).set_index(["view", "part"])
    committed = validity_table("tone").set_index(["view", "part"])
    for key, row in fresh.iterrows():
        assert committed.loc[key, "pearson_r"] == pytest.approx(row["pearson_r"], abs=1e-4), key
        assert committed.loc[key, "accuracy"] == pytest.approx(row["accuracy"], abs=1e-4), key
    assert (
        committed.loc[("tone", "aside"), "pearson_r"] > committed.loc[("vader", "all"), "pearson_r"]
    )
