#!/usr/bin/env python3
"""Reference passes from skyfield, to check Concord's pass predictor.

Workload: S satellites (the first S near-earth objects of the SGP4 workload catalog, or a TLE
file) x the stations of a Concord station file (docs/stations.md; default: stations_sample.csv
beside this script) x D days from a start time. For every satellite and station, skyfield's
EarthSatellite.find_events (rise/culminate/set at the station's constant min_elevation_deg)
gives the passes; only passes whose rise and set both fall inside the window are written.

Output CSV (one row per pass, sorted by sat, station, aos):
  sat        NORAD catalog number
  station    station id
  aos, tca, los   acquisition, closest approach (highest elevation), loss: UTC ISO 8601, ms
  max_el     elevation at tca, degrees (%.4f)

skyfield runs fully offline here: load.timescale(builtin=True) uses the UT1/leap-second
tables shipped inside skyfield. It propagates with python-sgp4 (WGS-72, opsmode 'i') and
converts TEME -> ITRS with its own precession-nutation and polar motion off. Prints the
CPU time of the search (time.process_time(), one core).

    pip install skyfield
    python3 Benchmarks/reference/passes_reference.py --satellites 20 --days 1 --out /tmp/passes.csv
"""
import argparse
import csv
import sys
import time
from pathlib import Path

from skyfield import __version__ as skyfield_version
from skyfield.api import EarthSatellite, load, wgs84

from catalog import near_earth_workload, read_tles


def read_stations(path):
    """[(id, lat_deg, lon_deg, height_m, min_elevation_deg)] from a Concord station CSV."""
    stations = []
    with open(path, newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    for number, row in enumerate(csv.reader(lines), start=1):
        row = [field.strip() for field in row]
        if row[0].lower() == "id":
            continue
        if len(row) > 6 and row[6]:
            sys.exit(f"{path}: station {row[0]}: azimuth masks are not supported by the skyfield reference")
        stations.append((row[0], float(row[2]), float(row[3]), float(row[4] or 0), float(row[5])))
    return stations


def passes(satellite, topos, t0, t1, min_elevation):
    """Complete passes [(aos, tca, los, max_el)] of `satellite` over `topos` in [t0, t1]."""
    times, events = satellite.find_events(topos, t0, t1, altitude_degrees=min_elevation)
    difference = satellite - topos
    result, aos, best = [], None, None
    for t, event in zip(times, events):
        if event == 0:
            aos, best = t, None
        elif event == 1 and aos is not None:
            elevation = difference.at(t).altaz()[0].degrees
            if best is None or elevation > best[1]:
                best = (t, elevation)
        elif event == 2 and aos is not None:
            if best is not None:
                result.append((aos, best[0], t, best[1]))
            aos, best = None, None
    return result


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--satellites", type=int, default=10, help="first S near-earth objects of the workload")
    parser.add_argument("--tle", help="TLE file (2LE/3LE) relative to ../shared/data instead of the workload")
    parser.add_argument("--stations", default=str(here / "stations_sample.csv"), help="Concord station CSV")
    parser.add_argument("--start", default="2026-03-19T00:00:00", help="UTC start, ISO 8601")
    parser.add_argument("--days", type=float, default=1.0)
    parser.add_argument("--out", default="-", help="output CSV path, '-' for stdout")
    args = parser.parse_args()

    tles = read_tles(args.tle)[: args.satellites] if args.tle else near_earth_workload(args.satellites)
    stations = read_stations(args.stations)
    ts = load.timescale(builtin=True)
    date, clock = args.start.rstrip("Z").split("T")
    year, month, day = (int(x) for x in date.split("-"))
    hour, minute, second = (float(x) for x in clock.split(":"))
    t0 = ts.utc(year, month, day, hour, minute, second)
    t1 = ts.tt_jd(t0.tt + args.days)

    start = time.process_time()
    satellites = [EarthSatellite(l1, l2, name, ts) for name, l1, l2 in tles]
    rows = []
    for satellite in satellites:
        for station_id, lat, lon, height, min_el in stations:
            topos = wgs84.latlon(lat, lon, elevation_m=height)
            for aos, tca, los, max_el in passes(satellite, topos, t0, t1, min_el):
                rows.append((satellite.model.satnum, station_id, aos.utc_iso(places=3), tca.utc_iso(places=3),
                             los.utc_iso(places=3), f"{max_el:.4f}"))
    cpu = time.process_time() - start
    rows.sort()

    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["sat", "station", "aos", "tca", "los", "max_el"])
    writer.writerows(rows)
    if out is not sys.stdout:
        out.close()
    pairs = len(satellites) * len(stations)
    print(f"skyfield {skyfield_version}: {len(satellites)} satellites x {len(stations)} stations x {args.days} days "
          f"from {args.start} UTC: {len(rows)} passes, cpu {cpu:.3f} s ({cpu / pairs * 1e3:.2f} ms per "
          f"satellite-station pair)", file=sys.stderr)


if __name__ == "__main__":
    main()
