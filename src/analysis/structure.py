"""The structure of the article's sentences, from the project's language model: each token's
part of speech and the word it depends on, and the subject of each verb.

This is what other analyses read to know which noun phrase is the subject of a speech verb,
whatever the verb and the word order. The tagger and parser were trained on GUM (UD
relations: ``nsubj``, ``obj``, ``nsubj:pass``, ...); on GUM's development part they reach a
tag accuracy of 0.87 and an unlabelled attachment score of 0.72 (``MODEL_CARD.md``), so a
structure read here is evidence, not certainty. Each paragraph and the headline is parsed on
its own; offsets index :attr:`analysis.Article.text`, as every table of the package does.
"""

from __future__ import annotations

import pandas as pd

from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows
from analysis.ner.model import language_model

__all__ = ["SYNTAX_COLUMNS", "shared_syntax_rows", "subjects", "syntax", "syntax_rows"]

SYNTAX_COLUMNS = ["token", "text", "start", "end", "paragraph", "tag", "dep", "head"]
SUBJECT_COLUMNS = [
    "verb",
    "verb_start",
    "verb_end",
    "subject",
    "start",
    "end",
    "passive",
    "paragraph",
]


def syntax_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`syntax` (uncached; a document keeps its own)."""
    article = as_document(article).article
    regions: list[tuple[int, int, int]] = []
    if article.headline_span:
        regions.append((0, *article.headline_span))
    regions += [(p.index, p.start, p.end) for p in article.paragraphs]
    nlp = language_model()
    rows: list[tuple[int, str, int, int, int, str, str, int]] = []
    texts = (article.text[start:end] for _, start, end in regions)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for (paragraph, offset, _), doc in zip(regions, nlp.pipe(texts), strict=True):
            first = len(rows)
            for token in doc:
                rows.append(
                    (
                        first + token.i,
                        token.text,
                        offset + token.idx,
                        offset + token.idx + len(token.text),
                        paragraph,
                        token.tag_,
                        token.dep_,
                        first + token.head.i,
                    )
                )
    return Rows(
        tuple(SYNTAX_COLUMNS),
        {
            "token": "int64",
            "text": "object",
            "start": "int64",
            "end": "int64",
            "paragraph": "int64",
            "tag": "object",
            "dep": "object",
            "head": "int64",
        },
        rows,
    )


def syntax(article: ArticleLike) -> pd.DataFrame:
    """Every token of the headline (paragraph 0) and body with its structure.

    Returns:
        ``token`` (its number in the article, from 0), ``text``, ``start``, ``end`` (offsets
        into the article's text), ``paragraph``, ``tag`` (Penn Treebank part of speech),
        ``dep`` (its relation to its head, UD: ``nsubj``, ``obj``, ``ROOT``, ...), ``head``
        (the token it depends on; itself for the root of a sentence).
    """
    return shared_syntax_rows(as_document(article)).frame()


def shared_syntax_rows(doc: Document) -> Rows:
    """The rows of :func:`syntax`, computed once per document (shared; do not modify)."""
    return doc.shared(syntax_rows)


def subjects(article: ArticleLike) -> pd.DataFrame:
    """The subject of each verb that has one: the whole noun phrase, with its extent.

    Returns:
        ``verb`` (as written), ``verb_start``, ``verb_end``, ``subject`` (the subject's
        noun phrase: its head and everything that depends on it), ``start``, ``end``,
        ``passive`` (``nsubj:pass``), ``paragraph``.
    """
    doc = as_document(article)
    rows = shared_syntax_rows(doc).rows
    children: dict[int, list[int]] = {}
    for token, _, _, _, _, _, _, head in rows:
        if head != token:
            children.setdefault(head, []).append(token)
    found = []
    for token, _, _, _, paragraph, _, dep, head in rows:
        if dep not in ("nsubj", "nsubj:pass") or not rows[head][5].startswith("VB"):
            continue
        extent = sorted(_subtree(token, children))
        while len(extent) > 1 and rows[extent[0]][6] in _EDGES:
            extent.pop(0)  # a quotation mark, comma or "but" before the phrase
        while len(extent) > 1 and rows[extent[-1]][6] in _EDGES:
            extent.pop()
        first, last = rows[extent[0]], rows[extent[-1]]
        verb = rows[head]
        found.append(
            (
                verb[1],
                verb[2],
                verb[3],
                doc.article.text[first[2] : last[3]],
                first[2],
                last[3],
                dep == "nsubj:pass",
                paragraph,
            )
        )
    return pd.DataFrame(found, columns=SUBJECT_COLUMNS).astype(
        {
            "verb_start": "int64",
            "verb_end": "int64",
            "start": "int64",
            "end": "int64",
            "passive": "bool",
            "paragraph": "int64",
        }
    )


#: Relations that sit at a phrase's edge without belonging to it.
_EDGES = {"punct", "cc", "mark"}


def _subtree(token: int, children: dict[int, list[int]]) -> set[int]:
    seen = {token}
    stack = [token]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen
