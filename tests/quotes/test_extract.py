"""Quotations and speakers: our article, tricky patterns, bad quoting."""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis as an
from analysis import extract_quotes, load_article, parse_article, speakers
from analysis.quotes import QUOTE_COLUMNS, SPEAKER_COLUMNS

FIXTURES = Path(__file__).parents[1] / "fixtures"


def rows(frame, kind):
    part = frame[frame["kind"] == kind]
    return list(zip(part["quote"], part["speaker"], part["verb"], strict=True))


def test_our_article_direct_quotes(article):
    frame = extract_quotes(article)
    assert list(frame.columns) == QUOTE_COLUMNS
    direct = rows(frame, "direct")
    assert [(s, v) for _, s, v in direct] == [
        ("Jens Stoltenberg", "added"),
        ("Jens Stoltenberg", "said"),
        ("Jens Stoltenberg", "told"),
        ("a NATO source", "said"),
        ("Jens Stoltenberg", "said"),
    ]
    assert direct[0][0] == (
        "Afghan leadership failure resulted in the tragedy we are witnessing today"
    )
    assert direct[2][0].startswith("What we have witnessed in the last few weeks")


def test_our_article_partial_quotes_and_names(article):
    frame = extract_quotes(article)
    assert rows(frame, "partial") == [
        ("tragedy", "Jens Stoltenberg", "according to"),
        ("fought valiantly", "Jens Stoltenberg", "claimed"),
        ("when conditions permit.", "NATO", "pledged"),
    ]
    names = frame[frame["kind"] == "name"]
    assert names["quote"].tolist() == ["Resolute Support Mission"]
    assert names["speaker"].isna().all()


def test_our_article_indirect_speech(article):
    frame = extract_quotes(article)
    indirect = rows(frame, "indirect")
    # Every "that"-clause after a speech or cognition verb, "albeit he added that ..." too.
    assert [(s, v) for _, s, v in indirect] == [
        ("Jens Stoltenberg", "added"),
        ("Jens Stoltenberg", "stated"),
        ("Jens Stoltenberg", "claimed"),
        ("the 30-country military alliance", "feels"),
        ("Jens Stoltenberg", "said"),
        ("Jens Stoltenberg", "believes"),
    ]
    assert indirect[1][0].startswith("the Taliban would be successful")
    assert indirect[4][0].startswith("NATO’s efforts had weakened")  # "said, insisting that"


def test_offsets_and_word_counts(article):
    frame = extract_quotes(article)
    for row in frame.itertuples():
        assert article.text[row.start : row.end].startswith(row.quote.split(" … ")[0])
    assert frame.set_index("quote").loc["fought valiantly", "words"] == 2
    assert frame["start"].is_monotonic_increasing


def test_speakers_table(article):
    table = speakers(article)
    assert list(table.columns) == SPEAKER_COLUMNS
    assert table["speaker"].tolist() == ["Jens Stoltenberg", "a NATO source", "NATO"]
    assert table["quotes"].tolist() == [6, 1, 1]
    # 11 + 21 + 23 + 7 words of direct quotes, 1 + 2 of partial ones.
    assert table["words"].tolist() == [65, 10, 3]
    # One denominator for every share: the article's 349 word tokens (as term shares use).
    assert table.iloc[0]["share"] == pytest.approx(65 / 349)
    assert table.iloc[0]["share"] == pytest.approx(65 / an.tokens(article)["is_word"].sum())


@pytest.fixture(scope="module")
def tricky():
    return extract_quotes(load_article(FIXTURES / "2022-03-04-quotes.txt"))


def test_straight_quotes_inverted_attribution_and_several_sentences(tricky):
    first = tricky.iloc[0]
    assert first["quote"] == "We will not build on the green belt. Not now, not ever"
    assert (first["kind"], first["speaker"], first["verb"]) == ("direct", "Maria Lopez", "said")


