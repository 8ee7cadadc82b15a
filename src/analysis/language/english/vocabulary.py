"""Common English words: the Dale–Chall list of the 2,941 words most American fourth-graders
know ("neither", "yet", "running"), as textstat (pinned) ships it for its readability
formula. A capitalised word of the list opening a sentence is that word, not a name, unless
the census lists it as a given name too ("Mark", "Bill")."""

from __future__ import annotations

import functools
import importlib.resources

__all__ = ["easy_words"]


@functools.cache
def easy_words() -> frozenset[str]:
    """The Dale–Chall easy words, in lower case."""
    source = importlib.resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as error:
        raise FileNotFoundError(
            f"{source}: textstat's Dale–Chall word list is missing ({error}); reinstall the "
            "pinned textstat (`make setup`)"
        ) from error
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())
