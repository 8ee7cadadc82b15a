"""The news lexicon file: well formed, consistent, and read with clear errors."""

from __future__ import annotations

import pytest

from analysis import ArticleError
from analysis.tone.lexicon import NEWS_LEXICON, base_forms, lexicon


def test_the_shipped_lexicon_loads_over_vaders():
    lex = lexicon()
    assert lex.words["earthquake"] == -2.6 and lex.origin["earthquake"] == "news"
    assert lex.origin["happy"] == "vader"
    assert lex.words["security"] == 0.0  # VADER's +1.4, neutral in news
    assert lex.phrases[("heart", "attack")] == -2.6
    assert NEWS_LEXICON.read_text(encoding="utf-8").startswith("# The tone of words in news")


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("deaths", ["deaths", "death"]),
        ("wounded", ["wounded", "wound", "wounde"]),
        ("shootings", ["shootings", "shooting", "shoot"]),
        ("stopped", ["stopped", "stopp", "stop"]),
    ],
)
def test_base_forms(word, forms):
    assert base_forms(word)[: len(forms)] == forms or set(forms) <= set(base_forms(word))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("war\tminus\tconflict\n", r"bad\.tsv:1: expected 'term<TAB>valence<TAB>family'"),
        ("war\t-9\tconflict\n", r"bad\.tsv:1: valence -9.0 outside -4..4"),
        ("war\t-3\tx\nwar\t-2\ty\n", r"bad\.tsv:2: 'war' listed twice with different valences"),
    ],
)
def test_a_bad_lexicon_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        lexicon(path)


def test_a_missing_lexicon_names_the_file(tmp_path):
    with pytest.raises(ArticleError, match=r"missing\.tsv: the news tone lexicon is missing"):
        lexicon(tmp_path / "missing.tsv")
