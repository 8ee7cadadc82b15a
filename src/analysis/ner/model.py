"""The project's language model: found in the package, loaded once per process, never
downloaded.

The pipeline (tok2vec, tagger, parser, ner; spaCy 3.8) is trained by ``make model`` from the
development data (see :mod:`analysis.ner.train` and ``MODEL_CARD.md`` beside it) and ships
in ``src/analysis/ner/model/``. A missing or unreadable model is a :class:`ModelError`
that names the folder and ``make model``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

__all__ = ["MODEL_DIR", "ModelError", "language_model"]

MODEL_DIR: Path = Path(__file__).parent / "model"


class ModelError(RuntimeError):
    """The language model cannot be loaded; the message names its folder and the fix."""


@functools.cache
def language_model(path: Path = MODEL_DIR) -> Any:
    """The spaCy pipeline at ``path`` (the package's by default), loaded once per process.

    Raises:
        ModelError: The folder is missing, incomplete or corrupt.
    """
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelError(
            f"{path}: the language model is missing (no config.cfg/meta.json); it ships with "
            "the package — restore it from git, or rebuild it with `make model`"
        )
    try:
        import spacy

        return spacy.load(path)
    except Exception as exc:  # spaCy and thinc raise many kinds on a damaged model
        raise ModelError(
            f"{path}: the language model cannot be read ({type(exc).__name__}: {exc}); "
            "restore it from git, or rebuild it with `make model`"
        ) from None
