"""Who a quoted fragment belongs to (analysis.quotes.fragments), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.fragments import around_fragment, framed_right_before


@pytest.mark.parametrize(
    ("before", "after", "speaker"),
    [
        ("Ann Reyes called the plan", ".", "Ann Reyes"),
        ("Trump's pledge to", "on the border drew crowds.", "Trump"),
        (
            "The talks stalled, with Sen. John McCain calling it a",
            "and leaving.",
            "Sen. John McCain",
        ),
        ("The laws", ", Ann Reyes said.", "Ann Reyes"),
    ],
)
def test_the_speaker_of_a_fragment(before, after, speaker):
    found = around_fragment(before, after)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "before",
    [
        "The plan was called",  # a passive: nobody speaks
        "The city has a",  # no verb frames it: a scare quotation
    ],
)
def test_no_speaker_where_nothing_frames_the_fragment(before):
    assert around_fragment(before, "in the end.") is None


def test_a_verb_that_names_what_it_frames_right_before_it():
    assert framed_right_before("under what Mr. Hedge called")
    assert not framed_right_before("the plan could be termed")
