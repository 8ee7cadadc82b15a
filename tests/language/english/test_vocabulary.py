"""The common English words (analysis.language.english.vocabulary), read from textstat."""

from __future__ import annotations

from analysis.language.english.vocabulary import easy_words


def test_the_dale_chall_list_is_read_whole_in_lower_case():
    words = easy_words()
    assert len(words) == 2941  # textstat's resources/en/easy_words.txt, one word a line
    assert {"neither", "yet", "running", "mark"} <= words
    assert "jagmeet" not in words and "stoltenberg" not in words
    assert all(word == word.lower() and word.strip() == word for word in words)
