"""Analysing a corpus: every article of a collection through every analysis, written as a
Parquet dataset in batches, on a local process pool or a Dask cluster, resumable.

Layout of ``output/``::

    <table>/batch-<n>.parquet     one file per batch and table (articles, terms, quotes, ...)
    errors/batch-<n>.parquet      article_id, analysis, message
    manifest/batch-<n>.parquet    article_id, hash, batch: written last, so a batch counts
                                  only when all its tables are on disk

A rerun analyses only the articles whose id is new or whose content changed (their ``hash``);
readers (:class:`analysis.corpus.Corpus`) take each article's rows from its latest batch. A
batch whose manifest is missing (a run killed while writing it) is deleted and redone.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
import re
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

from analysis.article import Article
from analysis.corpus.tables import (
    ANALYSES,
    arrow_table,
    article_hash,
    article_key,
    article_tables,
    batch_table,
)
from analysis.frames import Rows

__all__ = ["CorpusRun", "analyse_batch", "analyse_corpus"]

_BATCH = re.compile(r"batch-(\d+)\.parquet$")
ERROR_COLUMNS = ("article_id", "analysis", "message")
ERROR_TYPES = dict.fromkeys(ERROR_COLUMNS, "object")


@dataclass(frozen=True)
class CorpusRun:
    """What a run did: articles analysed, skipped as unchanged, errors, time."""

    output: Path
    analysed: int
    unchanged: int
    skipped_records: int
    errors: int
    seconds: float
    engine: str

    def summary(self) -> str:
        """One line: ``73 articles analysed, 0 unchanged, 0 errors in 2.1 s (35 articles/s)``."""
        rate = self.analysed / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped_records} records unreadable" if self.skipped_records else ""
        return (
            f"{self.analysed} articles analysed, {self.unchanged} unchanged{skipped}, "
            f"{self.errors} errors in {self.seconds:.1f} s ({rate:.0f} articles/s, "
            f"{self.engine} engine)"
        )


def analyse_batch(
    batch: int, articles: list[Article], analyses: tuple[str, ...] = ANALYSES
) -> dict[str, Any]:
    """Analyse one batch of articles (on a worker). Returns Arrow tables by name, plus
    ``manifest`` and ``errors``, ready to be written as ``batch-<batch>.parquet``.

    The cycle collector waits for the end of the batch (:func:`_collected_after`)."""
    with _collected_after():
        return _batch_tables(batch, articles, analyses)


def _batch_tables(batch: int, articles: list[Article], analyses: tuple[str, ...]) -> dict[str, Any]:
    parts: dict[str, list[tuple[Article, Rows]]] = {name: [] for name in analyses}
    errors: list[tuple[str, str, str]] = []
    manifest: list[tuple[str, str]] = []
    for article in articles:
        tables, failed = article_tables(article, analyses)
        for name, rows in tables.items():
            parts[name].append((article, rows))
        errors += failed
        manifest.append((article_key(article), article_hash(article)))
    out: dict[str, Any] = {
        name: batch_table(stacked, batch=batch) for name, stacked in parts.items() if stacked
    }
    out["errors"] = arrow_table(Rows(ERROR_COLUMNS, ERROR_TYPES, errors), batch=batch)
    out["manifest"] = arrow_table(
        Rows(("article_id", "hash"), {"article_id": "object", "hash": "object"}, manifest),
        batch=batch,
    )
    return out


@contextlib.contextmanager
def _collected_after() -> Iterator[None]:
    """Python's cycle collector off within the block, one collection of what the block left
    after it. A batch builds hundreds of thousands of rows that live until its tables are
    made, and the collector, run every 700 new objects, walked them again and again: 3-5% of
    a worker's time. What the block allocates stays in the youngest generation, so one
    collection of that generation frees every cycle it made. Nothing changes if the
    collector was off already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def prepare_worker(analyses: tuple[str, ...] = ANALYSES, parent: int | None = None) -> None:
    """Ready a worker process: load every library and lexicon the analyses use (by analysing
    a two-sentence article), then move everything loaded out of the garbage collector's way
    (``gc.freeze``). A batch allocates many short-lived objects; without this, each full
    collection walks the lexicons and modules again, a fifth of a worker's time.

    Arrow allocates from the system allocator here: its default (mimalloc) keeps freed
    pages for reuse, 20 to 30 MB more per process over a long run.

    The worker also ties its life to its parent's (:func:`~analysis.corpus.lifetime.tie_to_parent`):
    whatever ends the run, its workers end with it (``parent``: the id of the process that
    started the worker, so that one whose parent died while it started exits too).

    Runs once per worker process (a pool initializer, a Dask worker callback), never in the
    caller's own interpreter."""
    import datetime as dt

    import pyarrow as pa

    from analysis.corpus.lifetime import tie_to_parent

    tie_to_parent(parent)

    pa.set_memory_pool(pa.system_memory_pool())

    warm_up = Article.from_parts(
        '"We will meet on Monday," Ann Reyes, the mayor, said on Friday.\n\nIt rained in 2003.',
        date=dt.date(2003, 5, 6),
        headline="Warm-up",
        id="warm-up",
    )
    analyse_batch(-1, [warm_up], analyses)
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def _system_memory_pool() -> Iterator[None]:
    """Arrow allocates from the system allocator while the run writes (see
    :func:`prepare_worker`); the caller's own pool is restored afterwards."""
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _write(output: Path, batch: int, tables: dict[str, Any]) -> None:
    """Write a batch's tables, the manifest last, each file whole or not at all (written
    under another name, then renamed): a run stopped while writing leaves no cut file
    for a reader of the corpus to fail on."""
    import pyarrow.parquet as pq

    for name in [*(name for name in tables if name != "manifest"), "manifest"]:
        folder = output / name
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"batch-{batch:06d}.parquet.tmp"
        pq.write_table(tables[name], partial)
        partial.rename(folder / f"batch-{batch:06d}.parquet")


