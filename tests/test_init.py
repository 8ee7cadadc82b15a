"""The public API is re-exported from ``analysis``."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import analysis


@pytest.mark.parametrize("name", analysis.__all__)
def test_every_public_name_resolves(name):
    value = getattr(analysis, name)
    module = importlib.import_module(analysis._EXPORTS[name])
    assert value is getattr(module, name)
    assert name in dir(analysis)


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
