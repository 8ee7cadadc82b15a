"""What a game report shows a player to play by what they did in the game: "Thatcher Demko
made 40 saves" shows a goaltender, "Joe Musgrove struck out 10 over seven innings" a
pitcher, "Patrick Mahomes threw for 262 yards" a quarterback. A description by the position
("The netminder said") may then stand for the one player the article shows so; and no one
who runs the team or the game plays a position."""

from __future__ import annotations

__all__ = [
    "OFF_FIELD_ROLES",
    "PLAYER_DEEDS",
    "PLAYING_POSITIONS",
    "POSITION_DEEDS",
    "POSITION_OF",
    "SCORING_NOUNS",
]

#: Positions on a team's field or ice, which no one who runs the team or the game plays,
#: and the roles of those who do (off the field): "Padres manager Mike Shildt" is no "the
#: right-hander", "coach Corey Mace" no "the quarterback".
PLAYING_POSITIONS: frozenset[str] = frozenset(
    """
    forward centre center winger defenceman defenseman goaltender goalie netminder goalkeeper
    pitcher catcher quarterback linebacker striker midfielder shortstop outfielder infielder
    defender receiver batter hitter slugger reliever blueliner centreman fullback halfback
    kicker punter right-hander left-hander southpaw closer pivot
    """.split()
)
OFF_FIELD_ROLES: frozenset[str] = frozenset(
    "coach manager owner gm commissioner referee umpire scout agent trainer".split()
)
#: What a player scores or adds to a game's tally: "added the third goal", "added two assists",
#: "added an insurance run" (an object of "added", no words of theirs).
SCORING_NOUNS: frozenset[str] = frozenset(
    """
    goal goals point points run runs touchdown touchdowns basket baskets assist assists
    rebound rebounds try tries winner equalizer equaliser homer homers hit hits save saves
    strikeout strikeouts field-goal birdie birdies eagle bogey
    """.split()
)
#: Each position and the deeds that show it, as patterns read right after a player's name
#: (a number as digits or a word).
_COUNT = r"(?:\d+|[a-z]+)"
POSITION_DEEDS: dict[str, str] = {
    "goaltender": (
        rf"(?:made|had|recorded|with|finished with) {_COUNT} saves|stopped {_COUNT} "
        rf"(?:shots|of {_COUNT})|turned aside {_COUNT}|\d+-save"
    ),
    "pitcher": (
        rf"struck out (?:{_COUNT}|the side)|(?:allowed|gave up) {_COUNT} (?:runs?|hits?)|pitched|"
        rf"(?:over|in|for) {_COUNT}(?: \d/3)? innings"
    ),
    "kicker": (
        rf"kicked (?:a|an|his|the) \d+-yard field goal|kicked {_COUNT} field goals|"
        rf"(?:made|hit) {_COUNT} field goals"
    ),
    "quarterback": (
        rf"(?:threw|passed) for {_COUNT} yards|threw {_COUNT}(?: [a-z]+)? touchdown passes|"
        rf"completed {_COUNT} of {_COUNT} passes"
    ),
}
#: The nouns of a description that name each position.
POSITION_OF: dict[str, str] = {
    **dict.fromkeys("goaltender goalie netminder goalkeeper keeper".split(), "goaltender"),
    **dict.fromkeys(
        "pitcher right-hander left-hander southpaw starter ace closer reliever".split(), "pitcher"
    ),
    **dict.fromkeys("quarterback passer signal-caller pivot".split(), "quarterback"),
    **dict.fromkeys("kicker placekicker".split(), "kicker"),
}
#: The deeds only a player does, as a pattern read right after a run of capitalised words:
#: the run is a person ("Thatcher Demko made 40 saves"; not "Tampa Bay struck out 14 times",
#: a team at bat).
PLAYER_DEEDS: str = (
    rf"{POSITION_DEEDS['goaltender']}|{POSITION_DEEDS['quarterback']}|{POSITION_DEEDS['kicker']}|"
    rf"struck out (?:{_COUNT}|the side) (?:over|in)"
)
