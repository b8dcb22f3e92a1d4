#!/usr/bin/env python3
"""Compare Concord's pass list (concord passes --format csv) with skyfield's (passes_reference.py).

Concord's truncated passes (in progress at the start or end of the span) are dropped, since
skyfield's list holds only passes whose rise and set both fall inside the span. A Concord pass
and a skyfield pass of the same satellite and station are paired when their intervals overlap;
a pair "matches within 1 s" when both its AOS and its LOS differ by at most 1 s. Prints the
counts, the AOS/LOS/culmination and max-elevation differences (p50, p95, max) over the pairs,
and every pass only one side found, with its duration and peak elevation.

    python3 Benchmarks/reference/compare_passes.py concord.csv skyfield.csv [name]

The reference file may also come from passes_pyorbital.py (same columns); `name` labels it
(default "skyfield"). Concord passes of satellites absent from the reference are ignored.
"""
import csv
import sys
from datetime import datetime


def seconds(text):
    """Seconds since the Unix epoch of an ISO-8601 UTC time (`Z` optional)."""
    return datetime.fromisoformat(text.rstrip("Z") + "+00:00").timestamp()


def read_concord(path):
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["truncated"] != "no":
                continue
            rows.append((int(row["norad"]), row["station"], seconds(row["aos"]), seconds(row["culmination"]),
                         seconds(row["los"]), float(row["max_elevation_deg"])))
    return rows


def read_skyfield(path):
    with open(path, newline="") as f:
        return [(int(r["sat"]), r["station"], seconds(r["aos"]), seconds(r["tca"]), seconds(r["los"]),
                 float(r["max_el"])) for r in csv.DictReader(f)]


def percentiles(values):
    if not values:
        return "n/a"
    ordered = sorted(abs(v) for v in values)

    def at(q):
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
    return f"p50 {at(0.5):.3f}, p95 {at(0.95):.3f}, max {ordered[-1]:.3f}"


def main():
    concord, skyfield = read_concord(sys.argv[1]), read_skyfield(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else "skyfield"
    satellites = {p[0] for p in skyfield}
    concord = [c for c in concord if c[0] in satellites]
    by_key = {}
    for p in skyfield:
        by_key.setdefault((p[0], p[1]), []).append(p)
    used, pairs, only_concord = set(), [], []
    for c in concord:
        best = None
        for s in by_key.get((c[0], c[1]), []):
            if id(s) in used or s[2] > c[4] or s[4] < c[2]:
                continue
            if best is None or abs(s[2] - c[2]) < abs(best[2] - c[2]):
                best = s
        if best is None:
            only_concord.append(c)
        else:
            used.add(id(best))
            pairs.append((c, best))
    only_skyfield = [s for s in skyfield if id(s) not in used]
    within = sum(1 for c, s in pairs if abs(c[2] - s[2]) <= 1 and abs(c[4] - s[4]) <= 1)

    print(f"passes: concord {len(concord)} (complete passes only), {name} {len(skyfield)}; "
          f"paired by overlap {len(pairs)}, matched within 1 s (AOS and LOS) {within}")
    print(f"  |AOS difference| s:          {percentiles([c[2] - s[2] for c, s in pairs])}")
    print(f"  |LOS difference| s:          {percentiles([c[4] - s[4] for c, s in pairs])}")
    print(f"  |culmination difference| s:  {percentiles([c[3] - s[3] for c, s in pairs])}")
    print(f"  |max elevation difference| deg: {percentiles([c[5] - s[5] for c, s in pairs])}")
    for label, items in (("only concord found", only_concord), (f"only {name} found", only_skyfield)):
        print(f"  {label}: {len(items)}")
        for p in items[:20]:
            aos = datetime.utcfromtimestamp(p[2]).isoformat(timespec="milliseconds")
            print(f"    sat {p[0]} station {p[1]} aos {aos}Z duration {p[4] - p[2]:.1f} s max_el {p[5]:.3f} deg")
        if len(items) > 20:
            print(f"    ... and {len(items) - 20} more")


if __name__ == "__main__":
    main()
