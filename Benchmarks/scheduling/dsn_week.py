#!/usr/bin/env python3
"""A SYNTHETIC, DSN-like week in the SatNet format (see satnet_convert.py), for testing the
scheduler on the structure of a real Deep Space Network week when no real week is at hand.

What is real: the twelve DSN antennas of 2018 (DSS-14, 24, 25, 26 at Goldstone; 34, 35, 36, 43 at
Canberra; 54, 55, 63, 65 at Madrid) at their published coordinates, a 10° elevation mask, view
periods computed from the Earth's rotation (GMST, IAU 1982) for fixed deep-space directions
(right ascension and declination of the kind of targets the DSN tracked in March 2018: Mars,
Jupiter, the Voyagers, New Horizons, L1/L2, asteroid missions; rounded, fixed over the week,
the Moon's moving), the setup (30–60 min) and teardown (15 min) of DSN tracks, arrays of two and
three antennas at one complex, splittable tracks of 8–12 h (tracks of at least 4 h), and
maintenance windows of 3–10 h.

What is synthetic: the missions' requests (how many, how long, their windows and resources),
drawn from a seeded generator with the sizes of the SatNet weeks: about 300 requests of 30
missions, heavily oversubscribed. The published MILP and RL results are for the real weeks and
do not apply to this one; the reference here is cpsat_dsn.py.

Usage: dsn_week.py [--seed 10] [--requests 300] --out PROBLEMS.json --maintenance OUT.csv
"""
import argparse
import csv
import json
import math
import random

import numpy as np

WEEK, YEAR = 10, 2018
START = 1520208000  # 2018-03-05T00:00:00Z, SatNet's W10_2018
SECONDS = 7 * 86_400
STATIONS = {  # latitude, longitude (degrees, east positive)
    "DSS-14": (35.4259, -116.8895), "DSS-24": (35.3399, -116.8747), "DSS-25": (35.3376, -116.8754),
    "DSS-26": (35.3357, -116.8730), "DSS-34": (-35.3985, 148.9819), "DSS-35": (-35.3959, 148.9814),
    "DSS-36": (-35.3951, 148.9786), "DSS-43": (-35.4024, 148.9813), "DSS-54": (40.4256, -4.2541),
    "DSS-55": (40.4243, -4.2526), "DSS-63": (40.4313, -4.2480), "DSS-65": (40.4272, -4.2507),
}
BWG = ["DSS-24", "DSS-25", "DSS-26", "DSS-34", "DSS-35", "DSS-36", "DSS-54", "DSS-55", "DSS-65"]
BIG = ["DSS-14", "DSS-43", "DSS-63"]
ARRAYS = ["DSS-34_DSS-35", "DSS-35_DSS-36", "DSS-34_DSS-36", "DSS-34_DSS-35_DSS-36", "DSS-24_DSS-26",
          "DSS-25_DSS-26", "DSS-54_DSS-55", "DSS-55_DSS-65", "DSS-14_DSS-24", "DSS-43_DSS-34", "DSS-63_DSS-65"]
# Targets: (right ascension h, declination deg, RA drift h/day, kind). Kinds: "big" needs a 70 m
# antenna or an array, "any" takes a 34 m or a 70 m, "bwg" 34 m only.
TARGETS = [
    (17.2, 12.0, 0, "big"), (19.9, -57.0, 0, "big"), (19.2, -20.6, 0, "big"), (15.2, -16.5, 0, "any"),
    (17.9, -23.5, 0, "any"), (17.9, -23.5, 0, "any"), (17.9, -23.5, 0, "bwg"), (17.9, -23.5, 0, "any"),
    (17.9, -23.5, 0, "bwg"), (17.9, -23.5, 0, "bwg"), (8.9, 31.0, 0, "any"), (4.5, 20.0, 0, "bwg"),
    (9.5, 20.0, 0, "any"), (16.0, -20.0, 0, "bwg"), (23.0, -6.0, 0, "bwg"), (23.0, -6.0, 0, "bwg"),
    (23.0, -6.0, 0, "bwg"), (11.0, 6.0, 0, "bwg"), (11.0, 6.0, 0, "any"), (21.0, -16.0, 0, "bwg"),
    (19.5, -22.0, 0, "bwg"), (0.5, 2.0, 0, "any"), (14.0, -10.0, 0.9, "bwg"), (14.0, -10.0, 0.9, "bwg"),
    (3.0, 60.0, 0, "bwg"), (12.5, -30.0, 0, "any"), (6.0, -66.0, 0, "bwg"), (22.0, 10.0, 0, "any"),
    (18.5, -28.0, 0, "big"), (10.0, 15.0, 0, "bwg"),
]
MASK_DEG = 10.0


