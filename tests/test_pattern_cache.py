"""Compiled patterns kept between processes: what comes back from the file is the pattern
``re.compile`` gives, and a file that cannot be trusted is left alone."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import pattern_cache
from analysis.pattern_cache import PatternCache, cached_compile, default_cache

#: Named and numbered groups, look-arounds, flags set outside and inside, classes of
#: non-ASCII letters, repeats, back references, verbose layout.
PATTERNS = [
    (r"(?P<speaker>[A-Z][a-z]+) (said|says)", 0),
    (r"(?<=\d,)\s*(?:Inc|Ltd)\.?", re.IGNORECASE),
    (r"(?i:according to)\s+(?P<who>[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)*)", 0),
    (r"(\w+)\s+\1", 0),
    (r"(?x) \d{4}  # a year\n  (?:-\d{2}){0,2}", 0),
    (r"^\s*$", re.MULTILINE),
    (r"[«»“”\"']", 0),
    (r"(?s).+?(?!\.)", 0),
]


def _filled(path: Path) -> PatternCache:
    cache = PatternCache(path)
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    cache.save()
    return cache


def test_patterns_from_the_file_are_the_patterns_re_compiles(tmp_path):
    path = tmp_path / "patterns.marshal"
    first = _filled(path)
    assert first.compiled_here == 0  # saved
    again = PatternCache(path)
    for pattern, flags in PATTERNS:
        found, expected = again.compile(pattern, flags), re.compile(pattern, flags)
        assert found == expected  # text, flags and the engine's code
        assert (found.groups, found.groupindex) == (expected.groups, expected.groupindex)
    assert again.compiled_here == 0  # none parsed: all from the file
    match = again.compile(PATTERNS[2][0]).search("it is, according to Émile Zola, done")
    assert match is not None and match["who"] == "Émile Zola"


def test_every_rule_of_the_package_comes_back_as_compiled(tmp_path):
    # The rules as the package loads them, in a process of their own (it writes the file at
    # exit): each of them rebuilt from the file equals re.compile's.
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    environment.pop(pattern_cache._SWITCH, None)
    code = "import analysis.quotes.extract, analysis.dates.extract"
    subprocess.run([sys.executable, "-c", code], check=True, env=environment, timeout=120)
    [path] = (tmp_path / "article-analysis").glob("patterns-*.marshal")
    stored = PatternCache(path)._read()
    assert len(stored) > 400
    for (pattern, flags), entry in stored.items():
        assert pattern_cache._pattern(pattern, entry) == re.compile(pattern, flags), pattern


def _write(path: Path, build: str, payload: bytes, digest: str | None = None) -> None:
    digest = digest or hashlib.sha256(payload).hexdigest()
    path.write_bytes(marshal.dumps((build, digest, payload)))


@pytest.mark.parametrize(
    "damage",
    ["truncated", "a byte changed", "another Python", "not ours", "empty", "a folder"],
)
def test_a_file_that_cannot_be_trusted_is_read_as_empty_and_rewritten(tmp_path, damage):
    path = tmp_path / "patterns.marshal"
    _filled(path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "a byte changed":
        build, digest, payload = marshal.loads(data)
        changed = bytearray(payload)
        changed[len(changed) // 2] ^= 1
        _write(path, build, bytes(changed), digest)
    elif damage == "another Python":
        _, _, payload = marshal.loads(data)
        _write(path, "3.10.0 (main) | cpython-310 | sre 20171005 4", payload)
    elif damage == "not ours":
        path.write_bytes(b"PK\x03\x04 a zip file, perhaps")
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
        path.mkdir()
    cache = PatternCache(path)
    for pattern, flags in PATTERNS:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert cache.compiled_here == len(PATTERNS)
    cache.save()  # never raises, even where it cannot write (the folder)
    if damage != "a folder":
        assert PatternCache(path)._read().keys() == {(p, int(f)) for p, f in PATTERNS}


def test_code_of_another_pattern_is_caught_by_the_first_comparison(tmp_path):
    # A file whose checksum holds but whose code is not the pattern's (written by a Python
    # that builds patterns otherwise): the first pattern built is compared with re's own,
    # the difference turns the file off, and every pattern is re.compile's.
    path = tmp_path / "patterns.marshal"
    other = pattern_cache._entry(r"b+", 0)
    payload = marshal.dumps({(pattern, int(flags)): other for pattern, flags in PATTERNS})
    _write(path, pattern_cache._build(), payload)
    cache = PatternCache(path)
    for pattern, flags in PATTERNS:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert cache.compile(PATTERNS[0][0]).search("b") is None
    cache.save()
    assert PatternCache(path)._read() == marshal.loads(payload)  # left as it was


def test_a_bad_pattern_raises_re_error_as_re_does(tmp_path):
    cache = PatternCache(tmp_path / "patterns.marshal")
    with pytest.raises(re.error, match="missing \\)"):
        cache.compile(r"(unclosed")
    assert cache.compile("fine") == re.compile("fine")


def test_the_file_keeps_this_processes_patterns_first(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    _filled(path)
    monkeypatch.setattr(pattern_cache, "_MOST", 3)
    cache = PatternCache(path)
    fresh = [(r"new(\d)", 0), (r"newer\w", 0)]
    for pattern, flags in fresh:
        cache.compile(pattern, flags)
    cache.save()
    kept = PatternCache(path)._read()
    assert len(kept) == 3 and set(fresh) <= kept.keys()


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setattr(pattern_cache, "_DEFAULT", None)
    monkeypatch.setenv(pattern_cache._SWITCH, "off")
    assert default_cache() is None
    assert cached_compile(r"(?P<year>\d{4})", re.ASCII) == re.compile(r"(?P<year>\d{4})", re.ASCII)


def test_the_default_file_is_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(pattern_cache, "_DEFAULT", None)
    monkeypatch.delenv(pattern_cache._SWITCH, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache.atexit, "register", lambda function: None)
    cache = default_cache()
    assert cache is not None and cache.path.parent == tmp_path / "article-analysis"
    assert cached_compile("a(b)c") == re.compile("a(b)c")
