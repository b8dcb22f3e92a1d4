#!/usr/bin/env python3
"""Reference passes from pyorbital (PyPI), in the CSV layout of passes_reference.py.

pyorbital has its own SGP4 (near earth only) and its own rise/set search
(`Orbital.get_next_passes`, tolerance 1 ms); the issue names it, with Orekit, as the AOS/LOS
reference (the two agree to 5 ms at p95). Same workload as passes_reference.py: the first S
near-earth objects of the 2026-03-19 active catalog × the stations of a Concord station file ×
D days from the start; writes `sat,station,aos,tca,los,max_el` (only passes whose rise and set
fall inside the window) and prints its CPU time. Compare with compare_passes.py.

    pip install pyorbital
    python3 Benchmarks/reference/passes_pyorbital.py --satellites 20 --days 1 --out /tmp/pyorbital.csv
"""
import argparse
import csv
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from pyorbital import __version__ as pyorbital_version
from pyorbital.orbital import Orbital

from catalog import near_earth_workload
from passes_reference import read_stations


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--satellites", type=int, default=10)
    parser.add_argument("--stations", default=str(here / "stations_bench10.csv"))
    parser.add_argument("--start", default="2026-03-19T00:00:00")
    parser.add_argument("--days", type=float, default=1.0)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()

    start = datetime.fromisoformat(args.start)
    end = start + timedelta(days=args.days)
    sats = near_earth_workload(args.satellites)
    stations = read_stations(args.stations)
    rows = []
    cpu0 = time.process_time()
    for name, l1, l2 in sats:
        orbital = Orbital(name or l1[2:7], line1=l1, line2=l2)
        for sid, lat, lon, height_m, min_el in stations:
            for rise, fall, top in orbital.get_next_passes(start, int(round(args.days * 24)), lon, lat, height_m / 1000.0,
                                                          tol=0.001, horizon=min_el):
                if rise < start or fall > end:
                    continue
                _, elevation = orbital.get_observer_look(top, lon, lat, height_m / 1000.0)
                rows.append((int(l1[2:7]), sid, rise, top, fall, float(elevation)))
    cpu = time.process_time() - cpu0
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["sat", "station", "aos", "tca", "los", "max_el"])
    iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    for sat, sid, rise, top, fall, el in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        writer.writerow([sat, sid, iso(rise), iso(top), iso(fall), f"{el:.4f}"])
    print(f"pyorbital {pyorbital_version}: {len(sats)} satellites x {len(stations)} stations x {args.days} days: "
          f"{len(rows)} passes, cpu {cpu:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
