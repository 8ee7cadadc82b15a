"""Reuse a computation on the same Article across the analyses that need it.

``tokens`` and ``extract_dates`` are inputs of several analyses (term frequencies, n-grams,
KWIC, the timeline, the overview). Articles are immutable, so a result can be kept for the
article *object* it was computed from; callers get a copy, so changing a returned frame never
changes a later result.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable

import pandas as pd

from analysis.article import Article

#: How many recent articles keep their results (per function): the one being analysed.
SIZE = 1


def per_article(function: Callable[[Article], pd.DataFrame]) -> Callable[[Article], pd.DataFrame]:
    """Cache ``function(article)`` by article identity (the last :data:`SIZE` article)."""
    results: OrderedDict[int, tuple[Article, pd.DataFrame]] = OrderedDict()

    @functools.wraps(function)
    def cached(article: Article) -> pd.DataFrame:
        key = id(article)
        hit = results.get(key)
        if hit is None or hit[0] is not article:
            hit = (article, function(article))
            results[key] = hit
            while len(results) > SIZE:
                results.popitem(last=False)
        results.move_to_end(key)
        return hit[1].copy()

    cached.cache_clear = results.clear  # type: ignore[attr-defined]
    return cached
