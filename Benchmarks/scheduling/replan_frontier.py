#!/usr/bin/env python3
"""Exact reference for the re-planner (docs/scheduling.md, Re-planning): the moves/objective
frontier of a repair after an antenna outage, for full-pass problems.

For each move budget K: the best priority-weighted served time of any schedule of the changed
problem that keeps the frozen horizon (frozen announced contacts still allowed stay, nothing else
starts its setup before frozenUntil) and keeps at least (announced - K) announced contacts exactly.
Optionally with the entitlement guarantee against given alone times.
The outage is the one `schedule-benchmarks replan` makes (the antenna with the most announced
tracking time starting between now and the outage's end, down from now for --outage-hours);
ANNOUNCED is the schedule it wrote with --out-announced. --bonus B instead maximises served time
plus B per announced contact kept: the exact optimum of the re-planner's own objective.
--alone FILE (the .alone.json beside it) adds the entitlement guarantee with those caps.
Candidates and constraints come from milp.py (built from the problem's rules, not the Swift code).
usage: replan_frontier.py PROBLEM ANNOUNCED --now-hours 0 --outage-hours 12 --frozen-hours 2
       [--moves 49,55,60,70,80,100] [--bonus 30,120,300] [--alone ALONE.json] [--time-limit S]
"""
import argparse, datetime, json, os, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import highspy
import numpy as np
import milp

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("problem"); ap.add_argument("announced")
    ap.add_argument("--now-hours", type=float, default=24); ap.add_argument("--outage-hours", type=float, default=24)
    ap.add_argument("--frozen-hours", type=float, default=2); ap.add_argument("--moves", default="49,52,55,60,70,100,1000")
    ap.add_argument("--alone"); ap.add_argument("--time-limit", type=float, default=120)
    ap.add_argument("--antenna"); ap.add_argument("--bonus", default="")
    a = ap.parse_args()
    raw = json.load(open(a.problem))
    sched = json.load(open(a.announced))
    origin = datetime.datetime.fromisoformat(raw["horizon"]["start"].replace("Z", "+00:00"))
    now = origin + datetime.timedelta(hours=a.now_hours)
    end = now + datetime.timedelta(hours=a.outage_hours)
    frozen_ms = round((a.now_hours + a.frozen_hours) * 3600_000)
    busy = {}
    for c in sched["contacts"]:
        s = datetime.datetime.fromisoformat(c["start"].replace("Z", "+00:00"))
        e = datetime.datetime.fromisoformat(c["end"].replace("Z", "+00:00"))
        if now <= s < end:
            busy[c["resource"]] = busy.get(c["resource"], 0) + (e - s).total_seconds()
    antenna = a.antenna or max(busy.items(), key=lambda kv: (kv[1], [-ord(ch) for ch in kv[0]]))[0]
    hz_end = datetime.datetime.fromisoformat(raw["horizon"]["end"].replace("Z", "+00:00"))
    for ant in raw["antennas"]:
        if ant["id"] == antenna:
            ant.setdefault("downtime", []).append({"start": iso(now), "end": iso(min(end, hz_end))})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(raw, f); path = f.name
    P = milp.Problem(path)
    cand = P.candidates
    key = {}
    for i, c in enumerate(cand):
        key[(c["request"], c["resource"], c["track"])] = i
    ann = []
    frozen_fixed = []
    invalid = 0
    for c in sched["contacts"]:
        k = (P.rindex[c["request"]], c["resource"], (milp.millis(c["start"], P.origin), milp.millis(c["end"], P.origin)))
        if k in key:
            ann.append(key[k])
            if cand[key[k]]["busy"][0] < frozen_ms:
                frozen_fixed.append(key[k])
        else:
            invalid += 1
    keep = [i for i, c in enumerate(cand) if c["busy"][0] >= frozen_ms or i in set(frozen_fixed)]
    pos = {ci: k for k, ci in enumerate(keep)}
    total_ann = len(sched["contacts"])
    print(json.dumps({"antenna": antenna, "announced": total_ann, "invalidated": invalid, "frozenKept": len(frozen_fixed), "candidates": len(keep)}), flush=True)
    alone = json.load(open(a.alone)) if a.alone else None
    for b in [float(x) for x in a.bonus.split(",") if x]:
        t0 = time.perf_counter()
        res = solve(P, keep, pos, ann, frozen_fixed, 0, alone, a.time_limit, bonus=b)
        res["bonus"] = b; res["moves"] = total_ann - res["kept"]
        res["seconds"] = time.perf_counter() - t0
        print(json.dumps(res), flush=True)
    for K in [int(x) for x in a.moves.split(",") if x]:
        t0 = time.perf_counter()
        res = solve(P, keep, pos, ann, frozen_fixed, total_ann - K, alone, a.time_limit)
        res["moves<="] = K
        res["seconds"] = time.perf_counter() - t0
        print(json.dumps(res), flush=True)

