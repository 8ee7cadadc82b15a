"""Organisations that open a sentence ("Shopify Inc. shares rose", "The Trump campaign
said"), and companies an appositive or a legal suffix introduces ("Clearpath Health, a
Vancouver startup", "Cineworld Group PLC"): what an "it" or "the company" after them stands
for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.article import Article
from analysis.language.english.affiliations import AFFILIATION_SYNONYMS, NATIONALITIES
from analysis.language.english.given_names import census_gender
from analysis.language.english.speech import (
    COMPANY_NOUNS,
    FINDING_DOCUMENTS,
    ORGANISATION_KINDS,
    ORGANISATION_WORDS,
    PUBLIC_BODY_WORDS,
)
from analysis.language.english.vocabulary import dictionary_words, easy_words
from analysis.language.geonames import is_place
from analysis.patterns import alternation, compiled
from analysis.quotes.names import _FUNCTION
from analysis.quotes.openings import _DATELINE

__all__ = [
    "companies_introduced",
    "it_refers_to",
    "opening_company",
    "opening_company_noun",
    "opening_document",
    "opening_organisation",
    "without_kind",
]


#: An organisation's name opening a sentence, and the word after it: "Shopify Inc. shares",
#: "The Trump campaign said".
_OPENING_ORGANISATION = compiled(
    r"\W*(?:(?:In|On|At|Earlier|Later|After|Before|Since)\b[^,;:\"“”]{0,40},\s+)?(?:[Tt]he\s+)?"
    # what kind of organisation it is first: "Pipeline operator Plains Midstream Canada said"
    rf"(?P<kind>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:{alternation(ORGANISATION_KINDS)})\s+)?"
    r"(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,5}?[A-Z][\w.&'’-]*"
    # what it is of: "Royal Bank of Canada", "Bank of Montreal"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.&'’-]*)?"
    r"(?:\s+(?:campaign|administration|government|ministry|team|company|committee))?)"
    r"(?:(?P<which>,\s+which\s+)|\s+)[a-z]"
)


def _opening_name(text: str) -> tuple[re.Match[str], str] | None:
    """The match of :data:`_OPENING_ORGANISATION` at the start of ``text`` past a dateline,
    and the name as written with its "the" ("the Trump campaign"); None when ``text`` opens
    with words quoted ('"Commerce is changing ...," he said': no subject) or no name."""
    text = _DATELINE.sub("", text, count=1)
    match = _OPENING_ORGANISATION.match(text)
    if match is None or text.lstrip()[:1] in "\"“'‘`":
        return None
    the = text[: match.start("name")].rstrip().endswith(("The", "the"))
    return match, ("the " + match["name"]) if the else match["name"]


def opening_organisation(text: str) -> str | None:
    """The organisation ``text`` opens with, past a dateline ("OTTAWA — Shopify Inc. shares
    rose") and a short opening phrase ("In a news release, the OPP said"): a name with an
    organisation's word ("Inc.", "campaign"), in capitals ("NATO") or before "which"
    ("Foodtastic, which owns the chain,"), or set off before an appositive that says what
    company it is ("Lumenwise, a Toronto company that builds ...,"); None when it opens with
    none."""
    if (opening := _opening_name(text)) is None:
        return _described_opening(text)
    match, written = opening
    name = match["name"]
    words = name.split()
    organisation = (
        (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
        or bool(match["which"])  # "Foodtastic, which owns the chain,": a thing, no one
        or bool(match["kind"] and census_gender(words[0]) is None)  # (not "firm CEO Ann Li")
        or any(
            w.lower().rstrip(".") in ORGANISATION_WORDS | {"campaign", "administration"}
            for w in words  # "Inc.", "Co."
        )
    )
    return written if organisation and words[0].lower() not in _FUNCTION else None


def _described_opening(text: str) -> str | None:
    """The name ``text`` opens with, past a dateline, when an appositive after it says what
    company it is ("Lumenwise, a Toronto company that builds tools,", "Magna International,
    the auto parts maker,"); no given name first (not "Ann Li, the firm's founder")."""
    text = _DATELINE.sub("", text, count=1).lstrip()
    match = _NAME_AND_APPOSITIVE.match(text)
    if match is None or match["noun"] not in COMPANY_NOUNS:
        return None
    first = match[1].split()[0]
    return None if census_gender(first) is not None or first.lower() in _FUNCTION else match[1]


def opening_company(text: str) -> str | None:
    """The name ``text`` opens with as its subject, read as a company's because a company's
    noun reports what ``text`` says ("Northvolt has paused its plant, the Swedish company
    announced": Northvolt) although nothing in the name tells an organisation: None for a
    given name first (a person's), a place's or a nation's name, a common word ("Shares rose")
    or one word of the dictionary ("Revenue rose", "Investors have"; "Rogers" too: unsure)."""
    if (opening := _opening_name(text)) is None or opening[0]["kind"]:
        return None
    match, written = opening
    name = match["name"]
    words = name.split()
    first = words[0].lower()
    if (
        first in _FUNCTION
        or first in easy_words()
        or census_gender(words[0]) is not None
        or is_place(name)  # "Ottawa", "Texas"
        or name in _NATIONS
        or first in AFFILIATION_SYNONYMS
        # one word: a coined one, no word of the dictionary ("Revenue rose"; "Rogers" too)
        or (len(words) == 1 and first in dictionary_words())
    ):
        return None
    return written


#: A document that finds or shows something opening a sentence as its subject, and who made
#: it: "The CRTC report, released Monday, found", "A study by Harvard University found".
_OPENING_DOCUMENT = compiled(
    r"\W*(?P<phrase>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w.&'’/-]+\s+){0,4}?"
    rf"(?:{alternation(FINDING_DOCUMENTS)})(?:\s+by\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){{1,6}})?"
    # what it was of: "The survey of 2,000 workers found"
    r"(?:\s+of\s+(?:[\d,.]+\s+)?[a-z][\w'’-]*)?)"
    r"(?=\s*,|\s+[a-z])"
)


def opening_document(text: str) -> str | None:
    """The document that finds or shows something ``text`` opens with, as written ("The CRTC
    report", "A study by Harvard University"): what an "it" after it says; None when it opens
    with none."""
    match = _OPENING_DOCUMENT.match(_DATELINE.sub("", text, count=1))
    return match["phrase"].strip() if match else None


#: A company's noun opening a sentence as its subject, past a short opening phrase: "In a
#: statement, the company said".
_OPENING_COMPANY_NOUN = compiled(
    r"\W*(?:(?:In|On|At|Earlier|Later|After|Before|Since)\b[^,;:\"“”]{0,40},\s+)?[Tt]he\s+"
    r"(?P<noun>[a-z]+)\s+(?:[a-z]+ly\s+)?(?:said|says|added|announced|told|stated|wrote)\b"
)


def opening_company_noun(text: str) -> str | None:
    """The company's noun ``text`` opens with as its speaking subject ("In a statement, the
    company said": "the company"), else None."""
    match = _OPENING_COMPANY_NOUN.match(text)
    return None if match is None or match["noun"] not in COMPANY_NOUNS else f"the {match['noun']}"


#: A company's noun and its name set off after it, opening a sentence: "The company, Mosaic,".
_COMPANY_NOUN_NAMED = compiled(
    r"\W*[Tt]he\s+(?P<noun>[a-z]+),\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s"
)
#: A name and an appositive whose last word before a relative clause, a preposition or a
#: stop may be a company's noun: "Clearpath Health, a Vancouver startup that makes ...",
#: "Magna International, the auto parts maker,".
_NAME_AND_APPOSITIVE = compiled(
    r"(?<![\w.&'’-])((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*),\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+)"
    r"(?=\s+(?:that|which|based|with|in|of|whose)\b|\s*[,.;)]|\s+—)"
)


#: Nations by name, capitalised ("Canada", "America"): a company's arm there.
_NATIONS = frozenset(
    n.title() for n, a in AFFILIATION_SYNONYMS.items() if a in NATIONALITIES and len(n) > 2
)
#: A company's name by its legal suffix, wherever it stands: "Cineworld Group PLC",
#: "Cineplex Inc.", "Magna International Inc.", "Ford Motor Co. of Canada".
_COMPANY_NAME = compiled(
    r"(?<![\w.&'’-])((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*\s+"
    r"(?:Inc|Corp|PLC|Plc|Ltd|LLC|Co|AG|SA|NV|SE)\b\.?"
    # a country's arm after it: "Ford Motor Co. of Canada" (not "Shopify Inc. of Ottawa")
    rf"(?:\s+of\s+(?:{alternation(_NATIONS)})\b)?)"
)


def companies_introduced(sentences: Iterable[str]) -> list[str]:
    """The companies ``sentences`` introduce, in order, each once: a name with an appositive
    whose noun is a company's ("Clearpath Health, a Vancouver startup"), an organisation
    opening a sentence that is no public body ("Shopify Inc. shares rose"), a name with a
    company's legal suffix wherever it stands ("after Cineworld Group PLC walked away"). A
    name that is a shorter form of one before it ("Magna" after "Magna International") is
    the same company. Whether a name is a person's is the caller's to check ("Ann Reyes, a
    developer")."""
    found: list[str] = []
    for sentence in sentences:
        names = [
            _without_function_words(match.group(1))
            for match in _NAME_AND_APPOSITIVE.finditer(sentence)
            if match["noun"] in COMPANY_NOUNS
        ]
        if (opening := opening_organisation(sentence)) is not None:
            names.append(opening.removeprefix("the "))
        names += [
            _without_function_words(m.group(1)) for m in _COMPANY_NAME.finditer(sentence)
        ]  # (wherever it stands: "... after Cineworld Group PLC walked away")
        for name in names:
            words = {w.lower() for w in name.split()}
            if not name or words & PUBLIC_BODY_WORDS:
                continue
            if not any(name == f or f.startswith(name + " ") for f in found):
                found = [f for f in found if not name.startswith(f + " ")] + [name]
    return found


def _without_function_words(name: str) -> str:
    """``name`` without the function words opening it ("But Magna" -> "Magna")."""
    words = name.split()
    while words and words[0].lower() in _FUNCTION:
        words = words[1:]
    return " ".join(words)


#: A description of what a company is opening a sentence as its subject, before its verb:
#: "Canada's second-largest lender set aside", "The retailer said".
_OPENING_COMPANY_DESCRIPTION = compiled(
    r"\W*(?:[Tt]he|[A-Z][\w.'’-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b"
)


def it_refers_to(sentences: list[str]) -> str | None:
    """What an "it" opening the sentence after ``sentences`` refers to: the document or the
    organisation the last of them opens with ("The CRTC report ... found", "NATO is training
    troops", "OTTAWA — Shopify Inc. shares rose"); for "the company said" there, the one the
    sentence before that opens with; for a description of a company ("Canada's
    second-largest lender set aside"), the one company the sentences introduce; for a body
    that spoke by its noun ("the commission said"), that noun. None when there is no such
    thing."""
    if not sentences:
        return None
    before = sentences[-1]
    if (named := _COMPANY_NOUN_NAMED.match(before)) and named["noun"] in COMPANY_NOUNS:
        return named["name"]  # "The company, Mosaic, said in a statement ... It said": Mosaic
    if (noun := opening_company_noun(before)) and len(sentences) > 1:
        return opening_organisation(sentences[-2]) or noun
    if found := opening_document(before) or opening_organisation(before) or noun:
        return found
    if shorter := _company_named_shorter(before, sentences[:-1]):
        return shorter
    described = _OPENING_COMPANY_DESCRIPTION.match(before)
    if described and described["noun"] in COMPANY_NOUNS:
        companies = companies_introduced(sentences[:-1])
        return companies[0] if len(companies) == 1 else None
    body = _OPENING_COMPANY_NOUN.match(before)  # "In a notice, the commission said ... It said"
    return f"the {body['noun']}" if body and body["noun"] in _BODY_NOUNS else None


#: Capitalised words opening a sentence before a comma or a word in lower case: "Canadian
#: Tire, in a statement, said".
_OPENING_NAME = compiled(r"\W*(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)(?=,|\s+[a-z])")


def _company_named_shorter(sentence: str, before: list[str]) -> str | None:
    """The company a sentence opens with by a shorter form of the name ``before`` introduced
    it by ("Canadian Tire Corp. will close 20 stores ... Canadian Tire, in a statement,
    said": Canadian Tire Corp.), if one does."""
    opening = _OPENING_NAME.match(_DATELINE.sub("", sentence, count=1))
    if opening is None:
        return None
    return company_named_shorter(opening["name"], before, same=True)


def company_shortened(article: Article, name: str, at: int) -> str | None:
    """The company the article introduced before the sentence at ``at`` by a longer name
    that ``name`` opens ("In a statement, Vale said" after "Vale Base Metals will lay off
    ..."), if one."""
    if re.search(rf"\b{re.escape(name)}\s+[A-Z]", article.text[:at]) is None:
        return None  # (no longer name opens with it: a quick test first)
    before = [s.text for s in article.sentences if s.end <= at]
    return company_named_shorter(name, before)


def company_named_shorter(name: str, before: list[str], *, same: bool = False) -> str | None:
    """The one company ``before`` introduced by a longer name that ``name`` opens ("Vale"
    after "Vale Base Metals will lay off ..."; ``same``: or by ``name`` itself), if one."""
    named = [
        c for c in companies_introduced(before) if c.startswith(f"{name} ") or (same and c == name)
    ]
    return named[0] if len(named) == 1 else None


#: The nouns of bodies that speak as "it", no company's: "the commission", "the agency".
_BODY_NOUNS = (ORGANISATION_KINDS | PUBLIC_BODY_WORDS) - COMPANY_NOUNS - {"party", "house"}


#: What kind of organisation a name after "the" is, before it: "English-rights group the
#: Quebec Community Groups Network", "advocacy group the Sierra Club".
_KIND_BEFORE_THE = compiled(
    rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{alternation(ORGANISATION_KINDS)})\s+(?P<name>the\s+[A-Z].*)"
)


def without_kind(phrase: str) -> str:
    """``phrase`` without what kind of organisation a name after "the" is ("English-rights
    group the Quebec Community Groups Network": "the Quebec Community Groups Network")."""
    found = _KIND_BEFORE_THE.fullmatch(phrase) if " the " in phrase else None
    return found["name"] if found else phrase
