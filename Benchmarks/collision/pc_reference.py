#!/usr/bin/env python3
"""Independent cross-check of Concord's 2D probability of collision (Foster's method).

The combined position covariance is projected on the encounter plane exactly as NASA CARA's
Pc2D_Foster does, and the 2D Gaussian is integrated over the hard-body disk with SciPy's
`dblquad` (adaptive QUADPACK, epsrel 1e-13), with CARA's convention that the miss is the full
separation |r| (or re-centred linearly on TCA with recentre=True) -- a different algorithm from Concord's (an exact
erf over each chord plus 1-D adaptive Gauss-Kronrod). Run:

    python3 Benchmarks/collision/pc_reference.py                 # the built-in reference cases
    python3 Benchmarks/collision/pc_reference.py CDM-FILE [HBR]  # a CDM (KVN) file

The built-in cases are CARA's PcCircle unit-test inputs (github.com/nasa/CARA_Analysis_Tools,
NOSA), with CARA's expected values printed beside.
"""
import sys

import numpy as np
from scipy import integrate


def pc2d(r1, v1, c1, r2, v2, c2, hbr, recentre=False):
    c = np.asarray(c1)[:3, :3] + np.asarray(c2)[:3, :3]
    r = np.asarray(r1, float) - np.asarray(r2, float)
    v = np.asarray(v1, float) - np.asarray(v2, float)
    y = v / np.linalg.norm(v)
    if recentre:  # linear re-centring on the rectilinear TCA
        r = r - np.dot(r, y) * y
    h = np.cross(r, v)
    z = h / np.linalg.norm(h)
    x = np.cross(y, z)
    e = np.array([x, y, z])
    cx = e @ c @ e.T
    cp = np.array([[cx[0, 0], cx[0, 2]], [cx[2, 0], cx[2, 2]]])
    x0 = np.linalg.norm(r)  # CARA's convention: the full separation is the miss
    ci = np.linalg.inv(cp)
    det = np.linalg.det(cp)

    def f(zz, xx):
        return np.exp(-0.5 * (ci[0, 0] * xx * xx + 2 * ci[0, 1] * xx * zz + ci[1, 1] * zz * zz))

    def half(xx):
        return np.sqrt(max(hbr * hbr - (xx - x0) ** 2, 0.0))

    val, _ = integrate.dblquad(f, x0 - hbr, x0 + hbr, lambda xx: -half(xx), half, epsabs=0, epsrel=1e-13)
    return val / (2 * np.pi * np.sqrt(det))


def read_kvn(path):
    """The two objects' states (m, m/s) and inertial 3x3 position covariances from a CDM KVN."""
    objs = []
    frames = []
    for line in open(path):
        if "=" not in line or line.startswith("COMMENT"):
            continue
        k, v = line.split("=", 1)
        k, v = k.strip(), v.split("[")[0].strip()
        if k == "OBJECT":
            objs.append({})
            continue
        if k == "REF_FRAME":
            frames.append(v)
        if objs:
            try:
                objs[-1][k] = float(v)
            except ValueError:
                pass
    out = []
    for o, frame in zip(objs, frames):
        r = np.array([o["X"], o["Y"], o["Z"]]) * 1e3
        v = np.array([o["X_DOT"], o["Y_DOT"], o["Z_DOT"]]) * 1e3
        if frame.upper().startswith("ITRF"):  # inertial frame aligned with ITRF at TCA: add w x r
            v = v + np.cross([0.0, 0.0, 7.292115146706979e-5], r)
        c = np.array([[o["CR_R"], o["CT_R"], o["CN_R"]], [o["CT_R"], o["CT_T"], o["CN_T"]],
                      [o["CN_R"], o["CN_T"], o["CN_N"]]])
        rr = r / np.linalg.norm(r)
        nn = np.cross(r, v)
        nn /= np.linalg.norm(nn)
        tt = np.cross(nn, rr)
        m = np.array([rr, tt, nn])
        out.append((r, v, m.T @ c @ m))
    return out


OMITRON1 = dict(
    r1=[378.39559, 4305.721887, 5752.767554], v1=[2.360800244, 5.580331936, -4.322349039],
    c1=[[44.5757544811362, 81.6751751052616, -67.8687662707124], [81.6751751052616, 158.453402956163, -128.616921644857],
        [-67.8687662707124, -128.616921644858, 105.490542562701]],
    r2=[374.5180598, 4307.560983, 5751.130418], v2=[-5.388125081, -3.946827739, 3.322820358],
    c2=[[2.31067077720423, 1.69905293875632, -1.4170164577661], [1.69905293875632, 1.24957388457206, -1.04174164279599],
        [-1.4170164577661, -1.04174164279599, 0.869260558223714]],
    hbr=0.020, cara=2.706023476569787e-05)
OMITRON2 = dict(
    r1=[-3239.128337196251, 2404.575152356222, 5703.228541709001],
    v1=[-3.745768373154199, 5.012339015927846, -4.231864565717194],
    c1=(np.array([[0.342072996423899, -0.412677096778269, 0.371500417511149],
                  [-0.412677096778269, 0.609905946319294, -0.540401385544286],
                  [0.371500417511149, -0.540401385544286, 0.521238634755377]]) * 1e-3).tolist(),
    r2=[-3239.138264917246, 2404.568320465936, 5703.235605231182],
    v2=[6.110192790100711, -1.767321407894830, 4.140369261741708],
    c2=[[0.028351300975134, -0.008204103437377, 0.019253747960155],
        [-0.008204103437377, 0.002404377774847, -0.005586512197914],
        [0.019253747960155, -0.005586512197914, 0.013289250260317]],
    hbr=0.020, cara=1.807363058494765e-01)

if __name__ == "__main__":
    if len(sys.argv) > 1:
        (r1, v1, c1), (r2, v2, c2) = read_kvn(sys.argv[1])
        hbr = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
        print(f"Pc2D={pc2d(r1, v1, c1, r2, v2, c2, hbr):.15e}")
    else:
        for name, case in [("omitron1", OMITRON1), ("omitron2", OMITRON2)]:
            keys = ("r1", "v1", "c1", "r2", "v2", "c2", "hbr")
            value = pc2d(*[case[k] for k in keys])
            rel = abs(value - case["cara"]) / case["cara"]
            print(f"{name}: scipy {value:.15e}  CARA {case['cara']:.15e}  rel {rel:.1e}")
