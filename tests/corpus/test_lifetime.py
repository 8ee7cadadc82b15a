"""A corpus run stopped from outside stops whole: killed (SIGKILL), terminated (SIGTERM) or
interrupted (Ctrl-C, SIGINT to the process group), the driver leaves no worker behind, and a
stop the driver sees keeps every batch written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import analysis as an
from analysis.corpus import ANALYSES
from analysis.paths import DEFAULT_CORPUS

pytestmark = [
    pytest.mark.heavy,
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc"),
]


def _collection(path: Path, copies: int = 12) -> Path:
    """The shared corpus many times over, each copy with its own ids: a run of minutes."""
    lines = []
    for copy in range(copies):
        for article in an.read_articles(DEFAULT_CORPUS):
            record = {"id": f"{article.id}-{copy}", "date": str(article.date),
                      "headline": article.headline, "text": article.body}  # fmt: skip
            lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _children(pid: int) -> set[int]:
    """Every process whose parent is ``pid``, read from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    return _collection(tmp_path_factory.mktemp("lifetime") / "big.jsonl")


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(collection: Path, output: Path, analyses: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "analysis.cli", "corpus", str(collection), "--output",
               str(output), "--workers", "2", "--batch-size", "2",
               "--analyses", analyses]  # fmt: skip
    driver = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, as a terminal's job is
        # Ctrl-C as a terminal delivers it: a process started with SIGINT ignored keeps it
        # ignored (Python installs its KeyboardInterrupt handler only if it is not), and the
        # test worker that starts it may ignore SIGINT itself (seen once, in a clean clone's
        # run, after other tests had run in the same worker: the run went on to its end)
        preexec_fn=_interruptible,
    )  # fmt: skip
    manifest = output / "manifest"
    started = _wait_for(lambda: manifest.is_dir() and any(manifest.glob("*.parquet")), 90)
    assert started, driver.stderr.read() if driver.poll() is not None else "no batch in 90 s"
    return driver


#: Two of the stops on a run of the cheapest tables (a few seconds less each); SIGTERM, the
#: stop once seen to leave a driver waiting on a worker's half-sent result, on a run of every
#: table but the entities (results as large, workers that load no language model).
CHEAP = "articles,tokens,terms"
ALL_BUT_ENTITIES = ",".join(name for name in ANALYSES if name != "entities")


@pytest.mark.parametrize(
    ("how", "send", "analyses"),
    [
        ("kill -9", lambda p: os.kill(p.pid, signal.SIGKILL), CHEAP),
        ("kill", lambda p: os.kill(p.pid, signal.SIGTERM), ALL_BUT_ENTITIES),
        ("Ctrl-C", lambda p: os.killpg(p.pid, signal.SIGINT), CHEAP),  # the job, as a terminal
    ],
)
def test_a_stopped_run_leaves_no_worker_behind(collection, tmp_path, how, send, analyses):
    driver = _start(collection, tmp_path / "out", analyses)
    workers = _children(driver.pid)
    assert len(workers) >= 2, workers  # two workers (and the resource tracker)
    send(driver)
    _wait_or_show_where(driver, seconds=30)
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 10), (
        f"{how}: processes left running: {[pid for pid in workers if _alive(pid)]}"
    )
    if how != "kill -9":  # a stop the driver sees: a clean end, the batches kept
        stderr = driver.stderr.read()
        assert driver.returncode == 130, stderr
        assert "batches written" in stderr
        written = an.Corpus(tmp_path / "out").table("articles")
        assert 0 < len(written) < 12 * 73
        assert written["article_id"].is_unique


def _wait_or_show_where(driver: subprocess.Popen, *, seconds: float) -> None:
    """Wait for a stopped driver to end; if it does not, fail with where each of its threads
    is (the CLI prints them on SIGUSR1), then kill it."""
    try:
        driver.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(driver.pid, signal.SIGUSR1)
        time.sleep(2)
        driver.kill()
        _, stderr = driver.communicate()
        pytest.fail(f"the driver did not end {seconds:.0f} s after the stop:\n{stderr[-6000:]}")


def test_a_worker_whose_parent_is_gone_exits():
    # A process that ties itself to a parent which then dies ends on its own.
    script = (
        "import os, time\n"
        "from analysis.corpus.lifetime import tie_to_parent\n"
        "if os.fork() == 0:\n"
        "    tie_to_parent()\n"
        "    print(os.getpid(), flush=True)\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(1)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=30)  # fmt: skip
    child = int(out.stdout.split()[0])
    assert _wait_for(lambda: not _alive(child), 5)


def test_a_worker_whose_parent_died_while_it_started_exits():
    # The parent's id, given by the parent, is not this process's parent any more (it died
    # while the worker imported its libraries): the worker exits at once, not waiting for
    # work that will never come (seen when a run was stopped so soon that one worker had
    # not started yet: a kill -9 of the run left it running).
    script = (
        "import os, time\n"
        "from analysis.corpus.lifetime import tie_to_parent\n"
        "tie_to_parent(os.getppid() + 1_000_000)\n"
        "time.sleep(30)\n"
    )
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30)
    assert out.returncode == 1 and not out.stderr, out.stderr
    assert time.monotonic() - started < 15
