#!/usr/bin/env python3
"""The timing LP: the exact best a schedule's contacts can serve when each keeps its resource,
view period and order (on every antenna, spacecraft and request) and only starts and ends move.

    timing_lp.py PROBLEM SCHEDULE [--out FILE]

Reads a concord-schedule-problem and a concord-schedule (JSON), builds the LP from the
problem's own rules (view periods and windows, setup and teardown, downtime and foreign
reservations, minimum and maximum contact length, request totals, minimum gaps, spacecraft that
take one contact at a time), keeps every mission at or above what it had (so no U gets worse),
and maximises the tracking time with HiGHS (scipy.optimize.linprog). Full-pass contacts stay.
Prints one JSON line: servedSecondsBefore, servedSecondsAfter (the LP optimum), contacts.
The reference for `Schedule.shifted(in:)` / `Shifter` (Tests/SchedulingTests/ShifterTests.swift,
docs/scheduling-log.md, session 14). Exit 3 when scipy is missing.
"""
import json
import sys
from datetime import datetime, timezone

try:
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix
except ImportError:
    sys.exit(3)


def seconds(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def main():
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        out = args[args.index("--out") + 1]
        del args[args.index("--out") : args.index("--out") + 2]
    problem = json.load(open(args[0]))
    schedule = json.load(open(args[1]))
    antennas = {a["id"]: a for a in problem["antennas"]}
    members = {a: [a] for a in antennas}
    for group in problem.get("groups", []):
        members[group["id"]] = group["members"]
    requests = {r["id"]: r for r in problem["requests"]}
    craft = {s["id"]: s for s in problem["spacecraft"]}
    views = {(v["request"], v["resource"]): [(seconds(p["start"]), seconds(p["end"])) for p in v["periods"]]
             for v in problem["viewPeriods"]}
    contacts = schedule["contacts"]
    n = len(contacts)
    rows, cols, vals, rhs = [], [], [], []

    def constraint(terms, bound):  # sum(coef * x) <= bound
        row = len(rhs)
        for var, coef in terms:
            rows.append(row)
            cols.append(var)
            vals.append(coef)
        rhs.append(bound)

    start = lambda i: 2 * i
    end = lambda i: 2 * i + 1
    bounds = []
    setup, teardown, spans = [], [], []
    for i, c in enumerate(contacts):
        r = requests[c["request"]]
        a, b = seconds(c["start"]), seconds(c["end"])
        spans.append((a, b))
        su = r.get("setupSeconds", max(antennas[m].get("setupSeconds", 0) for m in members[c["resource"]]))
        td = r.get("teardownSeconds", max(antennas[m].get("teardownSeconds", 0) for m in members[c["resource"]]))
        setup.append(su)
        teardown.append(td)
        if r.get("placement") == "fullPass":
            bounds += [(a, a), (b, b)]
            continue
        w0, w1 = seconds(r["window"]["start"]), seconds(r["window"]["end"])
        period = next(p for p in views[(r["id"], c["resource"])] if p[0] <= a + 1e-6 and b <= p[1] + 1e-6)
        low, high = max(period[0], w0), min(period[1], w1)
        for m in members[c["resource"]]:
            blocks = [(seconds(d["start"]), seconds(d["end"])) for d in antennas[m].get("downtime", [])]
            if antennas[m]["owner"] != r["partner"]:
                blocks += [(seconds(d["start"]), seconds(d["end"])) for d in antennas[m].get("reservations", [])]
            for d0, d1 in blocks:
                if d1 <= a - su + 1e-6:
                    low = max(low, d1 + su)
                if d0 >= b + td - 1e-6:
                    high = min(high, d0 - td)
        low, high = min(low, a), max(high, b)
        bounds += [(low, high), (low, high)]
        shortest = r["split"]["minTrackSeconds"] if "split" in r else r.get("minContactSeconds", 0)
        constraint([(start(i), 1), (end(i), -1)], -shortest)
        if r.get("maxContactSeconds") is not None:
            constraint([(end(i), 1), (start(i), -1)], r["maxContactSeconds"])

    def chains(key):
        groups = {}
        for i, c in enumerate(contacts):
            for k in key(i, c):
                groups.setdefault(k, []).append(i)
        for ids in groups.values():
            ids.sort(key=lambda i: spans[i][0])
            yield zip(ids, ids[1:])

    for pairs in chains(lambda i, c: members[c["resource"]]):
        for i, j in pairs:
            constraint([(end(i), 1), (start(j), -1)], -(teardown[i] + setup[j]))
    one_at_a_time = lambda i, c: [] if craft[requests[c["request"]]["spacecraft"]].get("simultaneousContacts") \
        else [requests[c["request"]]["spacecraft"]]
    for pairs in chains(one_at_a_time):
        for i, j in pairs:
            constraint([(end(i), 1), (start(j), -1)], 0)
    for pairs in chains(lambda i, c: [c["request"]]):
        for i, j in pairs:
            gap = requests[contacts[i]["request"]].get("minGapSeconds", 0)
            if gap:
                constraint([(end(i), 1), (start(j), -1)], -gap)
    by = lambda key: {k: [i for i, c in enumerate(contacts) if key(c) == k] for k in {key(c) for c in contacts}}
    for rid, ids in by(lambda c: c["request"]).items():
        total = requests[rid].get("totalSeconds")
        if total is not None:
            constraint([(end(i), 1) for i in ids] + [(start(i), -1) for i in ids], total)
    mission = lambda c: requests[c["request"]].get("mission", requests[c["request"]]["partner"])
    for _, ids in by(mission).items():
        had = sum(spans[i][1] - spans[i][0] for i in ids)
        constraint([(end(i), -1) for i in ids] + [(start(i), 1) for i in ids], -had + 1e-3)
    cost = np.tile([1.0, -1.0], n)
    matrix = coo_matrix((vals, (rows, cols)), shape=(len(rhs), 2 * n)).tocsr()
    result = linprog(cost, A_ub=matrix, b_ub=np.array(rhs), bounds=bounds, method="highs")
    if result.status != 0:
        print(json.dumps({"error": result.message}))
        sys.exit(1)
    before = sum(b - a for a, b in spans)
    print(json.dumps({"servedSecondsBefore": before, "servedSecondsAfter": -result.fun, "contacts": n}))
    if out:
        iso = lambda v: datetime.fromtimestamp(round(v), timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        moved = [dict(c, start=iso(result.x[start(i)]), end=iso(result.x[end(i)])) for i, c in enumerate(contacts)]
        json.dump(dict(schedule, contacts=moved), open(out, "w"))


main()
