"""JupyterLab as users open it: `make lab`'s server, the notebooks through its contents API, and
the overview notebook opened and run in a real browser (Debian's Chromium, by Playwright).

nbval runs the kernel, not the Lab; these tests check what a user of the Lab meets: a committed
notebook that opens unmodified on the project's kernel, and that runs from top to bottom
showing the article's figures and charts. The Lab serves a copy of ``notebooks/`` so that
nothing it does (an autosave) can touch the committed files.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from analysis import DEFAULT_ARTICLE, key_numbers, load_article
from analysis.lab import KERNEL, KERNEL_DISPLAY_NAME, lab_command
from analysis.paths import BUILD_DIR, NOTEBOOKS_DIR

pytestmark = pytest.mark.heavy

TOKEN = "article-analysis-test"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
SCREENSHOT = BUILD_DIR / "lab" / "00-overview.png"
#: Chromium's own network stays on this machine: every host but the Lab's is unresolvable.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict:
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A JupyterLab server on a copy of the notebooks: (base URL, folder)."""
    root = tmp_path_factory.mktemp("lab") / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, root)
    for twin in NOTEBOOKS_DIR.glob("*.py"):  # keep the committed order of modification times
        shutil.copystat(twin, root / twin.name)
    port = _free_port()
    log = (root.parent / "lab.log").open("w")
    command = lab_command(
        root,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={TOKEN}",
    )
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{url}/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "JupyterLab did not start:\n" + (root.parent / "lab.log").read_text()
                    )
                time.sleep(0.3)
        yield url, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _normalised(notebook: dict) -> dict:
    """A notebook as nbformat reads it, without the server's per-cell ``trusted`` flag."""
    parsed = nbformat.reads(json.dumps(notebook), as_version=4)
    for cell in parsed.cells:
        cell.metadata.pop("trusted", None)
    return json.loads(nbformat.writes(parsed))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_opens_in_the_lab_as_committed(lab, path):
    url, _ = lab
    model = _get(f"{url}/api/contents/{path.name}?type=notebook&content=1")
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert _normalised(model["content"]) == _normalised(on_disk)
    # The Lab rewrites a notebook's kernelspec (and marks it modified) unless it names a
    # kernel the server has, exactly as that kernel describes itself.
    kernelspec = on_disk["metadata"]["kernelspec"]
    offered = _get(f"{url}/api/kernelspecs")
    assert offered["default"] == KERNEL
    assert kernelspec["name"] == KERNEL
    spec = offered["kernelspecs"][KERNEL]["spec"]
    assert kernelspec["display_name"] == spec["display_name"] == KERNEL_DISPLAY_NAME
    assert kernelspec["language"] == spec["language"]
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve()


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    message = (
        "Debian's chromium is not installed: the JupyterLab browser test cannot run "
        "(apt-get install chromium; .ci/run installs it)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _menu(page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def test_the_overview_notebook_runs_in_the_lab_in_a_browser(lab):
    from playwright.sync_api import sync_playwright

    chromium = _chromium()
    url, root = lab
    committed = (root / "00-overview.ipynb").read_bytes()
    expected = key_numbers(load_article(DEFAULT_ARTICLE))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            page.goto(f"{url}/lab/tree/00-overview.ipynb?token={TOKEN}")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
            kernel = page.locator(".jp-Toolbar-kernelName").first
            kernel.wait_for(timeout=60_000)
            page.wait_for_function(
                "name => document.querySelector('.jp-Toolbar-kernelName')?.textContent === name",
                arg=KERNEL_DISPLAY_NAME,
                timeout=60_000,
            )
            page.wait_for_timeout(1500)  # let the Lab settle its model after the kernel starts
            dirty = page.locator(".lm-TabBar-tab.jp-mod-dirty").all_inner_texts()
            assert dirty == [], "opening a committed notebook marked it modified"

            # The committed outputs are cleared first, so that what shows below was made here.
            _menu(page, "Edit", "Clear Outputs of All Cells")
            page.wait_for_function(
                "() => !document.querySelector('.jp-Notebook .jp-OutputArea-output')"
            )
            _menu(page, "Run", "Run All Cells")
            count = page.locator(".jp-Notebook .jp-CodeCell").count()
            page.wait_for_function(
                """n => {
                    const prompts = [...document.querySelectorAll(
                        '.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
                    return prompts.length === n
                        && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
                }""",
                arg=count,
                timeout=120_000,
            )
            errors = page.locator(
                '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"],'
                " .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
            )
            assert errors.count() == 0, errors.all_inner_texts()
            images = page.locator(".jp-Notebook .jp-RenderedImage img")
            assert images.count() >= 1
            assert all(
                image.evaluate("i => i.complete && i.naturalWidth > 100")
                for image in images.all()
            )  # fmt: skip
            tables = page.locator(".jp-OutputArea-output table").all_inner_texts()
            key_table = next(t for t in tables if "reading grade" in t)
            for value in expected["value"]:
                assert value in key_table, value
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            images.first.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert (root / "00-overview.ipynb").read_bytes() == committed  # nothing was saved


def test_the_committed_notebooks_are_trusted_for_the_lab_without_changing_them(tmp_path):
    from nbformat.sign import NotebookNotary

    from analysis.lab import trust_notebooks

    notary = NotebookNotary(db_file=":memory:", secret=b"test")
    before = {p: p.read_bytes() for p in NOTEBOOKS}
    signed = trust_notebooks(notary=notary)
    assert set(NOTEBOOKS) <= set(signed)
    for path in signed:
        assert notary.check_signature(nbformat.read(path, as_version=4)), path.name
    assert {p: p.read_bytes() for p in NOTEBOOKS} == before
