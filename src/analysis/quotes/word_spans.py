"""Where a phrase stands as whole words in a text, in any case: the speaker phrases the
resolution of quotations looks for again in their sentence."""

from __future__ import annotations

import functools
import re

from analysis.patterns import compiled

__all__ = ["whole_word_spans", "whole_words"]


@functools.lru_cache(maxsize=1024)
def whole_words(phrase: str) -> re.Pattern[str]:
    """A pattern of ``phrase`` as whole words, in any case."""
    return compiled(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def whole_word_spans(
    text: str, lower: str, phrase: str, start: int, end: int
) -> list[tuple[int, int]]:
    """Where ``phrase`` stands as whole words, in any case, in ``text[start:end]``: the spans
    ``whole_words(phrase).finditer(text, start, end)`` gives, found in ``lower`` (the text in
    lower case, of the same length) without compiling a pattern for each phrase."""
    needle = phrase.lower()
    if len(lower) != len(text) or len(needle) != len(phrase):
        return [m.span() for m in whole_words(phrase).finditer(text, start, end)]
    spans = []
    end = min(end, len(text))
    at = lower.find(needle, start, end)
    while at >= 0:
        after = at + len(needle)
        if (at == 0 or not _is_word_character(lower[at - 1])) and (
            after >= end or not _is_word_character(lower[after])
        ):
            spans.append((at, after))
            at = lower.find(needle, after, end)
        else:
            at = lower.find(needle, at + 1, end)
    return spans
