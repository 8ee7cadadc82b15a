"""The words the news tone view is built from: VADER's lexicon, with the news lexicon of
``data/tone/news-lexicon.tsv`` over it, and the words that negate, hedge or contrast.

The news lexicon gives the tone a word carries in news — of conflict, death, disaster, crime,
health, the economy, diplomacy, politics and sport — where VADER, built for social media, has
no entry ("wounded", "earthquake", "layoffs", "ceasefire") or another sense ("forces",
"security"). A word is looked up as written, then as its base form (``deaths`` -> ``death``,
``wounded`` -> ``wound``, ``layoffs`` -> ``layoff``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.article import ArticleError
from analysis.paths import DATA_DIR

__all__ = ["NEWS_LEXICON", "Lexicon", "base_forms", "lexicon"]

NEWS_LEXICON: Path = DATA_DIR / "tone" / "news-lexicon.tsv"

#: Words that turn the tone of what follows them (within three words) around: "failed to
#: secure peace", "no deaths", "averted a disaster", "denied the charges".
NEGATORS = frozenset(
    "not no never without nor none nobody nothing neither cannot can't won't don't doesn't "
    "didn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't wouldn't shouldn't "
    "fail fails failed failing unable refuse refuses refused deny denies denied lack lacks "
    "lacking avert averts averted prevent prevents prevented avoid avoids avoided thwart "
    "thwarts thwarted foil foils foiled end ends ended ending halt halts halted "
    # what lessens a thing turns its tone around too: "reduces the risk of heart attack",
    # "eased fears", "curbs inflation" (and "reduces growth" reads as negative)
    "reduce reduces reduced reducing curb curbs curbed curbing ease eases eased easing "
    "lessen lessens lessened alleviate alleviates alleviated relieve relieves relieved "
    "tackle tackles tackled tackling".split()
)
#: Negators that are verbs: what they negate is their whole complement, up to the end of the
#: clause ("failed to stand up to the Taliban and secure the peaceful solution").
VERB_NEGATORS = frozenset(
    "fail fails failed failing unable refuse refuses refused deny denies denied avert averts "
    "averted prevent prevents prevented avoid avoids avoided thwart thwarts thwarted".split()
)
#: Phrases that negate like a word: "no longer".
NEGATOR_PHRASES = (
    ("no", "longer"),
    ("far", "from"),
    ("stave", "off"),
    ("ward", "off"),
    ("fend", "off"),
    ("fight", "off"),
    ("rule", "out"),
)
#: Words that make what follows them (within three words) a possibility, not an event.
HEDGES = frozenset(
    "may might could would possible possibly likely probably reportedly allegedly alleged "
    "feared fear fears suspected expected".split()
)
#: After these, the rest of the sentence counts more (VADER's rule for "but").
CONTRASTS = frozenset({"but", "however", "yet"})
#: These open a concession: up to the next comma, what they concede counts less than the
#: main clause ("Despite the corruption, the alliance feels ... is the best method").
CONCESSIVES = frozenset({"despite", "although", "though", "notwithstanding", "while"})

NEGATION_FACTOR = -0.74  # VADER's N_SCALAR
HEDGE_FACTOR = 0.6
QUOTED_FACTOR = 0.5  # a quoted speaker's tone is not the article's
BEFORE_CONTRAST, AFTER_CONTRAST = 0.5, 1.5  # VADER's weights around "but"
CONCEDED_FACTOR = 0.5


@dataclass(frozen=True)
class Lexicon:
    """Valences by word (``words``) and by phrase of two or three words (``phrases``), and
    where each came from (``"news"`` or ``"vader"``)."""

    words: dict[str, float]
    phrases: dict[tuple[str, ...], float]
    origin: dict[str, str]
    _found: dict[str, tuple[str, float, str] | None] = field(default_factory=dict, repr=False)

    @functools.cached_property
    def phrase_starts(self) -> frozenset[str]:
        """The first words of the phrases: only there is a phrase looked for."""
        return frozenset(phrase[0] for phrase in self.phrases)

    def valence(self, word: str) -> tuple[str, float, str] | None:
        """``(entry, valence, origin)`` of a word (see :meth:`_lookup`), remembered."""
        try:
            return self._found[word]
        except KeyError:
            found = self._found[word] = self._lookup(word)
            return found

    def _lookup(self, word: str) -> tuple[str, float, str] | None:
        """``(entry, valence, origin)`` of a word as written or as its base form, the news
        lexicon's entry first (its "kill" over VADER's "kills"), or None; a
        hyphenated word not listed whole, whose last part is a participle, is read by its
        strongest part ("conflict-torn" by "conflict"; not "bridge-jump" by "jump")."""
        forms = base_forms(word)
        for origin in ("news", "vader"):
            for form in forms:
                if form in self.words and self.origin[form] == origin:
                    return form, self.words[form], origin
        parts = word.strip("-").split("-")
        if len(parts) > 1 and parts[-1].endswith(("ed", "ing", "en", "torn")):
            found = [f for f in (self._lookup(p) for p in parts if len(p) >= 3) if f is not None]
            return max(found, key=lambda f: abs(f[1])) if found else None
        return None


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
             ("d", ""), ("ing", ""), ("ing", "e"))  # fmt: skip


def base_forms(word: str) -> list[str]:
    """``word`` and the base forms it may be an inflection of, most likely first:
    ``wounded`` -> ``wounded, wound``; ``shootings`` -> ``shootings, shooting, shoot``."""
    forms = [word]
    queue = [word]
    while queue:
        current = queue.pop(0)
        for suffix, replacement in _SUFFIXES:
            if current.endswith(suffix) and len(current) - len(suffix) >= 3:
                base = current[: -len(suffix)] + replacement
                candidates = [base]
                if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                    candidates.append(base[:-1])  # "stopped" -> "stopp" -> "stop"
                for candidate in candidates:
                    if candidate not in forms:
                        forms.append(candidate)
                        if len(forms) < 8:
                            queue.append(candidate)
    return forms


def _news(path: Path) -> tuple[dict[str, float], dict[tuple[str, ...], float]]:
    if not path.is_file():
        raise ArticleError(f"{path}: the news tone lexicon is missing (it ships in data/tone/)")
    words: dict[str, float] = {}
    phrases: dict[tuple[str, ...], float] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            term, valence = fields[0].strip().lower(), float(fields[1])
        except (IndexError, ValueError):
            raise ArticleError(f"{path}:{number}: expected 'term<TAB>valence<TAB>family'") from None
        if not -4 <= valence <= 4:
            raise ArticleError(f"{path}:{number}: valence {valence} outside -4..4")
        key: str | tuple[str, ...] = tuple(term.split()) if " " in term else term
        table: dict = phrases if isinstance(key, tuple) else words
        if key in table and table[key] != valence:
            raise ArticleError(f"{path}:{number}: {term!r} listed twice with different valences")
        table[key] = valence
    return words, phrases


@functools.cache
def lexicon(path: Path = NEWS_LEXICON) -> Lexicon:
    """VADER's lexicon with the news lexicon over it (loaded once per process).

    Raises:
        ArticleError: The news lexicon is missing or has a bad line (file and line named).
    """
    from analysis.vader import vader_lexicon

    vader: dict[str, float] = {
        w: float(v) for w, v in vader_lexicon().items() if re.fullmatch(r"[a-z][a-z'-]*", w)
    }
    news_words, phrases = _news(path)
    origin = dict.fromkeys(vader, "vader") | dict.fromkeys(news_words, "news")
    return Lexicon(vader | news_words, phrases, origin)