def test_speaker_before_the_quote_with_a_colon(tricky):
    second = tricky.iloc[1]
    assert (second["quote"], second["speaker"], second["verb"]) == (
        "The plan is dead.",
        "Maria Lopez",
        "told",
    )


def test_split_quote_with_nested_single_quotes_is_one_quotation(tricky):
    third = tricky.iloc[2]
    assert third["quote"] == "It's a 'temporary' measure … Nothing more."
    assert (third["speaker"], third["verb"], third["words"]) == ("Maria Lopez", "added", 6)


def test_partial_quote_and_name_in_tricky_fixture(tricky):
    assert rows(tricky, "partial") == [("a missed chance", "Tom Hardy", "said")]
    assert tricky[tricky["kind"] == "name"]["quote"].tolist() == ["Save Our Fields"]


def test_unclosed_quote_stops_at_its_paragraph(tricky):
    last = tricky[tricky["paragraph"] == 6].iloc[0]
    assert last["quote"] == "We followed every rule. We were told it was 'fine.'"
    assert (last["speaker"], last["verb"], last["paragraph"]) == ("Tom Hardy", "insisted", 6)
    assert "council" not in last["quote"]


def test_quote_continued_in_the_next_paragraph(tricky):
    # "“We will appeal,” Hardy said. “The council ignored the experts." — left open — then
    # the next paragraph opens with a quotation mark: the same speaker goes on.
    opened, continued = tricky.iloc[-2], tricky.iloc[-1]
    assert opened["quote"] == "We will appeal … The council ignored the experts."
    assert (opened["speaker"], opened["paragraph"]) == ("Tom Hardy", 8)
    assert continued["quote"] == "It ignored the residents too."
    assert (continued["kind"], continued["speaker"], continued["verb"]) == (
        "direct",
        "Tom Hardy",
        "said",
    )


def test_split_quote_in_one_sentence(fixture_article):
    frame = extract_quotes(fixture_article)
    assert (
        frame.iloc[-1]["quote"] == "We expect the islands to grow again … as they did in the 1990s."
    )
    assert frame.iloc[-1]["speaker"] == "Anna Reyes"
    assert frame.iloc[0]["speaker"] == "Anna Reyes"  # "Mayor Anna Reyes": title dropped
    assert speakers(fixture_article)["speaker"].tolist() == [
        "Anna Reyes",
        "a spokesman for the Kelby Fishermen’s Association",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An unclosed quote stops at its paragraph's end.
        ("“An opening mark never closed.\n\nNext paragraph stays out.",
         [("An opening mark never closed.", "direct")]),
        # Straight marks pair in order; an empty pair is no quotation.
        # Short fragments that nothing attributes are scare quotes, not speech.
        ('"" Empty quotes " and stray " marks "', [("and stray", "scare")]),
        # Both marks typed the wrong way round: their places make the quotation.
        ("”Closing first“ then opening.", [("Closing first", "direct")]),
        # A closing mark after a space and before a space opens nothing.
        ("A ” stray mark, then “an opening one.", [("an opening one.", "scare")]),
        # An opening mark with nothing after it quotes nothing.
        ("He said: “", []),
    ],
)  # fmt: skip
def test_bad_quoting_never_crashes_or_swallows(body, expected):
    article = parse_article(f"date 2021-01-01 H\n\n{body}\n")
    frame = extract_quotes(article)
    assert list(frame.columns) == QUOTE_COLUMNS
    assert list(zip(frame["quote"], frame["kind"], strict=True)) == expected
    assert frame["speaker"].isna().all()  # nothing in these texts names a speaker


def test_article_without_quotes():
    article = parse_article(" date 2021-08-17 Only a headline\n")
    assert extract_quotes(article).empty
    assert list(speakers(article).columns) == SPEAKER_COLUMNS
    assert speakers(article).empty


