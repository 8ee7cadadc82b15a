"""The structure of sentences from the language model, and subjects with their extents."""

from __future__ import annotations

import analysis as an


def test_tokens_carry_offsets_tags_and_heads(article):
    table = an.syntax(article)
    assert list(table.columns) == [
        "token", "text", "start", "end", "paragraph", "tag", "dep", "head",
    ]  # fmt: skip
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.text
    assert table["token"].tolist() == list(range(len(table)))
    assert table["head"].between(0, len(table) - 1).all()
    assert set(table["paragraph"]) == set(range(0, 11))  # the headline and ten paragraphs
    roots = table[table["dep"] == "ROOT"]
    assert (roots["head"] == roots["token"]).all()  # a root depends on itself
    # a head is always in the same paragraph: paragraphs are parsed apart
    heads = table.set_index("token")["paragraph"]
    assert (table["paragraph"].to_numpy() == heads.loc[table["head"]].to_numpy()).all()


def test_subjects_of_speech_verbs_in_our_article(article):
    found = an.subjects(article)
    pairs = set(zip(found["verb"], found["subject"], strict=True))
    assert {("said", "Stoltenberg"), ("told", "Stoltenberg"), ("stated", "Stoltenberg")} <= pairs
    for row in found.itertuples():
        assert article.text[row.start : row.end] == row.subject
        assert article.text[row.verb_start : row.verb_end] == row.verb
        assert row.subject[0] not in "“”\",'"  # no quotation mark or comma at the edge


def test_a_passive_subject_is_marked():
    article = an.Article.from_parts("The bridge was closed by the police on Monday.")
    found = an.subjects(article)
    assert found[["verb", "subject", "passive"]].values.tolist() == [["closed", "The bridge", True]]
