"""The shapes of an "according to" attribution (analysis.quotes.according), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.according import _ACCORDING, _ACCORDING_FIRST, _FINAL_ACCORDING


@pytest.mark.parametrize(
    ("sentence", "speaker", "appositive"),
    [
        ("The plant will close, according to the company.", "the company", None),
        # who they are after the speaker: the appositive's, not the speaker's
        ("The plant will close, according to Dr. Priya Menon, the surgeon who led it.",
         "Dr. Priya Menon", "the surgeon who led it"),
        # a role with no article before what it is of (was no match)
        ("Young farmers find it hard to buy land, according to Todd Lewis, president of the "
         "Agricultural Producers Association.", "Todd Lewis",
         "president of the Agricultural Producers Association"),
        # their name after a description: part of the speaker (was no match)
        ("Dupuis died at home after a short illness, according to his daughter, Claire "
         "Dupuis.", "his daughter, Claire Dupuis", None),
        ("The mill will close, according to a union spokesperson, Ann Reyes",
         "a union spokesperson, Ann Reyes", None),
    ],
)  # fmt: skip
def test_a_final_according_to_and_who_it_names(sentence, speaker, appositive):
    match = _FINAL_ACCORDING.search(sentence)
    assert match is not None
    assert (match["speaker"], match["appositive"]) == (speaker, appositive)


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause after the capitals, or a list of names: not a name after a description
        "The plant will close, according to the union, Ottawa Police said Tuesday.",
        "The plant will close, according to the union, Ann Reyes and Tom Li.",
    ],
)
def test_a_final_according_to_takes_no_clause_or_list_for_a_name(sentence):
    match = _FINAL_ACCORDING.search(sentence)
    assert match is None or "," not in match["speaker"]


def test_according_to_first_and_anywhere():
    first = _ACCORDING_FIRST.match("According to police, the man fled on foot.")
    assert first is not None
    assert (first["speaker"], first["content"]) == ("police", "the man fled on foot.")
    anywhere = _ACCORDING.search('It was "a mess," according to Ann Reyes.')
    assert anywhere is not None and anywhere["speaker"] == "Ann Reyes"
