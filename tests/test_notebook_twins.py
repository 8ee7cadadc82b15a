"""Every notebook has a jupytext ``py:percent`` twin with the same cells, so that a change to
a notebook reads as a code diff. ``make notebooks`` syncs them; this test fails when they drift.
"""

from __future__ import annotations

import jupytext
import pytest

from analysis.paths import NOTEBOOKS_DIR

NOTEBOOKS = sorted(
    [*NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"), *NOTEBOOKS_DIR.glob("corpus/[0-9][0-9]-*.ipynb")]
)


def test_every_notebook_has_a_twin():
    assert NOTEBOOKS
    for notebook in NOTEBOOKS:
        assert notebook.with_suffix(".py").is_file(), notebook.name


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_twin_has_the_notebooks_cells(notebook):
    twin = notebook.with_suffix(".py")
    cells = jupytext.read(notebook).cells
    twin_cells = jupytext.read(twin).cells
    assert [(c.cell_type, c.source) for c in cells] == [
        (c.cell_type, c.source) for c in twin_cells
    ], f"{twin.name} and {notebook.name} differ: run `make notebooks`"
