"""Project paths, built once from this file's location.

Notebooks and scripts import these instead of writing ``../data/...`` strings, so they work
from any working directory.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parents[2]
DATA_DIR: Path = PROJECT_ROOT / "data"
NOTEBOOKS_DIR: Path = PROJECT_ROOT / "notebooks"
BUILD_DIR: Path = PROJECT_ROOT / "build"
NLTK_DATA_SOURCE: Path = DATA_DIR / "nltk_data"

#: The article the notebooks analyse by default.
DEFAULT_ARTICLE: Path = DATA_DIR / "2021-08-17-nato-afghanistan.txt"

#: The corpus the corpus notebooks analyse by default: 73 AP, NYT and Xinhua articles,
#: 1998-2000 (a byte-for-byte copy of ``../shared/corpus/aquaint-1998-2000.jsonl``).
DEFAULT_CORPUS: Path = DATA_DIR / "corpus" / "aquaint-1998-2000.jsonl"

#: The team's development data (``../shared/`` beside the project): read by the scorers and
#: ``make validity``/``make model``, never copied into the repository; absent on a user's machine.
SHARED_DIR: Path = PROJECT_ROOT.parent / "shared"