def gmst_deg(unix):
    jd = unix / 86_400 + 2_440_587.5
    return (280.46061837 + 360.98564736629 * (jd - 2_451_545.0)) % 360


def view_periods(target, station, step=60):
    """Spans (Unix seconds) in which the target is above the mask at the station."""
    ra_h, dec, drift, _ = target
    lat, lon = STATIONS[station]
    times = np.arange(START, START + SECONDS + step, step)
    ra = np.radians((ra_h + drift * (times - START) / 86_400) * 15)
    hour = np.radians(gmst_deg(times) + lon) - ra
    lat_r, dec_r = math.radians(lat), math.radians(dec)
    sin_el = math.sin(lat_r) * math.sin(dec_r) + math.cos(lat_r) * math.cos(dec_r) * np.cos(hour)
    up = sin_el >= math.sin(math.radians(MASK_DEG))
    spans, opened = [], None
    for t, visible in zip(times.tolist(), up.tolist()):
        if visible and opened is None:
            opened = t
        elif not visible and opened is not None:
            spans.append((opened, t))
            opened = None
    if opened is not None:
        spans.append((opened, int(times[-1])))
    return spans


def intersect(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if e > s:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def resources_for(kind, rng):
    if kind == "big":
        pool = BIG + rng.sample(ARRAYS, 4)
    elif kind == "any":
        pool = rng.sample(BWG, 4) + rng.sample(BIG, 1) + rng.sample(ARRAYS, 1)
    else:
        pool = rng.sample(BWG, 3 + rng.randrange(4))
    return sorted(set(pool))


def make(seed, target_requests):
    rng = random.Random(seed)
    single = {}
    requests = []
    for mission, target in enumerate(TARGETS):
        subject = 500 + 13 * mission
        for station in STATIONS:
            single[(mission, station)] = view_periods(target, station)
        kinds = 1 + rng.randrange(3)
        per_mission = max(3, round(target_requests / len(TARGETS) * rng.uniform(0.5, 1.5)))
        counts = [max(1, per_mission // kinds)] * kinds
        for kind_index, count in enumerate(counts):
            track_hash = f"{rng.getrandbits(32):08x}"
            split = rng.random() < 0.15
            duration = rng.choice([8.0, 10.0, 12.0]) if split else rng.choice([2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 8.0])
            duration = min(duration, 7.5) if not split else duration  # 8 h and more split
            duration_min = duration if rng.random() < 0.6 else round(duration * rng.choice([0.5, 0.75]), 2)
            setup = rng.choice([30, 45, 60, 60, 60])
            resources = resources_for(target[3], rng)
            spread = rng.choice([1.0, 1.0, 2.0])  # windows of 1/count of the week, or twice that
            for k in range(count):
                width = SECONDS / count * spread
                start = START + int(SECONDS / count * k)
                end = min(START + SECONDS, int(start + width))
                vp = {}
                for resource in resources:
                    spans = None
                    for member in resource.split("_"):
                        own = single[(mission, member)]
                        spans = own if spans is None else intersect(spans, own)
                    spans = intersect(spans, [(start, end)])
                    if spans:
                        vp[resource] = [{"RISE": s, "SET": e, "TRX ON": s, "TRX OFF": e} for s, e in spans]
                requests.append({
                    "subject": subject, "user": f"{subject}_{kind_index}", "week": WEEK, "year": YEAR,
                    "duration": duration, "duration_min": duration_min,
                    "resources": [r.split("_") for r in resources],
                    "track_id": f"{track_hash}-{count}-{k + 1}", "setup_time": setup, "teardown_time": 15,
                    "time_window_start": start, "time_window_end": end, "resource_vp_dict": vp})
    maintenance = []
    for antenna in STATIONS:
        for _ in range(2 + rng.randrange(4)):
            length = rng.randrange(3, 11) * 3600
            at = START + rng.randrange(0, SECONDS - length, 900)
            maintenance.append({"week": float(WEEK), "year": YEAR, "starttime": at, "endtime": at + length,
                                "antenna": antenna})
    return {f"W{WEEK}_{YEAR}": requests}, maintenance


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--out", required=True)
    parser.add_argument("--maintenance", required=True)
    args = parser.parse_args()
    problems, maintenance = make(args.seed, args.requests)
    with open(args.out, "w") as handle:
        json.dump(problems, handle)
    with open(args.maintenance, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["week", "year", "starttime", "endtime", "antenna"])
        writer.writeheader()
        writer.writerows(maintenance)
    week = next(iter(problems.values()))
    print(json.dumps({"requests": len(week), "missions": len({r["subject"] for r in week}),
                      "requestedHours": sum(r["duration"] for r in week),
                      "splittable": sum(r["duration"] >= 8 for r in week)}))


if __name__ == "__main__":
    main()
