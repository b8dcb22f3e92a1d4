#!/usr/bin/env python3
"""Exact reference passes, independent of Concord: python-sgp4 + Vallado's teme2ecef + brentq.

Same model as Concord (SGP4 WGS-72 opsmode 'i', TEME -> ITRF by GMST IAU-82 with UT1 = UTC
and no polar motion, WGS-84 geodetic stations, geodetic elevation without refraction,
constant minimum elevation per station), solved independently and densely: elevation on a
1-second grid (vectorised python-sgp4), every sign change refined with scipy's brentq to
1e-7 s, culmination: every local maximum of the 1-second grid refined where d(sin el)/dt (analytic,
Earth-fixed velocity) vanishes, by brentq to 1e-7 s, and the highest kept. Passes longer
than about one second cannot be missed at that grid.

    pip install sgp4 scipy numpy
    python3 Benchmarks/reference/passes_exact.py --satellites 12 --hours 24 \
        --out Tests/OrbitsTests/Fixtures/passes_exact_reference.csv

Output: sat,station,aos_s,tca_s,los_s,max_el_deg,aos_open,los_open (seconds since start;
open = the pass was in progress at the start / end of the window).
"""
import argparse
import csv
import math
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import brentq
from sgp4.api import Satrec, WGS72

from catalog import WORKLOAD_START_JD, near_earth_workload, read_tles

OMEGA = 7.292115146706979e-5
A84, F84 = 6378.137, 1.0 / 298.257223563
E2 = F84 * (2 - F84)


def gstime(jd, fr):
    """Vallado's gstime on a two-part Julian date (one Double would lose ~1e-9 rad)."""
    tut1 = ((jd - 2451545.0) + fr) / 36525.0
    temp = -6.2e-6 * tut1**3 + 0.093104 * tut1**2 + (876600.0 * 3600 + 8640184.812866) * tut1 + 67310.54841
    return np.fmod(temp * math.pi / 180.0 / 240.0, 2 * math.pi)


def station_vectors(lat_deg, lon_deg, h_km):
    lat, lon = math.radians(lat_deg), math.radians(lon_deg)
    n = A84 / math.sqrt(1 - E2 * math.sin(lat) ** 2)
    pos = np.array([(n + h_km) * math.cos(lat) * math.cos(lon), (n + h_km) * math.cos(lat) * math.sin(lon),
                    (n * (1 - E2) + h_km) * math.sin(lat)])
    up = np.array([math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)])
    return pos, up


def sin_elevation(sat, jd0, seconds, pos, up):
    seconds = np.atleast_1d(np.asarray(seconds, dtype=float))
    fr = seconds / 86400.0
    jd = np.full_like(fr, jd0)
    e, r, _ = sat.sgp4_array(jd, fr)
    r = np.asarray(r)
    g = gstime(jd, fr)
    c, s = np.cos(g), np.sin(g)
    x = c * r[:, 0] + s * r[:, 1]
    y = -s * r[:, 0] + c * r[:, 1]
    d = np.stack([x, y, r[:, 2]], axis=1) - pos
    value = (d @ up) / np.linalg.norm(d, axis=1)
    value[e != 0] = -2.0
    return value


def sin_elevation_rate(sat, jd0, t, pos, up):
    """d/dt sin(elevation), 1/s, with the Earth-fixed velocity (v_PEF = R v_TEME - w x r_PEF)."""
    e, r, v = sat.sgp4(jd0, t / 86400.0)
    g = gstime(jd0, t / 86400.0)
    c, s = math.cos(g), math.sin(g)
    rp = np.array([c * r[0] + s * r[1], -s * r[0] + c * r[1], r[2]])
    vp = np.array([c * v[0] + s * v[1], -s * v[0] + c * v[1], v[2]]) - np.cross([0, 0, OMEGA], rp)
    d = rp - pos
    rho = np.linalg.norm(d)
    return float((vp @ up) / rho - (d @ up) * (d @ vp) / rho**3)


