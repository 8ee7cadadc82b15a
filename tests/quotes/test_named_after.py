"""A speaker the lead introduces and the next paragraph names (analysis.quotes.named_after),
read by hand."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    body = "\n\n".join(paragraphs)
    frame = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    return list(zip(frame["speaker"], frame["resolved_by"], strict=True))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a nurse the lead introduces, named by the next paragraph as she reports more (was
        # "a nurse", and "she" after "The nurse" too)
        (["WINNIPEG — A nurse who warned managers about staffing testified Tuesday that her "
          "concerns were ignored.",
          "Carol Moyer, who worked at the home for 12 years, told the inquiry she had sent "
          "three emails. \"Nobody wrote back,\" Moyer said.",
          "The nurse disagreed. \"I used the same address for years,\" she said."],
         [("Carol Moyer", "named after"), ("Carol Moyer", "name"),
          ("Carol Moyer", "fuller name"), ("Carol Moyer", "pronoun")]),
        (["VANCOUVER — An accountant who worked for the former mayor told a jury on Wednesday "
          "that he was asked to backdate invoices.",
          "Testifying for the Crown, Alan Fung said he was told to record payments as fees."],
         [("Alan Fung", "named after"), ("Alan Fung", "name")]),
        # what they are of something introduced so; an office a place holds, the lead
        # naming no one (a title of courtesy before the name: its role nothing new)
        (["SAINT-ISIDORE, Que. — The mayor of a small town has resigned, saying threats "
          "had become too much.",
          "Sylvie Bourassa, who was elected in 2021, wrote that she could no longer ask her "
          "children to live with the fear."],
         [("Sylvie Bourassa", "named after"), ("Sylvie Bourassa", "name")]),
        (["EDMONTON — Influenza is spreading early, Alberta's chief medical officer of health "
          "said Thursday.",
          "Dr. Mark Joffe told a news conference that 1,140 cases had been reported."],
         [("Mark Joffe", "named after"), ("Mark Joffe", "name")]),
        (["OTTAWA — Flu cases are rising, the province's top doctor said Friday.",
          "Theresa Tam said the season had started early."],
         [("Theresa Tam", "named after"), ("Theresa Tam", "name")]),
    ],
)  # fmt: skip
def test_a_person_the_lead_introduces_takes_the_name_the_next_paragraph_gives(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # guards: the one named next has a role of their own; quotes first; is of the other
        # sex; two people named next; the description is no person
        ["A veteran diplomat said the plan would fail.",
         "Tom Li, communications director for the group, said the video was damning."],
        ["A veteran diplomat said the plan would fail.",
         '"The video is damning," said Tom Li.'],
        ["A woman who lives nearby said she heard shots.",
         "Tom Li said the police arrived within minutes."],
        ["A nurse said the ward was short-staffed.",
         "Ann Reyes and Mary Ives said they had complained."],
        ["A report released Tuesday said the plan would fail.",
         "Ann Reyes said the report was wrong."],
        # an office the one named next holds another of; the thing they are of is the
        # one named already ("the mayor of Toronto"); no office
        ["TORONTO — Influenza is spreading, Ontario's chief medical officer said Friday.",
         "Premier Doug Ford said he had not known."],
        ["The mayor of Toronto said the plan would fail.",
         "Ann Reyes said the police arrived within minutes."],
        ["TORONTO — Prices are rising, Ontario's latest figures showed Friday.",
         "Ann Reyes said the police arrived within minutes."],
    ],
)  # fmt: skip
def test_no_name_for_the_lead_without_the_evidence(paragraphs):
    assert "named after" not in {by for _, by in _speakers(*paragraphs)}
