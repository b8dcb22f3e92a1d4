#!/usr/bin/env python3
"""Exact reference for Concord's full-pass scheduling problems (concord-schedule-problem v1).

With full-pass contacts every candidate contact is fixed (a whole view period clipped to its
request's window), so the problem is 0-1 packing: choose candidates maximising served time
(weighted by priority) such that on every antenna the busy spans (setup + tracking + teardown;
a group occupies every member) do not overlap, no spacecraft is tracked twice at once, and each
request keeps to its contact count and total. The overlaps are written as clique inequalities
over the maximal cliques of each antenna's (and spacecraft's) interval graph, which makes the
LP relaxation tight and lets HiGHS prove optimality on week-long, 200-spacecraft instances.

The fair variant adds the entitlement guarantee: each partner P receives at least
(1 - tolerance) * min(share_P * delivered, alone_P), where alone_P is P's optimum with the
network to itself (solved first, one MILP per partner). The min is a disjunction, one binary
per partner with tight big-M constants.

Candidates are generated here independently of the Swift code, from the problem's rules.
Usage: milp.py PROBLEM [--fair] [--time-limit S] [--evaluate SCHEDULE ...] [--json OUT]
"""
import argparse
import datetime
import json
import sys
import time

import highspy
import numpy as np

PRIORITY_WEIGHT = {"routine": 1.0, "critical": 10.0, "emergency": 100.0}


