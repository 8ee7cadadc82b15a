"""Teams a game report names, and whether a description by a home fits a player
(analysis.quotes.teams), read by hand."""

from __future__ import annotations

import pytest

from analysis.quotes.teams import names_team, teams_named, untied_home

_GAME = (
    "Jack Hughes scored twice and the New Jersey Devils beat the Vancouver Canucks 4-2. "
    "Quinn Hughes, the Canucks captain, had an assist."
)


def test_the_teams_a_report_names_after_the():
    assert teams_named(_GAME) == ["New Jersey Devils", "Vancouver Canucks"]
    assert teams_named("The United States and the Toronto Maple Leafs agreed.") == [
        "Toronto Maple Leafs"
    ]


@pytest.mark.parametrize(
    ("homes", "context", "expected"),
    [
        (["vancouver"], [], True),  # a player the article ties to no team
        (["vancouver"], ["the", "canucks", "captain"], False),  # the Canucks captain
        (["new jersey"], [], True),
        (["calgary"], [], False),  # no team of that home
    ],
)
def test_a_home_of_one_of_two_teams_fits_only_a_player_tied_to_it(homes, context, expected):
    assert untied_home(homes, _GAME, context) is expected


def test_one_team_named_ties_no_one_apart():
    assert not untied_home(["vancouver"], "Jack Hughes scored for the Vancouver Canucks.", [])


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Oilers"], True), (["Maple", "Leafs"], True), (["Oilers'"], False), (["Finance"], False)],
)
def test_capitalised_modifiers_in_the_plural_name_a_team(words, expected):
    assert names_team(words) is expected


def test_a_description_by_the_other_teams_home_is_not_the_subject_before(speakers):
    body = (
        "Jack Hughes scored twice and the New Jersey Devils beat the Vancouver Canucks 4-2.\n\n"
        "Quinn Hughes, the Canucks captain, had an assist.\n\n"
        "\"It's fun, but it's weird,\" Jack said.\n\n"
        "The Vancouver defenceman said their mother had worn a jersey that was half Devils "
        "and half Canucks."
    )
    # was Jack Hughes, the subject before, whom the article ties to the Devils only
    assert speakers(body) == ["Jack Hughes", None]
