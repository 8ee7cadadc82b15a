"""Screenshots of a rendered report, page by page, in headless Chromium (``make screenshots``).

Usage: python scripts/screenshots.py REPORT_DIR OUTPUT_DIR [--height PIXELS]

Needs Debian's ``chromium`` (``apt-get install chromium``); offline: the pages are local files
and Chromium's background networking is switched off.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--height", type=int, default=5000)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("error: chromium not found; install Debian's chromium package", file=sys.stderr)
        return 1
    args.output.mkdir(parents=True, exist_ok=True)
    pages = sorted(args.report.glob("*.html"))
    for page in pages:
        target = args.output / f"{page.stem}.png"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [chromium, *FLAGS, f"--user-data-dir={profile}",
                 f"--window-size=1280,{args.height}", f"--screenshot={target}",
                 page.resolve().as_uri()],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        print(f"{page.name} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
