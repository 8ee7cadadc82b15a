"""Score tone against people: news headlines rated for valence.

Usage::

    python -m analysis.tone.evaluate FILE.jsonl [--errors N] [--output TABLE.csv]

FILE is JSON Lines with ``id``, ``text`` and ``valence`` (-100..+100, the raters' mean), as
``../shared/tone/semeval2007-trial.jsonl``. For VADER's ``compound`` and the news ``tone``:
Pearson's r with the valence, three-class accuracy (the people's classes: above +50
positive, below -50 negative; a view's: beyond its threshold), and the share of headlines it
scores exactly 0. Reported for the development part and the part set aside before the news view
was written — ids whose number ends in 0, 1, 5 or 6 (two in five) — and for all.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import pandas as pd

from analysis.article import ArticleError
from analysis.sources.records import json_objects
from analysis.tone import TONE_THRESHOLD, tone_score, tone_words
from analysis.vader import polarity_scores

__all__ = ["PEOPLE_THRESHOLD", "agreement", "headline_scores", "is_aside", "read_rated"]

#: The task's coarse reading of the people's valence: positive above +50, negative below -50.
PEOPLE_THRESHOLD = 50.0
#: VADER's three classes on headlines, chosen as the news view's was (the middle of the
#: development part's plateau): its documented 0.05 reads most headlines as toned, where the
#: people read 70% as neutral.
VADER_THRESHOLD = 0.7


def is_aside(identifier: str) -> bool:
    """Whether a headline belongs to the part set aside: its id's number ends in 0, 1, 5 or 6."""
    match = re.search(r"(\d+)$", identifier)
    return match is not None and int(match[1]) % 5 in (0, 1)


def read_rated(path: str | Path) -> pd.DataFrame:
    """``id``, ``text``, ``valence``, ``part`` (``development`` or ``aside``).

    Raises:
        ArticleError: A line is not JSON or lacks a field (file and line named).
    """
    path = Path(path)
    rows = []
    for number, record in json_objects(path):
        try:
            identifier = str(record["id"])
            rows.append((identifier, str(record["text"]), float(record["valence"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise ArticleError(f"{path}:{number}: not a rated headline ({exc})") from None
    frame = pd.DataFrame(rows, columns=["id", "text", "valence"])
    frame["part"] = ["aside" if is_aside(i) else "development" for i in frame["id"]]
    return frame


def _label(value: float, threshold: float) -> int:
    return 1 if value > threshold else -1 if value < -threshold else 0


def headline_scores(rated: pd.DataFrame, *, alpha: float | None = None) -> pd.DataFrame:
    """``rated`` with ``compound`` (VADER) and ``tone`` (news) for every headline."""
    scored = rated.copy()
    scored["compound"] = [polarity_scores(t)["compound"] for t in rated["text"]]
    options = {} if alpha is None else {"alpha": alpha}
    scored["tone"] = [tone_score(t, **options) for t in rated["text"]]
    return scored


def _pearson(x: pd.Series, y: pd.Series) -> float:
    if len(x) < 2 or x.std() == 0 or y.std() == 0:
        return math.nan
    return float(x.corr(y))


def agreement(
    scored: pd.DataFrame,
    *,
    vader_threshold: float = VADER_THRESHOLD,
    tone_threshold: float = TONE_THRESHOLD,
) -> pd.DataFrame:
    """Agreement of each view with the people, per part and for all.

    Returns:
        ``view`` (``vader`` or ``tone``), ``part``, ``headlines``, ``pearson_r``, ``accuracy``
        (three classes), ``zero_share``.
    """
    rows = []
    parts = [("development", scored["part"] == "development"), ("aside", scored["part"] == "aside"),
             ("all", scored["part"].notna())]  # fmt: skip
    for view, column, threshold in (("vader", "compound", vader_threshold),
                                    ("tone", "tone", tone_threshold)):  # fmt: skip
        for part, mask in parts:
            chosen = scored[mask]
            people = chosen["valence"].map(lambda v: _label(v, PEOPLE_THRESHOLD))
            ours = chosen[column].map(lambda v, t=threshold: _label(v, t))
            accuracy = float((people == ours).mean()) if len(chosen) else math.nan
            zeros = float((chosen[column] == 0).mean()) if len(chosen) else math.nan
            r = _pearson(chosen[column], chosen["valence"])
            rows.append((view, part, len(chosen), r, accuracy, zeros))
    return pd.DataFrame(
        rows, columns=["view", "part", "headlines", "pearson_r", "accuracy", "zero_share"]
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.tone.evaluate FILE``: the agreement table, and the development
    part's largest errors of the news view with the words that drove them."""
    parser = argparse.ArgumentParser(prog="python -m analysis.tone.evaluate")
    parser.add_argument("file", help="JSON Lines of rated headlines (id, text, valence)")
    parser.add_argument("--errors", type=int, default=0, help="show N largest development errors")
    parser.add_argument("--output", help="also write the table as CSV (data/validity/)")
    args = parser.parse_args(argv)
    try:
        rated = read_rated(args.file)
    except (ArticleError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    scored = headline_scores(rated)
    table = agreement(scored)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(args.output, index=False, float_format="%.4f")
    print(table.to_string(index=False, float_format="{:.3f}".format))
    if args.errors:
        development = scored[scored["part"] == "development"].copy()
        development["error"] = (development["tone"] - development["valence"] / 100).abs()
        for row in development.nlargest(args.errors, "error").itertuples():
            words = tone_words(row.text)
            drove = ", ".join(f"{w} {c:+.1f}" for w, c in zip(words["word"], words["contribution"],
                                                               strict=True))  # fmt: skip
            print(f"{row.valence:+5.0f} tone {row.tone:+.2f} vader {row.compound:+.2f}  "
                  f"{row.text}  [{drove}]")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
