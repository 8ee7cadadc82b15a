"""Compiled regular expressions kept from one process to the next.

The quotation and date rules are some 350 patterns. Compiling them — Python's ``re`` parsing
each into its engine's code — takes half a second in every process that loads the rules:
each notebook kernel, corpus worker and command. :func:`cached_compile` keeps the engine's
code of each pattern in one file of the user's cache folder
(``$XDG_CACHE_HOME/article-analysis``, else ``~/.cache/article-analysis``) and builds the
pattern from it in later processes: a pattern is parsed once per machine and Python build.
A pattern the file lacks is compiled as usual, and the file is rewritten when the process
ends.

The engine's code is CPython's own (``_sre``), not a public interface. So the cache works
only on the CPython versions whose engine it was written for (3.11 to 3.13); its file is
keyed by the exact Python build and engine version and checked whole against its SHA-256;
the first pattern it builds in a process is compiled by ``re`` too and compared (a pattern's
equality is its text, flags and code); and any doubt — another Python, a damaged or foreign
file, a folder that cannot be written, a code the engine refuses — leaves the patterns
compiled exactly as without it. ``ARTICLE_ANALYSIS_PATTERN_CACHE=off`` turns it off.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, TypeAlias

__all__ = ["PatternCache", "cached_compile", "default_cache"]

#: What the engine needs besides the pattern's text: flags (with those set inside the
#: pattern), code, number of groups, group names to numbers, numbers to names.
_Entry: TypeAlias = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key: TypeAlias = tuple[str, int]

#: The versions whose ``_sre.compile`` and ``re._compiler`` this module was written against.
_SUPPORTED = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
#: At most this many patterns in the file: those of the process that writes it first, then
#: the file's others (rules edited over months would otherwise pile up there).
_MOST = 5000
_SWITCH = "ARTICLE_ANALYSIS_PATTERN_CACHE"


def _engine() -> Any:
    return importlib.import_module("_sre")


def _build() -> str:
    """The Python build and engine a file of code belongs to."""
    sre = _engine()
    return f"{sys.version} | {sys.implementation.cache_tag} | sre {sre.MAGIC} {sre.CODESIZE}"


def _entry(pattern: str, flags: int) -> _Entry:
    """The engine's code of ``pattern``: what ``re._compiler.compile`` hands to the engine."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    numbers: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbers[number] = name
    # the code holds the engine's opcodes as named int constants: plain ints for the file
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        names,
        tuple(numbers),
    )


def _pattern(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, names, numbers = entry
    compiled: re.Pattern[str] = _engine().compile(pattern, flags, code, groups, names, numbers)
    return compiled


class PatternCache:
    """Compiled patterns backed by the file at ``path`` (read on first use, written by
    :meth:`save`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stored: dict[_Key, _Entry] | None = None
        self._used: dict[_Key, _Entry] = {}
        self._compiled = 0  # patterns compiled here, not taken from the file
        #: None until the first pattern built here is compared with re.compile's; False if
        #: it differed or the engine failed: then every pattern is re.compile's own.
        self._trusted: bool | None = None

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file when it holds the pattern."""
        flags = int(flags)
        if self._trusted is False:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        entry = self._used.get(key) or self._read().get(key)
        if entry is None:
            try:
                entry = _entry(pattern, flags)
            except re.error:
                raise  # the pattern's own error, as re.compile gives it
            except Exception:  # internals this module does not know: re's own way
                return self._distrust(pattern, flags)
            self._compiled += 1
        try:
            found = _pattern(pattern, entry)
        except Exception:  # code the engine refuses (a file gone wrong): re's own way
            return self._distrust(pattern, flags)
        if self._trusted is None:  # the first pattern built here: is it re's own?
            if found != re.compile(pattern, flags):
                return self._distrust(pattern, flags)
            self._trusted = True
        self._used[key] = entry
        return found

    def _distrust(self, pattern: str, flags: int) -> re.Pattern[str]:
        """Leave the file and the engine's internals alone for the rest of the process."""
        self._trusted = False
        self._compiled = 0  # nothing to save
        return re.compile(pattern, flags)

    @property
    def compiled_here(self) -> int:
        """How many patterns this process compiled itself (those the file lacked)."""
        return self._compiled

    def _read(self) -> dict[_Key, _Entry]:
        if self._stored is None:
            self._stored = {}
            try:
                build, digest, payload = marshal.loads(self.path.read_bytes())
                if build == _build() and hashlib.sha256(payload).hexdigest() == digest:
                    self._stored = marshal.loads(payload)
            except (OSError, EOFError, ValueError, TypeError):
                pass
        return self._stored

    def save(self) -> None:
        """Write the patterns this process used, and what room is left of the file's others,
        if it compiled any itself. Never raises: without the file, patterns compile anew."""
        if not self._compiled:
            return
        kept = dict(self._used)
        self._stored = None  # another process may have written meanwhile
        for key, entry in self._read().items():
            if len(kept) >= _MOST:
                break
            kept.setdefault(key, entry)
        try:
            payload = marshal.dumps(kept)
            data = marshal.dumps((_build(), hashlib.sha256(payload).hexdigest(), payload))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self.path)  # whole or not at all, whoever writes at once
        except (OSError, ValueError):
            return
        self._compiled = 0


def _default_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    tag = hashlib.sha256(_build().encode()).hexdigest()[:12] if _SUPPORTED else "none"
    return Path(base) / "article-analysis" / f"patterns-{tag}.marshal"


_DEFAULT: PatternCache | None = None


def default_cache() -> PatternCache | None:
    """The process's cache in the user's cache folder; None where it cannot work (another
    Python) or is turned off (``ARTICLE_ANALYSIS_PATTERN_CACHE=off``)."""
    global _DEFAULT
    if not _SUPPORTED or os.environ.get(_SWITCH, "").lower() in {"off", "0", "no"}:
        return None
    if _DEFAULT is None:
        _DEFAULT = PatternCache(_default_path())
        atexit.register(_DEFAULT.save)
    return _DEFAULT


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, parsed once per machine (see the module's docstring)."""
    cache = default_cache()
    return re.compile(pattern, flags) if cache is None else cache.compile(pattern, flags)
