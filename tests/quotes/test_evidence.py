"""The evidence for each speaker: the mention in the text and how it leads to the name."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import extract_quotes, parse_article
from analysis.quotes import QUOTE_COLUMNS, RESOLVED_BY


def _article(*paragraphs: str):
    return parse_article("\n\n".join(["2024-05-01 Headline", *paragraphs]))


def _evidence(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(speaker, mention as written, resolved_by) of every speech row, in text order."""
    article = _article(*paragraphs)
    frame = extract_quotes(article)
    frame = frame[frame["kind"].isin(["direct", "partial", "indirect"])]
    found = []
    for row in frame.itertuples():
        mention = None
        if row.speaker_start is not None and row.speaker_start is not pd.NA:
            mention = article.text[row.speaker_start : row.speaker_end]
        found.append((row.speaker, mention, row.resolved_by))
    return found


def test_the_columns_are_documented():
    assert QUOTE_COLUMNS[-3:] == ["speaker_start", "speaker_end", "resolved_by"]
    frame = extract_quotes(_article("“We will win,” said Maria Lopez."))
    assert str(frame["speaker_start"].dtype) == "Int64"
    assert set(frame["resolved_by"].dropna()) <= set(RESOLVED_BY)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We will win,” said Maria Lopez.", "Maria Lopez"),
        ("“We will win,” Maria Lopez said on Tuesday.", "Maria Lopez"),
        ("Maria Lopez said: “We will win.”", "Maria Lopez"),
        ("“We will win,” said Mayor Maria Lopez.", "Mayor Maria Lopez"),
    ],
)
def test_a_name_is_its_own_evidence(text, mention):
    assert _evidence(text)[0] == ("Maria Lopez", mention, "name")


@pytest.mark.parametrize(
    "later",
    [
        "“It is over,” Lopez said.",
        "“It is over,” said Lopez.",
        "Lopez said the race was over.",
    ],
)
def test_a_surname_leads_to_the_full_name_given_earlier(later):
    found = _evidence("Maria Lopez, the mayor, spoke on Monday.", later)
    assert found[-1] == ("Maria Lopez", "Lopez", "fuller name")


@pytest.mark.parametrize(
    "text",
    [
        "“It is over,” said Maria Lopez, the mayor of Springfield.",
        "“It is over,” said the mayor of Springfield, Maria Lopez.",
        "“It is over,” Maria Lopez, the mayor of Springfield, said.",
        "Maria Lopez, the mayor of Springfield, said: “It is over.”",
        "The mayor of Springfield, Maria Lopez, said the race was over.",
    ],
)
def test_an_appositive_in_either_order_gives_the_name_and_the_role(text):
    article = _article(text)
    row = extract_quotes(article).iloc[0]
    assert (row["speaker"], row["role"], row["resolved_by"]) == (
        "Maria Lopez", "mayor of Springfield", "name")  # fmt: skip
    assert article.text[row["speaker_start"] : row["speaker_end"]] == "Maria Lopez"


@pytest.mark.parametrize("pronoun", ["he", "He"])
def test_a_pronoun_is_the_mention_and_its_antecedent_the_speaker(pronoun):
    text = "“It is over,” he said." if pronoun == "he" else "He said the race was over."
    found = _evidence("John Reed, the coach, spoke after the game.", text)
    assert found[-1] == ("John Reed", pronoun, "pronoun")


@pytest.mark.parametrize(
    "later",
    ["“We will appeal,” the spokeswoman said.", "The spokeswoman said they would appeal."],
)
def test_a_role_noun_leads_to_the_source_named_with_it(later):
    found = _evidence("“We disagree,” said a Ford spokeswoman.", later)
    assert found[0] == ("a Ford spokeswoman", "a Ford spokeswoman", "description")
    assert found[-1] == ("a Ford spokeswoman", later.split(" said")[0].split("” ")[-1],
                         "earlier role")  # fmt: skip


def test_a_continued_quotation_points_at_the_mention_of_the_one_before():
    article = _article("“We will win,” said Maria Lopez.", "“Nobody will stop us.”")
    frame = extract_quotes(article)
    first, second = frame.itertuples()
    assert second.resolved_by == "previous quotation"
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)


def test_no_speaker_no_evidence():
    frame = extract_quotes(_article("The plan was “dead on arrival” for many."))
    row = frame.iloc[0]
    assert row["speaker"] is None and row["resolved_by"] is None
    assert row["speaker_start"] is pd.NA and row["speaker_end"] is pd.NA


_FIRST = ["Maria", "John", "Ana", "Peter"]
_LAST = ["Lopez", "Reed", "Okafor", "Lindqvist"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_FIRST),
    st.sampled_from(_LAST),
    st.sampled_from(["said", "added", "told reporters", "warned"]),
    st.sampled_from(["before", "after"]),
)
def test_the_mention_is_where_the_text_names_the_speaker(first, last, verb, order):
    name = f"{first} {last}"
    text = (f"“We will win,” {name} {verb}." if order == "after"
            else f"{name} {verb}: “We will win.”")  # fmt: skip
    article = _article(text)
    row = extract_quotes(article).iloc[0]
    assert row["speaker"] == name
    assert article.text[row["speaker_start"] : row["speaker_end"]] == name


