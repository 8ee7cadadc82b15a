"""The PolNeAR split of the quotes scorer, on records written for the test."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from analysis import ArticleError
from analysis.quotes.polnear import (
    _named,
    _same_person,
    is_aside,
    polnear_scores,
    score_polnear,
    speech_cue_verbs,
)

TEXT = (
    " date 2016-03-01 Debate night\n\n"
    "“We will win,” Sen. Ted Cruz said on Tuesday.\n\n"
    "Marco Rubio said the race was far from over.\n\n"
    "Voters hope the campaign ends soon."
)


def record(identifier: str) -> dict:
    def at(fragment: str) -> tuple[int, int]:
        start = TEXT.index(fragment)
        return start, start + len(fragment)

    quotes = []
    for content, kind, speaker, cue in [
        ("“We will win,”", "direct", "Sen. Ted Cruz", "said"),
        ("the race was far from over", "indirect", "Marco Rubio", "said"),
        ("the campaign ends soon", "indirect", "Voters", "hope"),
    ]:
        start, end = at(content)
        s_start, s_end = at(speaker)
        quotes.append({"start": start, "end": end, "kind": kind, "text": content,
                       "speaker": speaker, "speaker_start": s_start, "speaker_end": s_end,
                       "cue": cue})  # fmt: skip
    return {"id": identifier, "publisher": "test", "date": "2016-03-01", "title": "Debate night",
            "text": TEXT, "quotes": quotes}  # fmt: skip


def test_the_part_set_aside_is_a_quarter_by_hash():
    ids = [f"article-{i}" for i in range(2000)]
    share = sum(is_aside(i) for i in ids) / len(ids)
    assert 0.22 < share < 0.28
    assert is_aside("article-1") == is_aside("article-1")


@pytest.mark.parametrize(
    ("mention", "resolved", "same"),
    [
        ("Chris Cox, who runs the NRA’s lobbying arm,", "Chris Cox", True),
        ("Graham", "Lindsey Graham", True),
        ("Gov. John Kasich (R-OH)", "John Kasich", True),
        ("Trump", "Megyn Kelly", False),
        ("Cruz", "New York", False),
    ],
)
def test_a_resolved_speaker_names_the_source_mention(mention, resolved, same):
    assert _same_person(mention, resolved) is same


def test_named_sources_are_names_not_pronouns_or_descriptions():
    assert _named("Sen. Ted Cruz") and _named("Clinton")
    assert not _named("he") and not _named("the campaign") and not _named(None)


def test_scores_of_a_constructed_article(tmp_path):
    path = tmp_path / "polnear.jsonl"
    dev = next(f"a-{i}" for i in range(100) if not is_aside(f"a-{i}"))
    path.write_text(json.dumps(record(dev)) + "\n", encoding="utf-8")
    counts = score_polnear(path, part="dev")
    assert counts["articles"] == 1
    assert counts["gold:direct"] == 1 and counts["found:direct"] == 1
    assert counts["gold:speech"] == 2 and counts["gold:other"] == 1  # "hope" is no speech verb
    # Both named sources are right ("Ted" is a name, not a verb in -ed), and the mentions the
    # extractor gives as evidence are the annotated ones.
    assert (counts["named"], counts["named:right"], counts["named:empty"]) == (2, 2, 0)
    assert (counts["mention"], counts["mention:right"]) == (2, 2)
    # by annotated kind: the direct quotation's named source apart from the reported one's
    assert (counts["named direct"], counts["named direct:right"]) == (1, 1)
    assert (counts["named indirect"], counts["named indirect:right"]) == (1, 1)
    table = polnear_scores(counts).set_index("measure")
    assert table.loc["named source, direct: right", ["value", "of"]].tolist() == [1.0, 1]
    assert score_polnear(path, part="aside")["articles"] == 0


def test_the_speech_cue_verbs_are_frozen_apart_from_the_tool_list(tmp_path):
    verbs = speech_cue_verbs()
    # the one-word forms of the tool's list when it was frozen: said, told, argued ...
    assert len(verbs) == 282 and {"said", "told", "argued", "tweeted"} <= verbs
    assert not any(" " in v or v != v.lower() for v in verbs)
    # a verb the tool may learn later is no speech cue of the scorer
    assert "found" not in verbs and "hope" not in verbs
    path = tmp_path / "verbs.txt"
    path.write_text("# a comment\nsaid\n\n  told \n", encoding="utf-8")
    assert speech_cue_verbs(path) == {"said", "told"}


def test_the_table_by_hand_count():
    counts = Counter({"system": 10, "system_matched": 9, "gold:direct": 4, "found:direct": 3,
                      "named": 5, "named:right": 4, "named:empty": 1, "mention": 4,
                      "mention:right": 3, "mention:other": 1})  # fmt: skip
    table = polnear_scores(counts).set_index("measure")
    assert table.loc["span precision", "value"] == 0.9
    assert table.loc["span recall: direct", ["value", "of"]].tolist() == [0.75, 4]
    assert table.loc["named source: right", "value"] == 0.8
    assert table.loc["source mention: right", "value"] == 0.75
    assert table.loc["source mention: other", ["value", "of"]].tolist() == [0.25, 4]


def test_a_missing_file_and_a_bad_line_are_named(tmp_path):
    with pytest.raises(ArticleError, match=r"missing\.jsonl: the PolNeAR development set"):
        score_polnear(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(ArticleError, match=r"bad\.jsonl:1: not valid JSON"):
        score_polnear(bad)
