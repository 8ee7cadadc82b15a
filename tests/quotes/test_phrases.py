"""The phrase readers of the attribution rules (``analysis.quotes.phrases``)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes.phrases import _ADVERB, without_trailing_adverbs

_WORDS = ["firmly", "also", "the", "Reyes", "said", "has", "family", "quickly", "Ann", "early"]


@given(
    st.lists(
        st.tuples(st.sampled_from(["", " ", "  ", "\n", "\t "]), st.sampled_from([*_WORDS, ""])),
        max_size=7,
    ),
    st.sampled_from(["", " ", "\n"]),
)
def test_trailing_adverbs_go_as_the_pattern_would_take_them(pieces, tail):
    text = "".join(space + word for space, word in pieces) + tail
    pattern = re.compile(rf"(?:\s+{_ADVERB})+\s*$")
    assert without_trailing_adverbs(text) == pattern.sub("", text)


def test_trailing_adverbs_go_but_a_noun_in_ly_stays():
    assert without_trailing_adverbs(" Ann Reyes firmly also") == " Ann Reyes"
    assert without_trailing_adverbs("Lawyers for the family") == "Lawyers for the family"
    assert without_trailing_adverbs("firmly") == "firmly"  # no space before: not taken