@pytest.mark.parametrize(
    "descriptor",
    ["the professor", "the lanky, bespectacled professor", "the soft-spoken professor",
     "the veteran economics professor"],
)  # fmt: skip
def test_a_described_speaker_is_the_person_named_with_that_role_before(descriptor):
    found = _evidence(
        "Ann Whitfield, a professor of history at Leeds, studies old maps.",
        f"“Maps lie,” {descriptor} said.",
    )
    assert found[-1] == ("Ann Whitfield", descriptor, "earlier role")


def test_a_descriptor_either_person_named_may_be_names_no_one():
    # two people in the sentence before: neither is sure to be the professor, and either
    # may be (was the description as the speaker): no one named, the mention kept
    found = _evidence(
        "Ann Whitfield and Tom Reyes study old maps.", "“Maps lie,” the lanky professor said."
    )
    assert found[-1] == (None, "the lanky professor", None)


def test_a_descriptor_no_one_was_named_before_stays_a_description():
    found = _evidence("The museum reopened.", "“Maps lie,” the lanky professor said.")
    assert found[-1] == ("the lanky professor", "the lanky professor", "description")


def test_a_descriptor_after_a_sentence_about_one_person_is_that_person():
    # what someone is, said of the one person the sentence before is about (this session's
    # rule; the test before it expected a description here)
    found = _evidence("Ann Whitfield studies old maps.", "“Maps lie,” the lanky professor said.")
    assert found[-1] == ("Ann Whitfield", "the lanky professor", "subject before")


# -- speaker_evidence: the sentence of each mention, cut at the mention -------------------


def test_the_sentence_of_each_mention_put_back_together(article):
    from analysis import extract_quotes as quotes_of
    from analysis.quotes.evidence import EVIDENCE_COLUMNS, speaker_evidence

    frame = speaker_evidence(article)
    assert list(frame.columns) == EVIDENCE_COLUMNS
    quotes = quotes_of(article)
    speech = quotes[quotes["kind"].isin(["direct", "partial", "indirect"])]
    assert len(frame) == speech["speaker_start"].notna().sum() == 14
    for row in frame.itertuples():
        sentence = f"{row.before}{row.mention}{row.after}"
        assert sentence in article.text
        assert row.mention in {"he", "He", "It", "Stoltenberg", "a NATO source",
                               "NATO Secretary-General Jens Stoltenberg",
                               "the 30-country military alliance"}  # fmt: skip
    first = frame.iloc[2]  # “Afghan leadership failure ...,” Stoltenberg added.
    assert (first["mention"], first["after"], first["resolved_by"]) == (
        "Stoltenberg", " added.", "fuller name")  # fmt: skip


def test_a_limit_spreads_the_rows_over_the_article(article):
    from analysis.quotes.evidence import speaker_evidence

    every = speaker_evidence(article)
    some = speaker_evidence(article, limit=5)
    assert (
        len(some) == 5 and some["quote"].tolist() == every["quote"].iloc[[0, 2, 5, 8, 11]].tolist()
    )
    assert speaker_evidence(article, limit=0).empty
    assert len(speaker_evidence(article, limit=100)) == len(every)
    with pytest.raises(ValueError, match="limit must be 0 or more"):
        speaker_evidence(article, limit=-1)


def test_an_article_without_quotations_has_no_evidence():
    from analysis.quotes.evidence import speaker_evidence

    assert speaker_evidence(_article("Nothing was said here at all.")).empty


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ('Linda Chen spoke. "She was the kindest person I knew," she said.', "she said"),
        ('Tom Lee spoke. "He was kind," he said. "He was good."', "he said"),
    ],
)
def test_a_pronoun_speaker_is_marked_where_it_speaks_not_where_the_quotation_opens(body, mention):
    article = parse_article(f"A headline\n\n{body}\n")
    row = extract_quotes(article).iloc[0]
    assert row["speaker_start"] == article.text.index(mention)
    assert article.text[row["speaker_start"] : row["speaker_end"]] == mention.split()[0]


@pytest.mark.parametrize("body", ["panel", "tribunal", "commission", "regulator", "watchdog"])
def test_a_body_named_again_by_its_noun_is_the_one_described_before(body):
    # "the panel" after "the discipline panel" was kept as "the panel" (shorter)
    found = _evidence(
        f"In its decision, the discipline {body} wrote that Kwan had shown no insight.",
        f"“The public must be protected,” the {body} wrote.",
    )
    assert found[-1] == (f"the discipline {body}", f"the {body}", "earlier role")
