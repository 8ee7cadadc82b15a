"""Layers: computation never loads matplotlib; only ``analysis.viz`` draws."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import analysis

COMPUTATION = sorted(
    info.name
    for info in pkgutil.walk_packages(analysis.__path__, "analysis.")
    if not info.name.startswith("analysis.viz")
)

# In one fresh interpreter, import the computation modules one at a time and note after each
# whether matplotlib is loaded: the first module that loads it (itself or through what it
# imports) is named; none may.
_PROBE = """
import importlib, json, sys
loaded = {}
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    loaded[name] = "matplotlib" in sys.modules
print(json.dumps(loaded))
"""


def test_every_computation_module_is_listed():
    assert {"analysis.document", "analysis.narrative", "analysis.quotes"} <= set(COMPUTATION)


def test_no_computation_module_imports_matplotlib():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(COMPUTATION)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert list(loaded) == COMPUTATION
    assert [name for name, found in loaded.items() if found] == []


def test_the_probe_names_a_module_that_imports_matplotlib():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(["analysis.document", "analysis.viz.overview"])],
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stdout) == {"analysis.document": False, "analysis.viz.overview": True}
