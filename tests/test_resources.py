"""Offline data: installed where NLTK looks, and nothing reaches the network."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from analysis import DEFAULT_ARTICLE, load_article, stopwords
from analysis.resources import NLTK_DATA_DIR, ensure_nltk_data


def test_network_is_blocked_for_the_whole_run():
    with pytest.raises(OSError, match="blocked by the test suite"):
        socket.create_connection(("pypi.org", 443), timeout=1)


def test_nltk_download_fails_here():
    import nltk

    assert nltk.download("punkt_tab", quiet=True, raise_on_error=False) is False


def test_data_is_found_where_nltk_looks_by_default():
    import nltk.data

    ensure_nltk_data()
    assert str(NLTK_DATA_DIR) in nltk.data.path
    assert nltk.data.find("corpora/cmudict/cmudict")
    assert nltk.data.find("corpora/stopwords/english")


def test_fresh_interpreter_finds_data_without_environment_variables():
    code = (
        "import analysis, textstat, nltk.data;"
        "nltk.data.find('corpora/cmudict');"
        "print(textstat.syllable_count('leadership'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={}
    )
    assert result.stdout.strip() == "3"


def test_stopwords_are_nltk_english_list():
    words = stopwords()
    assert len(words) == 198
    assert {"the", "and", "it's", "don't", "ourselves"} <= words
    assert "nato" not in words


def test_cmudict_converted_with_variants():
    import nltk.corpus

    entries = nltk.corpus.cmudict.dict()
    assert entries["leadership"] == [["L", "IY1", "D", "ER0", "SH", "IH2", "P"]]
    assert len(entries["tomato"]) == 2
    assert len(entries) > 120_000


def test_textstat_scores_our_article_offline():
    import textstat

    body = load_article(DEFAULT_ARTICLE).body
    # Syllables come from the CMU dictionary installed offline (network blocked here).
    assert textstat.syllable_count("Afghanistan") == 4
    assert textstat.syllable_count(body) == 640
    assert textstat.flesch_reading_ease(body) == pytest.approx(29.5662, abs=1e-4)
    assert textstat.flesch_kincaid_grade(body) == pytest.approx(14.9818, abs=1e-4)


def test_the_cmudict_read_at_once_is_nltks_own():
    from nltk.corpus.reader import CMUDictCorpusReader

    from analysis.resources import _CMUDictAtOnce, read_cmudict_at_once

    ensure_nltk_data()
    reader = CMUDictCorpusReader(str(NLTK_DATA_DIR / "corpora" / "cmudict"), ["cmudict"])
    at_once = _CMUDictAtOnce(reader)
    assert at_once.dict() == reader.dict()  # every word, every pronunciation, in order
    assert at_once.fileids() == reader.fileids()  # the rest is the reader's
    read_cmudict_at_once()
    import nltk.corpus

    assert isinstance(nltk.corpus.cmudict, _CMUDictAtOnce)
    assert nltk.corpus.cmudict.dict()["leadership"] == [["L", "IY1", "D", "ER0", "SH", "IH2", "P"]]
