"""Layers: computation never loads matplotlib; only ``analysis.viz`` draws."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import analysis

COMPUTATION = sorted(
    info.name
    for info in pkgutil.walk_packages(analysis.__path__, "analysis.")
    if not info.name.startswith("analysis.viz") and info.name != "analysis.__main__"
)


def test_every_computation_module_is_listed():
    assert {"analysis.document", "analysis.narrative", "analysis.quotes"} <= set(COMPUTATION)


@pytest.mark.parametrize("module", COMPUTATION)
def test_computation_module_does_not_import_matplotlib(module):
    code = f"import sys, {module}; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False", f"{module} imports matplotlib"