def _state(output: Path) -> tuple[dict[str, str], int]:
    """Hashes of the articles already analysed, and the next batch number. Files of batches
    without a manifest (a run killed while writing them) are removed."""
    import pyarrow.parquet as pq

    manifest_dir = output / "manifest"
    done = sorted(manifest_dir.glob("batch-*.parquet")) if manifest_dir.is_dir() else []
    complete = {int(m[1]) for p in done if (m := _BATCH.search(p.name))}
    for path in output.glob("*/batch-*.parquet*"):
        match = re.search(r"batch-(\d+)\.parquet", path.name)
        if match and int(match[1]) not in complete:
            path.unlink()
    hashes: dict[str, str] = {}
    for path in done:
        frame = pq.read_table(path).to_pandas()
        hashes.update(zip(frame["article_id"], frame["hash"], strict=True))
    return hashes, (max(complete) + 1 if complete else 0)


def _articles(
    source: str | PathLike[str] | Iterable[Article], skipped: list[object]
) -> Iterator[Article]:
    if isinstance(source, str | PathLike):
        import warnings

        from analysis.sources import SkippedRecordWarning, read_articles

        collection = read_articles(source)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedRecordWarning)  # reported in errors instead
            yield from collection
        skipped.extend(collection.skipped)
        return
    yield from source


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(itertools.islice(articles, size)):
        yield chunk


