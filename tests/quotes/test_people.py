"""The people an article names and what it shows of them (analysis.quotes.people), on
made-up texts."""

from __future__ import annotations

from analysis import parse_article
from analysis.quotes.people import People


def _genders(body: str) -> dict[str, str | None]:
    article = parse_article(f"date 2024-01-15 Headline\n\n{body}\n")
    return {m.name: m.gender for m in People(article).mentions if m.named}


def test_a_she_opening_a_quotations_later_sentence_is_no_evidence_of_the_speakers_sex():
    body = (
        "Yager says the Pritchards treat him like a son.\n\n"
        "\"Linda makes my lunch every day. I've told her I can do it myself. She doesn't "
        'listen," he says.'
    )
    # Brayden was a woman: "She doesn't listen" opened a sentence after the one naming him
    assert _genders("This season's player is Brayden Yager. " + body)["Brayden Yager"] == "m"


def test_a_given_name_the_census_lacks_shows_its_bearers_sex():
    # Brayden: not in the 1990 census lists; the dictionary of first names knows him a man
    assert _genders("Brayden Yager said he was tired.")["Brayden Yager"] == "m"
    assert _genders("Nevaeh Simmons said the team was tired.")["Nevaeh Simmons"] == "f"


def test_the_he_after_a_young_man_named_by_a_name_the_census_lacks_is_his(speakers):
    body = (
        "This season's player is Brayden Yager, a 19-year-old centre from Saskatoon. Yager "
        'says the Pritchards treat him like a son.\n\n"Linda makes my lunch every day. She '
        "doesn't listen,\" he says."
    )
    # the he was no one's
    assert speakers(body) == ["Brayden Yager", "Brayden Yager"]
