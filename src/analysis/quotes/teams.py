"""Teams a game report names by their home and a plural ("the Vancouver Canucks", "the New
Jersey Devils"): a description by a home in such a report ("the Vancouver defenceman")
speaks of a team's player, and fits only someone the article ties to that team."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.patterns import compiled

__all__ = ["names_team", "teams_named", "untied_home"]

#: A team's name after "the": capitalised words, the last a plural ("the Vancouver Canucks",
#: "the Toronto Maple Leafs"; not "the United States").
_TEAM = compiled(r"(?<=\b[Tt]he\s)(?:[A-Z][\w'’-]+\s+){1,3}(?!States\b)[A-Z][a-z'’-]+[^s\W]s\b")


def names_team(words: list[str]) -> bool:
    """Whether capitalised modifiers name a team: their last word a plural, no owner's
    ("Oilers", "Maple Leafs", "Blue Bombers"; not "Oilers'", "Finance")."""
    last = words[-1]
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "’s"))


def teams_named(text: str) -> list[str]:
    """The teams ``text`` names, each once, in order of first mention."""
    return list(dict.fromkeys(m.group() for m in _TEAM.finditer(text)))


def untied_home(homes: Iterable[str], text: str, context: Iterable[str]) -> bool:
    """Whether a description's ``homes`` (lower case: "vancouver", "new jersey") open the
    name of one of two or more teams ``text`` names, and the person's ``context`` (the lower
    case words the article put next to them) holds no word of that team's name: "the
    Vancouver defenceman" is not "Jack Hughes" of the Devils, the article not saying which."""
    teams = teams_named(text)
    if len(teams) < 2:
        return False
    words = set(context)
    return any(
        team.lower().startswith(f"{home} ") and not words & set(team.lower().split())
        for home in homes
        for team in teams
    )
