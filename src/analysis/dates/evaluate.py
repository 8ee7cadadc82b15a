"""Score the date extractor on a TimeML corpus with the TempEval-3 Task A measures.

Usage::

    python -m analysis.dates.evaluate DIR [--errors N]

Reads every ``*.tml`` file of DIR, takes the document creation time (DCT) as the dateline,
the ``<TITLE>`` as headline and the ``<TEXT>`` (tags stripped) as body, runs
:func:`analysis.dates.extract_dates`, and compares its body expressions with the gold TIMEX3
tags:

- strict match: same span; relaxed match: overlapping spans (one to one);
- precision, recall and F1 for both;
- value accuracy: share of relaxed matches whose TIMEX3 value equals the gold value, in one
  notation (week numbers without zero padding, ``2000-W7`` = ``2000-W07``; TIMEX2 decades
  ``199X`` = TIMEX3 ``199``);
- value F1 = relaxed F1 x value accuracy; type accuracy likewise over relaxed matches.

Scores are given for all expressions and for DATE expressions only (gold and system rows of
type DATE).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.article import Article
from analysis.dates.extract import extract_dates

__all__ = ["Span", "TimemlDocument", "evaluate", "read_timeml", "score"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)


@dataclass(frozen=True)
class Span:
    """A temporal expression: offsets into the document's article text, type, value."""

    start: int
    end: int
    type: str
    value: str
    text: str
    rule: str = ""


@dataclass(frozen=True)
class TimemlDocument:
    """A TimeML document: its article (text without markup) and gold spans into its text."""

    name: str
    article: Article
    gold: tuple[Span, ...]


def _strip(marked_up: str, offset: int) -> tuple[str, list[Span]]:
    """Plain text of a TimeML fragment and its TIMEX3 spans (offsets shifted by ``offset``)."""
    parts: list[str] = []
    length = 0
    spans: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for match in _TAG.finditer(marked_up):
        chunk = html.unescape(marked_up[position : match.start()])
        parts.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attributes = match.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attributes)))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            spans.append(Span(offset + start, offset + length, attrs["type"], attrs["value"], text))
            open_timex = None
    parts.append(html.unescape(marked_up[position:]))
    return "".join(parts), spans


def read_timeml(path: Path) -> TimemlDocument:
    """Read one TimeML file into an article text (dateline, title, body) and gold spans."""
    raw = path.read_text(encoding="utf-8")
    dct, title, text = _DCT.search(raw), _TITLE.search(raw), _TEXT.search(raw)
    if dct is None or text is None:
        raise ValueError(f"{path}: not a TimeML document with <DCT> and <TEXT>")
    headline = " ".join(_strip(title[1], 0)[0].split()) if title else None
    body, spans = _strip(text[1], 0)
    article = Article.from_parts(body, date=dct[1][:10], headline=headline, source=path.name)
    offset = len(article.text) - len(body)
    shifted = (Span(s.start + offset, s.end + offset, s.type, s.value, s.text) for s in spans)
    return TimemlDocument(path.name, article, tuple(shifted))


def _canonical(value: str) -> str:
    """One notation per value: ``2000-W07`` = ``2000-W7``; decade ``199X`` = ``199``."""
    value = re.sub(r"-W0(\d)\b", r"-W\1", value)
    return re.sub(r"^(\d{3})X$", r"\1", value)


def _pairs(gold: list[Span], system: list[Span], *, strict: bool) -> list[tuple[Span, Span]]:
    pairs = []
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(system):
            if i in used:
                continue
            hit = (
                (s.start, s.end) == (g.start, g.end)
                if strict
                else s.start < g.end and g.start < s.end
            )
            if hit:
                pairs.append((g, s))
                used.add(i)
                break
    return pairs


