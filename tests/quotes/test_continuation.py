"""Unattributed quotations that continue the speaker before them
(analysis.quotes.continuation), on made-up texts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "attribution",
    [
        # a place after "in" is no one named between (was no speaker for the second part)
        "Wallace told a debate in Gilbert Plains on Tuesday.",
        "Wallace said outside Dallas City Hall.",
        "Wallace told a crowd on Tuesday.",
    ],
)
def test_a_quotation_after_its_attribution_continues_past_a_place(speakers, attribution):
    body = f'"I am not going to promise a doctor," {attribution} "But it is too far."'
    assert speakers(body) == ["Wallace"]  # one row, its two parts joined


def test_someone_named_as_a_subject_between_still_stops_the_continuation(speakers):
    # guard: "Mary Jones nodded" names someone who may speak next: the second part is hers
    body = '"I am not going to promise," Wallace said. Mary Jones nodded. "But it is far."'
    assert speakers(body) == ["Wallace", "Mary Jones"]


def test_a_name_inside_the_speakers_relative_clause_does_not_stop_the_next_quotation(
    speakers,
):
    # "who came to see Whitfield": whom the speaker came to see, no one who speaks next (the
    # quotation after was left with no speaker)
    body = (
        "DES MOINES, Iowa — Gov. Dana Whitfield spoke on Monday.\n\n"
        '"I want to hear plans," said Barbara Lutz, 66, a retired teacher who came to see '
        'Whitfield. "I have not decided."'
    )
    assert speakers(body) == ["Barbara Lutz"]
