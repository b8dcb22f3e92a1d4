#!/usr/bin/env python3
"""How far is a schedule from the best one over its problem's track grid? An exact reference for
flexible and split requests (the DSN weeks), where `milp.py` handles full passes only.

Candidates are built here, independently of the Swift code, from the problem's rules: for every
request and usable view period (clipped to the request's window, long enough for its shortest
track), the tracks of the solver's two grids: seven lengths (the longest the request and period
allow, 7/8 ... 3/8 of it, the shortest) at up to 17 evenly spaced positions, and four (the longest,
3/4 and 1/2 of it, the shortest) at up to 9, never closer than 5 minutes; and every contact
of the given schedule at its exact times; a track whose busy time (setup before, teardown after,
every member of an array) meets a downtime is dropped. The model is 0-1: each antenna and each
spacecraft is a unit flow over its time points (the extended formulation of the interval cliques,
which keeps the model near a million nonzeros on a DSN week), each request keeps its contact count
and its total, and every mission receives at least (1 - U) x wanted (U is the schedule's own
U_MAX unless given).

  --lp           the LP relaxation over the whole horizon: an upper bound on the hours any
                 schedule over the grid serves at that U (HiGHS interior point, ~1 min a week)
  --sweep H      from the schedule, re-choose every candidate meeting a window of H hours
                 exactly, window after window over the horizon (each fixed elsewhere), and
                 report the hours after each; --out writes the last schedule (concord-schedule v1)
                 so that `concord schedule validate` can check it

Usage: window_milp.py PROBLEM SCHEDULE [--floor U] [--lp] [--sweep 24] [--time 120] [--out FILE]
Needs highspy and numpy (pip).
"""
import argparse
import datetime
import json
import time
from collections import defaultdict

import highspy
import numpy as np

from milp import millis as parse_ms  # ISO-8601 UTC to ms from the origin, as milp.py reads it

GRIDS = [(17, [8, 7, 6, 5, 4, 3]), (9, [8, 6, 4])]  # (positions, lengths in eighths of the longest)
GRID_STEP_MS = 300_000


