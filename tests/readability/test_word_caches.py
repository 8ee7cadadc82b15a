"""textstat with wider word caches scores exactly as an untouched textstat."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article, load_article
from analysis.readability import FORMULAS, readability_scores
from analysis.readability.word_caches import (
    PER_WORD,
    TEXT_CALLERS,
    TEXTS,
    WORDS,
    text_syllables,
    widen_word_caches,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"
METRICS = [f.metric for f in FORMULAS]

#: Scores every formula of the texts on stdin with textstat as installed, nothing widened.
_UNTOUCHED = f"""
import json, sys
from analysis.resources import read_cmudict_at_once
read_cmudict_at_once()
import textstat
texts = json.load(sys.stdin)
print(json.dumps([[getattr(textstat, m)(t) for m in {METRICS!r}]
                  + [textstat.text_standard(t, float_output=True)] for t in texts]))
"""


def _texts() -> list[str]:
    paths = sorted(FIXTURES.glob("*.txt"))
    bodies = [load_article(p).body for p in paths]
    # two passes in one process: the second is served from the widened caches
    return bodies + bodies


def test_widened_scores_equal_an_untouched_textstat():
    texts = _texts()
    done = subprocess.run(
        [sys.executable, "-c", _UNTOUCHED],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(done.stdout)
    for text, scores in zip(texts, expected, strict=True):
        frame = readability_scores(Article.from_parts(text)).set_index("metric")["score"]
        assert [frame[m] for m in METRICS] + [frame["text_standard"]] == scores


def test_every_textstat_module_calls_the_widened_function():
    widen_word_caches()
    widen_word_caches()  # idempotent: not widened twice
    for module_name, name in PER_WORD:
        function = getattr(sys.modules[module_name], name)
        assert function.cache_info().maxsize == WORDS
        for other, module in list(sys.modules.items()):
            if other.startswith("textstat.backend") and hasattr(module, name):
                if other in TEXT_CALLERS:  # whole texts: counted word by word, not kept widely
                    assert getattr(module, name).cache_info().maxsize == TEXTS, other
                else:
                    assert getattr(module, name) is function, other
    assert set(sys.modules) >= TEXT_CALLERS  # each is a module textstat has


def _textstat_count() -> object:
    """textstat's own ``count_syllables``, behind no cache."""
    widen_word_caches()
    return sys.modules["textstat.backend.counts._count_syllables"].count_syllables.__wrapped__


def test_a_text_has_the_syllables_textstat_counts():
    count = _textstat_count()
    for text in _texts()[:8]:
        assert text_syllables(text, "en_US") == count(text, "en_US") > 0
    assert text_syllables("", "en_US") == count("", "en_US") == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouyrstln'’-.,!? \nXQ9é")), max_size=60))
def test_any_text_has_the_syllables_textstat_counts(text):
    # apostrophes, hyphens, digits and accents: words the CMU dictionary lacks (Pyphen's)
    assert text_syllables(text, "en_US") == _textstat_count()(text, "en_US")
