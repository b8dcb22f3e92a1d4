#!/usr/bin/env python3
"""Concord's seeds against CP-SAT's seeds on converted DSN weeks: how often the goal holds.

The goal of the DSN-week check (at least CP-SAT's served hours with a U_MAX no worse) compares
two single runs, and both solvers vary from run to run: Concord with its seed (and, on a time
budget, where an epoch boundary falls), CP-SAT with its seed and its two workers' timing (the same
seed gave U_MAX 0.331 and 0.400 on W50 in two runs). So this runs Concord with seeds 1…N and
CP-SAT with seeds 1…K on each week, checks every schedule with the validator, and reports each
CP-SAT run, each Concord run, and for every (Concord run, CP-SAT run) pair whether the goal holds.

Budgets as dsn_compare.py: Concord 30 s × 2 threads, CP-SAT 300 s × 2 workers, both in CPU time.
Concord runs three at a time (each on 2 threads; CPU budgets make that fair), CP-SAT one at a time.

Usage: dsn_seeds.py PROBLEM.json... [--concord-seeds 8] [--cpsat-seeds 3] [--floor auto]
                    [--concord-time 30] [--cpsat-time 300] [--out DIR] [--binary PATH]
The problems are concord-schedule-problems from satnet_convert.py (e.g. problems_W30.problem.json).
Results are cached in DIR (default Benchmarks/scheduling/results/seeds); delete a file to redo it.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dsn_compare import BINARY, run, score  # noqa: E402


def concord(args, problem_path, name, seed):
    """One Concord run (cached): its schedule path."""
    schedule = os.path.join(args.out, f"{name}.concord.s{seed}.schedule.json")
    if not os.path.exists(schedule):
        run([args.binary, "solve", problem_path, "--time", str(args.concord_time), "--threads", "2", "--cpu",
             "--seed", str(seed), "--floor", args.floor, "--out", schedule + ".tmp"])
        os.replace(schedule + ".tmp", schedule)
    return schedule


def cpsat(args, problem_path, name, seed):
    """One CP-SAT run (cached): its schedule path."""
    schedule = os.path.join(args.out, f"{name}.cpsat.s{seed}.schedule.json")
    if not os.path.exists(schedule):
        run([sys.executable, os.path.join(HERE, "cpsat_dsn.py"), problem_path, "--time", str(args.cpsat_time),
             "--workers", "2", "--cpu", "--seed", str(seed), "--out", schedule + ".tmp"])
        os.replace(schedule + ".tmp", schedule)
    return schedule


def scored(args, problem, problem_path, schedule):
    """Served hours and U_MAX of a schedule the validator accepts."""
    check = run([args.binary, "validate", problem_path, schedule]).strip().splitlines()[-1]
    if not check.startswith("0 violations"):
        sys.exit(f"{schedule}: {check}")
    with open(schedule) as handle:
        row = score(problem, json.load(handle))
    return row["servedHours"], row["uMax"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problems", nargs="+")
    parser.add_argument("--concord-seeds", type=int, default=8)
    parser.add_argument("--cpsat-seeds", type=int, default=3)
    parser.add_argument("--floor", default="auto")
    parser.add_argument("--concord-time", type=float, default=30)
    parser.add_argument("--cpsat-time", type=float, default=300)
    parser.add_argument("--binary", default=os.environ.get("SCHEDULE_BENCHMARKS", BINARY))
    parser.add_argument("--out", default=os.path.join(HERE, "results", "seeds"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    weeks = []
    for path in args.problems:
        name = os.path.basename(path).split(".")[0]
        with open(path) as handle:
            weeks.append((name, path, json.load(handle)))
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        jobs = [pool.submit(concord, args, path, name, seed)
                for name, path, _ in weeks for seed in range(1, args.concord_seeds + 1)]
        for job in jobs:
            job.result()
    for name, path, _ in weeks:
        for seed in range(1, args.cpsat_seeds + 1):
            cpsat(args, path, name, seed)
    total, met_total = 0, 0
    print("| week | CP-SAT runs (h, U_MAX) | Concord runs (h, U_MAX) | pairs met |")
    print("|---|---|---|---:|")
    for name, path, problem in weeks:
        ours = [scored(args, problem, path, concord(args, path, name, s)) for s in range(1, args.concord_seeds + 1)]
        theirs = [scored(args, problem, path, cpsat(args, path, name, s)) for s in range(1, args.cpsat_seeds + 1)]
        met = sum(h >= ch - 1e-9 and u <= cu + 1e-9 for h, u in ours for ch, cu in theirs)
        total += len(ours) * len(theirs)
        met_total += met
        text = lambda runs: ", ".join(f"{h:.1f} {u:.3f}" for h, u in runs)
        print(f"| {name} | {text(theirs)} | {text(ours)} | {met} / {len(ours) * len(theirs)} |")
    print()
    print(f"goal held in {met_total} of {total} (Concord run, CP-SAT run) pairs")


if __name__ == "__main__":
    main()
