"""The public API is re-exported from ``analysis``."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import analysis

README = Path(analysis.__file__).parents[2] / "README.md"


def _documented() -> dict[str, str]:
    """Public name -> module, as the README's "The API" section lists them."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## The API\n", 1)[1].split("\n## ", 1)[0]
    documented: dict[str, str] = {}
    module = ""
    for line in section.splitlines():
        if match := re.match(r"- `(analysis[\w.]*)`$", line):
            module = match[1]
        elif match := re.match(r"  - `(\w+)`", line):
            documented[match[1]] = module
    return documented


def test_the_documented_api_is_the_api():
    # the README lists every public name under the module that defines it, and no other
    assert _documented() == analysis._EXPORTS


def test_every_public_name_resolves_to_its_module():
    wrong = [
        name
        for name in analysis.__all__
        if getattr(analysis, name)
        is not getattr(importlib.import_module(analysis._EXPORTS[name]), name)
    ]
    assert not wrong and set(analysis.__all__) <= set(dir(analysis))


def test_unknown_name_raises_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        analysis.no_such_thing  # noqa: B018


def test_import_is_light():
    code = (
        "import sys, analysis; print(sorted({'pandas', 'nltk', 'matplotlib'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_public_name_is_shadowed_by_a_submodule():
    import importlib
    import types

    for module in set(analysis._EXPORTS.values()):
        importlib.import_module(module)
    for name in analysis.__all__:
        assert not isinstance(getattr(analysis, name), types.ModuleType), name
