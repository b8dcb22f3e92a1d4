#!/usr/bin/env python3
"""CP-SAT reference with a fairness objective for flexible (and split) concord-schedule-problems,
such as a DSN week converted by satnet_convert.py.

Model (times in whole minutes, rounded inwards so every CP-SAT track is valid in the problem):
for each request and each usable view period (resource, span clipped to the window) one
optional track: presence b, start s, length l (the request's minimum … maximum contact, or for
a split request its minimum track … its total), inside the span; its busy interval (setup +
track + teardown) is in the no-overlap constraint of every member antenna, with the antenna's
downtime as fixed intervals; the track interval in its spacecraft's no-overlap. A request keeps
to its contact count and total. Served time of a mission counts each request up to what it wants.

Objective (fairness): maximise served / wanted − U_MAX, both over the whole week (U_MAX, the
largest mission unsatisfied fraction 1 − served_m / wanted_m, is a variable bounded by each
mission's); one point of U_MAX weighs as much as one point of the total demand.

The budget: --time seconds of wall-clock time on --workers threads; with --cpu, the same
budget in CPU time (time × workers CPU-seconds of this process, wall time unlimited), so that on
a machine shared with other work CP-SAT still gets its full 5 minutes of 2 cores.

Usage: cpsat_dsn.py PROBLEM.json [--time 300] [--workers 2] [--cpu] [--out SCHEDULE.json] [--json OUT]
"""
import argparse
import datetime
import json
import threading
import time

from ortools.sat.python import cp_model

SCALE = 10_000  # U_MAX in units of 1e-4


