#!/usr/bin/env python3
"""Side-by-side: Concord's scheduler against the exact MILP on real-geometry instances.

For each instance: generate it (schedule-benchmarks generate: LEO spacecraft from the active
catalog, real provider stations, view periods from the pass predictor), solve it with the
scheduler twice (throughput only, and with the entitlement guarantee), solve it exactly with
milp.py (throughput, each partner alone, and fair), score the scheduler's schedules with the
exact alone values, and print one table: served time and gap to the optimum, run times, and
fairness (worst shortfall from the guarantee, Jain's index, U_MAX) with the exact price of
fairness.

Build the scheduler first:  (cd Benchmarks && swift build -c release --product schedule-benchmarks)
Usage: compare.py [--out DIR] [--time S] [--milp-time-limit S] [--only NAME ...]
Results are cached in DIR (default Benchmarks/scheduling/results); delete a file to redo it.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import milp as exact_solver  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = os.path.join(HERE, "..", ".build", "release", "schedule-benchmarks")

# name: (spacecraft, antennas, days, seed, contacts per day, fairness tolerance)
INSTANCES = {
    "s10-a10-d1": (10, 10, 1, 11, "2-6", 0.05),
    "s50-a10-d1": (50, 10, 1, 1, "2-6", 0.05),
    "s100-a20-d3": (100, 20, 3, 2, "2-6", 0.05),
    "s100-a12-d2-busy": (100, 12, 2, 4, "3-8", 0.05),
    "s150-a10-d1-busy": (150, 10, 1, 3, "4-8", 0.05),
    "s200-a30-d7": (200, 30, 7, 1, "2-6", 0.05),
    # The busy day with a 2% tolerance: the guarantee binds and has a price.
    "s150-a10-d1-busy-tol2": (150, 10, 1, 3, "4-8", 0.02),
}


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def cached_json(path, make):
    if not os.path.exists(path):
        make()
    with open(path) as handle:
        return json.load(handle)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    parser.add_argument("--time", type=float, default=10, help="scheduler time limit, seconds")
    parser.add_argument("--milp-time-limit", type=float, default=None)
    parser.add_argument("--binary", default=os.environ.get("SCHEDULE_BENCHMARKS", BINARY))
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for name, (craft, antennas, days, seed, contacts, tolerance) in INSTANCES.items():
        if args.only and name not in args.only:
            continue
        problem = os.path.join(args.out, f"{name}.problem.json")
        if not os.path.exists(problem):
            run([args.binary, "generate", "--spacecraft", str(craft), "--antennas", str(antennas), "--days", str(days),
                 "--seed", str(seed), "--contacts", contacts, "--tolerance", str(tolerance), "--out", problem])
        swift = {}
        for mode, flags in (("throughput", ["--throughput"]), ("fair", [])):
            schedule = os.path.join(args.out, f"{name}.{mode}.schedule.json")
            summary = os.path.join(args.out, f"{name}.{mode}.swift.json")

            def solve(schedule=schedule, summary=summary, flags=flags):
                line = run([args.binary, "solve", problem, "--time", str(args.time), "--out", schedule] + flags)
                with open(summary, "w") as handle:
                    handle.write(line)

            swift[mode] = cached_json(summary, solve)
        exact_path = os.path.join(args.out, f"{name}.milp.json")

        def exact():
            command = [sys.executable, os.path.join(HERE, "milp.py"), problem, "--fair", "--json", exact_path]
            if args.milp_time_limit:
                command += ["--time-limit", str(args.milp_time_limit)]
            run(command)

        milp = cached_json(exact_path, exact)
        # The scheduler's schedules scored with the exact alone values.
        model = exact_solver.Problem(problem)
        alone = [round(a * 1000) for a in milp["aloneSeconds"]]
        for mode in swift:
            received = exact_solver.schedule_received(model, os.path.join(args.out, f"{name}.{mode}.schedule.json"))
            swift[mode]["exact"] = exact_solver.fairness(model, received, alone)
        rows.append((name, swift, milp))
    print_table(rows)


def print_table(rows):
    print("| instance | candidates | MILP optimum (h) | MILP time (s) | Concord (h) | gap | Concord time (s) | bound gap |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, swift, milp in rows:
        # The fair optimum is also a throughput schedule: the best of both is the reference.
        best = max(milp["throughput"]["served"], milp["fair"]["served"])
        mine = swift["throughput"]["servedSeconds"]
        bound = swift["throughput"].get("upperBoundSeconds", -1)
        bound_gap = f"{100 * (1 - mine / bound):.3f}%" if bound and bound > 0 else "—"
        print(f"| {name} | {milp['candidates']} | {best / 3600:.2f} | {milp['throughput']['seconds']:.1f} "
              f"({milp['throughput']['status']}) | {mine / 3600:.2f} | {100 * (1 - mine / best):.3f}% | "
              f"{swift['throughput']['solveSeconds']:.1f} | {bound_gap} |")
    print()
    print("Fairness (the instance's tolerance; shortfalls against the exact alone values):")
    print()
    print("| instance | exact price of fairness | MILP fair (h) | MILP fair time (s) | worst shortfall at throughput optimum "
          "| Concord fair (h) | gap to fair optimum | Concord shortfall | holds | Jain | partner U_MAX | mission U_MAX |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|")
    for name, swift, milp in rows:
        fair = milp["fair"]["served"]
        mine = swift["fair"]["servedSeconds"]
        exact = swift["fair"]["exact"]
        print(f"| {name} | {100 * milp['priceOfFairness']:.3f}% | {fair / 3600:.2f} | {milp['fair']['seconds']:.1f} | "
              f"{100 * milp['throughput']['fairness']['maxShortfall']:.2f}% | {mine / 3600:.2f} | "
              f"{100 * (1 - mine / fair):.3f}% | {100 * exact['maxShortfall']:.2f}% | {exact['holds']} | "
              f"{exact['jain']:.4f} | {swift['fair']['partnerUMax']:.3f} | {swift['fair']['missionUMax']:.3f} |")


if __name__ == "__main__":
    main()
