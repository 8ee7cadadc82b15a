"""Score the named-entity recogniser on gold JSON Lines.

Usage::

    python -m analysis.ner.evaluate FILE.jsonl [FILE.jsonl ...] [--errors N] [--output CSV]

Each record: ``{"id", "text", "entities": [{"start", "end", "label"}, ...]}``, the format of
``../shared/entities/`` (offsets into ``text``, end exclusive). Lines of ``text`` are read as
paragraphs. A prediction is right when its span and label equal a gold entity's exactly.
Precision, recall and F1 per label and micro over PER, ORG and LOC; gold labels outside them
(CoNLL's MISC) are left out, as the scoring convention of ``../shared/entities/`` says. Figures
are given per file and per genre (the id's prefix before the first ``-`` in Universal NER:
``answers``, ``email``, ``newsgroup``, ``reviews``, ``weblog``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.article import ArticleError
from analysis.ner import LABELS, text_entities
from analysis.sources.records import json_objects

__all__ = ["read_gold", "score", "scores_by_group"]

Span = tuple[int, int, str]


def read_gold(path: str | Path) -> list[dict]:
    """The records of a gold file: ``id``, ``text``, ``entities`` as ``(start, end, label)``.

    Raises:
        ArticleError: A line is not a gold record; the message names file and line.
    """
    path = Path(path)
    records = []
    for number, record in json_objects(path):
        try:
            text = record["text"]
            gold = [(int(e["start"]), int(e["end"]), str(e["label"])) for e in record["entities"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise ArticleError(f"{path}:{number}: not a gold entity record ({exc})") from None
        for start, end, _ in gold:
            if not 0 <= start < end <= len(text):
                raise ArticleError(f"{path}:{number}: entity {start}-{end} outside the text")
        records.append({"id": str(record.get("id", number)), "text": text, "entities": gold})
    return records


def score(gold: list[Span], predicted: list[Span]) -> Counter[str]:
    """Counts ``tp:LABEL``, ``fp:LABEL``, ``fn:LABEL`` of exact span-and-label matches over
    :data:`~analysis.ner.LABELS`."""
    counts: Counter[str] = Counter()
    gold_set = {g for g in gold if g[2] in LABELS}
    predicted_set = {p for p in predicted if p[2] in LABELS}
    for _, _, label in gold_set & predicted_set:
        counts[f"tp:{label}"] += 1
    for _, _, label in predicted_set - gold_set:
        counts[f"fp:{label}"] += 1
    for _, _, label in gold_set - predicted_set:
        counts[f"fn:{label}"] += 1
    return counts


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores_by_group(counts: dict[str, Counter[str]]) -> pd.DataFrame:
    """P/R/F1 per group and label (``ALL`` = micro over the three labels).

    Returns:
        ``group``, ``label``, ``gold``, ``predicted``, ``precision``, ``recall``, ``f1``.
    """
    rows = []
    for group, c in counts.items():
        for label in (*LABELS, "ALL"):
            labels = LABELS if label == "ALL" else (label,)
            tp = sum(c[f"tp:{x}"] for x in labels)
            fp = sum(c[f"fp:{x}"] for x in labels)
            fn = sum(c[f"fn:{x}"] for x in labels)
            rows.append((group, label, tp + fn, tp + fp, *_prf(tp, fp, fn)))
    return pd.DataFrame(
        rows, columns=["group", "label", "gold", "predicted", "precision", "recall", "f1"]
    )


def _genre(path: Path, identifier: str) -> str:
    name = path.stem
    if name.startswith("uner"):
        return f"{name}/{identifier.split('-')[0]}"
    return name


def evaluate(paths: list[Path], *, errors: int = 0) -> tuple[pd.DataFrame, list[str], float]:
    """Score every file; return the table, some errors as lines, and seconds per 1,000 words."""
    counts: dict[str, Counter[str]] = {}
    shown: list[str] = []
    words, seconds = 0, 0.0
    for path in paths:
        for record in read_gold(path):
            started = time.perf_counter()
            predicted = text_entities(record["text"])
            seconds += time.perf_counter() - started
            words += len(record["text"].split())
            c = score(record["entities"], predicted)
            for group in dict.fromkeys((path.stem, _genre(path, record["id"]))):
                counts.setdefault(group, Counter()).update(c)
            if len(shown) < errors:
                gold = {g for g in record["entities"] if g[2] in LABELS}
                for start, end, label in sorted(set(predicted) ^ gold)[: errors - len(shown)]:
                    kind = "missed" if (start, end, label) in gold else "wrong "
                    shown.append(f"{kind} {label} {record['text'][start:end]!r}  ({record['id']})")
    return scores_by_group(counts), shown, 1e6 * seconds / max(words, 1)


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.ner.evaluate FILE ...``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.ner.evaluate")
    parser.add_argument("files", nargs="+", type=Path, help="gold JSON Lines files")
    parser.add_argument("--errors", type=int, default=0, help="show N disagreements")
    parser.add_argument("--output", help="also write the table as CSV")
    args = parser.parse_args(argv)
    try:
        table, shown, per_1000 = evaluate(args.files, errors=args.errors)
    except (ArticleError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(args.output, index=False, float_format="%.4f")
    print(table.to_string(index=False, float_format="{:.3f}".format))
    print(f"{per_1000:.1f} ms per 1,000 words (tok2vec and ner, one core)")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
