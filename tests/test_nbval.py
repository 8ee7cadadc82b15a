"""nbval's teeth: the committed notebook outputs are a regression test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from analysis.paths import NOTEBOOKS_DIR

pytestmark = pytest.mark.heavy


def test_nbval_fails_when_a_stored_number_changes(tmp_path):
    """The committed outputs are a regression test: alter one number and nbval must fail."""
    source = NOTEBOOKS_DIR / "02-term-frequencies.ipynb"
    notebook = json.loads(source.read_text(encoding="utf-8"))
    cell = next(
        c
        for c in notebook["cells"]
        if c["cell_type"] == "code" and "term_frequencies" in "".join(c["source"])
    )
    # the cells after it are not needed to show the failure: the kernel runs fewer cells
    notebook["cells"] = notebook["cells"][: notebook["cells"].index(cell) + 1]
    data = cell["outputs"][0]["data"]
    plain = "".join(data["text/plain"])
    assert re.search(r"nato\s+11\b", plain)
    data["text/plain"] = re.sub(r"(nato\s+)11\b", r"\g<1>12", plain)
    copy = tmp_path / "altered.ipynb"
    copy.write_text(json.dumps(notebook), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p",
         "no:cacheprovider", "-c", os.devnull, "--rootdir", str(tmp_path), str(copy)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout[-2000:]
    assert "1 failed" in result.stdout
    assert "nato" in result.stdout and "12" in result.stdout
