"""The quotation scorer: outcomes, matching, and the gold files it reads."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import parse_article
from analysis.quotes.evaluate import (
    GOLD_DIR,
    GoldArticle,
    GoldQuote,
    gold_articles,
    outcome,
    score_article,
    summary,
)


@pytest.mark.parametrize(
    ("system", "gold", "expected"),
    [
        ("Madeleine Albright", ("Madeleine Albright",), "correct"),
        ("the State Department", ("State Department",), "correct"),  # article ignored
        ("Albright", ("Madeleine Albright",), "shorter"),
        ("Bill Clinton", ("Madeleine Albright",), "wrong"),
        (None, ("Madeleine Albright",), "empty"),
        (None, (), "correct"),  # the text does not say who: empty is right
        ("Jan Kavan", (), "wrong"),
        ("the message", ("a message", "the government"), "correct"),  # aliases
    ],
)
def test_outcome(system, gold, expected):
    assert outcome(system, gold) == expected


def _system(*rows):
    return pd.DataFrame(
        rows, columns=["quote", "kind", "speaker", "attribution", "start", "end"]
    ).assign(role=None, verb=None, paragraph=1, words=1)


def test_score_article_matches_by_overlap_and_class():
    article = parse_article("date 2024-01-01 H\n\nBody text here for offsets.")
    gold = GoldArticle(
        "x",
        "dev",
        "constructed",
        article,
        (
            GoldQuote(10, 20, "direct", ("Ann Lee",), "a"),
            GoldQuote(30, 40, "indirect", ("Tom Ray",), "b"),
            GoldQuote(50, 55, "ignore", (), "c"),
        ),
    )
    system = _system(
        ("a", "direct", "Ann Lee", "explicit", 12, 18),  # found, right
        ("b", "partial", "Tom Ray", "explicit", 31, 39),  # wrong class: not a match
        ("c", "partial", None, None, 50, 55),  # on an ignored span: not scored
        ("d", "direct", "Zed", "explicit", 60, 70),  # nothing there: a false positive
    )
    rows = score_article(gold, system)
    found = {r.text: r for r in rows if not r.false_positive}
    assert found["a"].found and found["a"].outcome == "correct"
    assert not found["b"].found
    assert [r.text for r in rows if r.false_positive] == ["b", "d"]
    table = summary(rows).set_index("quotations")
    assert table.loc["speech", "false_pos"] == 2
    assert table.loc["reported", "recall"] == 0.0


def test_gold_files_resolve_to_their_articles():
    constructed = [g for g in gold_articles(corpus=GOLD_DIR / "no-corpus-here.jsonl")]
    assert len(constructed) == 15
    assert {g.split for g in constructed} == {"dev", "heldout"}
    for gold in constructed:
        for quote in gold.quotes:
            assert gold.article.text[quote.start : quote.end] == quote.text
    wire = json.loads((GOLD_DIR / "gold-aquaint.json").read_text(encoding="utf-8"))
    assert len(wire["articles"]) == 36
    quotations = [q for a in wire["articles"] for q in a["quotes"] if q["kind"] != "ignore"]
    assert sum(q["kind"] in ("direct", "partial") for q in quotations) >= 200
    assert {a["split"] for a in wire["articles"]} == {"dev", "heldout"}


def test_the_newsroom_gold_resolves_to_its_articles_and_is_built_from_its_source():
    import runpy

    from analysis.quotes.evaluate import newsroom_articles

    articles = list(newsroom_articles())
    held_out = ("heldout", *(f"heldout{n}" for n in range(2, 299)))
    assert len(articles) == 1644
    assert {g.split for g in articles} == {"dev", *held_out}
    for split in held_out:
        assert sum(g.split == split for g in articles) == {
            "heldout9": 4,
            "heldout52": 5,
            "heldout247": 3,
            "heldout248": 3,
            "heldout249": 3,
            "heldout250": 3,
            "heldout251": 3,
            "heldout252": 3,
            "heldout253": 3,
            "heldout254": 3,
            "heldout255": 3,
            "heldout256": 3,
            "heldout257": 3,
            "heldout258": 3,
            "heldout259": 3,
            "heldout260": 3,
            "heldout261": 3,
            "heldout262": 3,
            "heldout263": 3,
            "heldout264": 3,
            "heldout265": 3,
            "heldout266": 3,
            "heldout267": 3,
            "heldout268": 3,
            "heldout269": 3,
            "heldout270": 3,
            "heldout271": 3,
            "heldout272": 3,
            "heldout273": 3,
            "heldout274": 3,
            "heldout275": 3,
            "heldout276": 3,
            "heldout277": 3,
            "heldout278": 3,
            "heldout279": 3,
            "heldout280": 3,
            "heldout281": 3,
            "heldout282": 3,
            "heldout283": 3,
            "heldout284": 3,
            "heldout285": 3,
            "heldout286": 3,
            "heldout287": 3,
            "heldout288": 3,
            "heldout289": 3,
            "heldout290": 3,
            "heldout291": 3,
            "heldout292": 3,
            "heldout293": 3,
            "heldout294": 3,
            "heldout295": 3,
            "heldout296": 3,
            "heldout297": 3,
            "heldout298": 3,
        }.get(split, 6)
    for gold in articles:
        for quote in gold.quotes:
            assert gold.article.text[quote.start : quote.end] == quote.text
    build = runpy.run_path(str(GOLD_DIR.parent.parent / "scripts" / "build_newsroom_gold.py"))
    source = runpy.run_path(str(GOLD_DIR / "source" / "annotations_newsroom.py"))["ARTICLES"]
    written = json.loads((GOLD_DIR / "gold-newsroom.json").read_text(encoding="utf-8"))
    assert written == {"articles": [build["article_entry"](a) for a in source]}  # up to date


def test_a_gold_span_found_in_no_paragraph_or_in_two_is_refused():
    import runpy

    build = runpy.run_path(str(GOLD_DIR.parent.parent / "scripts" / "build_newsroom_gold.py"))
    article = {"id": "x", "split": "dev", "text": "H\n\nHe said no.\n\nHe said no.",
               "gold": [("He said no.", None, "ignore")]}  # fmt: skip
    with pytest.raises(SystemExit, match=r"x: 'He said no\.' is in 2 paragraphs"):
        build["article_entry"](article)
    with pytest.raises(SystemExit, match="is in 0 paragraphs"):
        build["article_entry"]({**article, "gold": [("missing", None, "ignore")]})


def test_scorer_on_the_newsroom_dev_articles_meets_its_floor():
    """A regression floor on the made-up newsroom articles (dev part)."""
    from analysis.quotes.evaluate import evaluate

    table = summary(evaluate(split="newsroom-dev")).set_index("quotations")
    assert table.loc["speech", "recall"] == 100.0
    assert table.loc["speech", "wrong_person_%"] == 0.0
    assert table.loc["reported", "wrong_person_%"] == 0.0
    assert table.loc["speech", "speaker_correct_%"] >= 98.0


def test_scorer_on_the_constructed_dev_articles_meets_its_floor():
    """A regression floor on the articles written for the constructions (dev part)."""
    from analysis.quotes import extract_quotes

    rows = []
    for gold in gold_articles(corpus=GOLD_DIR / "no-corpus-here.jsonl"):
        if gold.split == "dev":
            rows += score_article(gold, extract_quotes(gold.article))
    table = summary(rows).set_index("quotations")
    assert table.loc["speech", "recall"] == 100.0
    assert table.loc["speech", "wrong_person_%"] == 0.0
    assert table.loc["speech", "speaker_correct_%"] >= 95.0
