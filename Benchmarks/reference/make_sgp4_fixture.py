#!/usr/bin/env python3
"""Writes Tests/OrbitsTests/Fixtures/sgp4_python_reference.csv: python-sgp4 states for ~300
objects of the full 2023 3LE catalog, for Concord's SGP4/SDP4 tests (tolerance 1e-6 km).

Selection (fixed seed 20230904, reproducible): from ../shared/data/catalog/
full_catalog_3le_2023-09-04.txt.gz, 200 near-earth objects (sgp4init method 'n') and 100
deep-space objects (method 'd'), drawn at random without replacement; for each, 4 times drawn
uniformly within +-3 days of its epoch.

Rows: one per (object, time, opsmode). Opsmode 'i' (improved, python-sgp4's default) for
every object; opsmode 'a' (AFSPC) too for deep-space objects, the only ones it changes
(it changes gsto in the deep-space initialisation and the node in dpper).

Columns:
  catalog      NORAD number
  opsmode      i or a
  line1,line2  the TLE (69 characters; no commas)
  jd,fr        UTC two-part Julian date of the state (repr precision); jd is a midnight (n + 0.5)
  tsince_min   minutes since the TLE epoch, ((jd - jdsatepoch) + (fr - jdsatepochF)) * 1440 (repr)
  x_km..z_km   TEME position, km, %.9f
  vx_km_s..    TEME velocity, km/s, %.12f
  error        python-sgp4 error code (0 = ok; 1..6 as in Vallado's sgp4; states are nan then)

Propagation uses Satrec.sgp4_tsince(tsince_min) with WGS-72 constants, so the jd/fr split
does not enter the numbers. Requires: pip install sgp4 (tested with 2.27).
"""
import csv
import math
import random
import sys
from pathlib import Path

from sgp4 import __version__ as sgp4_version
from sgp4.api import Satrec, WGS72

from catalog import REPO_ROOT, read_tles

SEED = 20230904
NEAR_EARTH, DEEP_SPACE, TIMES = 200, 100, 4
CATALOG = "catalog/full_catalog_3le_2023-09-04.txt.gz"
OUTPUT = REPO_ROOT / "Tests" / "OrbitsTests" / "Fixtures" / "sgp4_python_reference.csv"


def afspc_record(satrec):
    """The same elements initialised in opsmode 'a' (AFSPC)."""
    other = Satrec()
    epoch = (satrec.jdsatepoch - 2433281.5) + satrec.jdsatepochF
    other.sgp4init(WGS72, "a", satrec.satnum, epoch, satrec.bstar, satrec.ndot, satrec.nddot, satrec.ecco,
                   satrec.argpo, satrec.inclo, satrec.mo, satrec.no_kozai, satrec.nodeo)
    return other


def main():
    rng = random.Random(SEED)
    records = []
    for _, line1, line2 in read_tles(CATALOG):
        satrec = Satrec.twoline2rv(line1, line2, WGS72)
        if satrec.error == 0:
            records.append((line1, line2, satrec))
    near = [r for r in records if r[2].method == "n"]
    deep = [r for r in records if r[2].method == "d"]
    chosen = rng.sample(near, NEAR_EARTH) + rng.sample(deep, DEEP_SPACE)
    chosen.sort(key=lambda r: r[2].satnum)

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    rows, errors, differing = 0, 0, 0
    with open(OUTPUT, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["catalog", "opsmode", "line1", "line2", "jd", "fr", "tsince_min",
                      "x_km", "y_km", "z_km", "vx_km_s", "vy_km_s", "vz_km_s", "error"])
        for line1, line2, satrec in chosen:
            modes = [("i", satrec)] + ([("a", afspc_record(satrec))] if satrec.method == "d" else [])
            for _ in range(TIMES):
                offset_days = rng.uniform(-3.0, 3.0)
                fr = satrec.jdsatepochF + offset_days
                shift = math.floor(fr)
                jd, fr = satrec.jdsatepoch + shift, fr - shift
                tsince = ((jd - satrec.jdsatepoch) + (fr - satrec.jdsatepochF)) * 1440.0
                states = {}
                for mode, record in modes:
                    e, r, v = record.sgp4_tsince(tsince)
                    states[mode] = (e, r, v)
                    errors += e != 0
                    position = [f"{x:.9f}" for x in r] if e == 0 else ["nan"] * 3
                    velocity = [f"{x:.12f}" for x in v] if e == 0 else ["nan"] * 3
                    out.writerow([satrec.satnum, mode, line1, line2, repr(jd), repr(fr), repr(tsince),
                                  *position, *velocity, e])
                    rows += 1
                if "a" in states and states["a"][0] == 0 and states["i"][0] == 0:
                    delta = math.dist(states["a"][1], states["i"][1])
                    differing += delta > 1e-6
    print(f"python-sgp4 {sgp4_version}: {len(chosen)} objects ({NEAR_EARTH} near-earth, {DEEP_SPACE} deep-space) "
          f"of {len(records)} usable, {rows} rows, {errors} with an error code, "
          f"{differing} deep-space times where opsmode a and i differ by > 1e-6 km -> {OUTPUT.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