def _prf(matched: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = matched / n_system if n_system else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(results: Iterable[tuple[list[Span], list[Span]]]) -> dict[str, float]:
    """TempEval-3 Task A scores (percentages) over (gold, system) span lists per document."""
    n_gold = n_system = strict = relaxed = values = types = 0
    for gold, system in results:
        n_gold += len(gold)
        n_system += len(system)
        strict += len(_pairs(gold, system, strict=True))
        pairs = _pairs(gold, system, strict=False)
        relaxed += len(pairs)
        values += sum(_canonical(g.value) == _canonical(s.value) for g, s in pairs)
        types += sum(g.type == s.type for g, s in pairs)
    sp, sr, sf = _prf(strict, n_system, n_gold)
    rp, rr, rf = _prf(relaxed, n_system, n_gold)
    accuracy = values / relaxed if relaxed else 0.0
    type_accuracy = types / relaxed if relaxed else 0.0
    return {
        "gold": n_gold,
        "system": n_system,
        "strict_P": 100 * sp,
        "strict_R": 100 * sr,
        "strict_F1": 100 * sf,
        "relaxed_P": 100 * rp,
        "relaxed_R": 100 * rr,
        "relaxed_F1": 100 * rf,
        "value_accuracy": 100 * accuracy,
        "value_F1": 100 * rf * accuracy,
        "type_accuracy": 100 * type_accuracy,
    }


def system_spans(document: TimemlDocument) -> list[Span]:
    """The extractor's body expressions for a document (headline rows left out)."""
    frame = extract_dates(document.article)
    frame = frame[frame["paragraph"] > 0]
    return [
        Span(r.start, r.end, r.type, r.value, r.text, r.rule)
        for r in frame[["start", "end", "type", "value", "text", "rule"]].itertuples()
    ]


def evaluate(
    directory: str | Path, *, files: str = "*.tml"
) -> tuple[pd.DataFrame, list[tuple[str, list, list]]]:
    """Score the TimeML files of ``directory`` matching ``files`` (a glob).

    Returns:
        A table (rows ``all`` and ``DATE``; columns as :func:`score`), and per document its
        name, gold spans and system spans.
    """
    paths = sorted(Path(directory).glob(files))
    if not paths:
        raise FileNotFoundError(f"{directory}: no {files} files")
    documents = []
    for path in paths:
        document = read_timeml(path)
        documents.append((document.name, list(document.gold), system_spans(document)))
    rows = [score((g, s) for _, g, s in documents)]
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        rows.append(
            score(
                ([x for x in g if x.type == kind], [x for x in s if x.type == kind])
                for _, g, s in documents
            )
        )
    table = pd.DataFrame(
        rows, index=pd.Index(["all", "DATE", "TIME", "DURATION", "SET"], name="expressions")
    )
    return table, documents


#: Rule name -> family of expressions (the module that holds it).
def _families() -> dict[str, str]:
    from analysis.dates.extract import FAMILIES, GENERAL

    families = {rule.name: "general" for module in GENERAL for rule in module.RULES}
    for module in FAMILIES:
        families |= {rule.name: module.__name__.rsplit(".", 1)[-1] for rule in module.RULES}
    return families


def by_family(documents: list[tuple[str, list[Span], list[Span]]]) -> pd.DataFrame:
    """Per family of rules: expressions found, how many match a gold one (relaxed, so their
    precision), and how many of those have the gold value."""
    families = _families()
    counts: dict[str, list[int]] = {}
    for _, gold, system in documents:
        pairs = {id(s): g for g, s in _pairs(gold, system, strict=False)}
        for span in system:
            family = families.get(span.rule, "general")
            entry = counts.setdefault(family, [0, 0, 0])
            entry[0] += 1
            if id(span) in pairs:
                entry[1] += 1
                entry[2] += _canonical(pairs[id(span)].value) == _canonical(span.value)
    frame = pd.DataFrame(
        [(f, n, m, v, 100 * m / n if n else 0.0, 100 * v / m if m else 0.0)
         for f, (n, m, v) in sorted(counts.items())],
        columns=["family", "found", "matched", "value_right", "precision", "value_accuracy"],
    )  # fmt: skip
    return frame


def _errors(documents: list[tuple[str, list[Span], list[Span]]], limit: int) -> list[str]:
    lines = []
    for name, gold, system in documents:
        pairs = _pairs(gold, system, strict=False)
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        for g, s in pairs:
            if _canonical(g.value) != _canonical(s.value) or (g.start, g.end) != (s.start, s.end):
                lines.append(f"{name}\tDIFF\t{g.text!r} {g.value} | {s.text!r} {s.value}")
        lines += [
            f"{name}\tMISS\t{g.text!r} {g.type} {g.value}"
            for g in gold
            if id(g) not in matched_gold
        ]
        lines += [
            f"{name}\tFALSE\t{s.text!r} {s.type} {s.value}"
            for s in system
            if id(s) not in matched_system
        ]
    return lines[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", help="folder of TimeML (*.tml) files")
    parser.add_argument("--errors", type=int, default=0, help="list up to N disagreements")
    parser.add_argument(
        "--files",
        default="*.tml",
        help="glob of the files to score, e.g. 'XIE*.tml' (the part kept aside) or "
        "'[AN]*.tml' (the development part)",
    )
    args = parser.parse_args(argv)
    try:
        table, documents = evaluate(args.directory, files=args.files)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(documents)} documents, TempEval-3 Task A (percent)")
    with pd.option_context("display.float_format", "{:.2f}".format, "display.width", 200):
        print(table.to_string())
        print()
        print(by_family(documents).to_string(index=False))
    if args.errors:
        print("\n".join(_errors(documents, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
