"""Write data/names/world-given-names.tsv: given names the 1990 US Census lists lack, with the
sex of their bearers, from Jörg Michael's dictionary of first names.

The dictionary (``nam_dict.txt``, about 48,000 names of 54 countries, each coded male,
female, mostly male, mostly female or unisex; GNU Free Documentation License 1.2) is read from
the data files of the pinned ``gender-guesser`` package (GPLv3; only its data file is read).
A name is kept when every line of it is coded male (``M``, ``1M``) or every line female (``F``,
``1F``) — not the mostly-one-sex or unisex names —, it is counted in Britain, Ireland, the USA
or Western Europe, and the census list does not know it (the census decides the names it
knows). Run by ``make given-names``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from analysis.language.english.given_names import (
    WORLD_GIVEN_NAMES_FILE,
    given_name_shares,
    name_key,
)

#: The frequency columns of Great Britain, Ireland, the USA and Western Europe to Finland
#: (Italy, Malta, Portugal, Spain, France, the Benelux, Germany, Austria, Switzerland, the
#: Nordic countries): a name counted in one of them keeps its code; the codes of names known
#: only farther away are less sure ("Deep" is coded a woman's, "Maricel" a man's).
_WESTERN = slice(30, 50)
#: The codes of one sex: a name of that sex, or of that sex as a compound's first part.
_SEXES = {"M": "m", "1M": "m", "F": "f", "1F": "f"}


def dictionary_file() -> Path:
    """``nam_dict.txt`` of the installed ``gender-guesser`` package."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        sys.exit(
            "the 'gender-guesser' package is not installed: "
            "pip install -c constraints.txt gender-guesser"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"


def sexes(path: Path) -> dict[str, set[str]]:
    """Each name's key (:func:`name_key`) -> the codes of its lines (the equivalence lines,
    ``=``, and the duplicates sorted with expanded umlauts, ``+`` in column 30, left out)."""
    found: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("=") or len(line) < 30 or line[29] == "+":
            continue
        code, name = line[:2].strip(), line[3:29].strip()
        if not name or " " in name or "+" in name:
            continue  # compound names ("Jean Pierre") are read word by word elsewhere
        if not line[_WESTERN].strip(" $"):
            continue  # borne in none of the countries whose codes are the surest
        found.setdefault(name_key(name), set()).add(code)
    return found


def main() -> None:
    census = given_name_shares()
    rows = ["name\tsex"]
    for key, codes in sorted(sexes(dictionary_file()).items()):
        sex = {_SEXES.get(code) for code in codes}
        if key in census or len(sex) != 1 or None in sex:
            continue
        rows.append(f"{key}\t{sex.pop()}")
    WORLD_GIVEN_NAMES_FILE.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{WORLD_GIVEN_NAMES_FILE}: {len(rows) - 1} names")


if __name__ == "__main__":
    main()