def sin_elevation_rates(sat, jd0, seconds, pos, up):
    """Vectorised sin_elevation_rate over many times."""
    fr = np.asarray(seconds, dtype=float) / 86400.0
    jd = np.full_like(fr, jd0)
    _, r, v = sat.sgp4_array(jd, fr)
    r, v = np.asarray(r), np.asarray(v)
    g = gstime(jd, fr)
    c, s = np.cos(g), np.sin(g)
    rp = np.stack([c * r[:, 0] + s * r[:, 1], -s * r[:, 0] + c * r[:, 1], r[:, 2]], axis=1)
    vp = np.stack([c * v[:, 0] + s * v[:, 1], -s * v[:, 0] + c * v[:, 1], v[:, 2]], axis=1)
    vp = vp - np.cross([0, 0, OMEGA], rp)
    d = rp - pos
    rho = np.linalg.norm(d, axis=1)
    return (vp @ up) / rho - (d @ up) * np.einsum("ij,ij->i", d, vp) / rho**3


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--satellites", type=int, default=12)
    parser.add_argument("--tle", help="TLE file relative to ../shared/data instead of the workload")
    parser.add_argument("--stations", default=str(here / "stations_sample.csv"))
    parser.add_argument("--hours", type=float, default=24.0)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()

    sats = read_tles(args.tle)[: args.satellites] if args.tle else near_earth_workload(args.satellites)
    stations = []
    with open(args.stations, newline="") as f:
        rows = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
        for row in csv.DictReader(rows):
            stations.append((row["id"], float(row["lat_deg"]), float(row["lon_deg"]),
                             float(row["height_m"]) / 1000.0, float(row["min_elevation_deg"])))
    jd0 = WORKLOAD_START_JD[0]
    span = args.hours * 3600.0
    grid = np.arange(0.0, span + 0.5, 1.0)
    grid[-1] = min(grid[-1], span)
    out = []
    for _, l1, l2 in sats:
        sat = Satrec.twoline2rv(l1, l2, WGS72)
        for sid, lat, lon, h, min_el in stations:
            pos, up = station_vectors(lat, lon, h)
            smin = math.sin(math.radians(min_el))
            f = lambda t: float(sin_elevation(sat, jd0, [t], pos, up)[0] - smin)
            values = sin_elevation(sat, jd0, grid, pos, up) - smin
            above = values >= 0
            edges = []
            for k in np.nonzero(above[1:] != above[:-1])[0]:
                edges.append((brentq(f, grid[k], grid[k + 1], xtol=1e-7, rtol=1e-15), bool(above[k + 1])))
            start_open = bool(above[0])
            aos = 0.0 if start_open else None
            for t, rising in edges:
                if rising:
                    aos = t
                elif aos is not None:
                    out.append((sat.satnum, sid, aos, t, start_open and aos == 0.0, False, pos, up, sat))
                    aos = None
            if aos is not None:
                out.append((sat.satnum, sid, aos, span, start_open and aos == 0.0, True, pos, up, sat))
    writer = csv.writer(sys.stdout if args.out == "-" else open(args.out, "w", newline=""), lineterminator="\n")
    writer.writerow(["sat", "station", "aos_s", "tca_s", "los_s", "max_el_deg", "aos_open", "los_open"])
    for satnum, sid, aos, los, aos_open, los_open, pos, up, sat in out:
        g = lambda t: -float(sin_elevation(sat, jd0, [t], pos, up)[0])
        rate = lambda t: sin_elevation_rate(sat, jd0, t, pos, up)
        # Every local maximum on the 1-second grid inside the pass (a long pass of a
        # near-stationary object has one a day), refined where the rate vanishes.
        inside = grid[(grid > aos) & (grid < los)]
        points = np.concatenate(([aos], inside, [los]))
        rates = sin_elevation_rates(sat, jd0, points, pos, up)
        candidates = [(g(aos), aos), (g(los), los)]
        for k in np.nonzero((rates[:-1] > 0) & (rates[1:] <= 0))[0]:
            lo, hi = points[k], points[k + 1]
            if rate(lo) > 0 > rate(hi):
                tca = brentq(rate, lo, hi, xtol=1e-7, rtol=1e-15)
                candidates.append((g(tca), tca))
        value, tca = min(candidates)
        writer.writerow([satnum, sid, f"{aos:.6f}", f"{tca:.6f}", f"{los:.6f}",
                         f"{math.degrees(math.asin(-value)):.6f}", int(aos_open), int(los_open)])
    print(f"{len(out)} passes, {len(sats)} satellites x {len(stations)} stations x {args.hours} h",
          file=sys.stderr)


if __name__ == "__main__":
    main()
