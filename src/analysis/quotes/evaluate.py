"""Score quotation finding and speaker attribution against hand-annotated gold quotations.

Usage::

    python -m analysis.quotes.evaluate [--split dev|heldout|all] [--corpus PATH] [--errors N]
    python -m analysis.quotes.evaluate --split polnear-dev|polnear-aside|polnear
    python -m analysis.quotes.evaluate --split gum
    python -m analysis.quotes.evaluate --split newsroom-dev|newsroom-heldout|newsroom-heldout2|...

Gold (``data/quotes/``, see its README): for each article, every quotation in quotation marks
(``direct`` or ``partial``), every reported statement without them (``indirect``) and the
quoted text that is not speech (scare quotes, titles, slogans: ``ignore``), each with the
speaker as the article names them most fully (``None`` where the text does not say who).

Scoring:

- A gold quotation is *found* when a system row of the same class (speech: direct or partial;
  reported: indirect) overlaps it. A system row that overlaps no gold item of its class, and
  no ``ignore`` item, is a false positive; system ``name`` rows are not speech and not scored.
- Each found quotation's speaker is ``correct`` (the gold name or one of its aliases, compared
  without case, punctuation or a leading article; an empty speaker where gold has none),
  ``shorter`` (the same person named less fully, e.g. a surname), ``wrong`` (another person or
  source: the error a reader is misled by) or ``empty`` (left unattributed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.article import Article
from analysis.paths import DATA_DIR, DEFAULT_CORPUS

__all__ = [
    "GOLD_DIR",
    "GoldArticle",
    "GoldQuote",
    "evaluate",
    "gold_articles",
    "newsroom_articles",
    "outcome",
    "score_article",
]

GOLD_DIR = DATA_DIR / "quotes"
_CLASS = {"direct": "speech", "partial": "speech", "indirect": "reported"}


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation: offsets into its article's text."""

    start: int
    end: int
    kind: str
    speakers: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class GoldArticle:
    """An article and its gold quotations; ``split`` is ``dev`` or ``heldout``."""

    id: str
    split: str
    set: str
    article: Article
    quotes: tuple[GoldQuote, ...]


def _resolve(article: Article, items: list[dict[str, object]], name: str) -> list[GoldQuote]:
    quotes = []
    for item in items:
        paragraph = article.paragraphs[int(str(item["paragraph"])) - 1]
        text = str(item["text"])
        at = paragraph.text.find(text)
        if at < 0:
            raise ValueError(f"{name}: gold text not in paragraph {item['paragraph']}: {text!r}")
        names = [item["speaker"], *list(item.get("aliases", []) or [])]  # type: ignore[call-overload]
        start = paragraph.start + at
        quotes.append(
            GoldQuote(
                start, start + len(text), str(item["kind"]), tuple(n for n in names if n), text
            )
        )
    return quotes


def gold_articles(
    gold_dir: Path = GOLD_DIR, *, corpus: Path = DEFAULT_CORPUS
) -> Iterator[GoldArticle]:
    """The annotated articles: the constructed ones (text in the gold file) and, when the
    shared corpus is at hand, the AQUAINT ones."""
    yield from _written_articles(gold_dir / "gold-constructed.json", "constructed")
    if not corpus.is_file():
        return
    from analysis.sources import read_articles

    wire = json.loads((gold_dir / "gold-aquaint.json").read_text(encoding="utf-8"))
    articles = {a.id: a for a in read_articles(corpus)}
    for entry in wire["articles"]:
        article = articles[entry["id"]]
        quotes = _resolve(article, entry["quotes"], entry["id"])
        yield GoldArticle(entry["id"], entry["split"], "aquaint", article, tuple(quotes))


def newsroom_articles(gold_dir: Path = GOLD_DIR) -> Iterator[GoldArticle]:
    """The made-up articles of the held-out sets' kinds (``gold-newsroom.json``: Canadian
    sport, court, crime, politics, business, features), ``split`` ``dev`` or ``heldout``."""
    yield from _written_articles(gold_dir / "gold-newsroom.json", "newsroom")


def _written_articles(path: Path, set_name: str) -> Iterator[GoldArticle]:
    """The articles of a gold file that holds their text (paragraphs, headline, date)."""
    written = json.loads(path.read_text(encoding="utf-8"))
    for entry in written["articles"]:
        article = Article.from_parts(
            "\n\n".join(entry["paragraphs"]),
            date=entry["date"],
            headline=entry["headline"],
            source=entry["id"],
            id=entry["id"],
        )
        quotes = _resolve(article, entry["quotes"], entry["id"])
        yield GoldArticle(entry["id"], entry["split"], set_name, article, tuple(quotes))


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _key(name: str) -> str:
    name = name.casefold().replace("’", "'")
    name = re.sub(r"[^\w' ]+", " ", name)
    return _ARTICLE.sub("", " ".join(name.split()))