def parse(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def build(raw):
    origin = parse(raw["horizon"]["start"])
    seconds = lambda text: (parse(text) - origin).total_seconds()
    up = lambda x: int(-(-x // 60))  # ceil to minutes
    down = lambda x: int(x // 60)
    horizon = down(seconds(raw["horizon"]["end"]))
    antennas = {a["id"]: a for a in raw["antennas"]}
    members = {a: [a] for a in antennas}
    for g in raw.get("groups", []):
        members[g["id"]] = g["members"]
    requests = {r["id"]: r for r in raw["requests"]}
    model = cp_model.CpModel()
    busy_on = {a: [] for a in antennas}
    for a, antenna in antennas.items():
        spans = sorted((down(seconds(x["start"])), up(seconds(x["end"]))) for x in antenna.get("downtime", []))
        merged = []  # downtime spans may overlap one another; the no-overlap needs them merged
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        for s, e in merged:
            busy_on[a].append(model.NewIntervalVar(s, e - s, e, f"down-{a}-{s}"))
    track_on = {}
    tracks = []  # (request id, resource, presence, start, length)
    by_request = {rid: [] for rid in requests}
    for entry in raw["viewPeriods"]:
        r = requests[entry["request"]]
        resource = entry["resource"]
        ws, we = seconds(r["window"]["start"]), seconds(r["window"]["end"])
        split = r.get("split")
        total = up(r["totalSeconds"]) if "totalSeconds" in r else horizon
        low = up(split["minTrackSeconds"] if split else r.get("minContactSeconds", 0))
        low = max(1, low)
        high = total if split else min(down(r["maxContactSeconds"]) if "maxContactSeconds" in r else horizon, total)
        setup = up(r.get("setupSeconds", max(antennas[m].get("setupSeconds", 0) for m in members[resource])))
        teardown = up(r.get("teardownSeconds", max(antennas[m].get("teardownSeconds", 0) for m in members[resource])))
        for period in entry["periods"]:
            ps, pe = up(max(seconds(period["start"]), ws)), down(min(seconds(period["end"]), we))
            if pe - ps < low or high < low:
                continue
            name = f"{r['id']}@{resource}@{ps}"
            b = model.NewBoolVar(name)
            s = model.NewIntVar(ps, pe - low, f"s-{name}")
            length = model.NewIntVar(0, min(high, pe - ps), f"l-{name}")
            e = model.NewIntVar(ps, pe, f"e-{name}")
            model.Add(e == s + length)
            model.Add(length >= low).OnlyEnforceIf(b)
            model.Add(length == 0).OnlyEnforceIf(b.Not())
            track = model.NewOptionalIntervalVar(s, length, e, b, f"t-{name}")
            bs = model.NewIntVar(ps - setup, pe, f"bs-{name}")
            be = model.NewIntVar(ps, pe + teardown, f"be-{name}")
            model.Add(bs == s - setup)
            model.Add(be == e + teardown)
            busy = model.NewOptionalIntervalVar(bs, length + setup + teardown, be, b, f"b-{name}")
            for m in members[resource]:
                busy_on[m].append(busy)
            track_on.setdefault(r["spacecraft"], []).append(track)
            tracks.append((r["id"], resource, b, s, length))
            by_request[r["id"]].append((b, length))
    for intervals in busy_on.values():
        model.AddNoOverlap(intervals)
    simultaneous = {c["id"]: c.get("simultaneousContacts", False) for c in raw["spacecraft"]}
    for craft, intervals in track_on.items():
        if not simultaneous[craft]:
            model.AddNoOverlap(intervals)
    wanted_m, served_m = {}, {}
    served_parts = []
    for rid, parts in by_request.items():
        r = requests[rid]
        contacts = r.get("contacts", None if r.get("split") else 1)
        if parts and contacts is not None and len(parts) > contacts:
            model.Add(sum(b for b, _ in parts) <= contacts)
        want = down(r["totalSeconds"]) if "totalSeconds" in r else None
        if want is None:
            raise SystemExit(f"{rid}: cpsat_dsn.py needs totalSeconds on every request")
        served = model.NewIntVar(0, want, f"served-{rid}")
        model.Add(served == sum(length for _, length in parts))  # total kept by the domain
        mission = r.get("mission", r["spacecraft"])
        wanted_m[mission] = wanted_m.get(mission, 0) + want
        served_m.setdefault(mission, []).append(served)
        served_parts.append(served)
    u_max = model.NewIntVar(0, SCALE, "u_max")
    for mission, parts in served_m.items():
        # u_max >= 1 - served/wanted  <=>  u_max * wanted + SCALE * served >= SCALE * wanted
        model.Add(u_max * wanted_m[mission] + SCALE * sum(parts) >= SCALE * wanted_m[mission])
    total_wanted = sum(wanted_m.values())
    # served/W − U: scaled by W·SCALE → SCALE·served − W·u_max.
    model.Maximize(SCALE * sum(served_parts) - total_wanted * u_max)
    return model, tracks, u_max, origin, total_wanted, wanted_m


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problem")
    parser.add_argument("--time", type=float, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", action="store_true", help="count the budget in CPU time (time × workers)")
    parser.add_argument("--out")
    parser.add_argument("--json")
    args = parser.parse_args()
    with open(args.problem) as handle:
        raw = json.load(handle)
    started = time.perf_counter()
    model, tracks, u_max, origin, total_wanted, wanted_m = build(raw)
    built = time.perf_counter() - started
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = args.time * (50 if args.cpu else 1)
    solver.parameters.num_workers = args.workers
    solver.parameters.random_seed = args.seed
    cpu_started = time.process_time()
    done = threading.Event()

    def watchdog():
        while not done.wait(0.5):
            if time.process_time() - cpu_started >= args.time * args.workers:
                solver.stop_search()
                return

    if args.cpu:
        threading.Thread(target=watchdog, daemon=True).start()
    status = solver.Solve(model)
    done.set()
    cpu_seconds = time.process_time() - cpu_started
    contacts = []
    served = 0
    per_mission = {m: 0 for m in wanted_m}
    requests = {r["id"]: r for r in raw["requests"]}
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for rid, resource, b, s, length in tracks:
            if solver.Value(b):
                start, minutes = solver.Value(s), solver.Value(length)
                served += minutes
                r = requests[rid]
                per_mission[r.get("mission", r["spacecraft"])] += minutes
                contacts.append({"request": rid, "resource": resource,
                                 "start": iso(origin + datetime.timedelta(minutes=start)),
                                 "end": iso(origin + datetime.timedelta(minutes=start + minutes))})
    u = {m: 1 - min(per_mission[m], wanted_m[m]) / wanted_m[m] for m in wanted_m}
    result = {"problem": raw.get("name"), "status": solver.StatusName(status), "tracks": len(tracks),
              "buildSeconds": built, "wallSeconds": solver.WallTime(), "cpuSeconds": cpu_seconds,
              "workers": args.workers,
              "servedHours": served / 60, "wantedHours": total_wanted / 60, "contacts": len(contacts),
              "missionUMax": max(u.values()), "missionURMS": (sum(x * x for x in u.values()) / len(u)) ** 0.5,
              "objective": solver.ObjectiveValue() if contacts else None, "bound": solver.BestObjectiveBound()}
    if args.out:
        with open(args.out, "w") as handle:
            json.dump({"format": "concord-schedule", "version": 1, "problem": raw.get("name"), "contacts": contacts},
                      handle)
    text = json.dumps(result, indent=1)
    if args.json:
        with open(args.json, "w") as handle:
            handle.write(text)
    print(text)


if __name__ == "__main__":
    main()
