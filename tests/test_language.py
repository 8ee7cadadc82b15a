"""Language lives in data: month and weekday names are written once, in
``analysis.language.english.calendar``, and every pattern is built from there; and what an
article's language is (``analysis.language``)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis as an
from analysis.language import (
    ENGLISH_SHARE,
    LanguageError,
    english_share,
    language_code,
    settled_language,
    supported,
)
from analysis.language.english import calendar as english

SOURCE = Path(english.__file__).parents[1]
_MONTH = re.compile(r"(?i)\b(?:" + "|".join(english.MONTH_NAMES) + r")\b")
_MONTH_ABBREVIATION = re.compile(
    r"(?i)\b(?:" + "|".join(a for a in english.MONTH_ABBREVIATIONS) + r")\b"
)
_WEEKDAY = re.compile(
    r"(?i)\b(?:" + "|".join(n.removesuffix("day") for n in english.WEEKDAY_NAMES) + r")day\b"
)


def _lists_of_names(text: str) -> list[str]:
    """The kinds of calendar names a piece of code spells out as a list (three or more
    different ones in one string)."""
    found = []
    for kind, pattern in (("months", _MONTH), ("month abbreviations", _MONTH_ABBREVIATION),
                          ("weekdays", _WEEKDAY)):  # fmt: skip
        if len({m.lower() for m in pattern.findall(text)}) >= 3:
            found.append(kind)
    return found


def _strings(path: Path) -> list[tuple[int, str]]:
    """Each line's string literals, joined (a tuple of names on one line is one list), and
    each literal that spans lines."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    by_line: dict[int, list[str]] = {}
    for token in tokens:
        if token.type == tokenize.STRING:
            by_line.setdefault(token.start[0], []).append(token.string)
    return [(line, " ".join(texts)) for line, texts in sorted(by_line.items())]


def _docstring_lines(path: Path) -> set[int]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                lines.add(body[0].lineno)
    return lines


def test_calendar_names_are_spelled_out_only_in_the_language_module():
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.parent == Path(english.__file__).parent:
            continue  # the language's own folder
        docstrings = _docstring_lines(path)
        for line, text in _strings(path):
            if line in docstrings:
                continue  # prose may name months ("In January, a bomb killed ...")
            for kind in _lists_of_names(text):
                offenders.append(f"{path.relative_to(SOURCE)}:{line}: {kind}")
    assert not offenders, offenders


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ('"january february march"', ["months"]),
        ('r"Jan\\.?|Feb\\.?|Mar\\.?"', ["month abbreviations"]),
        ('"(?i:mon|tues|wednes)day"', []),  # stems are built from the names, not a list
        ('"monday|tuesday|friday"', ["weekdays"]),
        ('"In January, a bomb killed ..."', []),
    ],
)
def test_the_check_finds_a_list_of_names(text, kinds):
    assert _lists_of_names(text) == kinds


def test_the_tables_agree_with_each_other():
    assert len(english.MONTH_NAMES) == 12 and len(english.WEEKDAY_NAMES) == 7
    assert english.MONTHS["sept"] == english.MONTHS["september"] == 9
    assert all(english.MONTHS[a] == n for a, n in english.MONTH_ABBREVIATIONS.items())
    assert english.MONTH_PREFIXES[0] == "jan" and english.WEEKDAYS["sunday"] == 6
    assert set(english.MONTHS_ALSO_VERBS) | set(english.MONTHS_ALSO_NAMES) <= set(english.MONTHS)


# --- what an article's language is -------------------------------------------------------

LANGUAGES = Path(__file__).parent / "fixtures" / "languages"


def _news(code: str) -> str:
    return (LANGUAGES / f"{code}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en", "en"), ("en-US", "en"), ("en_GB", "en"), ("EN", "en"), ("eng", "en"),
     ("English", "en"), ("de-DE", "de"), ("ger", "de"), ("fr_FR", "fr"), ("French", "fr"),
     (" es ", "es"), ("", None), (None, None), ("x", None), ("12", None), ("en US", None)],
)  # fmt: skip
def test_language_code(tag, code):
    assert language_code(tag) == code


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_other_languages_share_almost_no_english_function_words(code):
    assert english_share(_news(code)) < 0.02


def test_english_news_shares_many():
    assert english_share(_news("en")) > 0.3
    for article in an.read_articles(an.DEFAULT_CORPUS):
        assert english_share(article.body) >= ENGLISH_SHARE * 2, article.source


def test_too_few_words_to_tell():
    assert english_share("Die Regierung hat am Mittwoch einen Plan vorgestellt.") is None


@given(st.text(max_size=400))
def test_the_share_is_a_share(text):
    share = english_share(text)
    assert share is None or 0 <= share <= 1


def test_a_declared_language_counts_when_the_words_bear_it_out():
    message = r"page\.html: the article is in German \(declared 'de-DE'"
    with pytest.raises(LanguageError, match=message):
        settled_language("de-DE", _news("de"), source="page.html")
    with pytest.raises(LanguageError, match="French"):
        settled_language("fr", _news("fr"), source="x")


@pytest.mark.parametrize(
    ("declared", "code"),
    [("de", "en"),  # an English text on a site whose pages all say "de": English
     ("en-GB", "en"), (None, "en"), ("not a tag!", "en")],
)  # fmt: skip
def test_english_words_are_read_as_english(declared, code):
    assert settled_language(declared, _news("en"), source="x") == code


def test_an_undeclared_text_is_read_as_english():
    assert settled_language(None, _news("de"), source="x") == "en"


def test_supported():
    assert supported("en") == "en"
    with pytest.raises(LanguageError, match=r"the date tagger: no resources for language 'de'"):
        supported("de", what="the date tagger")
