#!/usr/bin/env python3
"""Recall of a `concord screen --format json` run against reference_screen.py's output.

An event is found when Concord reports the same pair (NORAD numbers, either order) with a
TCA within 1 s; then the miss distance must agree within 1 m and the TCA within 10 ms (for
co-moving pairs only the distance is compared: their minimum over the span has no sharp
time). Prints recall, the worst differences, and every missed or extra event.

Usage: compare.py REFERENCE.json CONCORD.json
"""
import json
import sys


def norad(text):
    """NORAD number from a TLE field, Alpha-5 included (T0020 -> 270020)."""
    text = str(text).strip()
    if text and text[0].isalpha():
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # A=10 ... Z=33, no I or O
        return (letters.index(text[0].upper()) + 10) * 10000 + int(text[1:])
    return int(text)


def main():
    ref = json.load(open(sys.argv[1]))
    ours = json.load(open(sys.argv[2]))
    mine = {}
    for c in ours["conjunctions"]:
        key = tuple(sorted((int(c["primary"]["norad"]), int(c["secondary"]["norad"]))))
        mine.setdefault(key, []).append(c)
    used = set()
    missed, worst_d, worst_t, bad = [], 0.0, 0.0, []
    for e in ref["events"]:
        key = tuple(sorted((norad(e["i_norad"]), norad(e["j_norad"]))))
        comoving = "comoving" in e["flags"]
        best = None
        for c in mine.get(key, []):
            dt = abs(c["tca_seconds"] - e["tca"])
            if (comoving and "comoving" in c["flags"]) or dt < 1.0:
                if best is None or dt < abs(best["tca_seconds"] - e["tca"]):
                    best = c
        if best is None:
            missed.append(e)
            continue
        used.add(id(best))
        dd = abs(best["miss_km"] - e["miss"]) * 1000
        dt = 0.0 if comoving else abs(best["tca_seconds"] - e["tca"]) * 1000
        worst_d, worst_t = max(worst_d, dd), max(worst_t, dt)
        if dd > 1.0 or dt > 10.0:
            bad.append((e, best, dd, dt))
    extra = [c for cs in mine.values() for c in cs if id(c) not in used]
    n = len(ref["events"])
    print(f"reference events: {n} ({sum('comoving' in e['flags'] for e in ref['events'])} co-moving); "
          f"concord: {len(ours['conjunctions'])}")
    print(f"recall: {n - len(missed)}/{n} = {100.0 * (n - len(missed)) / max(n, 1):.3f} %")
    print(f"worst miss-distance difference: {worst_d:.6f} m; worst TCA difference: {worst_t:.6f} ms")
    print(f"outside tolerance (1 m, 10 ms): {len(bad)}")
    for e, c, dd, dt in bad[:20]:
        print(f"  {e['i_norad']}-{e['j_norad']} tca {e['tca']:.4f} miss {e['miss']:.6f} vs {c['tca_seconds']:.4f} "
              f"{c['miss_km']:.6f}: {dd:.3f} m, {dt:.3f} ms {e['flags']}")
    for e in missed[:30]:
        print(f"  MISSED {e['i_norad']} {e['i_name']} - {e['j_norad']} {e['j_name']} tca {e['tca']:.3f} "
              f"miss {e['miss']:.4f} speed {e['speed']:.5f} {e['flags']}")
    print(f"extra (not in the reference): {len(extra)}")
    for c in extra[:30]:
        print(f"  EXTRA {c['primary']['norad']} {c['primary']['name']} - {c['secondary']['norad']} "
              f"{c['secondary']['name']} tca {c['tca_seconds']:.3f} miss {c['miss_km']:.4f} "
              f"speed {c['relative_speed_km_s']:.5f} {c['flags']}")
    ref_fail = {str(norad(f["norad"])) for f in ref["failures"]}
    our_fail = {str(f["object"]["norad"]) for f in ours["failures"]}
    print(f"failures: reference {len(ref_fail)}, concord {len(our_fail)}, "
          f"only reference {sorted(ref_fail - our_fail)[:10]}, only concord {sorted(our_fail - ref_fail)[:10]}")
    return 0 if not missed and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
