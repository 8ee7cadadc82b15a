"""Score difficulty measures on texts rewritten at known reading levels: does a measure order
the versions of the same article from easiest to hardest?

Usage::

    python -m analysis.readability.evaluate FILE.jsonl [--output TABLE.csv]

FILE is JSON Lines with ``article`` (the same for every version of one article),
``level_num`` (0 = easiest) and ``text`` (its first line the headline, paragraphs one a line),
as ``../shared/readability/onestop-dev.jsonl`` (OneStopEnglish). For every pair of versions of
one article, a measure is right when it gives the harder version the higher grade, as the
reader sees it (to one decimal; textstat's consensus as the whole number it is): a tie counts
as not ordered. Flesch reading ease runs the other way (higher = easier) and is negated.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import pandas as pd

from analysis.article import Article, ArticleError
from analysis.readability import FORMULAS, readability_scores, reading_grade_of
from analysis.sources.records import json_objects

__all__ = ["level_pairs", "read_levels", "version_grades"]

READING_GRADE = "reading_grade"


def read_levels(path: str | Path) -> pd.DataFrame:
    """The texts of a levelled corpus: ``article``, ``level`` (0 = easiest), ``text``.

    Raises:
        ArticleError: A line is not JSON or lacks a field; the message names file and line.
    """
    path = Path(path)
    rows = []
    for number, record in json_objects(path):
        try:
            rows.append((str(record["article"]), int(record["level_num"]), record["text"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ArticleError(f"{path}:{number}: not a levelled text record ({exc})") from None
    return pd.DataFrame(rows, columns=["article", "level", "text"])


def _article(text: str) -> Article:
    lines = [line for line in text.splitlines() if line.strip()]
    return Article.from_parts("\n\n".join(lines[1:]) or text, headline=lines[0] if lines else None)


def version_grades(levels: pd.DataFrame) -> pd.DataFrame:
    """Every measure's figure for every version, rounded as the report shows it.

    Returns:
        ``article``, ``level``, ``measure`` (a textstat function name, or
        ``reading_grade``), ``value`` (higher = harder).
    """
    rows = []
    for row in levels.itertuples(index=False):
        scores = readability_scores(_article(row.text))
        for metric, score, grade in zip(scores["metric"], scores["score"], scores["grade"],
                                        strict=True):  # fmt: skip
            if metric == "text_standard":
                value = float(grade)
            elif metric == "flesch_reading_ease":
                value = -round(float(score), 1)
            else:
                value = round(float(score), 1)
            rows.append((row.article, row.level, metric, value))
        grade = reading_grade_of(scores)
        if len(grade):
            rows.append((row.article, row.level, READING_GRADE, round(grade["grade"].iloc[0], 1)))
    return pd.DataFrame(rows, columns=["article", "level", "measure", "value"])


def level_pairs(grades: pd.DataFrame) -> pd.DataFrame:
    """Pairwise ordering per measure.

    Returns:
        ``measure``, ``pairs``, ``ordered`` (the harder version scored higher), ``ties``,
        ``share`` (ordered / pairs), best first.
    """
    rows = []
    for measure, group in grades.groupby("measure", sort=False):
        pairs = ordered = ties = 0
        for _, versions in group.groupby("article"):
            values = dict(zip(versions["level"], versions["value"], strict=True))
            for easier, harder in itertools.combinations(sorted(values), 2):
                pairs += 1
                ordered += values[easier] < values[harder]
                ties += values[easier] == values[harder]
        rows.append((measure, pairs, ordered, ties, ordered / pairs if pairs else float("nan")))
    table = pd.DataFrame(rows, columns=["measure", "pairs", "ordered", "ties", "share"])
    return table.sort_values("share", ascending=False, kind="stable").reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.readability.evaluate FILE``: print the ordering table."""
    parser = argparse.ArgumentParser(prog="python -m analysis.readability.evaluate")
    parser.add_argument("file", help="JSON Lines of levelled texts (article, level_num, text)")
    parser.add_argument("--output", help="also write the table as CSV (data/validity/)")
    args = parser.parse_args(argv)
    try:
        levels = read_levels(args.file)
    except (ArticleError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    table = level_pairs(version_grades(levels))
    labels = {f.metric: f.label for f in FORMULAS} | {
        READING_GRADE: "Reading grade (mean of 6, ours)",
        "text_standard": "textstat consensus (whole number)",
    }
    table.insert(1, "label", table["measure"].map(labels))
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(args.output, index=False, float_format="%.4f")
    print(f"{levels['article'].nunique()} articles, {len(levels)} versions")
    print(table.to_string(index=False, formatters={"share": "{:.1%}".format}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
