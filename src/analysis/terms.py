"""Term frequencies: single terms, n-grams, collocations, distinctive terms, keywords in context.

All counts use the tokenizer's ``norm`` (:func:`analysis.tokenizer.normalise`), so ``NATO`` and
``NATO’s`` count as one term. A *term* is a word token (it has a letter; numbers and
punctuation are not terms). Stop words are NLTK's English list (198 words, see
:func:`analysis.resources.stopwords`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Literal

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.frames import Rows
from analysis.resources import stopwords
from analysis.tokenizer import normalise, shared_token_rows, tokens, word_count

__all__ = [
    "collocations",
    "distinctive_terms",
    "keyword_in_context",
    "ngram_frequencies",
    "term_frequencies",
    "term_positions",
    "term_rows",
]

#: Reference frequencies below this are treated as this (wordfreq's lists stop near 1e-8).
REFERENCE_FLOOR = 1e-8


def _words(article: ArticleLike) -> pd.DataFrame:
    table = tokens(article)
    return table[table["is_word"]]


def term_frequencies(
    article: ArticleLike, *, keep_stopwords: bool = False, min_chars: int = 2
) -> pd.DataFrame:
    """Count the terms of the article body.

    Args:
        article: The article.
        keep_stopwords: Count NLTK's English stop words too (left out by default).
        min_chars: Leave out terms shorter than this many characters.

    Returns:
        One row per term, sorted by count (descending) then term:
        ``term`` (normalised form), ``count`` (occurrences), ``share`` (count / all word
        tokens of the body, stop words included), ``paragraphs`` (paragraphs it occurs in).
    """
    return term_rows(article, keep_stopwords=keep_stopwords, min_chars=min_chars).frame()


def term_rows(article: ArticleLike, *, keep_stopwords: bool = False, min_chars: int = 2) -> Rows:
    """The rows of :func:`term_frequencies`."""
    doc = as_document(article)
    counts: Counter[str] = Counter()
    where: defaultdict[str, set[int]] = defaultdict(set)
    for paragraph, _, _, _, _, norm, is_word, is_stop in shared_token_rows(doc).rows:
        if is_word and len(norm) >= min_chars and (keep_stopwords or not is_stop):
            counts[norm] += 1
            where[norm].add(paragraph)
    total = word_count(doc)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return Rows(
        ("term", "count", "share", "paragraphs"),
        {"term": "object", "count": "int64", "share": "float64", "paragraphs": "int64"},
        [(t, c, c / total if total else 0.0, len(where[t])) for t, c in ordered],
    )


def _phrases(article: ArticleLike) -> Iterator[list[tuple[str, int]]]:
    """Runs of consecutive word tokens ``(norm, paragraph)`` inside one sentence.

    Punctuation ends a run, so phrases never cross a comma, a quote or a sentence boundary.
    """
    table = tokens(article)
    run: list[tuple[str, int]] = []
    last_sentence = None
    for norm, is_word, sentence, paragraph in zip(
        table["norm"], table["is_word"], table["sentence"], table["paragraph"], strict=True
    ):
        if not is_word or sentence != last_sentence:
            if run:
                yield run
            run = []
        last_sentence = sentence
        if is_word:
            run.append((norm, paragraph))
    if run:
        yield run


def _ngrams(
    article: ArticleLike, n: int, keep_stopwords: bool
) -> Iterator[tuple[tuple[str, ...], int]]:
    stops = frozenset() if keep_stopwords else stopwords()
    for run in _phrases(article):
        for i in range(len(run) - n + 1):
            gram = tuple(norm for norm, _ in run[i : i + n])
            if not stops.intersection(gram):
                yield gram, run[i][1]


def ngram_frequencies(
    article: ArticleLike, *, n: int = 2, keep_stopwords: bool = False
) -> pd.DataFrame:
    """Count phrases of ``n`` consecutive words that stay inside one sentence and clause.

    Args:
        article: The article.
        n: Phrase length in words (2 = bigrams).
        keep_stopwords: Keep phrases that contain a stop word (left out by default).

    Returns:
        ``ngram`` (words joined by spaces), ``count``, ``paragraphs``; sorted by count, then
        ngram.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    counts: Counter[str] = Counter()
    where: defaultdict[str, set[int]] = defaultdict(set)
    for gram, paragraph in _ngrams(article, n, keep_stopwords):
        key = " ".join(gram)
        counts[key] += 1
        where[key].add(paragraph)
    frame = pd.DataFrame(
        {
            "ngram": pd.Series(list(counts), dtype="object"),
            "count": pd.Series(list(counts.values()), dtype="int64"),
            "paragraphs": pd.Series([len(where[k]) for k in counts], dtype="int64"),
        }
    )
    return frame.sort_values(["count", "ngram"], ascending=[False, True], ignore_index=True)


