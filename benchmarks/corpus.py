"""Corpus benchmark (``make bench-corpus``): throughput of the local and Dask engines, scaling
from 1,000 to 10,000 articles, peak memory, identical tables; and throughput from a JSON Lines
file of 2,000 different real news articles, and from a file of 2,000 of the scaling runs'
articles beside the same handed in memory (what reading costs).

The scaling runs use the 73 articles of ``data/corpus/`` repeated with new ids, dates (shifted
by whole weeks) and outlets: each is analysed afresh, but their sentences repeat, and the
caches that libraries keep by text (textstat's, the tone lexicon's) serve the repeats, so these
runs flatter the rate. The file run reads 2,000 articles no two alike, from the development
data in ``../shared/`` (the 73 AQUAINT articles, PolNeAR's 840, CoNLL-2003's 1,162 Reuters
stories; skipped when ``../shared`` is absent): that rate is what a real corpus gets. Peak
memory is the largest resident set of the driver plus its worker processes, sampled every
0.2 s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import analysis as an  # noqa: E402
from analysis.corpus import ANALYSES, Corpus, analyse_corpus  # noqa: E402

OUTLETS = ["Daily Coast", "Valley Herald", "Wire Service", "Evening Post", "Radio News"]
SHARED = ROOT.parent / "shared"


def articles(n: int):
    base = list(an.read_articles(an.DEFAULT_CORPUS))
    for i in range(n):
        source = base[i % len(base)]
        round_ = i // len(base)
        yield an.Article.from_parts(
            source.body,
            date=(source.date or dt.date(2000, 1, 1)) + dt.timedelta(weeks=round_),
            headline=source.headline,
            id=f"{source.id}-{round_}",
            outlet=OUTLETS[(i + round_) % len(OUTLETS)],
        )


def _shared_records() -> itertools.chain[dict[str, object]]:
    """Real news records from ``../shared/``, the sources interleaved, ids made unique."""

    def lines(name: str):
        with (SHARED / name).open(encoding="utf-8") as file:
            yield from map(json.loads, file)

    def aquaint():
        for r in lines("corpus/aquaint-1998-2000.jsonl"):
            yield {k: r.get(k) for k in ("id", "date", "headline", "outlet", "text")}

    def polnear():
        for r in lines("quotes/polnear-train.jsonl"):
            text = r["text"].lstrip()
            if text.startswith("date "):  # our format's first line: the fields say it
                text = text.split("\n\n", 1)[1]
            yield {"id": r["id"], "date": r["date"], "headline": r["title"],
                   "outlet": r["publisher"], "text": text}  # fmt: skip

    def conll(part: str):
        for r in lines(f"entities/conll2003-{part}.jsonl"):
            yield {"id": f"conll-{part}-{r['id']}", "outlet": "Reuters", "text": r["text"]}

    sources = (aquaint(), polnear(), conll("train"), conll("dev"))
    mixed = itertools.zip_longest(*sources)
    return itertools.chain.from_iterable((r for r in group if r) for group in mixed)


def real_news_file(n: int, folder: Path) -> Path | None:
    """A JSON Lines file of ``n`` different real news articles, or None without ../shared."""
    if not (SHARED / "quotes" / "polnear-train.jsonl").is_file():
        return None
    path = folder / "news.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for record in itertools.islice(_shared_records(), n):
            file.write(json.dumps(record) + "\n")
    return path


def scaling_file(n: int, folder: Path) -> Path:
    """The first ``n`` articles of the scaling runs (:func:`articles`) as a JSON Lines file:
    the same articles read from a file and handed in memory show what reading costs."""
    path = folder / "scaling.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for article in articles(n):
            record = {"id": article.id, "date": str(article.date), "headline": article.headline,
                      "outlet": article.outlet, "text": article.body}  # fmt: skip
            file.write(json.dumps(record) + "\n")
    return path


class PeakMemory:
    """The largest RSS of this process and its children, sampled in a thread."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    total += child.memory_info().rss
            self.peak = max(self.peak, total)
            time.sleep(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self._stop.set()
        self._thread.join()


def run(
    n: int, engine: str, workers: int, *, source: Path | None = None, analyses=None
) -> dict[str, float]:
    output = Path(tempfile.mkdtemp(prefix=f"bench-{engine}-{n}-"))
    with PeakMemory() as memory:
        started = time.perf_counter()
        result = analyse_corpus(
            source or articles(n),
            output=output,
            engine=engine,
            workers=workers,
            progress=False,
            analyses=analyses,
        )
        seconds = time.perf_counter() - started
    assert result.analysed == n and result.errors == 0, result.summary()
    return {
        "n": n,
        "seconds": seconds,
        "rate": n / seconds,
        "peak_mb": memory.peak / 2**20,
        "output": str(output),
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--huge", action="store_true", help="also run 100,000 articles (about 8 minutes more)"
    )
    huge_run = parser.parse_args().huge
    workers = os.cpu_count() or 1
    rows = []
    small = run(1_000, "local", workers)
    large = run(10_000, "local", workers)
    # before the Dask run: a driver that has run a Dask cluster holds more memory
    huge = run(100_000, "local", workers) if huge_run else None
    dask = run(1_000, "dask", workers)
    folder = Path(tempfile.mkdtemp(prefix="bench-news-"))
    news = real_news_file(2_000, folder)
    without = [name for name in ANALYSES if name != "entities"]
    # the corpus targets were set before the language model: the same run without entities
    large_without = run(10_000, "local", workers, analyses=without)
    from_file = [
        (label, run(2_000, "local", workers, source=news, analyses=chosen))
        for label, chosen in (("all analyses", None), ("without entities", without))
        if news is not None
    ]
    # the issue's measure: the scaling runs' articles, read from a file and handed in memory
    scaling_read = run(2_000, "local", workers, source=scaling_file(2_000, folder),
                       analyses=without)  # fmt: skip
    scaling_memory = run(2_000, "local", workers, analyses=without)
    per_small = small["seconds"] / small["n"]
    per_large = large["seconds"] / large["n"]
    local_tables = Corpus(small["output"])
    dask_tables = Corpus(dask["output"])
    differing = [
        name
        for name in local_tables.tables
        if not local_tables.table(name).equals(dask_tables.table(name))
    ]
    identical = not differing and local_tables.tables == dask_tables.tables
    rows.append(("local, 1,000 articles, all analyses",
                 f"{small['seconds']:.1f} s, {small['rate']:.0f}/s, "
                 f"peak {small['peak_mb']:.0f} MB", "", ""))  # fmt: skip
    rows.append(("local, 10,000 articles, all analyses",
                 f"{large['seconds']:.1f} s, {large['rate']:.0f}/s, "
                 f"peak {large['peak_mb']:.0f} MB", "< 1 GB",
                 "yes" if large["peak_mb"] < 1024 else "NO"))  # fmt: skip
    rows.append(("articles per second per core (10,000)", f"{large['rate'] / workers:.0f}",
                 "", ""))  # fmt: skip
    rows.append(("local, 10,000 articles, without entities",
                 f"{large_without['seconds']:.1f} s, {large_without['rate']:.0f}/s, "
                 f"{large_without['rate'] / workers:.0f}/s per core, "
                 f"peak {large_without['peak_mb']:.0f} MB", "< 60 s, >= 100/s a core",
                 "yes" if large_without["seconds"] < 60 and large_without["rate"] / workers >= 100
                 else "NO"))  # fmt: skip
    ratio = per_large / per_small
    rows.append(("time per article, 10,000 / 1,000", f"{ratio:.2f}x", "<= 1.2x",
                 "yes" if ratio <= 1.2 else "NO"))  # fmt: skip
    rows.append(("peak memory, 10,000 / 1,000", f"{large['peak_mb'] / small['peak_mb']:.2f}x",
                 "flat", ""))  # fmt: skip
    slower = dask["seconds"] / small["seconds"]
    rows.append((f"dask LocalCluster ({workers} workers), 1,000 articles",
                 f"{dask['seconds']:.1f} s ({slower:.2f}x local)", "<= 1.3x",
                 "yes" if slower <= 1.3 else "NO"))  # fmt: skip
    if huge is not None:
        rows.append(("local, 100,000 articles", f"{huge['seconds']:.1f} s, "
                     f"{huge['rate']:.0f}/s, peak {huge['peak_mb']:.0f} MB", "", ""))  # fmt: skip
        rows.append(("peak memory, 100,000 / 10,000", f"{huge['peak_mb'] / large['peak_mb']:.2f}x",
                     "flat (within 5%)",
                     "yes" if huge["peak_mb"] <= large["peak_mb"] * 1.05 else "NO"))  # fmt: skip
    for label, result in from_file:
        rows.append((f"2,000 real news articles from JSON Lines, {label}",
                     f"{result['seconds']:.1f} s, {result['rate']:.0f}/s",
                     ">= 200/s" if label == "without entities" else "",
                     ("yes" if result["rate"] >= 200 else "NO") if label == "without entities"
                     else ""))  # fmt: skip
    if news is None:
        rows.append(("2,000 real news articles from JSON Lines", f"skipped: no {SHARED}", "", ""))
    rows.append(("2,000 of the scaling runs' articles from JSON Lines, without entities",
                 f"{scaling_read['seconds']:.1f} s, {scaling_read['rate']:.0f}/s", ">= 200/s",
                 "yes" if scaling_read["rate"] >= 200 else "NO"))  # fmt: skip
    rows.append(("the same 2,000 handed in memory",
                 f"{scaling_memory['seconds']:.1f} s, {scaling_memory['rate']:.0f}/s",
                 "= from the file", ""))  # fmt: skip
    verdict = str(identical) + (f" ({', '.join(differing)} differ)" if differing else "")
    rows.append(("dask and local tables identical", verdict, "True",
                 "yes" if identical else "NO"))  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'measured':<40}  {'target':<16}  met")
    for name, value, target, met in rows:
        print(f"{name:<{width}}  {value:<40}  {target:<16}  {met}")
    done = (small, large, large_without, dask, scaling_read, scaling_memory,
            *([huge] if huge else []))  # fmt: skip
    for result in (*done, *(r for _, r in from_file)):
        shutil.rmtree(result["output"], ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
