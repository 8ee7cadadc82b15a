"""The words of a language that the rules are built from: one package per language, and what
an article's language is.

English is the only language now (:mod:`analysis.language.english`). The rules of the date
tagger, the sentence splitter, the quotes package and the page reader build their patterns
from these words; a word typed anywhere else is a bug (``tests/test_language.py`` looks).

Every :class:`~analysis.article.Article` carries its ``language`` (an ISO 639-1 code, ``"en"``
unless a page or record says otherwise, see :func:`settled_language`), and the date rules
take their resources by it (:class:`analysis.dates.base.Context.language`).
"""

from __future__ import annotations

import re

from analysis.language.english.grammar import FUNCTION_WORDS

__all__ = [
    "LANGUAGES",
    "LanguageError",
    "english_share",
    "language_code",
    "settled_language",
    "supported",
]

#: The languages the analyses have resources for: ISO 639-1 code -> name.
LANGUAGES = {"en": "English"}

#: Names of other languages a page or record may declare, for messages.
_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic",
    "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "ko": "Korean",
}  # fmt: skip
#: ISO 639-2/B and /T codes and English names of the same languages.
_ALIASES = {"eng": "en", "english": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr",
            "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl", "rus": "ru",
            "zho": "zh", "chi": "zh", "jpn": "ja", "ara": "ar"} | {
    name.lower(): code for code, name in _NAMES.items()
}  # fmt: skip
_TAG = re.compile(r"([A-Za-z]{2,8})(?:[-_][A-Za-z0-9]{1,8})*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

#: Share of a text's words that are English function words from which it reads as English.
#: Measured: the 837 PolNeAR articles of 30 words or more 0.15 or more (median 0.33), the 73
#: TimeML articles 0.22 or more; the German, French and Spanish news of
#: ``tests/fixtures/languages/`` 0.0.
ENGLISH_SHARE = 0.1
#: Fewer words than this are too few to tell a language by.
_ENOUGH_WORDS = 30


class LanguageError(ValueError):
    """An analysis was asked for a language it has no resources for."""


def language_code(tag: str | None) -> str | None:
    """The ISO 639-1 code of a language tag as pages and records write it ("en-US", "en_GB",
    "EN", "eng", "English" -> "en"), or None when it names no language."""
    if not tag:
        return None
    match = _TAG.fullmatch(tag.strip())
    if match is None:
        return None
    primary = match[1].lower()
    code = _ALIASES.get(primary, primary)
    return code if len(code) == 2 else None


def english_share(text: str) -> float | None:
    """Share of the words of ``text`` that are English function words ("the", "of", "was",
    ...): about 0.33 for English news (0.15 at the least), near 0 for German, French or
    Spanish; None for a text of fewer than 30 words."""
    words = _WORD.findall(text.lower())
    if len(words) < _ENOUGH_WORDS:
        return None
    return sum(word in FUNCTION_WORDS for word in words) / len(words)


def settled_language(declared: str | None, text: str, *, source: str) -> str:
    """The language an article is read in: English unless it is declared in another language
    and its words bear that out.

    A page's ``lang`` attribute or a record's language field is often a site's default rather
    than the article's, so the words decide: a text whose words read as English is English
    whatever it declares, and an undeclared text is read as English.

    Raises:
        LanguageError: The text is declared in a language the analyses have no resources for
            and its words are not English (the message names the source and the language).
    """
    code = language_code(declared)
    if code is None or code in LANGUAGES:
        return code or "en"
    share = english_share(text)
    if share is None or share >= ENGLISH_SHARE:
        return "en"
    name = _NAMES.get(code, f"language {code!r}")
    raise LanguageError(
        f"{source}: the article is in {name} (declared {declared!r}; {share:.0%} of its words "
        f"are English function words, against 15-50% in English news); article-analysis reads "
        f"{', '.join(LANGUAGES.values())} only — pass language='en' (--language en) to read "
        "it as English anyway"
    )


def supported(code: str, *, what: str = "the analyses") -> str:
    """``code`` when the analyses have resources for it.

    Raises:
        LanguageError: They have none (the message says which they have).
    """
    if code not in LANGUAGES:
        have = ", ".join(f"{name} ({c!r})" for c, name in LANGUAGES.items())
        raise LanguageError(f"{what}: no resources for language {code!r}; there are for {have}")
    return code