def collocations(
    article: ArticleLike,
    *,
    measure: Literal["likelihood_ratio", "pmi", "student_t", "chi_sq"] = "likelihood_ratio",
    min_count: int = 2,
    keep_stopwords: bool = False,
) -> pd.DataFrame:
    """Rank word pairs that occur together more often than chance (NLTK collocation finder).

    The default measure is Dunning's log-likelihood ratio (G²), which stays reliable on small
    counts, unlike PMI, which favours pairs seen once. Pairs never cross punctuation or
    sentence boundaries, and a word repeated next to itself is no pair.

    Args:
        article: The article.
        measure: An association measure of ``nltk.collocations.BigramAssocMeasures``.
        min_count: Leave out pairs seen fewer times.
        keep_stopwords: Keep pairs with a stop word (left out by default).

    Returns:
        ``ngram``, ``count``, ``score`` (the measure; higher => stronger association), sorted
        by score then ngram.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    finder = BigramCollocationFinder.from_documents(
        [norm for norm, _ in run] for run in _phrases(article)
    )
    finder.apply_freq_filter(min_count)
    # a word next to itself ("today today") is no pair of words: its counts overlap, and
    # the likelihood ratio's table would hold a negative cell
    finder.apply_ngram_filter(lambda first, second: first == second)
    if not keep_stopwords:
        stops = stopwords()
        finder.apply_word_filter(lambda word: word in stops)
    scored = finder.score_ngrams(getattr(BigramAssocMeasures, measure))
    frame = pd.DataFrame(
        {
            "ngram": pd.Series([" ".join(g) for g, _ in scored], dtype="object"),
            "count": pd.Series([finder.ngram_fd[g] for g, _ in scored], dtype="int64"),
            "score": pd.Series([s for _, s in scored], dtype="float64"),
        }
    )
    return frame.sort_values(["score", "ngram"], ascending=[False, True], ignore_index=True)


def distinctive_terms(article: ArticleLike, *, min_count: int = 2) -> pd.DataFrame:
    """Terms unusually frequent in this article compared with general English.

    The reference is wordfreq's English frequency list (Speer, 2022: Wikipedia, subtitles,
    news, books, web text, Twitter and Reddit), shipped in the ``wordfreq`` package.

    ``log_ratio`` = log2(share here / share in general English): 1 means twice as frequent
    as usual, 10 means about a thousand times. Reference shares below 1e-8 (unknown words,
    names) are raised to 1e-8 so that one rare word does not dominate. Terms seen fewer than
    ``min_count`` times are left out: a single occurrence says little about a text.

    Returns:
        ``term``, ``count``, ``share`` (as in :func:`term_frequencies`), ``reference_share``
        (wordfreq frequency), ``log_ratio``; sorted by log_ratio, then term.
    """
    from wordfreq import word_frequency

    frame = term_frequencies(article)
    frame = frame[frame["count"] >= min_count].copy()
    frame["reference_share"] = [word_frequency(t, "en") for t in frame["term"]]
    floor = frame["reference_share"].clip(lower=REFERENCE_FLOOR)
    frame["log_ratio"] = [math.log2(s / r) for s, r in zip(frame["share"], floor, strict=True)]
    frame = frame.astype({"reference_share": "float64", "log_ratio": "float64"})
    return frame.drop(columns="paragraphs").sort_values(
        ["log_ratio", "term"], ascending=[False, True], ignore_index=True
    )


def keyword_in_context(article: ArticleLike, term: str, *, width: int = 40) -> pd.DataFrame:
    """Every occurrence of ``term`` with the text around it (a concordance).

    Matching uses normalised forms, so ``"nato"`` finds ``NATO`` and ``NATO’s``. Context stays
    inside the paragraph; line breaks are shown as spaces.

    Returns:
        ``paragraph``, ``sentence``, ``left`` (up to ``width`` characters before),
        ``keyword`` (as written), ``right`` (up to ``width`` characters after), ``start``
        (offset into ``article.text``).
    """
    target = normalise(term.strip())
    doc = as_document(article)
    table, article_ = tokens(doc), doc.article
    hits = table[table["norm"] == target]
    starts = {p.index: p.start for p in article_.paragraphs}
    ends = {p.index: p.end for p in article_.paragraphs}
    rows = []
    for hit in hits.itertuples():
        left = article_.text[max(starts[hit.paragraph], hit.start - width) : hit.start]
        right = article_.text[hit.end : min(ends[hit.paragraph], hit.end + width)]
        rows.append(
            (
                hit.paragraph,
                hit.sentence,
                left.replace("\n", " "),
                hit.token,
                right.replace("\n", " "),
                hit.start,
            )
        )
    return pd.DataFrame.from_records(
        rows, columns=["paragraph", "sentence", "left", "keyword", "right", "start"]
    ).astype({"paragraph": "int64", "sentence": "int64", "start": "int64"})


def term_positions(article: ArticleLike, terms: Iterable[str]) -> pd.DataFrame:
    """Where each term occurs along the article, for a dispersion plot.

    Returns:
        ``term`` (as asked, normalised), ``position`` (index of the word among all word
        tokens, from 0), ``relative`` (position / number of words, 0 = start, 1 = end),
        ``paragraph``.
    """
    wanted = [normalise(t.strip()) for t in terms]
    words = _words(article).reset_index(drop=True)
    total = max(len(words), 1)
    hits = words[words["norm"].isin(wanted)]
    frame = pd.DataFrame(
        {
            "term": pd.Series(hits["norm"].to_numpy(), dtype="object"),
            "position": pd.Series(hits.index.to_numpy(), dtype="int64"),
            "paragraph": pd.Series(hits["paragraph"].to_numpy(), dtype="int64"),
        }
    )
    frame["relative"] = frame["position"] / total
    frame["term"] = pd.Categorical(frame["term"], categories=list(dict.fromkeys(wanted)))
    frame = frame.sort_values(["term", "position"], ignore_index=True)
    frame["term"] = frame["term"].astype("object")
    return frame[["term", "position", "relative", "paragraph"]]
