"""The GUM check of speaker resolution, on a document written for the test in GUM's format."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis import ArticleError
from analysis.quotes.gum import (
    gum_documents,
    gum_scores,
    read_gum,
    score_gum,
    score_gum_pronouns,
)

# "Ann Lee runs the club. “We won,” she said. “We won,” Tom Reed said." with Ann Lee and "she"
# in chain 1, Tom Reed in chain 2; two paragraphs.
_TOKENS = [
    ("# newpar", None),
    ("Ann", "Entity=(1-person-new-x-Ann_Lee"),
    ("Lee", "Entity=1)"),
    ("runs", "_"),
    ("the", "Entity=(3-organization-new-x"),
    ("club", "Entity=3)|SpaceAfter=No"),
    (".", "_"),
    (None, None),
    ("“", "SpaceAfter=No"),
    ("We", "Entity=(4-person-new-x)"),
    ("won", "SpaceAfter=No"),
    (",", "SpaceAfter=No"),
    ("”", "_"),
    ("she", "Entity=(1-person-giv-x)"),
    ("said", "SpaceAfter=No"),
    (".", "_"),
    (None, None),
    ("# newpar", None),
    ("“", "SpaceAfter=No"),
    ("We", "Entity=(5-person-new-x)"),
    ("won", "SpaceAfter=No"),
    (",", "SpaceAfter=No"),
    ("”", "_"),
    ("Tom", "Entity=(2-person-new-x-Tom_Reed"),
    ("Reed", "Entity=2)"),
    ("said", "SpaceAfter=No"),
    (".", "_"),
    (None, None),
]


def _write(folder, name="GUM_news_test"):
    lines = ["# newdoc id = test", "# meta::genre = news", "# meta::title = A test"]
    number = 0
    for form, misc in _TOKENS:
        if form is None:
            lines.append("")
            number = 0
        elif form.startswith("#"):
            lines.append(form)
        else:
            number += 1
            lines.append("\t".join([str(number), form, form, "X", "X", "_", "0", "dep", "_", misc]))
    (folder / "train").mkdir(parents=True, exist_ok=True)
    path = folder / "train" / f"{name}.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_document_becomes_text_with_its_mentions(tmp_path):
    document = read_gum(_write(tmp_path))
    assert document.genre == "news"
    assert "Ann Lee runs the club." in document.text
    assert "“We won,” she said." in document.text
    assert "\n\n“We won,” Tom Reed said." in document.text
    spans = {document.text[s:e]: chain for s, e, chain in document.mentions}
    assert spans["Ann Lee"] == spans["she"] == 1  # a one-token mention opens and closes at once
    assert spans["Tom Reed"] == 2 and spans["the club"] == 3


def test_resolutions_are_scored_against_the_chains(tmp_path):
    _write(tmp_path)
    counts = score_gum(tmp_path)
    assert counts == Counter({("news", "pronoun", "right"): 1, ("news", "name", "right"): 1})
    table = gum_scores(counts).set_index("resolved_by")
    assert table.loc["all", "n"] == 2 and table.loc["pronoun", "right"] == 1.0


def test_every_he_and_she_is_scored_against_its_chain(tmp_path):
    _write(tmp_path)
    # "she" right after the sentence that names Ann Lee, its subject
    assert score_gum_pronouns(tmp_path) == Counter({("news", "outside quotations", "right"): 1})


def test_a_pronoun_resolved_to_someone_outside_its_chain_is_another_person(tmp_path):
    path = _write(tmp_path)
    # the "she" now belongs to chain 2 (Tom Reed's): Ann Lee is another person
    text = path.read_text(encoding="utf-8").replace("(1-person-giv-x)", "(2-person-giv-x)")
    path.write_text(text, encoding="utf-8")
    assert score_gum_pronouns(tmp_path) == Counter({("news", "outside quotations", "other"): 1})


def test_a_pronoun_inside_a_quotation_is_counted_apart(tmp_path):
    path = _write(tmp_path)
    # “She won,” she said: the first "she" is Ann Lee's too, inside her own quotation
    text = path.read_text(encoding="utf-8")
    text = text.replace("\tWe\tWe\t", "\tShe\tShe\t", 1).replace(
        "(4-person-new-x)", "(1-person-giv-x)"
    )
    path.write_text(text, encoding="utf-8")
    counts = score_gum_pronouns(tmp_path)
    assert counts[("news", "inside quotations", "right")] == 1
    assert counts[("news", "outside quotations", "right")] == 1


def test_the_table_by_hand_count():
    counts = Counter({("news", "pronoun", "right"): 3, ("news", "pronoun", "other"): 1,
                      ("fiction", "(none)", "empty"): 4})  # fmt: skip
    by_genre = gum_scores(counts, by="genre").set_index("genre")
    assert by_genre.loc["news", ["right", "other", "n"]].tolist() == [0.75, 0.25, 4]
    assert by_genre.loc["all", ["right", "empty", "n"]].tolist() == [0.375, 0.5, 8]


def test_a_missing_folder_and_a_bad_line_are_named(tmp_path):
    with pytest.raises(ArticleError, match=r"nowhere: GUM is not on this machine"):
        list(gum_documents(tmp_path / "nowhere"))
    bad = tmp_path / "bad.conllu"
    bad.write_text("# meta::title = x\n1\tonly\ttwo\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"bad\.conllu:2: not a CoNLL-U token line"):
        read_gum(bad)