def iso(ms, origin):
    moment = origin + datetime.timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class Week:
    """The problem's requests, resources and candidates, times in ms from the horizon start."""

    def __init__(self, path):
        raw = json.load(open(path))
        assert raw["format"] == "concord-schedule-problem" and raw["version"] == 1
        self.raw = raw
        self.origin = datetime.datetime.fromisoformat(raw["horizon"]["start"].replace("Z", "+00:00"))
        ms = lambda t: parse_ms(t, self.origin)
        self.antennas = [a["id"] for a in raw["antennas"]]
        index = {a: i for i, a in enumerate(self.antennas)}
        self.downtime = [[(ms(s["start"]), ms(s["end"])) for s in a.get("downtime", [])] for a in raw["antennas"]]
        self.setup = [round(1000 * a.get("setupSeconds", 0)) for a in raw["antennas"]]
        self.teardown = [round(1000 * a.get("teardownSeconds", 0)) for a in raw["antennas"]]
        for a in raw["antennas"]:
            assert not a.get("reservations") and not a.get("excludedPartners"), "not modelled here"
        self.members = {a: [i] for a, i in index.items()}
        for g in raw.get("groups", []):
            self.members[g["id"]] = [index[m] for m in g["members"]]
        self.simultaneous = {s["id"]: s.get("simultaneousContacts", False) for s in raw["spacecraft"]}
        self.requests = raw["requests"]
        self.request_index = {r["id"]: i for i, r in enumerate(self.requests)}
        views = defaultdict(list)
        for v in raw["viewPeriods"]:
            views[v["request"]].append((v["resource"], [(ms(p["start"]), ms(p["end"])) for p in v["periods"]]))
        self.views = views
        self.candidates = []  # (request, resource, track start, track end, busy start, busy end)
        self.keys = {}
        for r, request in enumerate(self.requests):
            assert request.get("placement", "flexible") == "flexible" and not request.get("minGapSeconds")
            assert request.get("minContacts", 1) <= 1 and not request.get("allowedSpans")
            for resource, start, end in self.periods(request):
                for track in self.grid(request, start, end):
                    self.add(r, resource, track)
        self.wanted = self.wanted_hours()

    def limits(self, request):
        split = request.get("split")
        shortest = round(1000 * (split["minTrackSeconds"] if split else request["minContactSeconds"]))
        longest = round(1000 * request["maxContactSeconds"]) if "maxContactSeconds" in request else None
        total = round(1000 * request["totalSeconds"]) if "totalSeconds" in request else None
        return shortest, longest, total

    def periods(self, request):
        w0, w1 = parse_ms(request["window"]["start"], self.origin), parse_ms(request["window"]["end"], self.origin)
        shortest, _, _ = self.limits(request)
        for resource, spans in self.views[request["id"]]:
            for s, e in spans:
                s, e = max(s, w0), min(e, w1)
                if e - s >= max(1, shortest):
                    yield resource, s, e

    def grid(self, request, start, end):
        shortest, longest, total = self.limits(request)
        top = min(x for x in (longest, end - start, total) if x is not None)
        if top < shortest:
            return []
        tracks = []
        for positions, eighths in GRIDS:
            lengths = [top * e // 8 for e in eighths if top * e // 8 >= shortest] + [max(shortest, 1)]
            for length in dict.fromkeys(lengths):
                slack = end - start - length
                steps = 0 if slack == 0 else max(1, min(positions - 1, slack // GRID_STEP_MS))
                for step in range(steps + 1):
                    s = start + (0 if steps == 0 else slack * step // steps)
                    tracks.append((s, s + length))
        return list(dict.fromkeys(tracks))

    def add(self, r, resource, track):
        """Adds a candidate (once); returns its index, or None when its busy time meets a downtime."""
        key = (r, resource, track)
        if key in self.keys:
            return self.keys[key]
        request = self.requests[r]
        members = self.members[resource]
        setup = round(1000 * request["setupSeconds"]) if "setupSeconds" in request else max(
            self.setup[m] for m in members)
        teardown = round(1000 * request["teardownSeconds"]) if "teardownSeconds" in request else max(
            self.teardown[m] for m in members)
        busy = (track[0] - setup, track[1] + teardown)
        for m in self.members[resource]:
            if any(s < busy[1] and busy[0] < e for s, e in self.downtime[m]):
                self.keys[key] = None
                return None
        self.candidates.append((r, resource, track[0], track[1], busy[0], busy[1]))
        self.keys[key] = len(self.candidates) - 1
        return self.keys[key]

    def contacts(self, schedule_path):
        """The schedule's contacts as candidate indices (added when off the grid)."""
        chosen = []
        for c in json.load(open(schedule_path))["contacts"]:
            r = self.request_index[c["request"]]
            track = (parse_ms(c["start"], self.origin), parse_ms(c["end"], self.origin))
            i = self.add(r, c["resource"], track)
            assert i is not None, f"contact {c} meets a downtime"
            chosen.append(i)
        return chosen

    def mission_hours(self, chosen):
        got = defaultdict(float)
        for i in chosen:
            r, _, s, e, _, _ = self.candidates[i]
            got[self.requests[r]["mission"]] += (e - s) / 3.6e6
        return got

    def umax(self, chosen):
        """The largest mission unsatisfied fraction of the candidates `chosen`."""
        got = self.mission_hours(chosen)
        return max(1 - got[m] / w for m, w in self.wanted.items() if w > 0)

    def wanted_hours(self):
        wanted = defaultdict(float)
        for request in self.requests:
            _, longest, total = self.limits(request)
            assert total is not None or longest is not None, f"request {request['id']}: no amount wanted"
            amount = total if total is not None else longest * request.get("contacts", 1)
            wanted[request["mission"]] += amount / 3.6e6
        return wanted


class Model:
    """The 0-1 model over a week's candidates, built once; windows only change column bounds."""

    def __init__(self, week, floor_u):
        self.week = week
        cands = week.candidates
        n = len(cands)
        self.hours = np.array([(c[3] - c[2]) / 3.6e6 for c in cands])
        lower, upper, cost, integral, rows = [0.0] * n, [1.0] * n, list(self.hours), [True] * n, []

        def column(cost_value):
            lower.append(0.0); upper.append(1.0); cost.append(cost_value); integral.append(False)
            return len(cost) - 1

        def unit_flow(items):  # (column, start, end): at most one item at any time
            points = sorted({p for _, s, e in items for p in (s, e)})
            at = {p: k for k, p in enumerate(points)}
            node = defaultdict(list)
            for col, s, e in items:
                node[at[s]].append((col, -1.0)); node[at[e]].append((col, 1.0))
            for k in range(len(points) - 1):
                idle = column(0.0); node[k].append((idle, -1.0)); node[k + 1].append((idle, 1.0))
            for k in range(len(points)):
                b = -1.0 if k == 0 else (1.0 if k == len(points) - 1 else 0.0)
                rows.append((b, b, node[k]))

        by_antenna, by_craft, by_request = defaultdict(list), defaultdict(list), defaultdict(list)
        self.by_mission = defaultdict(list)
        for i, (r, resource, ts, te, bs, be) in enumerate(cands):
            request = week.requests[r]
            for m in week.members[resource]:
                by_antenna[m].append((i, bs, be))
            if not week.simultaneous.get(request["spacecraft"], False):
                by_craft[request["spacecraft"]].append((i, ts, te))
            by_request[r].append(i)
            self.by_mission[request["mission"]].append(i)
        for items in list(by_antenna.values()) + list(by_craft.values()):
            unit_flow(items)
        inf = highspy.kHighsInf
        for r, ids in by_request.items():
            request = week.requests[r]
            _, _, total = week.limits(request)
            count = request.get("contacts", None if request.get("split") else 1)
            if count is not None and count < len(ids):
                rows.append((-inf, count, [(i, 1.0) for i in ids]))
            if total is not None:
                rows.append((-inf, total / 3.6e6, [(i, self.hours[i]) for i in ids]))
        for mission, wanted in week.wanted.items():
            if wanted > 0:
                rows.append(((1 - floor_u) * wanted - 1e-6, inf, [(i, self.hours[i]) for i in self.by_mission[mission]]))
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = len(cost), len(rows)
        lp.col_cost_ = np.array(cost)
        self.lower, self.upper = np.array(lower), np.array(upper)
        lp.col_lower_, lp.col_upper_ = self.lower, self.upper
        lp.row_lower_ = np.array([row[0] for row in rows], float)
        lp.row_upper_ = np.array([row[1] for row in rows], float)
        by_column = defaultdict(list)
        for k, (_, _, entries) in enumerate(rows):
            for col, value in entries:
                by_column[col].append((k, value))
        starts, index, value = [], [], []
        for col in range(len(cost)):
            starts.append(len(index))
            for k, v in by_column[col]:
                index.append(k); value.append(v)
        starts.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value, float)
        lp.sense_ = highspy.ObjSense.kMaximize
        self.lp, self.integral = lp, integral
        self.size = f"{n} candidates, {len(cost)} columns, {len(rows)} rows, {len(index)} nonzeros"

    def solve(self, seconds, relax=False, window=None, start=None):
        """Maximises served hours; with `window` (ms), the candidates not meeting it are fixed to
        `start` (chosen indices). Returns (status, hours, bound, chosen, seconds)."""
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", float(seconds))
        h.setOptionValue("mip_rel_gap", 1e-4)
        if relax:
            h.setOptionValue("solver", "ipm")
        lp = self.lp
        lower, upper = self.lower.copy(), self.upper.copy()
        if window is not None:
            fixed = set(start)
            for i, c in enumerate(self.week.candidates):
                if c[4] >= window[1] or c[5] <= window[0]:  # busy time outside the window
                    lower[i] = upper[i] = 1.0 if i in fixed else 0.0
        lp.col_lower_, lp.col_upper_ = lower, upper
        lp.integrality_ = [] if relax else [
            highspy.HighsVarType.kInteger if t else highspy.HighsVarType.kContinuous for t in self.integral]
        h.passModel(lp)
        if start is not None and not relax:
            solution = highspy.HighsSolution()
            x = np.zeros(lp.num_col_); x[list(start)] = 1
            solution.col_value = list(x); solution.value_valid = True
            h.setSolution(solution)
        began = time.time()
        h.run()
        info = h.getInfo()
        x = np.array(h.getSolution().col_value)[: len(self.hours)]
        chosen = [i for i in range(len(self.hours)) if x[i] > 0.5]
        bound = info.objective_function_value if relax else info.mip_dual_bound
        return h.modelStatusToString(h.getModelStatus()), float((x * self.hours).sum()), bound, chosen, time.time() - began


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("problem"); ap.add_argument("schedule")
    ap.add_argument("--floor", type=float, help="U (default: the schedule's U_MAX)")
    ap.add_argument("--lp", action="store_true"); ap.add_argument("--sweep", type=float)
    ap.add_argument("--time", type=float, default=120, help="seconds per solve")
    ap.add_argument("--out")
    a = ap.parse_args()
    week = Week(a.problem)
    chosen = week.contacts(a.schedule)
    umax = week.umax(chosen)
    floor_u = a.floor if a.floor is not None else umax + 1e-9
    model = Model(week, floor_u)
    served = sum(model.hours[i] for i in chosen)
    print(json.dumps({"schedule": a.schedule, "servedHours": round(served, 3), "uMax": round(umax, 4),
                      "floor": round(floor_u, 4), "model": model.size}), flush=True)
    if a.lp:
        status, hours, bound, _, seconds = model.solve(max(a.time, 600), relax=True)
        print(json.dumps({"lp": status, "boundHours": round(hours, 3), "seconds": round(seconds, 1)}), flush=True)
    if a.sweep:
        step = round(a.sweep * 3.6e6)
        horizon_end = max(c[5] for c in week.candidates)
        lo = 0
        while lo < horizon_end:
            status, hours, bound, chosen_new, seconds = model.solve(a.time, window=(lo, lo + step), start=chosen)
            if hours >= served - 1e-6 and chosen_new:
                chosen, served = chosen_new, hours
            print(json.dumps({"window": [lo / 3.6e6, (lo + step) / 3.6e6], "status": status,
                              "servedHours": round(served, 3), "windowBound": round(bound, 3),
                              "uMax": round(week.umax(chosen), 4), "seconds": round(seconds, 1)}), flush=True)
            lo += step
        if a.out:
            contacts = [{"request": week.requests[c[0]]["id"], "resource": c[1], "start": iso(c[2], week.origin),
                         "end": iso(c[3], week.origin)} for c in (week.candidates[i] for i in sorted(chosen))]
            json.dump({"format": "concord-schedule", "version": 1, "problem": week.raw.get("name"),
                       "contacts": contacts}, open(a.out, "w"), indent=1)


if __name__ == "__main__":
    main()
