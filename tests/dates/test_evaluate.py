"""The TimeML evaluation command."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.dates.evaluate import Span, main, read_timeml, score

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_read_timeml_strips_tags_and_keeps_offsets():
    document = read_timeml(FIXTURES / "sample.tml")
    assert document.article.text.startswith("Talks & Trade\n\n")
    assert document.article.date.isoformat() == "1998-08-07"
    assert [(g.text, g.type, g.value) for g in document.gold] == [
        ("Aug. 7", "DATE", "1998-08-07"),
        ("Friday", "DATE", "1998-08-07"),
        ("two weeks", "DURATION", "P2W"),
        ("1997", "DATE", "1997"),
        ("the second quarter", "DATE", "1998-Q2"),
        ("now", "DATE", "PRESENT_REF"),
        ("daily", "SET", "P1D"),
    ]
    for gold in document.gold:
        assert document.article.text[gold.start : gold.end] == gold.text


def span(start, end, value="2000", kind="DATE"):
    return Span(start, end, kind, value, "x")


def test_score_by_hand():
    gold = [span(0, 4), span(10, 20, "P1D", "DURATION"), span(30, 35)]
    system = [span(0, 4), span(12, 20, "P2D", "DURATION"), span(50, 55)]
    result = score([(gold, system)])
    assert result["strict_P"] == pytest.approx(100 / 3)
    assert result["relaxed_P"] == pytest.approx(200 / 3)
    assert result["relaxed_R"] == pytest.approx(200 / 3)
    assert result["value_accuracy"] == pytest.approx(50)
    assert result["value_F1"] == pytest.approx(200 / 3 * 0.5)


def test_week_and_decade_notations_are_equal():
    result = score(
        [([span(0, 4, "2000-W7"), span(5, 9, "199X")], [span(0, 4, "2000-W07"), span(5, 9, "199")])]
    )
    assert result["value_accuracy"] == 100


def test_command_prints_the_table(capsys):
    assert main([str(FIXTURES)]) == 0
    out = capsys.readouterr().out
    assert "1 documents" in out
    assert "strict_F1" in out and "value_F1" in out
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:] if line.split()}
    assert set(lines) >= {"all", "DATE", "TIME", "DURATION", "SET", "family", "general"}
    assert lines["all"][1:3] == ["7", "7"]  # gold and system counts
    assert float(lines["all"][-2]) == 100.0  # value F1: every value right


def test_command_reports_a_folder_without_timeml(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "no *.tml files" in capsys.readouterr().err
