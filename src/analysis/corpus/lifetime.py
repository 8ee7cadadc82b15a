"""Worker processes that live only as long as the run that started them.

A corpus run's workers are separate processes. Killed with ``kill -9`` or ``kill``, the driver
used to leave them (and their 250 MB each) running for good. Each worker now ties its life to
its parent's: on Linux the kernel sends it SIGKILL when the parent dies
(``prctl(PR_SET_PDEATHSIG)``); everywhere a watchdog thread exits it within half a second of
finding its parent gone. Ctrl-C goes to the driver alone (workers ignore SIGINT), which stops
the run, stops its workers and keeps every batch already written.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

__all__ = ["stop_on_sigterm", "tie_to_parent"]

_PR_SET_PDEATHSIG = 1
_POLL_SECONDS = 0.5


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_POLL_SECONDS)
    os._exit(1)  # the parent is gone: nothing is waiting for this worker's results


def tie_to_parent(parent: int | None = None) -> None:
    """Make this (worker) process end when its parent does, whatever ends the parent, and
    leave Ctrl-C to the parent. Call once, first thing in the worker. ``parent``: the process
    that started this one, as that process gave its id; a worker whose parent died while it
    was still starting (importing its libraries) has another parent by then, and exits at
    once (without it, the parent is whichever process is the parent now)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid() if parent is None else parent
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the tie was made
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watchdog", daemon=True).start()


class Stopped(KeyboardInterrupt):
    """The run was asked to stop (SIGTERM): handled like Ctrl-C."""


def _raise_stopped(signum: int, frame: object) -> None:
    raise Stopped(f"stopped by signal {signum}")


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Within the block, SIGTERM stops the run the way Ctrl-C does (a :class:`Stopped`, a
    KeyboardInterrupt), so that ``finally`` blocks stop the workers; the old handler is put
    back afterwards. Only in the main thread (signals are delivered there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_stopped)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
