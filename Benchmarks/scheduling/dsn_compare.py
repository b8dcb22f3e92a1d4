#!/usr/bin/env python3
"""Concord against CP-SAT with a fairness objective on a Deep Space Network week.

The week: a SatNet-format file (--satnet, with --maintenance and --week) converted by
satnet_convert.py, or, by default, the synthetic DSN-like week of dsn_week.py (seed 10, about 300
requests of 30 missions on the 12 DSN antennas; see that script for what is real in it). Both
schedules are checked by the validator (schedule-benchmarks validate) and scored here the same
way: served hours, and each mission's unsatisfied fraction 1 − served/requested (each request
counted up to what it asks for), with the maximum (U_MAX) and root mean square (U_RMS).

Budgets: Concord 30 s on 2 threads, CP-SAT 5 min on 2 workers; with --cpu (the default) both are
counted in CPU time (60 and 600 CPU-seconds), so that a machine shared with other work does not
shortchange either.

Build first:  (cd Benchmarks && swift build -c release --product schedule-benchmarks)
With --floor U (or --floor auto) Concord holds a mission floor instead of the partner guarantee:
every mission at least min((1 − U) × requested, what it could get alone), U given or the smallest
it can hold (SchedulerOptions.missionFloor).

Usage: dsn_compare.py [--satnet FILE --maintenance CSV --week W10_2018] [--tolerance 0]
                      [--floor U|auto] [--concord-time 30] [--cpsat-time 300] [--wall] [--out DIR]
Results are cached in DIR (default Benchmarks/scheduling/results); delete a file to redo it.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = os.path.join(HERE, "..", ".build", "release", "schedule-benchmarks")


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def parse(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def score(problem, schedule):
    """Served hours, U_MAX and U_RMS over missions, each request counted up to its want."""
    requests = {r["id"]: r for r in problem["requests"]}
    served = {rid: 0.0 for rid in requests}
    for contact in schedule["contacts"]:
        served[contact["request"]] += (parse(contact["end"]) - parse(contact["start"])).total_seconds()
    wanted, got = {}, {}
    for rid, r in requests.items():
        mission = r.get("mission", r["spacecraft"])
        wanted[mission] = wanted.get(mission, 0.0) + r["totalSeconds"]
        got[mission] = got.get(mission, 0.0) + min(served[rid], r["totalSeconds"])
    u = {m: 1 - got[m] / wanted[m] for m in wanted}
    worst = max(u, key=u.get)
    return {"servedHours": sum(served.values()) / 3600, "wantedHours": sum(wanted.values()) / 3600,
            "uMax": u[worst], "uMaxMission": worst, "uRMS": (sum(x * x for x in u.values()) / len(u)) ** 0.5,
            "contacts": len(schedule["contacts"])}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--satnet")
    parser.add_argument("--maintenance")
    parser.add_argument("--week")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--tolerance", type=float, default=0.0)
    parser.add_argument("--floor", help="mission floor: an unsatisfied fraction U, or auto")
    parser.add_argument("--concord-time", type=float, default=30)
    parser.add_argument("--cpsat-time", type=float, default=300)
    parser.add_argument("--wall", action="store_true", help="wall-clock budgets instead of CPU time")
    parser.add_argument("--binary", default=os.environ.get("SCHEDULE_BENCHMARKS", BINARY))
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    name = os.path.splitext(os.path.basename(args.satnet))[0] if args.satnet else f"dsn-w10-synthetic-s{args.seed}"
    satnet, maintenance = args.satnet, args.maintenance
    if not satnet:
        satnet = os.path.join(args.out, f"{name}.satnet.json")
        maintenance = os.path.join(args.out, f"{name}.maintenance.csv")
        if not os.path.exists(satnet):
            run([sys.executable, os.path.join(HERE, "dsn_week.py"), "--seed", str(args.seed), "--requests", "320",
                 "--out", satnet, "--maintenance", maintenance])
    problem_path = os.path.join(args.out, f"{name}.problem.json")
    if not os.path.exists(problem_path):
        command = [sys.executable, os.path.join(HERE, "satnet_convert.py"), satnet, "--tolerance",
                   str(args.tolerance), "--out", problem_path]
        command += ["--maintenance", maintenance] if maintenance else []
        command += ["--week", args.week] if args.week else []
        run(command)
    with open(problem_path) as handle:
        problem = json.load(handle)
    rows = {}
    tag = f".floor-{args.floor}" if args.floor else ""
    concord = os.path.join(args.out, f"{name}.concord{tag}.schedule.json")
    concord_summary = os.path.join(args.out, f"{name}.concord{tag}.json")
    if not os.path.exists(concord_summary):
        line = run([args.binary, "solve", problem_path, "--time", str(args.concord_time), "--threads", "2",
                    "--out", concord] + ([] if args.wall else ["--cpu"])
                   + (["--floor", args.floor] if args.floor else []))
        with open(concord_summary, "w") as handle:
            handle.write(line)
    cpsat = os.path.join(args.out, f"{name}.cpsat.schedule.json")
    cpsat_summary = os.path.join(args.out, f"{name}.cpsat.json")
    if not os.path.exists(cpsat_summary):
        run([sys.executable, os.path.join(HERE, "cpsat_dsn.py"), problem_path, "--time", str(args.cpsat_time),
             "--workers", "2", "--out", cpsat, "--json", cpsat_summary] + ([] if args.wall else ["--cpu"]))
    for label, schedule_path, summary_path in (("Concord", concord, concord_summary),
                                               ("CP-SAT", cpsat, cpsat_summary)):
        check = run([args.binary, "validate", problem_path, schedule_path]).strip().splitlines()[-1]
        with open(schedule_path) as handle:
            rows[label] = score(problem, json.load(handle))
        with open(summary_path) as handle:
            summary = json.load(handle)
        rows[label]["seconds"] = summary.get("solveSeconds", summary.get("cpuSeconds", summary.get("wallSeconds")))
        rows[label]["validator"] = check
        if "floorUnsatisfied" in summary:
            rows[label]["floor"] = f"U = {summary['floorUnsatisfied']:.3f}, held: {summary['floorHolds']}"
    print(f"{name}: {len(problem['requests'])} requests, {len(problem['partners'])} missions, "
          f"{len(problem['antennas'])} antennas, {len(problem.get('groups', []))} arrays, "
          f"{rows['Concord']['wantedHours']:.1f} h requested")
    print()
    print("| solver | budget | served (h) | U_MAX | U_RMS | contacts | validator |")
    print("|---|---|---:|---:|---:|---:|---|")
    clock = "wall" if args.wall else "CPU"
    budgets = {"Concord": f"{args.concord_time:g} s × 2 threads ({clock})"
                          + (f", floor {rows['Concord']['floor']}" if "floor" in rows["Concord"] else ""),
               "CP-SAT": f"{args.cpsat_time:g} s × 2 workers ({clock})"}
    for label, row in rows.items():
        print(f"| {label} | {budgets[label]} | {row['servedHours']:.1f} | {row['uMax']:.3f} ({row['uMaxMission']}) | "
              f"{row['uRMS']:.3f} | {row['contacts']} | {row['validator']} |")
    goal = (rows["Concord"]["servedHours"] >= rows["CP-SAT"]["servedHours"] - 1e-9
            and rows["Concord"]["uMax"] <= rows["CP-SAT"]["uMax"] + 1e-9)
    print()
    print(f"goal (served ≥ CP-SAT's and U_MAX ≤ CP-SAT's): {'met' if goal else 'NOT met'}")


if __name__ == "__main__":
    main()
