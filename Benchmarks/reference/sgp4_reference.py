#!/usr/bin/env python3
"""python-sgp4 throughput on Concord's SGP4 workload, in CPU time on one core.

Workload (same as concord-benchmarks' Workload.nearEarth): the first 1,000 near-earth objects
(period < 225 min from the TLE mean motion) of ../shared/data/catalog/active_tle_2026-03-19.txt.gz,
each propagated at 1,440 one-minute steps from the common start 2026-03-19T00:00:00 UTC.

It times python-sgp4's C++ vectorised API, SatrecArray.sgp4(jd, fr) (all satellites x all times
in one call), and, for comparison, the per-satellite Satrec.sgp4_array loop. CPU time is
time.process_time() (python-sgp4's C++ core runs on one thread). Best of --repeat runs.

    pip install sgp4 numpy
    python3 Benchmarks/reference/sgp4_reference.py [--satellites 1000] [--steps 1440] [--repeat 5]

Prints lines such as:  python-sgp4 2.24 SatrecArray: 1440000 propagations, cpu 0.61 s, 2.36e+06 props/s per core
"""
import argparse
import sys
import time

import numpy as np
from sgp4 import __version__ as sgp4_version
from sgp4.api import Satrec, SatrecArray, WGS72, accelerated

from catalog import WORKLOAD_START_JD, near_earth_workload


def best_cpu(function, repeat):
    """Smallest process CPU time of `repeat` calls (after one warm-up call)."""
    function()
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--satellites", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=1440, help="one-minute steps")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    if not accelerated:
        print("warning: python-sgp4 C++ extension not available; timing the pure-Python fallback", file=sys.stderr)
    tles = near_earth_workload(args.satellites)
    satellites = [Satrec.twoline2rv(l1, l2, WGS72) for _, l1, l2 in tles]
    deep = sum(1 for s in satellites if s.method == "d")
    array = SatrecArray(satellites)
    jd = np.full(args.steps, WORKLOAD_START_JD[0])
    fr = WORKLOAD_START_JD[1] + np.arange(args.steps) / 1440.0
    propagations = args.satellites * args.steps

    errors, r, v = array.sgp4(jd, fr)
    print(f"workload: {args.satellites} LEO x {args.steps} min from JD {jd[0] + fr[0]} "
          f"({deep} flagged deep-space by sgp4init), {int(np.count_nonzero(errors))} propagation errors; "
          f"checksum sum|r| = {np.nansum(np.linalg.norm(r, axis=2)):.6f} km")

    cpu = best_cpu(lambda: array.sgp4(jd, fr), args.repeat)
    print(f"python-sgp4 {sgp4_version} SatrecArray: {propagations} propagations, cpu {cpu:.3f} s, "
          f"{propagations / cpu:.3e} props/s per core")

    def loop():
        for satellite in satellites:
            satellite.sgp4_array(jd, fr)

    cpu_loop = best_cpu(loop, max(1, args.repeat // 2))
    print(f"python-sgp4 {sgp4_version} Satrec.sgp4_array loop: {propagations} propagations, cpu {cpu_loop:.3f} s, "
          f"{propagations / cpu_loop:.3e} props/s per core")
    print(f"reference rate for concord-benchmarks --reference-rate: {propagations / cpu:.6e}")


if __name__ == "__main__":
    main()
