#!/usr/bin/env python3
"""Converts a Deep Space Network week in the SatNet format into a concord-schedule-problem (v1).

The SatNet format (Goh et al., "SatNet: a benchmark for satellite scheduling optimization" and
"Scheduling the NASA Deep Space Network with deep reinforcement learning", 2021; the same weeks
as Claudet et al.'s Δ-MILP, 2022) is one JSON object keyed by week ("W10_2018") whose values are
lists of requests:

    {"subject": 521, "user": "521_0", "week": 10, "year": 2018,
     "duration": 3.5, "duration_min": 3.5,              # hours
     "resources": [["DSS-34"], ["DSS-34", "DSS-35"]],    # ignored: resource_vp_dict is used
     "track_id": "9fae4e5d-7-1", "setup_time": 60, "teardown_time": 15,   # minutes
     "time_window_start": 1520238728, "time_window_end": 1520325001,      # Unix seconds
     "resource_vp_dict": {"DSS-34": [{"RISE": …, "SET": …, "TRX ON": …, "TRX OFF": …}],
                          "DSS-34_DSS-35": [{"TRX ON": …, "TRX OFF": …}]}}   # arrays: "_"-joined

and a maintenance CSV (week,year,starttime,endtime,antenna; Unix seconds). The rules are those
of the SatNet simulator: a request is one track of `duration_min`…`duration` hours inside one
view period (TRX ON…TRX OFF) of one resource, the antenna (every member of an array) busy for
the setup before and the teardown after; a request of 8 h or more may be split into tracks of
at least 4 h each, `duration` hours in all; a mission (subject) is tracked by one resource at a
time; nothing may overlap maintenance. Each mission's unsatisfied fraction is its hours not
served over its hours requested (U_MAX, U_RMS).

Mapping onto concord-schedule-problem: antennas = the twelve DSN antennas (DSS-14 … DSS-65),
owner = their complex; groups = every array named in a view-period key; spacecraft = missions
(one track at a time); partners = missions too, with shares proportional to the hours each
requests, so that the entitlement guarantee bounds every mission's unsatisfied fraction (with
a tolerance of 0, a mission whose share binds is left no more unsatisfied than the network's
average, and one that cannot use its share receives what it could with the network to itself);
requests: placement flexible, `totalSeconds` = duration, `minContactSeconds` = duration_min,
`maxContactSeconds` = duration, `contacts` 1; or, when splittable, `split.minTrackSeconds` =
min(4 h, duration_min); setup and teardown per request. `duration_min` of a split request (the
least total the mission accepts) is not a rule of the problem: served time counts as served.

Usage: satnet_convert.py PROBLEMS.json --week W10_2018 [--maintenance maintenance.csv]
                         [--tolerance 0.0] --out PROBLEM.json
"""
import argparse
import csv
import datetime
import json

ANTENNAS = ["DSS-14", "DSS-24", "DSS-25", "DSS-26", "DSS-34", "DSS-35", "DSS-36", "DSS-43", "DSS-54", "DSS-55",
            "DSS-63", "DSS-65"]
SPLIT_THRESHOLD_HOURS = 8.0
SPLIT_MIN_TRACK_HOURS = 4.0


