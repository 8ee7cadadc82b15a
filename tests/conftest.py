"""Shared fixtures. The whole test run is offline: see ``_offline/sitecustomize.py``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

OFFLINE_DIR = Path(__file__).parent / "_offline"
FIXTURES = Path(__file__).parent / "fixtures"

# Block the network in this process now, and in every child Python (nbval kernels) through
# PYTHONPATH.
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(OFFLINE_DIR), *filter(None, [os.environ.get("PYTHONPATH")])]
)
sys.path.insert(0, str(OFFLINE_DIR))
import sitecustomize  # noqa: E402, F401

sys.path.remove(str(OFFLINE_DIR))

import matplotlib  # noqa: E402

# Plots in the unit tests render without a display. (Not through MPLBACKEND: that would reach
# the nbval kernels and stop them from displaying figures inline.)
matplotlib.use("Agg")

from analysis import DEFAULT_ARTICLE, Article, load_article  # noqa: E402


@pytest.fixture(scope="session")
def article() -> Article:
    """Our article, ``data/2021-08-17-nato-afghanistan.txt``."""
    return load_article(DEFAULT_ARTICLE)


@pytest.fixture(scope="session")
def fixture_article() -> Article:
    """A small article written for the tests (``tests/fixtures/2019-12-31-harbour.txt``)."""
    return load_article(FIXTURES / "2019-12-31-harbour.txt")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files marked ``heavy`` (they start processes, kernels or a whole report) run first, then
    the notebooks, then the rest: the two xdist workers take files in this order, so the long
    ones never end the run alone while the other worker idles. The order within a file is
    kept (nbval runs a notebook's cells in order)."""

    def weight(item: pytest.Item) -> int:
        if item.get_closest_marker("heavy"):
            return 0
        return 1 if item.path.suffix == ".ipynb" else 2

    items.sort(key=weight)
