"""Reports with their attribution set off inside the sentence (analysis.quotes.parenthetical),
read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.parenthetical import parenthetical_report
from analysis.quotes.reported import reported


def _reports(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[r.start : r.end], r.speaker) for r in reported(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun phrase summing up what was said, someone else's word on it in a relative
        # clause: the clause before the attribution is the report (was the noun phrase)
        ("EDMONTON — Alberta will create an agency to oversee a new police service, Public "
         "Safety Minister Mike Ellis announced Thursday, a step critics say will cost "
         "taxpayers millions.",
         [("Alberta will create an agency to oversee a new police service",
           "Public Safety Minister Mike Ellis")]),
        ("The plant will close in March, the company said Monday, a move the union called a "
         "betrayal of its members.", [("The plant will close in March", "the company")]),
        ("Revenue climbed 24 per cent, the company said, the best quarter it has reported.",
         [("Revenue climbed 24 per cent", "the company")]),
        # a relative clause ending in "it" is the speaker's own (guard)
        ("The emergency department will close on June 1, the hospital network that runs it "
         "announced Wednesday, leaving residents a long drive.",
         [("The emergency department will close on June 1",
           "the hospital network that runs it")]),
        # a clause of its own after the attribution is the report, as before (guard)
        ("The players trusted him, Saputo said, the team had lost only twice under him.",
         [("the team had lost only twice under him", "Saputo")]),
        ("Talks will resume on Monday, the mediator said, the two sides had agreed to meet.",
         [("the two sides had agreed to meet", "the mediator")]),
        ("Sales fell in May, the company said, a spokesman for the team said the numbers were "
         "wrong.", [("a spokesman for the team said the numbers were wrong", "the company")]),
        # a relative clause set off before the verb: the subject it describes speaks, and
        # a comma between two adjectives sets off no inverted speaker (was "a hot")
        ("Hydrologist John Pomeroy, who has studied the glacier for 20 years, said a hot, dry "
         "summer had sped the melt.",
         [("a hot, dry summer had sped the melt", "Hydrologist John Pomeroy")]),
    ],
)  # fmt: skip
def test_what_follows_a_set_off_attribution(sentence, expected):
    assert _reports(sentence) == expected


def test_a_sentence_with_fewer_than_two_commas_has_no_set_off_attribution():
    text = "Revenue climbed 24 per cent the company said."
    assert parenthetical_report(text, len(text) - 1) is None
