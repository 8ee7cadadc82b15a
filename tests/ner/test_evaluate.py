"""The entity scorer: exact-span counts by hand, and bad gold files."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis import ArticleError
from analysis.ner.evaluate import main, read_gold, score, scores_by_group


def test_exact_span_and_label_by_hand_count():
    gold = [(0, 4, "PER"), (10, 15, "ORG"), (20, 25, "LOC"), (30, 34, "MISC")]
    predicted = [(0, 4, "PER"), (10, 15, "LOC"), (20, 24, "LOC"), (40, 44, "DATE")]
    counts = score(gold, predicted)
    assert counts == Counter({"tp:PER": 1, "fp:LOC": 2, "fn:ORG": 1, "fn:LOC": 1})
    table = scores_by_group({"x": counts}).set_index("label")
    assert table.loc["ALL", ["gold", "predicted"]].tolist() == [3, 3]
    assert table.loc["ALL", "f1"] == pytest.approx(1 / 3)
    assert table.loc["PER", "f1"] == 1.0 and table.loc["ORG", "recall"] == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "abc"}', r"gold\.jsonl:1: not a gold entity record"),
        ('{"text": "abc", "entities": [{"start": 1, "end": 9, "label": "PER"}]}',
         r"gold\.jsonl:1: entity 1-9 outside the text"),
    ],
)  # fmt: skip
def test_bad_gold_names_file_and_line(tmp_path, capsys, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(ArticleError, match=message):
        read_gold(path)
    assert main([str(path)]) == 1
    assert "gold.jsonl:1" in capsys.readouterr().err