def solve(P, keep, pos, ann, fixed, min_kept, alone, time_limit, bonus=0.0):
    cand = P.candidates
    n = len(keep)
    rows = []
    by_antenna, by_craft, by_request = {}, {}, {}
    for k, ci in enumerate(keep):
        c = cand[ci]
        for m in c["members"]:
            by_antenna.setdefault(m, []).append((c["busy"][0], c["busy"][1], k))
        craft = P.requests[c["request"]]["spacecraft"]
        if not P.simultaneous[craft]:
            by_craft.setdefault(craft, []).append((c["track"][0], c["track"][1], k))
        by_request.setdefault(c["request"], []).append(k)
    inf = highspy.kHighsInf
    for group in list(by_antenna.values()) + list(by_craft.values()):
        for clique in milp.maximal_cliques(group):
            rows.append((clique, [1.0] * len(clique), -inf, 1.0))
    for r, ks in by_request.items():
        req = P.requests[r]
        if req["contacts"] is not None and len(ks) > req["contacts"]:
            rows.append((ks, [1.0] * len(ks), -inf, float(req["contacts"])))
        if req["total"] is not None:
            lengths = [cand[keep[k]]["length"] / 1000 for k in ks]
            if sum(lengths) > req["total"] / 1000:
                rows.append((ks, lengths, -inf, req["total"] / 1000))
    annk = [pos[ci] for ci in ann if ci in pos]
    rows.append((annk, [1.0] * len(annk), float(min_kept), inf))
    cost = [cand[ci]["value"] for ci in keep]
    for k in annk:
        cost[k] += bonus
    lower = np.zeros(n)
    for ci in fixed:
        lower[pos[ci]] = 1
    columns = n
    integer = [True] * n
    if alone is not None:
        tol = P.tolerance
        lengths = np.array([cand[ci]["length"] / 1000 for ci in keep])
        partner_of = np.array([P.requests[cand[ci]["request"]]["partner"] for ci in keep])
        ub = lengths.sum()
        for p, share in enumerate(P.shares):
            if alone[p] <= 0: continue
            z = columns; columns += 1; cost.append(0.0); integer.append(True)
            lower = np.append(lower, 0)
            mine = np.nonzero(partner_of == p)[0].tolist()
            co = -(1 - tol) * share * lengths
            co[mine] += lengths[mine]
            rows.append((list(range(n)) + [z], co.tolist() + [(1 - tol) * share * ub], 0.0, inf))
            rows.append((mine + [z], lengths[mine].tolist() + [-(1 - tol) * alone[p]], 0.0, inf))
    lp = highspy.HighsLp()
    lp.num_col_ = columns; lp.num_row_ = len(rows)
    lp.col_cost_ = np.array(cost); lp.col_lower_ = lower; lp.col_upper_ = np.ones(columns)
    lp.sense_ = highspy.ObjSense.kMaximize
    st, idx, val, lo, up = [0], [], [], [], []
    for i, v, l, u in rows:
        idx.extend(i); val.extend(v); st.append(len(idx)); lo.append(l); up.append(u)
    lp.row_lower_ = np.array(lo); lp.row_upper_ = np.array(up)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(st, dtype=np.int32); lp.a_matrix_.index_ = np.array(idx, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(val); lp.a_matrix_.num_col_ = columns; lp.a_matrix_.num_row_ = len(rows)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * columns
    h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("mip_rel_gap", 1e-5)
    h.setOptionValue("threads", 1)
    if time_limit: h.setOptionValue("time_limit", float(time_limit))
    h.passModel(lp); h.run()
    x = np.array(h.getSolution().col_value[:n])
    chosen = [keep[k] for k in range(n) if x[k] > 0.5]
    info = h.getInfo()
    kept = sum(1 for k in annk if x[k] > 0.5)
    return {"status": h.modelStatusToString(h.getModelStatus()), "weighted": sum(cand[ci]["value"] for ci in chosen), "objective": info.objective_function_value,
            "bound": info.mip_dual_bound, "gap": info.mip_gap, "kept": kept,
            "served": sum(cand[ci]["length"] for ci in chosen) / 1000}

main()