def outcome(system: str | None, gold: tuple[str, ...]) -> str:
    """``correct``, ``shorter``, ``wrong`` or ``empty`` for a system speaker."""
    if system is None or (isinstance(system, float) and pd.isna(system)):
        return "correct" if not gold else "empty"
    if not gold:
        return "wrong"
    key = _key(system)
    keys = [_key(g) for g in gold]
    if key in keys:
        return "correct"
    words = key.split()
    if any(k.split()[-len(words) :] == words and len(words) < len(k.split()) for k in keys):
        return "shorter"
    return "wrong"


@dataclass(frozen=True)
class Row:
    """One scored item: a gold quotation (found or not) or a false positive."""

    article: str
    set: str
    split: str
    kind: str  # gold kind, or the system kind for a false positive
    found: bool
    false_positive: bool
    outcome: str | None
    system_speaker: str | None
    gold_speaker: str | None
    how: str | None
    text: str


def score_article(gold: GoldArticle, system: pd.DataFrame) -> list[Row]:
    """Match one article's system quotations with its gold ones."""
    rows: list[Row] = []
    sys_rows = [
        r for r in system.itertuples(index=False) if r.kind in ("direct", "partial", "indirect")
    ]
    used: set[int] = set()
    how_column = "attribution" if "attribution" in system.columns else None
    for quote in gold.quotes:
        if quote.kind == "ignore":
            continue
        best, best_overlap = None, 0
        for index, row in enumerate(sys_rows):
            if _CLASS[row.kind] != _CLASS[quote.kind]:
                continue
            overlap = min(row.end, quote.end) - max(row.start, quote.start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            rows.append(
                Row(gold.id, gold.set, gold.split, quote.kind, False, False, None, None,
                    quote.speakers[0] if quote.speakers else None, None, quote.text)
            )  # fmt: skip
            continue
        used.add(best)
        row = sys_rows[best]
        speaker = None if pd.isna(row.speaker) else row.speaker
        how = getattr(row, how_column) if how_column else None
        rows.append(
            Row(gold.id, gold.set, gold.split, quote.kind, True, False,
                outcome(speaker, quote.speakers), speaker,
                quote.speakers[0] if quote.speakers else None,
                None if how is None or pd.isna(how) else how, quote.text)
        )  # fmt: skip
    for index, row in enumerate(sys_rows):
        if index in used:
            continue
        overlaps = [
            q
            for q in gold.quotes
            if min(row.end, q.end) > max(row.start, q.start)
            and (q.kind == "ignore" or _CLASS[q.kind] == _CLASS[row.kind])
        ]
        if overlaps:
            continue  # a second row on a found quotation, or an ignored span: not scored
        speaker = None if pd.isna(row.speaker) else row.speaker
        rows.append(
            Row(gold.id, gold.set, gold.split, row.kind, False, True, None, speaker, None, None,
                row.quote)
        )  # fmt: skip
    return rows


def _prf(found: int, gold: int, false_positives: int) -> tuple[float, float, float]:
    precision = found / (found + false_positives) if found + false_positives else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def summary(rows: Iterable[Row]) -> pd.DataFrame:
    """Finding and attribution by class of quotation: one row per class."""
    frame = pd.DataFrame([r.__dict__ for r in rows])
    out = []
    for name, kinds in (("speech", ("direct", "partial")), ("reported", ("indirect",))):
        part = frame[frame["kind"].isin(kinds)]
        gold = part[~part["false_positive"]]
        found = gold[gold["found"]]
        fp = int(part["false_positive"].sum())
        p, r, f = _prf(len(found), len(gold), fp)
        counts = Counter(found["outcome"])
        total = len(found) or 1
        out.append(
            {
                "quotations": name,
                "gold": len(gold),
                "found": len(found),
                "false_pos": fp,
                "precision": round(100 * p, 1),
                "recall": round(100 * r, 1),
                "F1": round(100 * f, 1),
                "speaker_correct_%": round(100 * counts["correct"] / total, 1),
                "shorter_name_%": round(100 * counts["shorter"] / total, 1),
                "wrong_person_%": round(100 * counts["wrong"] / total, 1),
                "empty_%": round(100 * counts["empty"] / total, 1),
            }
        )
    return pd.DataFrame(out)


def by_kind(rows: Iterable[Row], column: str) -> pd.DataFrame:
    """Speaker outcomes of the found quotations by ``kind`` or by ``how`` they were found."""
    frame = pd.DataFrame([r.__dict__ for r in rows])
    found = frame[frame["found"]].copy()
    found[column] = found[column].fillna("(none)")
    table = pd.crosstab(found[column], found["outcome"])
    for name in ("correct", "shorter", "wrong", "empty"):
        if name not in table.columns:
            table[name] = 0
    table = table[["correct", "shorter", "wrong", "empty"]]
    table["n"] = table.sum(axis=1)
    return table.reset_index()


def evaluate(
    *, split: str = "all", gold_dir: Path = GOLD_DIR, corpus: Path = DEFAULT_CORPUS
) -> list[Row]:
    """Score the extractor on the gold articles of ``split``: ``dev``, ``heldout``, ``all``
    (AQUAINT and the constructed articles), ``newsroom-dev``, ``newsroom-heldout``,
    ``newsroom-heldout2`` to ``newsroom-heldout298``."""
    from analysis.quotes import extract_quotes

    rows: list[Row] = []
    newsroom = split.startswith("newsroom-")
    articles = newsroom_articles(gold_dir) if newsroom else gold_articles(gold_dir, corpus=corpus)
    for gold in articles:
        if split != "all" and gold.split != split.removeprefix("newsroom-"):
            continue
        rows += score_article(gold, extract_quotes(gold.article))
    return rows


#: The splits :func:`evaluate` scores.
_SPLITS = (
    "dev",
    "heldout",
    "all",
    "newsroom-dev",
    "newsroom-heldout",
    *(f"newsroom-heldout{n}" for n in range(2, 299)),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=[*_SPLITS, "polnear-dev", "polnear-aside", "polnear", "gum"],
        default="dev",
        metavar="SPLIT",
        help="dev, heldout or all (the AQUAINT gold of data/quotes/); newsroom-dev, "
        f"newsroom-heldout, newsroom-heldout2 ... {_SPLITS[-1]} (its made-up newsroom "
        "articles); polnear-dev, polnear-aside or polnear (PolNeAR of ../shared/quotes/); "
        "gum (speaker resolution against GUM's coreference chains, ../shared/gum/). "
        "Default: dev",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args(argv)
    if args.split.startswith("polnear"):
        from analysis.article import ArticleError
        from analysis.quotes.polnear import polnear_scores, score_polnear

        part = {"polnear-dev": "dev", "polnear-aside": "aside", "polnear": "all"}[args.split]
        try:
            counts = score_polnear(part=part)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"split: {args.split}; articles: {counts['articles']}")
        print(polnear_scores(counts).to_string(index=False, float_format="{:.3f}".format))
        return 0
    if args.split == "gum":
        from analysis.article import ArticleError
        from analysis.quotes.gum import gum_scores, score_gum, score_gum_pronouns

        try:
            found = score_gum()
            pronouns = score_gum_pronouns()
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print("split: gum (speaker mentions that line up with a GUM mention)")
        for by in ("resolved_by", "genre"):
            print(gum_scores(found, by=by).to_string(index=False, float_format="{:.3f}".format))
            print()
        print("every he/she GUM marks, speech or not, against its chain")
        for by in ("genre", "place"):
            table = gum_scores(pronouns, by=by)
            print(table.to_string(index=False, float_format="{:.3f}".format), end="\n\n")
        return 0
    rows = evaluate(split=args.split, corpus=args.corpus)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"split: {args.split}; articles: {len({r.article for r in rows})}")
        print(summary(rows).to_string(index=False))
        print()
        print(by_kind(rows, "kind").to_string(index=False))
        print()
        print(by_kind(rows, "how").to_string(index=False))
    if args.errors:
        errors = [r for r in rows if r.outcome in ("wrong",) or r.false_positive]
        errors += [r for r in rows if not r.found and not r.false_positive]
        errors += [r for r in rows if r.outcome in ("empty", "shorter")]
        print()
        for r in errors[: args.errors]:
            what = "FP" if r.false_positive else ("MISS" if not r.found else r.outcome)
            print(
                f"{what:7} {r.article} [{r.kind}] sys={r.system_speaker!r} "
                f"gold={r.gold_speaker!r} how={r.how}: {r.text[:90]!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
