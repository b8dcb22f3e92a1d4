#!/usr/bin/env python3
"""Exhaustive reference conjunction screen, independent of Concord's Swift code.

python-sgp4 (Vallado's C++ through `SatrecArray`, WGS-72, improved mode) propagates every
object at fine time steps (default 10 s). At each step a scipy cKDTree returns every pair
closer than

    R = D + v_rel_max * step / 2 + margin,      v_rel_max = 2 * (largest speed at that step) + 0.2 km/s

so any pair whose distance is <= D at some instant is within R at the step nearest that instant.
Those pairs then pass a second, per-pair bound that uses their own relative velocity: over
|tau| <= step / 2 the relative position stays within a_rel * step^2 / 8 of the straight line
r + v tau (a_rel <= 0.05 km/s^2, five times the gravity at the Earth's surface, doubled), so a
pair is kept when that straight segment comes within D + a_rel step^2 / 8 (+ 0.1 km).

Each kept (pair, step) is refined with direct sgp4 (`Satrec.sgp4`): scipy's bounded
minimisation of the distance over [t_k - step, t_k + step], then secant steps on dr.dv = 0.
A minimum is an event when it lies inside the window (or on the span's boundary, flagged
"boundary") and its distance is <= D; duplicates (same pair, TCA within 1 ms) are merged.

Co-moving pairs (relative speed < 10 m/s at any of their events): the minimum distance over
the span is reported instead, flagged "comoving" (bounded minimisation around every local
minimum of the sampled distance over the steps where the pair was kept).

Objects whose propagation fails (error code != 0 at any step) are listed as failures with
their first error code; their positions at failed steps are excluded.

Usage: reference_screen.py CATALOG START_ISO HOURS THRESHOLD_KM OUT.json [--step S]
       [--subset FILE_WITH_CATALOG_NUMBERS]
"""
import argparse
import gzip
import json
import sys
import time
from datetime import datetime, timezone

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.spatial import cKDTree
from sgp4.api import Satrec, SatrecArray, jday

A_REL_MAX = 0.05  # km/s^2, bound on the relative acceleration of two objects (generous)
COMOVING_SPEED = 0.010  # km/s


