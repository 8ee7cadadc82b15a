"""What a game report shows a player to play (``analysis.language.english.sport``)."""

from __future__ import annotations

import re

import pytest

from analysis.language.english.sport import PLAYER_DEEDS, POSITION_DEEDS, POSITION_OF


@pytest.mark.parametrize(
    ("position", "deed", "shows"),
    [
        ("goaltender", "made 40 saves", True),
        ("goaltender", "stopped 27 shots", True),
        ("goaltender", "turned aside 31", True),
        ("goaltender", "scored twice", False),
        ("pitcher", "struck out 10 over seven innings", True),
        ("pitcher", "gave up four runs in six innings", True),
        ("pitcher", "hit a two-run homer", False),
        ("pitcher", "struck out the side in the ninth inning", True),
        ("quarterback", "threw for 262 yards", True),
        ("quarterback", "caught six passes for 85 yards", False),
        ("kicker", "kicked a 42-yard field goal", True),
        ("kicker", "made three field goals", True),
        ("kicker", "kicked the ball away", False),
    ],
)
def test_the_deeds_that_show_a_position(position, deed, shows):
    assert bool(re.match(POSITION_DEEDS[position], deed)) is shows


@pytest.mark.parametrize(
    ("deed", "player"),
    [
        ("made 40 saves", True),
        ("struck out 10 over seven innings", True),
        ("struck out 14 times", False),  # a team at bat: no one player
        ("struck out the side in the ninth", True),
        ("scored twice", False),
    ],
)
def test_the_deeds_only_a_player_does(deed, player):
    assert bool(re.match(PLAYER_DEEDS, deed)) is player


def test_every_position_noun_names_a_position_with_deeds():
    assert set(POSITION_OF.values()) <= set(POSITION_DEEDS)


def test_a_closer_and_a_reliever_pitch():
    # "Yankees closer Devin Williams ... the right-hander said": the same pitcher (was None:
    # the closer no pitcher)
    assert POSITION_OF["closer"] == POSITION_OF["reliever"] == POSITION_OF["right-hander"]