def iso(unix_seconds):
    moment = datetime.datetime.fromtimestamp(unix_seconds, tz=datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def week_bounds(year, week):
    """The ISO week (Monday 00:00 UTC to the next Monday), SatNet's week: W10_2018 starts at
    1520208000, 2018-03-05."""
    monday = datetime.datetime.fromisocalendar(year, week, 1).replace(tzinfo=datetime.timezone.utc)
    start = int(monday.timestamp())
    return start, start + 7 * 86_400


def convert(requests, maintenance_rows, week_key, tolerance):
    weeks = {r["week"] for r in requests}
    years = {r["year"] for r in requests}
    assert len(weeks) == 1 and len(years) == 1, f"one week expected, got {weeks} {years}"
    week, year = weeks.pop(), years.pop()
    start, end = week_bounds(year, week)
    # View periods and windows are clipped to the week (SatNet does the same).
    clip = lambda t: min(max(t, start), end)
    groups = {}
    missions = {}
    out_requests, view_periods = [], []
    for r in requests:
        mission = str(r["subject"])
        # Hours to whole milliseconds: 1.1 h is 3960.0000000000005 s in binary floating point,
        # which a solver rounding its minimum up and its maximum down would find empty.
        duration = round(r["duration"] * 3600, 3)
        minimum = round(min(r["duration_min"], r["duration"]) * 3600, 3)
        missions[mission] = missions.get(mission, 0.0) + duration
        request = {"id": r["track_id"], "spacecraft": mission, "partner": mission, "mission": mission,
                   "window": {"start": iso(clip(r["time_window_start"])), "end": iso(clip(r["time_window_end"]))},
                   "totalSeconds": duration, "setupSeconds": r["setup_time"] * 60,
                   "teardownSeconds": r["teardown_time"] * 60}
        if r["duration"] >= SPLIT_THRESHOLD_HOURS:
            request["split"] = {"minTrackSeconds": min(SPLIT_MIN_TRACK_HOURS * 3600, minimum)}
        else:
            request.update({"contacts": 1, "minContactSeconds": minimum, "maxContactSeconds": duration})
        if clip(r["time_window_end"]) <= clip(r["time_window_start"]):
            continue
        out_requests.append(request)
        listed = False
        for resource, periods in r["resource_vp_dict"].items():
            members = resource.split("_")
            if any(m not in ANTENNAS for m in members):
                continue
            if len(members) > 1:
                groups[resource] = members
            spans = []
            for p in periods:
                on, off = clip(p["TRX ON"]), clip(p["TRX OFF"])
                if off > on:
                    spans.append({"start": iso(on), "end": iso(off)})
            if spans:
                view_periods.append({"request": r["track_id"], "resource": resource, "periods": spans})
                listed = True
        if not listed:
            # No view period inside the week (real weeks have such requests, e.g. W10_2018's
            # 3d194466-7-5, seen only after the week ends): it cannot be served, but its hours
            # count in its mission's request, as in SatNet. An empty list says so (without one
            # the problem would ask for view periods to be computed from a TLE).
            view_periods.append({"request": r["track_id"], "resource": ANTENNAS[0], "periods": []})
    downtime = {a: [] for a in ANTENNAS}
    for row in maintenance_rows:
        s, e = clip(int(float(row["starttime"]))), clip(int(float(row["endtime"])))
        if row["antenna"] in downtime and e > s:
            downtime[row["antenna"]].append({"start": iso(s), "end": iso(e)})
    total = sum(missions.values())
    return {
        "format": "concord-schedule-problem", "version": 1, "name": f"DSN {week_key}",
        "horizon": {"start": iso(start), "end": iso(end)}, "fairnessTolerance": tolerance,
        "partners": [{"id": m, "share": seconds / total} for m, seconds in missions.items()],
        "antennas": [{"id": a, "owner": missions_owner(a, missions), "downtime": downtime[a]} for a in ANTENNAS],
        "groups": [{"id": g, "members": m} for g, m in sorted(groups.items())],
        "spacecraft": [{"id": m} for m in missions],
        "requests": out_requests, "viewPeriods": view_periods,
    }


def missions_owner(antenna, missions):
    """Antennas are pooled: each is owned by the first mission (ownership only matters for
    reservations and exclusions, of which a DSN week has none)."""
    return next(iter(missions))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problems")
    parser.add_argument("--week", help="key in the problems file, e.g. W10_2018 (default: the only one)")
    parser.add_argument("--maintenance")
    parser.add_argument("--tolerance", type=float, default=0.0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.problems) as handle:
        raw = json.load(handle)
    key = args.week or (next(iter(raw)) if isinstance(raw, dict) and len(raw) == 1 else None)
    if key is None:
        raise SystemExit(f"--week needed, one of {sorted(raw)}")
    rows = []
    if args.maintenance:
        with open(args.maintenance) as handle:
            rows = list(csv.DictReader(handle))
    problem = convert(raw[key], rows, key, args.tolerance)
    with open(args.out, "w") as handle:
        json.dump(problem, handle)
    hours = sum(r["totalSeconds"] for r in problem["requests"]) / 3600
    print(json.dumps({"requests": len(problem["requests"]), "missions": len(problem["partners"]),
                      "groups": len(problem["groups"]), "requestedHours": round(hours, 1)}))


if __name__ == "__main__":
    main()
