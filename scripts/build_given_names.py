"""Write data/names/given-names.tsv from the 1990 US Census first-name lists.

The lists (public domain, US Census Bureau) are read from the data files of the pinned
``names`` package (MIT; only its data files are read): ``dist.male.first`` and
``dist.female.first``, each line ``NAME  percent  cumulative  rank``. Run by
``make given-names``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from analysis.language.english.given_names import GIVEN_NAMES_FILE


def census_lists() -> Path:
    """The folder of the installed ``names`` package, which holds the Census lists."""
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("the 'names' package is not installed: pip install -c constraints.txt names")
    return Path(next(iter(spec.submodule_search_locations)))


def percents(path: Path) -> dict[str, float]:
    """Each lower-case name of one list -> the per cent of that sex bearing it."""
    found = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) == 4:
            found[fields[0].lower()] = float(fields[1])
    return found


def main() -> None:
    folder = census_lists()
    men = percents(folder / "dist.male.first")
    women = percents(folder / "dist.female.first")
    rows = ["name\tmen\twomen"]
    for name in sorted(men.keys() | women.keys()):
        rows.append(f"{name}\t{men.get(name, 0.0):.3f}\t{women.get(name, 0.0):.3f}")
    GIVEN_NAMES_FILE.parent.mkdir(parents=True, exist_ok=True)
    GIVEN_NAMES_FILE.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{GIVEN_NAMES_FILE}: {len(rows) - 1} names")


if __name__ == "__main__":
    main()
