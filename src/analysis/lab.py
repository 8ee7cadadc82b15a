"""JupyterLab on the notebooks, as ``make lab`` opens it.

Usage::

    python -m analysis.lab [JUPYTERLAB OPTIONS]     # e.g. --port=8890 --no-browser

The notebooks name the project's kernel, ``article-analysis`` ("Python (article-analysis)",
the Python of ``.venv``, registered by ``make setup``); the Lab is told to use it for new
notebooks too. A notebook that named another kernel ("Python 3") would be rewritten by the Lab
the moment it opens — marked modified before anything was touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from analysis.paths import NOTEBOOKS_DIR

__all__ = ["KERNEL", "KERNEL_DISPLAY_NAME", "lab_command", "trust_notebooks"]

#: The project's kernel: the name every notebook's metadata gives, and how it is shown.
KERNEL = "article-analysis"
KERNEL_DISPLAY_NAME = "Python (article-analysis)"


def lab_command(root: str | Path = NOTEBOOKS_DIR, *options: str) -> list[str]:
    """The command line that starts JupyterLab on ``root`` with the project's kernel.

    ``options`` are passed on to JupyterLab (``--port=8890``, ``--no-browser``). As root (a
    container), ``--allow-root`` is added: JupyterLab refuses to start otherwise.
    """
    command = [
        str(Path(sys.executable).parent / "jupyter"),
        "lab",
        f"--ServerApp.root_dir={root}",
        f"--MappingKernelManager.default_kernel_name={KERNEL}",
        *options,
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def trust_notebooks(folder: Path = NOTEBOOKS_DIR, *, notary: Any = None) -> list[Path]:
    """Mark the project's committed notebooks as trusted for this user, so that JupyterLab
    shows their stored outputs as they were made (styled tables) rather than sanitised until
    each is run. Their outputs are the package's own (every table escaped, no script); the
    files are not changed — Jupyter keeps the signatures in the user's own database.

    Returns:
        The notebooks signed.
    """
    import nbformat
    from nbformat.sign import NotebookNotary

    notary = notary or NotebookNotary()
    signed = []
    for path in sorted(
        [*folder.glob("[0-9][0-9]-*.ipynb"), *folder.glob("corpus/[0-9][0-9]-*.ipynb")]
    ):
        notary.sign(nbformat.read(path, as_version=4))
        signed.append(path)
    return signed


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.lab``: trust the committed notebooks, then replace this process
    with JupyterLab."""
    trust_notebooks()
    command = lab_command(NOTEBOOKS_DIR, *(sys.argv[1:] if argv is None else argv))
    os.execv(command[0], command)
    return 0  # pragma: no cover - execv does not return


if __name__ == "__main__":
    sys.exit(main())