def millis(text, origin):
    """Milliseconds from origin to an ISO-8601 UTC time, rounded."""
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    delta = moment - origin
    return round((delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds / 1000)


def seconds_ms(value):
    return round(value * 1000)


class Problem:
    """The problem file, with every time in integer milliseconds from the horizon start."""

    def __init__(self, path):
        with open(path) as handle:
            raw = json.load(handle)
        assert raw["format"] == "concord-schedule-problem" and raw["version"] == 1, "not a v1 problem"
        self.raw = raw
        origin = datetime.datetime.fromisoformat(raw["horizon"]["start"].replace("Z", "+00:00"))
        self.origin = origin
        span = lambda s: (millis(s["start"], origin), millis(s["end"], origin))
        self.horizon = span(raw["horizon"])
        self.tolerance = raw.get("fairnessTolerance", 0.05)
        self.partners = [p["id"] for p in raw["partners"]]
        pindex = {p: i for i, p in enumerate(self.partners)}
        self.antennas = []
        for a in raw["antennas"]:
            self.antennas.append({
                "id": a["id"], "owner": pindex[a["owner"]],
                "setup": seconds_ms(a.get("setupSeconds", 0)), "teardown": seconds_ms(a.get("teardownSeconds", 0)),
                "downtime": [span(s) for s in a.get("downtime", [])],
                "reservations": [span(s) for s in a.get("reservations", [])],
                "excluded": {pindex[p] for p in a.get("excludedPartners", [])},
            })
        aindex = {a["id"]: i for i, a in enumerate(self.antennas)}
        self.members = {a["id"]: [i] for i, a in enumerate(self.antennas)}
        for g in raw.get("groups", []):
            self.members[g["id"]] = [aindex[m] for m in g["members"]]
        self.simultaneous = {s["id"]: s.get("simultaneousContacts", False) for s in raw["spacecraft"]}
        self.shares = self.entitlements(raw)
        self.requests = []
        for r in raw["requests"]:
            if r.get("placement", "flexible") != "fullPass":
                sys.exit(f"milp.py handles full-pass requests only; {r['id']} is flexible")
            split = r.get("split")
            self.requests.append({
                "id": r["id"], "spacecraft": r["spacecraft"], "partner": pindex[r["partner"]],
                "mission": r.get("mission", r["spacecraft"]), "window": span(r["window"]),
                "contacts": r.get("contacts", None if split else 1),
                "total": seconds_ms(r["totalSeconds"]) if "totalSeconds" in r else None,
                "min": seconds_ms(split["minTrackSeconds"] if split else r.get("minContactSeconds", 0)),
                "max": seconds_ms(r["maxContactSeconds"]) if "maxContactSeconds" in r else None,
                "weight": PRIORITY_WEIGHT[r.get("priority", "routine")],
                "setup": seconds_ms(r["setupSeconds"]) if "setupSeconds" in r else None,
                "teardown": seconds_ms(r["teardownSeconds"]) if "teardownSeconds" in r else None,
            })
        self.rindex = {r["id"]: i for i, r in enumerate(self.requests)}
        self.candidates = self.build_candidates(raw["viewPeriods"], span)

    def entitlements(self, raw):
        given = [p.get("share") for p in raw["partners"]]
        if all(s is None for s in given):
            shares = [0.0] * len(self.partners)
            length = self.horizon[1] - self.horizon[0]
            for a in self.antennas:
                down = sum(max(0, min(e, length) - max(s, 0)) for s, e in a["downtime"])
                shares[a["owner"]] += max(0, length - down)
        else:
            shares = [float(s) for s in given]
        total = sum(shares)
        return [s / total for s in shares]

    @staticmethod
    def overlaps(spans, busy):
        return any(s < busy[1] and busy[0] < e for s, e in spans)

    def build_candidates(self, view_periods, span):
        """Every usable whole view period: (request, resource, members, track, busy, value)."""
        out = []
        for entry in view_periods:
            r = self.requests[self.rindex[entry["request"]]]
            members = self.members[entry["resource"]]
            if any(r["partner"] in self.antennas[m]["excluded"] for m in members):
                continue
            setup = r["setup"] if r["setup"] is not None else max(self.antennas[m]["setup"] for m in members)
            teardown = r["teardown"] if r["teardown"] is not None else max(self.antennas[m]["teardown"] for m in members)
            for period in entry["periods"]:
                start, end = span(period)
                start, end = max(start, r["window"][0]), min(end, r["window"][1])
                length = end - start
                if length < max(1, r["min"]) or (r["max"] is not None and length > r["max"]):
                    continue
                busy = (start - setup, end + teardown)
                blocked = False
                for m in members:
                    a = self.antennas[m]
                    if self.overlaps(a["downtime"], busy):
                        blocked = True
                    if r["partner"] != a["owner"] and self.overlaps(a["reservations"], busy):
                        blocked = True
                if not blocked:
                    out.append({"request": self.rindex[entry["request"]], "resource": entry["resource"],
                                "members": members, "track": (start, end), "busy": busy,
                                "length": length, "value": length / 1000 * r["weight"]})
        return out


def maximal_cliques(intervals):
    """Maximal cliques of an interval graph of half-open spans [(start, end, key)], size >= 2."""
    events = []
    for start, end, key in intervals:
        events.append((start, 1, key))
        events.append((end, 0, key))
    events.sort()  # at equal times ends come first: touching spans do not overlap
    active, cliques, grew = set(), [], False
    for _, kind, key in events:
        if kind == 1:
            active.add(key)
            grew = True
        else:
            if grew and len(active) > 1:
                cliques.append(sorted(active))
            active.discard(key)
            grew = False
    return cliques


def solve(problem, keep, fair=None, time_limit=None, threads=None):
    """Solves the packing MILP over candidates `keep` (indices). `fair`: (alone_ms, delivered_ub_ms)
    adds the guarantee. Returns (served_seconds, objective, chosen indices, status, gap, seconds)."""
    cand = problem.candidates
    n = len(keep)
    rows = []  # (indices, values, lower, upper)
    by_antenna, by_craft, by_request = {}, {}, {}
    for k, ci in enumerate(keep):
        c = cand[ci]
        for m in c["members"]:
            by_antenna.setdefault(m, []).append((c["busy"][0], c["busy"][1], k))
        craft = problem.requests[c["request"]]["spacecraft"]
        if not problem.simultaneous[craft]:
            by_craft.setdefault(craft, []).append((c["track"][0], c["track"][1], k))
        by_request.setdefault(c["request"], []).append(k)
    for group in list(by_antenna.values()) + list(by_craft.values()):
        for clique in maximal_cliques(group):
            rows.append((clique, [1.0] * len(clique), -highspy.kHighsInf, 1.0))
    for r, ks in by_request.items():
        req = problem.requests[r]
        if req["contacts"] is not None and len(ks) > req["contacts"]:
            rows.append((ks, [1.0] * len(ks), -highspy.kHighsInf, float(req["contacts"])))
        lengths = [cand[keep[k]]["length"] / 1000 for k in ks]
        if req["total"] is not None and sum(lengths) > req["total"] / 1000:
            rows.append((ks, lengths, -highspy.kHighsInf, req["total"] / 1000))
    cost = [cand[ci]["value"] for ci in keep]
    integer = [True] * n
    columns = n
    if fair is not None:
        alone, delivered_ub = fair
        tol = problem.tolerance
        lengths = np.array([cand[ci]["length"] / 1000 for ci in keep])
        partner_of = np.array([problem.requests[cand[ci]["request"]]["partner"] for ci in keep])
        for p, share in enumerate(problem.shares):
            if alone[p] <= 0:
                continue
            z = columns
            columns += 1
            cost.append(0.0)
            integer.append(True)
            mine = np.nonzero(partner_of == p)[0].tolist()
            # (A) R_p >= (1-tol) share_p D - M_A z_p, with M_A = (1-tol) share_p D_ub.
            coefficients = -(1 - tol) * share * lengths
            coefficients[mine] += lengths[mine]
            big_a = (1 - tol) * share * delivered_ub / 1000
            rows.append((list(range(n)) + [z], coefficients.tolist() + [big_a], 0.0, highspy.kHighsInf))
            # (B) R_p >= (1-tol) alone_p - M_B (1 - z_p), with M_B = (1-tol) alone_p.
            big_b = (1 - tol) * alone[p] / 1000
            rows.append((mine + [z], lengths[mine].tolist() + [-big_b], 0.0, highspy.kHighsInf))
    lp = highspy.HighsLp()
    lp.num_col_ = columns
    lp.num_row_ = len(rows)
    lp.col_cost_ = np.array(cost)
    lp.col_lower_ = np.zeros(columns)
    lp.col_upper_ = np.ones(columns)
    lp.sense_ = highspy.ObjSense.kMaximize
    starts, indices, values, lower, upper = [0], [], [], [], []
    for idx, vals, lo, up in rows:
        indices.extend(idx)
        values.extend(vals)
        starts.append(len(indices))
        lower.append(lo)
        upper.append(up)
    lp.row_lower_ = np.array(lower)
    lp.row_upper_ = np.array(upper)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(indices, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(values)
    lp.a_matrix_.num_col_ = columns
    lp.a_matrix_.num_row_ = len(rows)
    lp.integrality_ = [highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous for i in integer]
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    # Prove optimality to 1e-6 (HiGHS stops at a relative gap of 1e-4 by default).
    h.setOptionValue("mip_rel_gap", 1e-6)
    if time_limit:
        h.setOptionValue("time_limit", float(time_limit))
    if threads:
        h.setOptionValue("threads", int(threads))
    h.passModel(lp)
    started = time.perf_counter()
    h.run()
    elapsed = time.perf_counter() - started
    status = h.modelStatusToString(h.getModelStatus())
    x = np.array(h.getSolution().col_value[:n]) if n else np.zeros(0)
    chosen = [keep[k] for k in range(n) if x[k] > 0.5]
    served = sum(cand[ci]["length"] for ci in chosen) / 1000
    info = h.getInfo()
    return {"served": served, "objective": info.objective_function_value if chosen else 0.0, "chosen": chosen,
            "status": status, "gap": info.mip_gap, "seconds": elapsed, "rows": len(rows)}


def partner_received(problem, chosen):
    received = [0.0] * len(problem.partners)
    for ci in chosen:
        c = problem.candidates[ci]
        received[problem.requests[c["request"]]["partner"]] += c["length"] / 1000
    return received


def fairness(problem, received, alone):
    """Guarantee, shortfall per partner and Jain's index of received / guarantee."""
    delivered = sum(received)
    out = []
    for p, share in enumerate(problem.shares):
        guarantee = min(share * delivered, alone[p] / 1000)
        shortfall = max(0.0, guarantee - received[p]) / guarantee if guarantee > 0 else 0.0
        out.append({"partner": problem.partners[p], "share": share, "received": received[p],
                    "guarantee": guarantee, "shortfall": shortfall})
    ratios = [o["received"] / o["guarantee"] for o in out if o["guarantee"] > 0]
    jain = (sum(ratios) ** 2 / (len(ratios) * sum(r * r for r in ratios))) if ratios and any(ratios) else 1.0
    worst = max((o["shortfall"] for o in out), default=0.0)
    return {"partners": out, "maxShortfall": worst, "jain": jain,
            "holds": all(o["shortfall"] <= problem.tolerance + 1e-6 for o in out)}


def schedule_received(problem, path):
    """Served time per partner of a Swift schedule file, and the total."""
    with open(path) as handle:
        schedule = json.load(handle)
    received = [0.0] * len(problem.partners)
    for contact in schedule["contacts"]:
        r = problem.requests[problem.rindex[contact["request"]]]
        length = millis(contact["end"], problem.origin) - millis(contact["start"], problem.origin)
        received[r["partner"]] += length / 1000
    return received


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problem")
    parser.add_argument("--fair", action="store_true", help="also solve with the entitlement guarantee")
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--evaluate", nargs="*", default=[], help="Swift schedules to score against the optimum")
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()
    started = time.perf_counter()
    problem = Problem(args.problem)
    everything = list(range(len(problem.candidates)))
    result = {"problem": problem.raw.get("name", args.problem), "candidates": len(everything),
              "readSeconds": time.perf_counter() - started}
    best = solve(problem, everything, time_limit=args.time_limit, threads=args.threads)
    result["throughput"] = {k: v for k, v in best.items() if k != "chosen"}
    alone = [0.0] * len(problem.partners)
    alone_seconds = 0.0
    for p in range(len(problem.partners)):
        mine = [ci for ci in everything if problem.requests[problem.candidates[ci]["request"]]["partner"] == p]
        if mine:
            sub = solve(problem, mine, time_limit=args.time_limit, threads=args.threads)
            alone[p] = round(sub["served"] * 1000)
            alone_seconds += sub["seconds"]
    result["aloneSeconds"] = [a / 1000 for a in alone]
    result["aloneSolveSeconds"] = alone_seconds
    result["throughput"]["fairness"] = fairness(problem, partner_received(problem, best["chosen"]), alone)
    if args.fair:
        fair = solve(problem, everything, fair=(alone, round(best["served"] * 1000)), time_limit=args.time_limit,
                     threads=args.threads)
        result["fair"] = {k: v for k, v in fair.items() if k != "chosen"}
        result["fair"]["fairness"] = fairness(problem, partner_received(problem, fair["chosen"]), alone)
        result["priceOfFairness"] = 1 - fair["served"] / best["served"] if best["served"] else 0.0
    result["evaluated"] = {}
    for path in args.evaluate:
        received = schedule_received(problem, path)
        result["evaluated"][path] = {"served": sum(received), "fairness": fairness(problem, received, alone)}
    text = json.dumps(result, indent=1)
    if args.json:
        with open(args.json, "w") as handle:
            handle.write(text)
    print(text)


if __name__ == "__main__":
    main()
