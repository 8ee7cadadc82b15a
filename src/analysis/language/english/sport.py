"""What a game report shows a player to play by what they did in the game: "Thatcher Demko
made 40 saves" shows a goaltender, "Joe Musgrove struck out 10 over seven innings" a
pitcher, "Patrick Mahomes threw for 262 yards" a quarterback. A description by the position
("The netminder said") may then stand for the one player the article shows so."""

from __future__ import annotations

__all__ = ["PLAYER_DEEDS", "POSITION_DEEDS", "POSITION_OF"]

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
    **dict.fromkeys("pitcher right-hander left-hander southpaw starter".split(), "pitcher"),
    **dict.fromkeys("quarterback passer signal-caller".split(), "quarterback"),
    **dict.fromkeys("kicker placekicker".split(), "kicker"),
}
#: The deeds only a player does, as a pattern read right after a run of capitalised words:
#: the run is a person ("Thatcher Demko made 40 saves"; not "Tampa Bay struck out 14 times",
#: a team at bat).
PLAYER_DEEDS: str = (
    rf"{POSITION_DEEDS['goaltender']}|{POSITION_DEEDS['quarterback']}|{POSITION_DEEDS['kicker']}|"
    rf"struck out (?:{_COUNT}|the side) (?:over|in)"
)
