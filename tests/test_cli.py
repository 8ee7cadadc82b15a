"""The ``article-analysis`` command: help a newcomer understands, listing, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main

SOURCES = Path(__file__).parent / "fixtures" / "sources"


def test_help_explains_the_input_forms(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["report", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for words in ("a web page (.html)", "Markdown (.md)", "--id", "--date", "pick one article"):
        assert words in text


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "article-analysis"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "report" in result.stdout and "articles" in result.stdout


def test_articles_lists_a_collection_and_its_skipped_records(capsys):
    assert main(["articles", str(SOURCES / "export.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "a-1\t2024-04-08\tThe Daily Coast\tPort strike enters second week",
        "a-2\t2024-04-09\tValley Herald\tFerry timetable cut",
        "a-6\t2024-04-12\tThe Daily Coast\tHarbour wall to be raised",
    ]
    assert "skipped" in err and "export.jsonl#a-3" in err
    assert err.strip().endswith("3 articles read, 3 records skipped")


def test_bad_input_is_one_line_naming_the_file(capsys, tmp_path):
    assert main(["report", str(SOURCES / "no-article.html"), "--output", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        f"error: {SOURCES / 'no-article.html'}: no article text found in the page\n"
    )
    assert main(["report", str(SOURCES / "export.jsonl"), "--id", "nope"]) == 1
    assert "no article with id 'nope'" in capsys.readouterr().err
    assert main(["articles", str(tmp_path / "missing.jsonl")]) == 1


def test_a_page_in_another_language_is_one_line_saying_so(capsys, tmp_path):
    languages = Path(__file__).parent / "fixtures" / "languages"
    body = "".join(f"<p>{p}</p>" for p in (languages / "de.txt").read_text().split("\n\n"))
    page = tmp_path / "seite.html"
    page.write_text(
        f'<html lang="de"><body><article><h1>Wohnungsbau</h1>{body}</article></body></html>'
    )
    assert main(["report", str(page), "--output", str(tmp_path / "report")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {page}: the article is in German (declared 'de';")
    assert err.rstrip().endswith("(--language en) to read it as English anyway")
    assert err.count("\n") == 1