def test_long_text_keeps_every_quotation(article):
    """Its speed (quadratic speaker lookups once took 30 s) is measured by `make bench`."""
    body = "\n\n".join([article.body] * 120)  # about 290 KB, 600 quotations
    big = parse_article(f" date 2021-08-17 Long\n\n{body}\n")
    frame = extract_quotes(big)
    assert (frame["kind"] == "direct").sum() == 5 * 120


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "“The tourism industry is sensitive,” said Ms. Mkimbo.",
            ("The tourism industry is sensitive", "direct", "Mkimbo", "said"),
        ),
        (
            "``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi, who left.",
            ("It was definitely a bomb", "direct", "a U.S. Embassy official", "said"),
        ),
        (
            "Secretary of State Madeleine Albright said it was “a tragedy.”",
            ("a tragedy.", "partial", "Madeleine Albright", "said"),
        ),
        (
            "“We lost,” said Maureen Connelly, a media consultant.",
            ("We lost", "direct", "Maureen Connelly", "said"),
        ),
    ],
)
def test_wire_copy_attributions(body, expected):
    frame = extract_quotes(parse_article(f"date 2000-01-01 H\n\n{body}\n"))
    frame = frame[frame["kind"] != "indirect"]
    assert len(frame) == 1
    assert tuple(frame.iloc[0][["quote", "kind", "speaker", "verb"]]) == expected


def test_banner_is_not_a_speaker():
    body = "Mayor Ann Lee spoke. Two men carried a banner that said “Keep Elian here.”"
    frame = extract_quotes(parse_article(f"date 2000-01-01 H\n\n{body}\n"))
    assert frame.iloc[0]["speaker"] is None  # not "Two men carried a banner that"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # names written with the letters of French, Spanish, Polish, Turkish and Czech news:
        # a diacritic first, inside, or in every part; the speaker comes out whole
        ('Mexican President Enrique Peña Nieto met them. "We want cooperation," he said.',
         "Enrique Peña Nieto"),
        ('Mélanie Joly, the foreign minister, spoke. "Canada is ready," said Joly.',
         "Mélanie Joly"),
        ('"It is too late," said Émile Durand, a farmer from Québec.', "Émile Durand"),
        ("Recep Tayyip Erdoğan said Turkey would wait.", "Recep Tayyip Erdoğan"),
        ('"We will see," Łukasz Żurek told reporters.', "Łukasz Żurek"),
        ("According to Tomáš Dvořák, the vote was close.", "Tomáš Dvořák"),
        ('Sebastián Piñera, the president, arrived. "We are ready," Piñera said.',
         "Sebastián Piñera"),
        # a given name the lists hold without its accent ("angel"): a person, a man
        ('Ángel Di María scored twice. "I am happy," Di María said.', "Ángel Di María"),
    ],
)  # fmt: skip
def test_speakers_with_diacritics_come_out_whole(body, speaker, last_speaker):
    assert last_speaker(body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a quotation nested at the end of a quotation: its comma still calls for the
        # attribution after the marks
        (
            "Grant Green spoke first. Meantime \"It's easy for her to say 'I'm the only one,'\" "
            "Green said.",
            "Grant Green",
        ),
        (
            "''I would call it 'old-school,''' said Greg Slayton, a donor.",
            "Greg Slayton",
        ),
        # a question or a full stop, then the name with a description set off by commas
        (
            '"How do we win Loudoun?" Will Estrada, the chairman for the exurb, said of it.',
            "Will Estrada",
        ),
        ('"We have won." Ann Reyes, a spokeswoman for the city, said on Monday.', "Ann Reyes"),
        # words that open with a preposition name no one: the speaker comes after them
        (
            "“He is saying the right things” about fixing inequality and enabling unions, said "
            "Marla Kilfoyle, a teacher.",
            "Marla Kilfoyle",
        ),
        # a preposition opening the sentence is no part of the name after it
        (
            'Jared Sexton teaches writing. To Sexton, the rally was a warning. "It scared me," '
            "Sexton said.",
            "Jared Sexton",
        ),
    ],
)
def test_the_attribution_after_a_quotation_is_read_through_what_ends_it(
    body, speaker, last_speaker
):
    assert last_speaker(body) == speaker


