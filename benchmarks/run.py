"""Benchmarks: cold start, each analysis warm, and scaling with text size.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/run.py``). Prints medians of repeated
runs and each target beside its measured value. Timings on a shared machine are noisy: this is
a benchmark, not part of the test suite.
"""

from __future__ import annotations

import copy
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "data" / "2021-08-17-nato-afghanistan.txt",
    ROOT / "tests" / "fixtures" / "2019-12-31-harbour.txt",
    ROOT / "tests" / "fixtures" / "2022-03-04-quotes.txt",
]
SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}

CORPUS = ROOT / "data" / "corpus" / "aquaint-1998-2000.jsonl"

FULL_ANALYSIS = """
import analysis as an

def full_analysis(article):
    doc = an.Document(article)  # what the analyses share is computed once, on doc
    an.tokens(doc)
    an.term_frequencies(doc)
    an.readability_scores(doc)
    an.readability_by_paragraph(doc)
    an.sentiment_by_paragraph(doc)
    an.extract_dates(doc)
    an.timeline(doc)
    an.extract_quotes(doc)
    an.speakers(doc)
"""


def median_time(function: Callable[[], object], *, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def in_fresh_process(code: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold_import() -> float:
    code = (
        "import time, json; t = time.perf_counter(); import analysis; "
        "print(json.dumps({'s': time.perf_counter() - t}))"
    )
    return statistics.median(in_fresh_process(code)["s"] for _ in range(5))


def cold_full_analysis() -> float:
    code = (
        "import time, json; t = time.perf_counter()\n"
        + FULL_ANALYSIS
        + f"full_analysis(an.load_article({str(SOURCES[0])!r}))\n"
        + "print(json.dumps({'s': time.perf_counter() - t}))"
    )
    return statistics.median(in_fresh_process(code)["s"] for _ in range(3))


def paragraphs() -> list[str]:
    found = []
    for path in SOURCES:
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        found += [p.strip() for p in body.split("\n\n") if p.strip()]
    return found


def generated_article(size: int) -> str:
    """Real paragraphs repeated to ``size`` characters, each copy with other years."""
    pool = paragraphs()
    parts, total, i = [], 0, 0
    while total < size:
        year = 1950 + (i * 7) % 75
        text = re.sub(r"\b(?:19|20)\d\d\b", str(year), pool[i % len(pool)])
        parts.append(text)
        total += len(text) + 2
        i += 1
    return " date 2021-08-17 Generated article\n\n" + "\n\n".join(parts) + "\n"


def scaling(size: int) -> dict[str, float]:
    code = (
        "import time, json, resource, sys\n"
        + FULL_ANALYSIS
        + "text = sys.stdin.read()\n"
        + "full_analysis(an.parse_article(text))  # first run loads data and lexicons\n"
        + "times = []\n"
        + "for _ in range(3):\n"
        + "    t = time.perf_counter(); full_analysis(an.parse_article(text))\n"
        + "    times.append(time.perf_counter() - t)\n"
        + "times.sort()\n"
        + "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        + "print(json.dumps({'s': times[1], 'peak_mb': peak}))"
    )
    text = generated_article(size)
    out = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["kb"] = len(text.encode("utf-8")) / 1000
    return result


def warm(repeat: int = 20) -> dict[str, float]:
    import analysis as an

    path = SOURCES[0]
    article = an.load_article(path)
    namespace: dict[str, object] = {}
    exec(FULL_ANALYSIS, namespace)
    full = namespace["full_analysis"]
    full(article)  # load data once

    # Each step gets a copy of the article, a new object each call: a bare article keeps its
    # Document while among the few most recent (analysis.document.RECENT), so the same object
    # would be served from there. Every step computes what it needs from scratch (libraries'
    # caches by text, textstat's and the tone lexicon's, stay warm).
    def fresh() -> an.Article:
        return copy.copy(article)

    steps: dict[str, Callable[[], object]] = {
        "load + tokenize": lambda: an.tokens(an.load_article(path)),
        "term_frequencies": lambda: an.term_frequencies(fresh()),
        "readability_scores": lambda: an.readability_scores(fresh()),
        "readability_by_paragraph": lambda: an.readability_by_paragraph(fresh()),
        "sentiment_by_paragraph": lambda: an.sentiment_by_paragraph(fresh()),
        "extract_dates": lambda: an.extract_dates(fresh()),
        "extract_quotes": lambda: an.extract_quotes(fresh()),
        "full analysis": lambda: full(fresh()),  # type: ignore[operator]
    }
    return {name: median_time(step, repeat=repeat) for name, step in steps.items()}


def model_load() -> float:
    """Loading the language model in a fresh process (spaCy imported), median of three."""
    code = (
        "import time, json; t = time.perf_counter()\n"
        "from analysis.ner import language_model; language_model()\n"
        "print(json.dumps({'s': time.perf_counter() - t}))"
    )
    return statistics.median(in_fresh_process(code)["s"] for _ in range(3))


def entities_500_words(repeat: int = 20) -> dict[str, float]:
    """Entities of our article and of a 500-word article (model loaded), one core."""
    import analysis as an
    from analysis.tokenizer import word_count

    article = an.load_article(SOURCES[0])
    extra = "\n\n".join(p.text for p in article.paragraphs[:5])
    longer = an.Article.from_parts(article.body + "\n\n" + extra, headline=article.headline)
    an.entities(article)
    return {
        "words": word_count(an.Document(longer)),
        "ours": median_time(lambda: an.entities(an.Document(article)), repeat=repeat),
        "500": median_time(lambda: an.entities(an.Document(longer)), repeat=repeat),
    }


def quotes_500_words(repeat: int = 200) -> dict[str, float]:
    """The quotes analysis alone (tokens and sentences, which it shares, computed before) on
    our article and on a 500-word article, one core: the fastest of ``repeat`` runs (the
    machine's noise only ever adds)."""
    import analysis as an
    from analysis.quotes import quote_rows
    from analysis.tokenizer import shared_token_rows, word_count

    article = an.load_article(SOURCES[0])
    extra = "\n\n".join(p.text for p in article.paragraphs[:5])
    longer = an.Article.from_parts(article.body + "\n\n" + extra, headline=article.headline)
    result: dict[str, float] = {}
    for label, text in (("ours", article), ("500", longer)):
        doc = an.Document(text)
        shared_token_rows(doc)  # the shared tokens, computed once before
        quote_rows(doc)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            quote_rows(doc)
            times.append(time.perf_counter() - started)
        result[label] = min(times)
        result[f"{label} words"] = word_count(doc)
    return result


def alternating(repeat: int = 50) -> dict[str, float]:
    """Per-call time of term_frequencies on one article, and alternating between two."""
    import analysis as an

    one, two = (an.load_article(p) for p in SOURCES[:2])
    an.term_frequencies(one)
    single = median_time(lambda: an.term_frequencies(one), repeat=repeat)

    def both() -> None:
        an.term_frequencies(one)
        an.term_frequencies(two)

    return {"one article": single, "two alternating": median_time(both, repeat=repeat) / 2}


def corpus(path: Path = CORPUS, *, with_entities: bool = False) -> dict[str, float]:
    """Full analysis of every article of the shared JSON Lines corpus, one process (with the
    model-based entities when ``with_entities``)."""
    import analysis as an

    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        articles.append(
            an.Article.from_parts(record["text"], date=record["date"], headline=record["headline"])
        )
    namespace: dict[str, object] = {}
    exec(FULL_ANALYSIS, namespace)
    full: Callable[[object], None] = namespace["full_analysis"]  # type: ignore[assignment]
    if with_entities:
        base = full

        def full(article: object) -> None:
            base(article)
            an.entities(article)  # type: ignore[arg-type]

    full(articles[0])
    started = time.perf_counter()
    for article in articles:
        full(article)
    return {"articles": len(articles), "s": time.perf_counter() - started}


def main() -> None:
    rows: list[tuple[str, str, str, bool | None]] = []
    # Fresh processes first: a child forked after this process loaded the language model would
    # report this process's memory as its own peak.
    scaled = {label: scaling(size) for label, size in SIZES.items()}
    imported = cold_import()
    rows.append(("cold `import analysis`", f"{imported * 1000:.0f} ms", "< 500 ms", imported < 0.5))
    first = cold_full_analysis()
    rows.append(("first full analysis, fresh process", f"{first:.2f} s", "< 2 s", first < 2))
    timings = warm()
    for name, seconds in timings.items():
        target = "< 30 ms" if name == "full analysis" else ""
        met = seconds < 0.03 if name == "full analysis" else None
        rows.append((f"warm, our article: {name}", f"{seconds * 1000:.1f} ms", target, met))
    quoted = quotes_500_words()
    rows.append((f"quotes alone, our article ({quoted['ours words']:.0f} words), fastest run",
                 f"{quoted['ours'] * 1000:.2f} ms", "", None))  # fmt: skip
    rows.append((f"quotes alone, a {quoted['500 words']:.0f}-word article, fastest run",
                 f"{quoted['500'] * 1000:.2f} ms", "< 3 ms", quoted["500"] < 0.003))  # fmt: skip
    calls = alternating()
    ratio_alt = calls["two alternating"] / calls["one article"]
    rows.append(
        (
            "term_frequencies per call: two articles alternating / one",
            f"{calls['two alternating'] * 1000:.2f} / {calls['one article'] * 1000:.2f} ms",
            "<= 1.3x",
            ratio_alt <= 1.3,
        )
    )
    loaded = model_load()
    rows.append(("language model load, fresh process", f"{loaded:.2f} s", "<= 1.5 s",
                 loaded <= 1.5))  # fmt: skip
    found = entities_500_words()
    rows.append(("warm, our article: entities (model)", f"{found['ours'] * 1000:.1f} ms", "",
                 None))  # fmt: skip
    rows.append((f"warm, entities of a {found['words']:.0f}-word article",
                 f"{found['500'] * 1000:.1f} ms", "<= 25 ms", found["500"] <= 0.025))  # fmt: skip
    if CORPUS.is_file():
        for with_entities in (False, True):
            result = corpus(with_entities=with_entities)
            rate = result["articles"] / result["s"]
            rows.append(
                (
                    f"full analysis of the shared corpus ({result['articles']:.0f} articles)"
                    + (", with entities" if with_entities else ""),
                    f"{result['s']:.2f} s, {rate:.0f} articles/s",
                    ">= 20/s" if with_entities else "",
                    rate >= 20 if with_entities else None,
                )
            )
    per_kb = {}
    for label, result in scaled.items():
        per_kb[label] = result["s"] / result["kb"] * 1000
        rows.append(
            (
                f"full analysis, {label} ({result['kb']:.0f} KB)",
                f"{result['s']:.2f} s, {per_kb[label]:.2f} ms/KB, peak {result['peak_mb']:.0f} MB",
                "< 10 s, < 500 MB" if label == "1 MB" else "",
                result["s"] < 10 and result["peak_mb"] < 500 if label == "1 MB" else None,
            )
        )
    ratio = per_kb["1 MB"] / per_kb["10 KB"]
    rows.append(("time per KB, 1 MB / 10 KB", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'measured':<{value_width}}  {'target':<18}  met")
    for name, value, target, met in rows:
        verdict = "" if met is None else ("yes" if met else "NO")
        print(f"{name:<{width}}  {value:<{value_width}}  {target:<18}  {verdict}")


if __name__ == "__main__":
    main()