def _chosen(analyses: Iterable[str] | None, engine: str) -> tuple[str, ...]:
    """The analyses a run computes (``articles`` always among them).

    Raises:
        ValueError: An unknown analysis or engine (named, with the choices).
    """
    chosen = tuple(ANALYSES if analyses is None else analyses)
    unknown = set(chosen) - set(ANALYSES)
    if unknown:
        raise ValueError(f"unknown analyses {sorted(unknown)}; choose from {', '.join(ANALYSES)}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    return chosen if "articles" in chosen else ("articles", *chosen)


def analyse_corpus(
    articles: str | PathLike[str] | Iterable[Article],
    *,
    output: str | PathLike[str],
    analyses: Iterable[str] | None = None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 100,
    progress: bool = True,
) -> CorpusRun:
    """Analyse every article of a corpus into a Parquet dataset under ``output``.

    Args:
        articles: A collection :func:`analysis.read_articles` reads (JSON Lines, JSON, CSV,
            TSV, a folder) or any iterable of :class:`~analysis.Article`.
        output: Folder of the dataset; an earlier run's results there are kept and only new
            or changed articles are analysed.
        analyses: Tables to compute (default: all of :data:`ANALYSES`).
        engine: ``local`` (a process pool on this machine; one process and no pool when
            ``workers=1``) or ``dask`` (``dask.distributed``: a ``LocalCluster`` of
            ``workers`` processes, or the running cluster at ``scheduler``).
        workers: Processes (default: every core).
        scheduler: Address of a running Dask scheduler (``tcp://host:8786``), dask engine only.
        batch_size: Articles per batch (one Parquet file per table and batch).
        progress: Show a progress bar (tqdm: terminal or JupyterLab).

    Returns:
        :class:`CorpusRun`; read the tables with :class:`analysis.corpus.Corpus`.
    """
    chosen = _chosen(analyses, engine)
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    hashes, next_batch = _state(output)
    skipped: list[object] = []
    unchanged = 0

    def todo() -> Iterator[Article]:
        nonlocal unchanged
        seen: set[str] = set()
        for article in _articles(articles, skipped):
            key = article_key(article)
            if key in seen:
                continue  # the same id twice in one collection: the first wins
            seen.add(key)
            if hashes.get(key) == article_hash(article):
                unchanged += 1
                continue
            yield article

    batches = enumerate(_batches(todo(), batch_size), start=next_batch)
    workers = workers or os.cpu_count() or 1
    bar = _progress(progress)
    analysed = errors = 0
    results = _run(batches, chosen, engine, workers, scheduler)
    # closing: a stop (Ctrl-C, SIGTERM) while a batch is written still ends the workers now
    with _system_memory_pool(), contextlib.closing(results):
        for batch, tables in results:
            _write(output, batch, tables)
            count = tables["manifest"].num_rows
            analysed += count
            errors += tables["errors"].num_rows
            bar.update(count)
    bar.close()
    if skipped:
        _write_unreadable(output, skipped)
    run = CorpusRun(
        output, analysed, unchanged, len(skipped), errors + len(skipped),
        time.perf_counter() - started, engine,
    )  # fmt: skip
    if progress:
        print(run.summary())
    return run


def _write_unreadable(output: Path, skipped: list[object]) -> None:
    """Records the reader skipped go to ``errors/unreadable.parquet`` (analysis ``read``)."""
    import pyarrow.parquet as pq

    rows = [(getattr(s, "where", ""), "read", getattr(s, "problem", "")) for s in skipped]
    (output / "errors").mkdir(exist_ok=True)
    pq.write_table(
        arrow_table(Rows(ERROR_COLUMNS, ERROR_TYPES, rows), batch=-1),
        output / "errors" / "unreadable.parquet",
    )


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(unit=" articles", desc="analysing", mininterval=0.5)


def _run(
    batches: Iterator[tuple[int, list[Article]]],
    analyses: tuple[str, ...],
    engine: str,
    workers: int,
    scheduler: str | None,
) -> Generator[tuple[int, dict[str, Any]], None, None]:
    """Results of the batches as they complete, at most ``2 x workers`` in flight, so that
    memory stays flat however many articles there are. A collection of one batch is analysed
    in this process: starting workers would cost more than it saves."""
    if engine == "dask":
        yield from _run_dask(batches, analyses, workers, scheduler)
        return
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers == 1 or second is None:  # one batch is not worth starting processes for
        rest = batches if second is None else itertools.chain([second], batches)
        for batch, articles in itertools.chain([first], rest):
            yield batch, analyse_batch(batch, articles, analyses)
        return
    batches = itertools.chain([first, second], batches)
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=prepare_worker,
        initargs=(analyses, os.getpid()),
    )
    try:
        pending: dict[Future[dict[str, Any]], int] = {}
        for batch, articles in batches:
            pending[pool.submit(analyse_batch, batch, articles, analyses)] = batch
            while len(pending) >= 2 * workers:
                yield from _completed(pending)
        while pending:
            yield from _completed(pending)
    except BaseException:
        _stop(pool)  # Ctrl-C, SIGTERM, an error: the workers go now, not after their batches
        raise
    pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the pool's workers at once. The queue that feeds them
    is not waited for at exit: its thread may be blocked writing a batch into a pipe no
    worker reads any more (Python 3.11's executor then waits for it for ever). Nor is the
    pipe results come back by: a worker stopped while writing its result leaves half a
    message there, which the executor's manager thread would wait for the rest of for ever
    (and the interpreter, at exit, for that thread: seen 3 times in 40 stopped runs on a
    loaded machine); once every worker is gone, closing this process's end for writing
    ends that read (1 such wait in 60 runs since: the CLI also ends at once after a stop)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)  # (shutdown forgets it)
    if (call_queue := getattr(pool, "_call_queue", None)) is not None:
        call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
    if results is not None:
        results._writer.close()


def _completed(pending: dict[Any, int]) -> Iterator[tuple[int, dict[str, Any]]]:
    done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
    for future in done:
        yield pending.pop(future), future.result()


def _run_dask(
    batches: Iterator[tuple[int, list[Article]]],
    analyses: tuple[str, ...],
    workers: int,
    scheduler: str | None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The same batch function on Dask: a LocalCluster, or the cluster at ``scheduler``.
    Scheduling, retries and spilling are Dask's."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    client = Client(scheduler or cluster)
    try:
        client.register_worker_callbacks(functools.partial(prepare_worker, analyses))
        flight = as_completed()
        owners: dict[object, int] = {}
        for batch, articles in batches:
            future = client.submit(analyse_batch, batch, articles, analyses, retries=1, pure=False)
            owners[future.key] = batch
            flight.add(future)
            while flight.count() >= 2 * workers:
                done = next(flight)
                yield owners.pop(done.key), done.result()
        for done in flight:
            yield owners.pop(done.key), done.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