def test_a_sentence_of_its_own_after_a_quotation_is_still_no_attribution():
    frame = extract_quotes(
        parse_article('date 2016-01-15 H\n\n"It is over." They understand, he said, that it is.\n')
    )
    assert frame["speaker"].isna().all()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "as X put it:" with X's description set off by commas
        (
            "Or, as Tom Ridge, a former secretary of homeland security, put it: ''The "
            "barbarians are no longer at the gate.''",
            "Tom Ridge",
        ),
        ("As Ann Reyes, the mayor, said: “We are ready.”", "Ann Reyes"),
        # a speech verb with its addressee before the colon
        ('In response, Donald Trump wrote to Roffman: "Only a fool would send that."',
         "Donald Trump"),
        ("Mayor Ann Reyes explained to the committee: “The budget is short.”", "Ann Reyes"),
    ],
)  # fmt: skip
def test_an_introduction_names_its_speaker_past_a_description_or_an_addressee(
    body, speaker, last_speaker
):
    assert last_speaker(body) == speaker


def test_said_to_be_is_no_introduction():
    frame = extract_quotes(
        parse_article("date 2016-01-15 H\n\nThe plan is said to be: “simple and cheap.”\n")
    )
    assert frame["speaker"].isna().all()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mélanie Joly declined to comment. A spokesman for Joly said she was travelling.",
         "a spokesman for Joly"),
        ("Ann Reyes was not in court. A lawyer for Reyes said she would appeal.",
         "a lawyer for Reyes"),
        ("Elian Gonzalez, 6, was rescued at sea. The grandmother of Elian Gonzalez said she "
         "would travel to Miami.", "the grandmother of Elian Gonzalez"),
        # an organisation speaks through its spokesman: it stays the source
        ("A spokesman for Metro Research said the market fell.", "Metro Research"),
        ("Kevin Brady, chairman of the House Ways and Means Committee, said the tax would wait.",
         "Kevin Brady"),
    ],
)  # fmt: skip
def test_whom_a_role_serves_is_not_the_speaker_and_an_office_is_not_the_name(
    body, speaker, last_speaker
):
    assert last_speaker(body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a verb of any meaning before the name, and a relative clause or a place after it
        ("“This is fantastic!” beamed Donald Hartley, who snuck onto the floor.",
         "Donald Hartley"),
        ("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the "
         "floor.", "Donald Hartley"),
        # a clause about something else is still no frame
        ("“It is over,” the crowd roared, which startled the mayor.", None),
    ],
)  # fmt: skip
def test_an_any_verb_frame_ends_before_what_describes_its_speaker(body, speaker, last_speaker):
    assert last_speaker(body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "both" before a plural noun is its determiner (was "candidates")
        ("Both candidates said the governor should resign.", "Both candidates"),
        ("Both men said they were tired.", "Both men"),
        # guards: before names, or before "the", a focus word the subject goes without
        ("Both Clinton and Sanders said the governor should resign.", "Clinton and Sanders"),
        ("Both the mayor and the chief said they agreed.", "the mayor and the chief"),
    ],
)
def test_both_before_a_plural_noun_is_part_of_the_speaker(body, speaker, last_speaker):
    assert last_speaker(body) == speaker


def test_both_before_a_verb_is_no_speakers_determiner():
    # guard (PolNeAR): "both" then a verb is the subject itself, not "both oppose ..." as
    # the speaker of what the formula is called
    frame = extract_quotes(
        parse_article(
            "date 2016-01-15 Headline\n\nOn Social Security, both oppose an inflation formula "
            'called the "chained CPI" that would lower payments.\n'
        )
    )
    assert frame["speaker"].isna().all()


def test_it_after_the_company_is_the_company_the_sentence_before_opens_with(last_speaker):
    body = (
        "Loblaw Companies Ltd. said suppliers were behind the increase. In a statement, the "
        "company said it had pushed back on price increases. It added that its margins had "
        "not grown."
    )
    assert last_speaker(body) == "Loblaw Companies Ltd."
