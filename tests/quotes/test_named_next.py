"""A description of what someone is that the next sentence's quotation names
(analysis.quotes.named_next), read by hand."""

from __future__ import annotations

import pytest

from analysis import extract_quotes, parse_article


def _speakers(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    body = "\n\n".join(paragraphs)
    frame = extract_quotes(parse_article(f"date 2024-01-15 Headline\n\n{body}\n"))
    return list(zip(frame["kind"], frame["speaker"], frame["resolved_by"], strict=True))


_GOALIES = (
    "BOSTON — Linus Ullmark made 30 saves and Jeremy Swayman watched from the bench as the "
    "Boston Bruins beat the Toronto Maple Leafs 4-1 on Saturday."
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a nation, a home, an office, a team's position: who the quotation after names
        # (each was no one: two men, either of whom the description may be)
        ([_GOALIES,
          "The Swede said he had been seeing the puck well for weeks. \"When you get in a "
          "groove, you want to stay there,\" Ullmark said."],
         [("indirect", "Linus Ullmark", "named next"), ("direct", "Linus Ullmark", "fuller name")]),
        (["TORONTO — Félix Auger-Aliassime lost to Jannik Sinner 6-4, 6-3 on Thursday.",
          "The Montreal native said Sinner had returned better than anyone he had faced. "
          "\"He takes time away from you on every point,\" Auger-Aliassime said."],
         [("indirect", "Félix Auger-Aliassime", "named next"),
          ("direct", "Félix Auger-Aliassime", "fuller name")]),
        (["COLUMBUS, Ohio — John Kasich and Ted Cruz campaigned in Ohio on Monday.",
          "The Ohio governor said he had a record of creating jobs. \"I've done it in "
          "Washington, and I've done it in Ohio,\" Kasich said."],
         [("indirect", "John Kasich", "named next"), ("direct", "John Kasich", "fuller name")]),
        # a partial quotation in the description's sentence goes with it
        (["RICHMOND, Va. — Hillary Clinton named Tim Kaine her running mate on Saturday.",
          "The Virginia senator, speaking first, said he had \"never been prouder\" to stand "
          "beside anyone. \"She is ready,\" Mr. Kaine said."],
         [("indirect", "Tim Kaine", "named next"), ("partial", "Tim Kaine", "named next"),
          ("direct", "Tim Kaine", "fuller name")]),
    ],
)  # fmt: skip
def test_a_description_takes_the_name_the_next_sentences_quotation_gives(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the name spoken of in the description's sentence: someone speaking of them
        [_GOALIES,
         "The Swede said Ullmark had been sharp for weeks. \"He stays square,\" Ullmark said."],
        # the quotation in another paragraph, or a sentence between
        [_GOALIES,
         "The Swede said he had been seeing the puck well for weeks.",
         "\"When you get in a groove, you want to stay there,\" Ullmark said."],
        [_GOALIES,
         "The Swede said he had been seeing the puck well for weeks. The Bruins have won "
         "four straight. \"When you get in a groove, you want to stay there,\" Ullmark said."],
        # someone the article gave another nation, or of the other sex
        ["BOSTON — Linus Ullmark of Sweden and Juuse Saros of Finland each made 30 saves.",
         "The Finn said he had been seeing the puck well. \"It was fun,\" Ullmark said."],
        ["COLUMBUS, Ohio — John Kasich and Ted Cruz campaigned in Ohio on Monday.",
         "The Ohio congresswoman said she had a record of creating jobs. \"I've done it in "
         "Ohio,\" Kasich said."],
        # the quotation's speaker found by a pronoun, not named there
        [_GOALIES,
         "The Swede said he had been seeing the puck well. \"It was fun,\" he said."],
    ],
)  # fmt: skip
def test_no_name_from_elsewhere_or_for_someone_else(paragraphs):
    assert "named next" not in {by for _, _, by in _speakers(*paragraphs)}
