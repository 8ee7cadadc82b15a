"""Organisations that open a sentence or that an appositive shows a company
(analysis.quotes.organisations), read by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import extract_quotes, parse_article
from analysis.quotes.organisations import (
    companies_introduced,
    company_named_shorter,
    it_refers_to,
    opening_company_noun,
    opening_document,
    opening_organisation,
    without_kind,
)


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("OTTAWA — Shopify Inc. shares rose 4 per cent.", "Shopify Inc."),
        ("The Trump campaign said it would appeal.", "the Trump campaign"),
        ("NATO is training troops.", "NATO"),
        # a person, a name without an organisation's word, a function word: none
        ("Ann Reyes said the plan would work.", None),
        ("Clearpath Health laid off 45 staff.", None),
        ("But the plan failed.", None),
        # past a short opening phrase (was none: "In a news release, the OPP said ... It
        # said" gave the second report no speaker)
        ("In a news release, the OPP said the fire was reported at 3 a.m.", "the OPP"),
        ("On Monday, NATO said it would send troops.", "NATO"),
        # a name before "which": a thing, an organisation (was none)
        ("Foodtastic, which owns the chain, declined to comment.", "Foodtastic"),
        # what kind of organisation it is, before its name (was none)
        (
            "Pipeline operator Plains Midstream Canada said the line was shut.",
            "Plains Midstream Canada",
        ),
        ("Energy company Suncor said profits rose.", "Suncor"),
        # guards: a person after an opening phrase; a person before "who"
        ("In Ottawa, Tom Smith said the plan would work.", None),
        ("Ann Reyes, who owns the chain, declined to comment.", None),
    ],
)
def test_the_organisation_a_sentence_opens_with(sentence, organisation):
    assert opening_organisation(sentence) == organisation


@pytest.mark.parametrize(
    ("sentences", "companies"),
    [
        # an appositive whose noun is a company's, before a relative clause or a stop
        (
            ["VANCOUVER — Clearpath Health, a Vancouver startup that makes software, cut jobs."],
            ["Clearpath Health"],
        ),
        (["But Magna International, the auto parts maker, cut jobs."], ["Magna International"]),
        # a shorter form of a name before it is the same company; a longer one replaces it
        (
            ["Magna International, the auto parts maker, cut jobs.", "Magna, a supplier, said."],
            ["Magna International"],
        ),
        (["Magna, the auto parts maker, cut jobs.", "Magna Inc. shares fell."], ["Magna Inc."]),
        # two companies, in order
        (
            ["Shopify Inc. shares rose.", "Lightspeed, a Montreal software developer, fell."],
            ["Shopify Inc.", "Lightspeed"],
        ),
        # a company by its legal suffix wherever it stands: a second company (was one)
        (
            ["Cineplex Inc. said it would sue Cineworld Group PLC after the chain walked away."],
            ["Cineplex Inc.", "Cineworld Group PLC"],
        ),
        # no company: a public body; an appositive whose noun is no company's; none at all
        (["The Justice Department Inc. opened an inquiry."], []),
        (["Ann Reyes, a nurse at the clinic, said it closed."], []),
        (["The plant closed on Friday."], []),
    ],
)
def test_the_companies_sentences_introduce(sentences, companies):
    assert companies_introduced(sentences) == companies


@given(st.lists(st.text(max_size=80), max_size=4))
def test_the_companies_of_any_text_are_names_from_it(sentences):
    for name in companies_introduced(sentences):
        assert name and any(name in s for s in sentences)


def test_a_members_association_is_no_company():
    # guard (newsroom n319): "the carrier" is not the pilots' association that a "which"
    # now shows an organisation
    sentences = [
        "The Air Line Pilots Association, which represents 1,800 pilots, said the vote "
        "showed frustration.",
        "WestJet said it was disappointed.",
    ]
    assert companies_introduced(sentences) == []


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("In a statement, the company said it had pushed back.", "the company"),
        ("The bank said profits fell.", "the bank"),
        # guards: no company's noun; the noun not the subject of a speech verb
        ("The union said members were angry.", None),
        ("The company's shares fell.", None),
    ],
)
def test_a_companys_noun_opening_a_sentence_as_its_speaker(sentence, noun):
    assert opening_company_noun(sentence) == noun


@pytest.mark.parametrize(
    ("sentence", "document"),
    [
        ("The CRTC report, released Monday, found that Rogers erred.", "The CRTC report"),
        ("A study by Harvard University found that sleep matters.",
         "A study by Harvard University"),
        ("The latest Angus Reid poll shows the Liberals ahead.", "The latest Angus Reid poll"),
        # no document: an organisation, a person, a message
        ("NATO is training troops.", None),
        ("The report's author, Ann Reyes, said it was late.", None),
        ("The statement said the talks had failed.", None),
    ],
)  # fmt: skip
def test_the_document_a_sentence_opens_with(sentence, document):
    assert opening_document(sentence) == document


def test_it_after_a_report_is_the_report_not_the_body_named_in_it(speakers):
    body = (
        "The CRTC report, released Monday, found that Rogers had removed a key safeguard. "
        "It says the company lacked a plan to talk to its customers."
    )
    # was "the CRTC", the organisation inside the report's name
    assert speakers(body) == ["the CRTC report", "The CRTC report"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["NATO is training troops."], "NATO"),
        (["The CRTC report, released Monday, found that Rogers erred."], "The CRTC report"),
        # a description of a company: the one company introduced before it
        (["Toronto-Dominion Bank reported a drop in profit.", '"We own this," he said.',
          "Canada's second-largest lender set aside another US$2.6 billion."],
         "Toronto-Dominion Bank"),
        # two companies before: unsure
        (["Toronto-Dominion Bank and Royal Bank of Canada Inc. reported.",
          "Canada's second-largest lender set aside more."], None),
        ([], None),
    ],
)  # fmt: skip
def test_what_an_it_opening_the_next_sentence_refers_to(sentences, expected):
    assert it_refers_to(sentences) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("English-rights group the Quebec Community Groups Network",
         "the Quebec Community Groups Network"),
        ("advocacy group the Sierra Club", "the Sierra Club"),
        # guards: a person of the organisation; no name after "the"
        ("a member of the group the Sierra Club", "a member of the group the Sierra Club"),
        ("a spokesman for the group", "a spokesman for the group"),
    ],
)  # fmt: skip
def test_what_kind_of_organisation_a_name_after_the_is_goes(phrase, expected):
    assert without_kind(phrase) == expected


def test_it_after_a_body_that_spoke_by_its_noun_is_that_body():
    sentences = [
        "A Vancouver adviser ran a Ponzi scheme, the B.C. Securities Commission alleged.",
        "In a notice of hearing, the commission said Derek Chan promised returns of 12 per cent.",
    ]
    # was no one: "the commission" is no company's noun
    assert it_refers_to(sentences) == "the commission"
    # guard: a party is no "it" of its own here
    assert it_refers_to(["The party said the vote was over."]) is None


def test_a_companys_arm_in_a_country_is_part_of_its_name():
    # was "Ford Motor Co.", the statement's company another than the article's
    assert companies_introduced(["Unifor and Ford Motor Co. of Canada reached a deal."]) == [
        "Ford Motor Co. of Canada"
    ]
    # guard: a city after "of" is where it is, no part of the name
    assert companies_introduced(["Shares of Shopify Inc. of Ottawa rose."]) == ["Shopify Inc."]


def test_the_document_a_sentence_opens_with_keeps_what_it_was_of():
    assert opening_document("The survey of 2,000 workers found that few had training.") == (
        "The survey of 2,000 workers"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an organisation is of is part of its name (was "Royal Bank", so "Canada's
        # biggest bank" after it resolved to a name the gold does not know)
        ("TORONTO — Royal Bank of Canada reported a profit of $4.3 billion.",
         "Royal Bank of Canada"),
        ("Bank of Montreal reported a profit.", "Bank of Montreal"),
        # guard: an office of a place and a person's name after it is no organisation
        ("Governor of Texas Greg Abbott said the wall would rise.", None),
    ],
)  # fmt: skip
def test_an_opening_organisations_name_keeps_what_it_is_of(text, expected):
    from analysis.quotes.organisations import opening_organisation

    assert opening_organisation(text) == expected


def test_it_after_a_company_named_by_a_shorter_form_of_its_name():
    # "Canadian Tire, in a statement, said ... It said": the company introduced as "Canadian
    # Tire Corp." (was no one: the shorter name has no company's word, and the comma after it
    # hid it from the opening-organisation reading)
    sentences = [
        "TORONTO — Canadian Tire Corp. will close 20 stores, the retailer said Thursday.",
        "Canadian Tire, in a statement, said the stores had not met its expectations.",
    ]
    assert it_refers_to(sentences) == "Canadian Tire Corp."
    # guards: a person's name opening the sentence; a name no company introduced opens with
    assert it_refers_to([sentences[0], "Ann Reyes, in a statement, said it was sad."]) is None
    assert it_refers_to([sentences[0], "Canadian Pacific, in a statement, said it was."]) is None


def test_a_company_named_by_a_shorter_form_of_its_name_speaks_as_the_company():
    # "In a statement, Vale said" after "Vale Base Metals will lay off": the company in full,
    # as a person's surname takes their full name (was "Vale")
    frame = extract_quotes(parse_article(
        "A headline\n\nSUDBURY, Ont. — Vale Base Metals will lay off 300 workers, the company "
        "said Wednesday.\n\nIn a statement, Vale said low prices had made the mine "
        "unprofitable.\n"
    ))  # fmt: skip
    assert list(frame["speaker"]) == ["Vale Base Metals", "Vale Base Metals"]
    assert frame["resolved_by"].iloc[1] == "fuller name"
    # guards: a name no company introduced opens with; a person's surname
    assert company_named_shorter("Vale", ["Vale Base Metals will lay off 300 workers."]) == (
        "Vale Base Metals"
    )
    assert company_named_shorter("Canadian Pacific", ["Canadian Tire Corp. will close."]) is None
    frame = extract_quotes(parse_article(
        "A headline\n\nTORONTO — Ann Vale, a nurse, said the ward was full.\n\nIn a "
        "statement, Vale said she was tired.\n"
    ))  # fmt: skip
    assert frame["speaker"].iloc[1] == "Ann Vale"


def test_it_after_a_companys_noun_and_its_name_set_off_is_the_company():
    # "The company, Mosaic, said in a statement ... It said": Mosaic (was nobody)
    sentences = [
        "SASKATOON — About 600 workers went on strike Sunday.",
        "The company, Mosaic, said in a statement that its offer was fair.",
    ]
    assert it_refers_to(sentences) == "Mosaic"
    # a guard: no company's noun
    assert it_refers_to([sentences[0], "The mayor, Ann Reyes, said it was sad."]) != "Ann Reyes"


def test_a_quotation_opening_a_sentence_names_no_organisation():
    # '"Commerce is changing ...," he said': quoted words, no subject (was "Commerce", an
    # organisation's word, so "The Ottawa-based company said" after it went to it)
    assert opening_organisation('"Commerce is changing faster than ever," he said.') is None
    assert opening_organisation("Commerce Bank reported a loss.") == "Commerce Bank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MONTREAL — Northvolt has paused its plant for a year,", "Northvolt"),
        ("Garrison Brewing will keep its brand,", "Garrison Brewing"),
        ("In a filing, Ubisoft said it was laying off 90 people,", "Ubisoft"),
        # no company: a given name first, a place, a nation, a common word, a plural noun,
        # words quoted
        ("Maria Lopez has paused her plans,", None),
        ("Ottawa has paused the plant,", None),
        ("Canada has paused the plant,", None),
        ("Shares rose 4 per cent,", None),
        ("Investors have lost patience,", None),
        ("Revenue rose 31 per cent,", None),
        ('"Northvolt is done," he said,', None),
    ],
)  # fmt: skip
def test_a_name_opening_what_a_companys_noun_reports_is_the_company(text, expected):
    from analysis.quotes.organisations import opening_company

    assert opening_company(text) == expected


def test_a_companys_noun_reporting_a_clause_names_the_company_opening_it(speakers):
    body = (
        "MONTREAL — Northvolt has paused construction of its battery plant for at least a "
        "year, the Swedish company announced Tuesday.\n\nShares of suppliers fell 4 per cent, "
        "the company said."
    )
    # was "the Swedish company", the description kept though the sentence names the company
    # (guard: no company opens the second sentence: its shares are no speaker)
    assert speakers(body) == ["Northvolt", "the company"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set off before an appositive that says what company it is (was None: "the
        # company said" after it left unresolved)
        ("TORONTO — Lumenwise, a Toronto company that builds tools for hospitals, has raised "
         "$200 million,", "Lumenwise"),
        ("Magna International, the auto parts maker, will cut 500 jobs,", "Magna International"),
        # guards: a person's given name first; an appositive that is no company's
        ("Ann Li, the company's founder, will step down,", None),
        ("Ann Li, a Toronto retailer, will step down,", None),
        ("Lumenwise, a Toronto neighbourhood, has grown,", None),
    ],
)  # fmt: skip
def test_an_opening_name_a_company_by_its_appositive(text, expected):
    from analysis.quotes.organisations import opening_organisation

    assert opening_organisation(text) == expected