def read_3le(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline=None) as f:
        lines = [line.rstrip("\r\n") for line in f]
    out, name, l1 = [], "", None
    for line in lines:
        if line.startswith("1 ") and len(line) >= 64:
            l1 = line
        elif line.startswith("2 ") and l1 is not None:
            out.append((name.strip(), l1, line))
            l1, name = None, ""
        elif line.strip():
            name = line[2:] if line.startswith("0 ") else line
            l1 = None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("catalog")
    ap.add_argument("start")
    ap.add_argument("hours", type=float)
    ap.add_argument("threshold", type=float)
    ap.add_argument("out")
    ap.add_argument("--step", type=float, default=10.0)
    ap.add_argument("--subset", default=None)
    args = ap.parse_args()

    records = read_3le(args.catalog)
    if args.subset:
        wanted = [line.strip() for line in open(args.subset) if line.strip() and not line.startswith("#")]
        keep = set(wanted)
        records = [r for r in records if r[1][2:7].strip() in keep]
    sats = [Satrec.twoline2rv(l1, l2) for _, l1, l2 in records]
    n = len(sats)
    array = SatrecArray(sats)
    start = datetime.fromisoformat(args.start.replace("Z", "+00:00")).astimezone(timezone.utc)
    jd0, fr0 = jday(start.year, start.month, start.day, start.hour, start.minute, start.second + start.microsecond * 1e-6)
    span = args.hours * 3600.0
    step = args.step
    D = args.threshold
    nsteps = int(np.floor(span / step + 1e-9)) + 1
    grid = np.arange(nsteps) * step
    if grid[-1] < span - 1e-9:
        grid = np.append(grid, span)
    t_begin = time.time()

    failures = {}
    candidates = {}  # (i, j) -> list of step indices
    chunk = max(1, int(2e8 // (n * 48)))
    for c0 in range(0, len(grid), chunk):
        ts = grid[c0 : c0 + chunk]
        jd = np.full(len(ts), jd0)
        fr = fr0 + ts / 86400.0
        e, r, v = array.sgp4(jd, fr)
        bad = e != 0
        for i in np.flatnonzero(bad.any(axis=1)):
            if i not in failures:
                failures[int(i)] = int(e[i][np.flatnonzero(bad[i])[0]])
        for k in range(len(ts)):
            pos = r[:, k, :].copy()
            vel = v[:, k, :]
            okmask = ~bad[:, k] & np.isfinite(pos).all(axis=1)
            idx = np.flatnonzero(okmask)
            speeds = np.linalg.norm(vel[idx], axis=1)
            vrel = 2.0 * speeds.max() + 0.2
            radius = D + vrel * step / 2.0 + A_REL_MAX * step * step / 8.0 + 0.1
            tree = cKDTree(pos[idx])
            pairs = tree.query_pairs(radius, output_type="ndarray")
            if len(pairs) == 0:
                continue
            a, b = idx[pairs[:, 0]], idx[pairs[:, 1]]
            dr = pos[b] - pos[a]
            dv = vel[b] - vel[a]
            vv = np.einsum("ij,ij->i", dv, dv)
            free = np.where(vv > 0, -np.einsum("ij,ij->i", dr, dv) / np.where(vv > 0, vv, 1.0), 0.0)
            tau = np.clip(free, -step / 2.0, step / 2.0)
            closest = np.linalg.norm(dr + dv * tau[:, None], axis=1)
            sel = closest <= D + A_REL_MAX * step * step / 8.0 + 0.1
            dist = np.linalg.norm(dr, axis=1)
            for i, j, d_k, t_k, s_k in zip(a[sel], b[sel], dist[sel], free[sel], np.sqrt(vv[sel])):
                key = (int(min(i, j)), int(max(i, j)))
                candidates.setdefault(key, []).append((c0 + k, float(d_k), float(t_k), float(s_k)))
        sys.stderr.write(f"\r{min(c0 + chunk, len(grid))}/{len(grid)} steps, {len(candidates)} pairs")
    sys.stderr.write("\n")
    t_coarse = time.time() - t_begin

    def state(sat, t):
        err, rr, vv = sat.sgp4(jd0, fr0 + t / 86400.0)
        if err != 0:
            return None, None
        return np.array(rr), np.array(vv)

    def distance(i, j, t):
        ri, _ = state(sats[i], t)
        rj, _ = state(sats[j], t)
        if ri is None or rj is None:
            return 1e9
        return float(np.linalg.norm(rj - ri))

    def rel(i, j, t):
        ri, vi = state(sats[i], t)
        rj, vj = state(sats[j], t)
        return rj - ri, vj - vi

    def polish(i, j, t, lo, hi):
        """Secant on f = dr.dv = 0 from Brent's answer (keeps it inside [lo, hi])."""
        def f(x):
            dr, dv = rel(i, j, x)
            return float(np.dot(dr, dv))
        h = 1e-3
        x0, x1 = t - h, t
        f0, f1 = f(x0), f(x1)
        for _ in range(8):
            if f1 == f0:
                break
            x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
            if not (lo <= x2 <= hi):
                break
            x0, f0, x1 = x1, f1, x2
            f1 = f(x1)
            if abs(x1 - x0) < 1e-7:
                break
        return x1 if distance(i, j, x1) <= distance(i, j, t) + 1e-9 else t

    def minimise(i, j, lo, hi):
        res = minimize_scalar(lambda x: distance(i, j, x), bounds=(lo, hi), method="bounded",
                              options={"xatol": 1e-6, "maxiter": 500})
        return float(res.x)

    events = []
    for (i, j), kept in candidates.items():
        kept.sort()
        steps = [c[0] for c in kept]
        comoving = min(c[3] for c in kept) < COMOVING_SPEED
        found = []
        if not comoving:
            # The sample nearest a minimum sees it ahead within half a step (straight-line
            # estimate `free`); refine over one step either side, where the pair's distance
            # has a single minimum at these relative speeds.
            for k, _, free, _ in kept:
                if abs(free) > 0.75 * step:
                    continue
                lo, hi = max(0.0, grid[k] - step), min(span, grid[k] + step)
                t = minimise(i, j, lo, hi)
                at_lo, at_hi = t - lo < 1e-3, hi - t < 1e-3
                boundary = (at_lo and lo == 0.0) or (at_hi and hi == span)
                if (at_lo or at_hi) and not boundary:
                    continue
                if not boundary:
                    t = polish(i, j, t, lo, hi)
                else:
                    t = 0.0 if at_lo else span
                d = distance(i, j, t)
                dr, dv = rel(i, j, t)
                found.append((t, d, float(np.linalg.norm(dv)), boundary))
            # a first or last kept step at the span's edge may hold a boundary minimum
            for k in (steps[0], steps[-1]):
                if grid[k] in (0.0, span):
                    t = float(grid[k])
                    dr, dv = rel(i, j, t)
                    outward = float(np.dot(dr, dv)) > 0 if t == 0.0 else float(np.dot(dr, dv)) < 0
                    if outward:
                        found.append((t, float(np.linalg.norm(dr)), float(np.linalg.norm(dv)), True))
            comoving = any(s < COMOVING_SPEED for _, _, s, _ in found)
        if comoving:
            # minimum over the span: refine around each local minimum of the sampled distance
            ds = [c[1] for c in kept]
            best = None
            for m, k in enumerate(steps):
                left = ds[m - 1] if m > 0 and steps[m - 1] == k - 1 else np.inf
                right = ds[m + 1] if m + 1 < len(steps) and steps[m + 1] == k + 1 else np.inf
                if ds[m] <= left and ds[m] <= right:
                    lo, hi = max(0.0, grid[k] - step), min(span, grid[k] + step)
                    t = minimise(i, j, lo, hi)
                    d = distance(i, j, t)
                    if best is None or d < best[1]:
                        best = (t, d)
            if best is not None and best[1] <= D:
                dr, dv = rel(i, j, best[0])
                events.append(dict(i=i, j=j, tca=best[0], miss=best[1], speed=float(np.linalg.norm(dv)),
                                   flags=["comoving"]))
            continue
        found.sort()
        merged = []
        for ev in found:
            if merged and abs(ev[0] - merged[-1][0]) < 1e-3:
                if ev[1] < merged[-1][1]:
                    merged[-1] = ev
                continue
            merged.append(ev)
        for t, d, s, boundary in merged:
            if d <= D:
                events.append(dict(i=i, j=j, tca=t, miss=d, speed=s, flags=["boundary"] if boundary else []))
    t_total = time.time() - t_begin
    events.sort(key=lambda e: (e["tca"], e["i"], e["j"]))
    for e in events:
        for key, rec in (("i", records[e["i"]]), ("j", records[e["j"]])):
            e[key + "_norad"] = rec[1][2:7].strip()
            e[key + "_name"] = rec[0]
    out = dict(
        catalog=args.catalog, start=args.start, hours=args.hours, threshold_km=D, step_s=step,
        objects=n, tca_unit="seconds since start", sgp4="python-sgp4 %s (WGS-72, improved mode)" % __import__("sgp4").__version__,
        seconds_coarse=t_coarse, seconds_total=t_total,
        failures=[dict(index=i, norad=records[i][1][2:7].strip(), code=c) for i, c in sorted(failures.items())],
        events=events,
    )
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
    sys.stderr.write(f"{len(events)} events, {len(failures)} failures, {t_total:.1f} s\n")


if __name__ == "__main__":
    main()
