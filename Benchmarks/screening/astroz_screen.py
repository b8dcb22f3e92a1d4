#!/usr/bin/env python3
"""Screens a TLE catalog with astroz (PyPI, SIMD SGP4 in Zig) and writes its conjunctions as
JSON in the reference's shape (compare.py reads it), with its timing.

Usage: astroz_screen.py CATALOG(.gz) START_ISO HOURS THRESHOLD_KM OUT.json [--step MIN]
"""
import argparse
import gzip
import json
import os
import tempfile
import time
from datetime import datetime, timezone

import astroz


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("catalog")
    ap.add_argument("start")
    ap.add_argument("hours", type=float)
    ap.add_argument("threshold", type=float)
    ap.add_argument("out")
    ap.add_argument("--step", type=float, default=1.0, help="grid step, minutes (astroz default 1)")
    args = ap.parse_args()
    path = args.catalog
    if path.endswith(".gz"):
        tmp = tempfile.NamedTemporaryFile("w", suffix=".tle", delete=False)
        with gzip.open(path, "rt") as f:
            tmp.write(f.read())
        tmp.close()
        path = tmp.name
    start = datetime.fromisoformat(args.start.replace("Z", "+00:00")).astimezone(timezone.utc)
    t0, c0 = time.time(), time.process_time()
    constellation = astroz.Constellation(path)
    t1 = time.time()
    result = astroz.screen(constellation, args.hours * 60, threshold=args.threshold, step=args.step, start_time=start)
    t2, c2 = time.time(), time.process_time()
    # astroz reorders the objects (near-earth first): its indices map through `satnums`
    names, name = {}, ""
    with open(path) as f:
        for line in f:
            if line.startswith("1 ") and len(line) > 60:
                names[line[2:7].strip()] = name
            elif not line.startswith("2 ") and line.strip():
                name = line[2:].strip() if line.startswith("0 ") else line.strip()
    norads = [str(n) for n in constellation.satnums]
    names = [names.get(n, names.get(n.zfill(5), "")) for n in norads]
    events = [
        dict(i_norad=norads[i], j_norad=norads[j], i_name=names[i], j_name=names[j], tca=float(t) * 60.0,
             miss=float(d), speed=float(s), flags=[])
        for i, j, t, d, s in zip(result.i, result.j, result.time, result.distance, result.speed)
    ]
    json.dump(dict(tool=f"astroz {astroz.__version__}", objects=constellation.num_satellites,
                   seconds_load=t1 - t0, seconds_screen=t2 - t1, cpu_seconds=c2 - c0, step_min=args.step,
                   events=events, failures=[]), open(args.out, "w"), indent=1)
    print(f"astroz {astroz.__version__}: {len(events)} events, load {t1 - t0:.1f} s, screen {t2 - t1:.1f} s, "
          f"cpu {c2 - c0:.1f} s")
    if path != args.catalog:
        os.unlink(path)


if __name__ == "__main__":
    main()
