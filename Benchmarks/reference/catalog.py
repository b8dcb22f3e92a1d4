"""Shared helpers for the reference scripts: locate ../shared/data and read TLE catalogs.

The workload definitions here mirror Benchmarks/Sources/concord-benchmarks/Workload.swift.
"""
import gzip
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("CONCORD_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))

# 2026-03-19T00:00:00 UTC as a two-part Julian date: the common start of the SGP4 workload.
WORKLOAD_START_JD = (2461118.5, 0.0)


def read_tles(relative_path):
    """Return [(name, line1, line2)] from a 2LE/3LE file (plain or .gz), CRLF tolerated."""
    path = SHARED_DATA / relative_path
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline=None) as f:
        lines = [line.rstrip() for line in f]
    result, name, line1 = [], "", None
    for line in lines:
        if line.startswith("1 ") and len(line) >= 64:
            line1 = line
        elif line.startswith("2 ") and line1 is not None:
            result.append((name, line1, line))
            line1, name = None, ""
        elif line:
            name = line[2:] if line.startswith("0 ") else line
            line1 = None
    return result


def mean_motion(line2):
    """Mean motion, rev/day, from TLE line 2 columns 53-63."""
    return float(line2[52:63])


def near_earth_workload(count=1000, catalog="catalog/active_tle_2026-03-19.txt.gz"):
    """The first `count` TLEs with period 1440/n < 225 min (n from line 2), in file order."""
    chosen = [t for t in read_tles(catalog) if 1440.0 / mean_motion(t[2]) < 225.0][:count]
    if len(chosen) < count:
        raise SystemExit(f"{catalog}: only {len(chosen)} near-earth objects")
    return chosen
