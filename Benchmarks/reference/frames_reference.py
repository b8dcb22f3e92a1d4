#!/usr/bin/env python3
"""Reference values for the Orbits frames/geometry tests (Tests/OrbitsTests/Frames*).

Writes Tests/OrbitsTests/FramesReferenceData.swift (Swift literals, no resources needed).

Versions used for the committed numbers: sgp4 2.27, skyfield 1.55, astropy 8.0.2,
astropy-iers-data 0.2026.11.2.0.34.55, pyerfa 2.0.1.5, numpy 2.4.6 (Python 3.11).

Tools (PyPI, offline): sgp4 2.x (python-sgp4, Vallado's SGP4 and `gstime`), skyfield 1.55
(`load.timescale(builtin=True)`: built-in UT1-UTC and leap seconds, no download), astropy 8.x
with its bundled IERS data (`get_sun`, TEME frame), numpy.

    pip install sgp4 skyfield astropy numpy
    python3 Benchmarks/reference/frames_reference.py

Inputs are real public data (copied here as literals so the script stands alone):
- TLEs from ../shared/data/catalog/active_tle_2023-08-20.txt.gz (CelesTrak "active",
  2023-08-20): ISS (ZARYA) 25544, NOAA 19 33591, GOES 16 41866.
- Stations from ../shared/data/stations/nasa_ndosl_2019-07-16.csv (NASA NDOSL, WGS-84):
  HR1S Wallops, KLMS Svalbard, MC1S McMurdo, HB5S Hartebeesthoek, SI1S Singapore.

What each block is:
- GMST: python-sgp4 `gstime(jd_ut1)` (single Double) and skyfield `theta_GMST1982(whole,
  fraction)` (two-part), plus Vallado Example 3-5 (published: 152.578787810 deg).
- TEME->ITRF: TEME states from python-sgp4 (as skyfield's EarthSatellite passes them), then
  (a) a numpy transcription of Vallado's teme2ecef.m (no polar motion, and with
  xp = 0.2", yp = 0.35"), (b) skyfield TEME -> ITRS (frame_xyz_and_velocity, polar motion off,
  and on through ts.polar_motion_table with the same xp, yp). UT1-UTC is skyfield's built-in
  value at each instant (written out so the Swift side uses the same).
- Geodetic: forward via skyfield wgs84.latlon(...).itrs_xyz; inverse via a 60-iteration
  fixed-point solution in float64 (independent of the Swift closed form) and skyfield's
  wgs84.geographic_position_of for the satellite sub-points.
- Look angles: skyfield (sat - topos).at(t).altaz() and frame_latlon_and_rates(topos).
- Sun: astropy get_sun (bundled ERFA epv00; apparent geocentric) transformed to astropy's TEME.
  Vallado's published Example 5-1: 2006-04-02 00:00 UT1, r = (0.9771945, 0.1924424, 0.0834308) AU.
- Sunlit: ISS every 2 min over 12 h; skyfield's is_sunlit geometry
  (skyfield.geometry.intersect_line_and_sphere with ERAD) applied to the TEME satellite and the
  astropy Sun in TEME; `margin_km` = distance of the satellite->Sun line from the Earth centre
  minus ERAD when the Earth is ahead of the satellite (positive: sunlit).
"""
import math
import os
import numpy as np
from sgp4.api import Satrec, jday
from sgp4.propagation import gstime
from skyfield.api import load, wgs84, EarthSatellite
from skyfield.sgp4lib import TEME, theta_GMST1982
from skyfield.framelib import itrs
from skyfield.positionlib import ICRF
from skyfield.units import Distance, Velocity
from skyfield.geometry import intersect_line_and_sphere
from skyfield.constants import ERAD

ts = load.timescale(builtin=True)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'Tests', 'OrbitsTests', 'FramesReferenceData.swift')

TLES = {
    'ISS': ('1 25544U 98067A   23232.81650063  .00013834  00000+0  25421-3 0  9996',
            '2 25544  51.6417   8.3586 0003606 330.7888 193.8296 15.49513390411811'),
    'NOAA19': ('1 33591U 09005A   23232.77046906  .00000221  00000+0  14370-3 0  9998',
               '2 33591  99.0949 279.7147 0014738  63.7884 296.4800 14.12806789749060'),
    'GOES16': ('1 41866U 16071A   23231.48317916 -.00000245  00000+0  00000+0 0  9990',
               '2 41866   0.0767 275.7645 0000444 285.5829 224.9519  1.00271307 24744'),
}
STATIONS = {  # NDOSL: lat deg, lon deg, height m
    'HR1S': (37.9454992, -75.4611356, -18.51),
    'KLMS': (78.2302217, 15.3981381, 498.52),
    'MC1S': (-77.8391295, 166.6670823, 153.0),
    'HB5S': (-25.8869335, 27.7066718, 1568.221),
    'SI1S': (1.391918, 103.835, 30.0),
}
XP_ARCSEC, YP_ARCSEC = 0.2, 0.35
OMEGA = 7.292115146706979e-5
ASEC = math.pi / (180 * 3600)


def vallado_teme2ecef(r, v, jdut1, xp=0.0, yp=0.0):
    """Transcription of Vallado's teme2ecef.m (lod = 0), xp/yp in radians."""
    gmst = gstime(jdut1)
    st = np.array([[math.cos(gmst), -math.sin(gmst), 0], [math.sin(gmst), math.cos(gmst), 0], [0, 0, 1]])
    cx, sx, cy, sy = math.cos(xp), math.sin(xp), math.cos(yp), math.sin(yp)
    pm = np.array([[cx, 0, -sx], [sx * sy, cy, cx * sy], [sx * cy, -sy, cx * cy]])
    rpef = st.T @ r
    vpef = st.T @ v - np.cross([0, 0, OMEGA], rpef)
    return pm.T @ rpef, pm.T @ vpef


def vallado_teme2ecef_two_part(r, v, jd, fr, xp=0.0, yp=0.0):
    """Same, with the two-part GMST of skyfield (what the Swift EarthRotation(at:) uses)."""
    gmst, _ = theta_GMST1982(jd, fr)
    st = np.array([[math.cos(gmst), -math.sin(gmst), 0], [math.sin(gmst), math.cos(gmst), 0], [0, 0, 1]])
    cx, sx, cy, sy = math.cos(xp), math.sin(xp), math.cos(yp), math.sin(yp)
    pm = np.array([[cx, 0, -sx], [sx * sy, cy, cx * sy], [sx * cy, -sy, cx * cy]])
    rpef = st.T @ r
    vpef = st.T @ v - np.cross([0, 0, OMEGA], rpef)
    return pm.T @ rpef, pm.T @ vpef


def geodetic_reference(p):
    """ECEF km -> (lat rad, lon rad, h km) on WGS-84 by fixed-point iteration (60 steps)."""
    a = 6378.137
    f = 1 / 298.257223563
    e2 = f * (2 - f)
    x, y, z = p
    rho = math.hypot(x, y)
    lat = math.atan2(z, rho * (1 - e2))
    for _ in range(60):
        n = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        lat = math.atan2(z + e2 * n * math.sin(lat), rho)
    n = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    if abs(lat) < math.pi / 4:
        h = rho / math.cos(lat) - n
    else:
        h = z / math.sin(lat) - n * (1 - e2)
    return lat, math.atan2(y, x), h


def utc_time(jd, fr):
    y, mo, d, H, M, S = jd_to_calendar(jd, fr)
    return ts.utc(y, mo, d, H, M, S)


def jd_to_calendar(jd, fr):
    # jd is a midnight (n + 0.5); use skyfield for the calendar date of that midnight.
    t0 = ts.tt_jd(jd)  # TT of the midnight number; only the calendar date is used
    y, mo, d = t0.tt_calendar()[:3]
    sec = fr * 86400.0
    H = int(sec // 3600)
    M = int((sec - H * 3600) // 60)
    S = sec - H * 3600 - M * 60
    return int(y), int(mo), int(d), H, M, S


def fmt(x):
    return repr(float(x))


def vec(v):
    return ', '.join(fmt(c) for c in v)


out = []
w = out.append
w('// swift-format-ignore-file')
w('// Generated by Benchmarks/reference/frames_reference.py; do not edit by hand.')
w('// Sources: python-sgp4 (gstime, SGP4 TEME states), skyfield 1.55 (builtin timescale: UT1-UTC),')
w('// astropy (get_sun -> TEME), Vallado teme2ecef transcription. See the script for details.')
w('')
w('/// Reference numbers for the frames tests, produced by `frames_reference.py`.')
w('enum FramesReference {')

# ---------------- GMST -----------------
gmst_dates = [(1957, 10, 4, 19, 28, 34.0), (1980, 1, 6, 0, 0, 0.0), (2000, 1, 1, 12, 0, 0.0),
              (2006, 4, 2, 0, 0, 0.0), (2023, 8, 21, 6, 47, 12.345678), (2038, 1, 19, 3, 14, 7.5),
              (2049, 12, 31, 23, 59, 59.999)]
w('    /// GMST: julianDay (UT1 midnight), fraction, gstime(jd+fr) rad (python-sgp4),')
w('    /// theta_GMST1982(jd, fr) rad (skyfield, two-part).')
w('    static let gmst: [[Double]] = [')
for date in gmst_dates:
    jd, fr = jday(*date)
    w(f'        [{fmt(jd)}, {fmt(fr)}, {fmt(gstime(jd + fr))}, {fmt(theta_GMST1982(jd, fr)[0])}],')
w('    ]')

# ---------------- TEME -> ITRF, look angles, sub-points -----------------
offsets_min = [0.0, 47.0, 95.5, 600.0, 1440.0 * 2.25]
w('    /// TEME -> ITRF: sat index, julianDay, fraction (UTC), ut1MinusUTC s, r_teme km (3), v_teme km/s (3),')
w('    /// Vallado teme2ecef(gstime(jd+fr+dut1/86400)) r (3) v (3), Vallado two-part-GMST r (3) v (3),')
w('    /// skyfield ITRS (no polar motion) r (3) v (3), Vallado with xp/yp r (3) v (3),')
w('    /// skyfield ITRS with polar motion r (3) v (3).')
w('    static let temeToITRF: [[Double]] = [')
states = []
ts.polar_motion_table = None
for si, (name, (l1, l2)) in enumerate(TLES.items()):
    sat = EarthSatellite(l1, l2, name, ts)
    rec = Satrec.twoline2rv(l1, l2)
    instants = []
    for off in offsets_min:
        total = rec.jdsatepoch + rec.jdsatepochF + off / 1440.0
        # Whole minutes past a UTC midnight, so the calendar time is exact.
        jd = math.floor(total - 0.5) + 0.5
        instants.append((jd, round((total - jd) * 1440.0) / 1440.0 + 0.123456 / 86400.0))
    if name != 'GOES16':
        # Real passes: first rise above 10 deg and culmination over the first two stations
        # that see one within a day of the epoch.
        t0 = ts.tt_jd(rec.jdsatepoch + rec.jdsatepochF)
        seen = 0
        for code, (lat, lon, hm) in STATIONS.items():
            times, events = sat.find_events(wgs84.latlon(lat, lon, elevation_m=hm), t0, t0 + 1.0, altitude_degrees=10.0)
            if 0 not in list(events) or seen == 2:
                continue
            seen += 1
            for ev in (0, 1):
                te = times[list(events).index(ev)]
                y, mo, d, H, M, S = te.utc
                jd, fr = jday(int(y), int(mo), int(d), int(H), int(M), round(float(S), 3))
                instants.append((jd, fr))
    for jd, fr in instants:
        t = utc_time(jd, fr)
        r, v, _ = sat._position_and_velocity_TEME_km(t)
        e, r2, v2 = rec.sgp4(jd, fr)
        assert e == 0 and np.allclose(r, r2, atol=1e-9, rtol=0), (r, r2)
        dut1 = float(t.dut1)
        jd_ut1_fr = fr + dut1 / 86400.0
        rv, vv = vallado_teme2ecef(np.array(r), np.array(v), jd + jd_ut1_fr)
        r2p, v2p = vallado_teme2ecef_two_part(np.array(r), np.array(v), jd, jd_ut1_fr)
        p = ICRF.from_time_and_frame_vectors(t, TEME, Distance(km=r), Velocity(km_per_s=v))
        p.center = 399
        rs, vs = p.frame_xyz_and_velocity(itrs)
        rpm, vpm = vallado_teme2ecef_two_part(np.array(r), np.array(v), jd, jd_ut1_fr, XP_ARCSEC * ASEC, YP_ARCSEC * ASEC)
        ts.polar_motion_table = (np.array([0.0, 1e7]), np.array([XP_ARCSEC, XP_ARCSEC]), np.array([YP_ARCSEC, YP_ARCSEC]))
        t_pm = utc_time(jd, fr)
        p_pm = ICRF.from_time_and_frame_vectors(t_pm, TEME, Distance(km=r), Velocity(km_per_s=v))
        p_pm.center = 399
        rspm, vspm = p_pm.frame_xyz_and_velocity(itrs)
        ts.polar_motion_table = None
        row = [si, jd, fr, dut1, *r, *v, *rv, *vv, *r2p, *v2p, *rs.km, *vs.km_per_s, *rpm, *vpm, *rspm.km, *vspm.km_per_s]
        w('        [' + ', '.join(fmt(x) for x in row) + '],')
        states.append((si, name, sat, jd, fr, t, np.array(r), np.array(v), dut1))
w('    ]')
w(f'    /// Polar motion used above, arcseconds.')
w(f'    static let polarMotionArcseconds: (x: Double, y: Double) = ({fmt(XP_ARCSEC)}, {fmt(YP_ARCSEC)})')

w('    /// Stations (NDOSL): latitude deg, longitude deg, height km, skyfield ITRS x y z km.')
w('    static let stations: [[Double]] = [')
for code, (lat, lon, hm) in STATIONS.items():
    xyz = wgs84.latlon(lat, lon, elevation_m=hm).itrs_xyz.km
    w(f'        [{fmt(lat)}, {fmt(lon)}, {fmt(hm / 1000.0)}, {vec(xyz)}],  // {code}')
w('    ]')

w('    /// Look angles: state index (row of temeToITRF), station index, azimuth deg, elevation deg,')
w('    /// range km (skyfield altaz), range rate km/s (skyfield frame_latlon_and_rates).')
w('    static let lookAngles: [[Double]] = [')
for k, (si, name, sat, jd, fr, t, r, v, dut1) in enumerate(states):
    for j, (code, (lat, lon, hm)) in enumerate(STATIONS.items()):
        topos = wgs84.latlon(lat, lon, elevation_m=hm)
        diff = (sat - topos).at(t)
        alt, az, dist = diff.altaz()
        _, _, _, _, _, range_rate = diff.frame_latlon_and_rates(topos)
        w(f'        [{k}, {j}, {fmt(az.degrees)}, {fmt(alt.degrees)}, {fmt(dist.km)}, {fmt(range_rate.km_per_s)}],')
w('    ]')

w('    /// Sub-satellite points: state index, skyfield geographic_position_of lat deg, lon deg, height km,')
w('    /// fixed-point reference (on skyfield ITRS) lat deg, lon deg, height km.')
w('    static let subSatellitePoints: [[Double]] = [')
for k, (si, name, sat, jd, fr, t, r, v, dut1) in enumerate(states):
    geo = sat.at(t)
    gp = wgs84.geographic_position_of(geo)
    xyz = geo.frame_xyz(itrs).km
    lat, lon, h = geodetic_reference(xyz)
    w(f'        [{k}, {fmt(gp.latitude.degrees)}, {fmt(gp.longitude.degrees)}, {fmt(gp.elevation.km)}, '
      f'{fmt(math.degrees(lat))}, {fmt(math.degrees(lon))}, {fmt(h)}],')
w('    ]')

# ---------------- Geodetic inverse -----------------
pts = []
for lat in [-90.0, -89.999, -77.8391295, -45.0, -0.001, 0.0, 0.0005, 37.9454992, 45.0, 78.2302217, 89.9999, 90.0]:
    for lon in [-180.0, -75.4611356, 0.0, 103.835, 179.9]:
        for h in [-6.0, -0.4, 0.0, 1.568221, 420.0, 35786.0, 384400.0]:
            pts.append((lat, lon, h))
pts = pts[::7]  # a spread of about 60 points
w('    /// Geodetic: lat deg, lon deg, h km, skyfield ITRS x y z km, fixed-point inverse of that')
w('    /// xyz: lat deg, lon deg, h km.')
w('    static let geodetic: [[Double]] = [')
for lat, lon, h in pts:
    xyz = wgs84.latlon(lat, lon, elevation_m=h * 1000).itrs_xyz.km
    rl, rlo, rh = geodetic_reference(xyz)
    w(f'        [{fmt(lat)}, {fmt(lon)}, {fmt(h)}, {vec(xyz)}, {fmt(math.degrees(rl))}, {fmt(math.degrees(rlo))}, {fmt(rh)}],')
w('    ]')

# ---------------- Sun -----------------
from astropy.utils import iers
iers.conf.auto_download = False
iers.conf.auto_max_age = None
from astropy.time import Time
from astropy.coordinates import get_sun, TEME as ATEME
import astropy.units as u


def astropy_sun_teme(jd, fr):
    t = Time(jd, fr, format='jd', scale='utc')
    s = get_sun(t).transform_to(ATEME(obstime=t))
    c = s.cartesian.xyz.to(u.km).value
    return t.tt.jd1, t.tt.jd2, c


w('    /// Sun: julianDay, fraction (UTC), TAI-UTC s, TT jd1, jd2, astropy get_sun in TEME x y z km.')
w('    static let sun: [[Double]] = [')
for date in [(1990, 3, 21, 0, 0, 0.0), (2000, 1, 1, 12, 0, 0.0), (2006, 4, 2, 0, 0, 0.0), (2012, 6, 20, 23, 9, 0.0),
             (2017, 8, 21, 18, 25, 0.0), (2023, 8, 21, 6, 0, 0.0), (2023, 12, 22, 3, 27, 0.0), (2031, 9, 23, 12, 0, 0.0),
             (2045, 2, 14, 15, 30, 0.0)]:
    jd, fr = jday(*date)
    t = Time(jd, fr, format='jd', scale='utc')
    tai_utc = round((t.tai.jd1 - t.utc.jd1 + t.tai.jd2 - t.utc.jd2) * 86400.0)
    j1, j2, c = astropy_sun_teme(jd, fr)
    w(f'        [{fmt(jd)}, {fmt(fr)}, {fmt(tai_utc)}, {fmt(j1)}, {fmt(j2)}, {vec(c)}],')
w('    ]')

# ---------------- Sunlit -----------------
l1, l2 = TLES['ISS']
rec = Satrec.twoline2rv(l1, l2)
jd0 = 2460178.5  # 2023-08-21 00:00 UTC
w('    /// ISS sunlit: julianDay, fraction (UTC), r_teme km (3), skyfield is_sunlit (1/0), margin km,')
w('    /// astropy Sun in TEME km (3). TAI-UTC = 37 s.')
w('    static let sunlit: [[Double]] = [')
for k in range(360):
    fr = k * 2.0 / 1440.0
    e, r, v = rec.sgp4(jd0, fr)
    _, _, sun = astropy_sun_teme(jd0, fr)
    rs = np.array(r) * 1000.0
    earth_m = -rs
    near, far = intersect_line_and_sphere(sun * 1000.0 + earth_m, earth_m, ERAD)
    lit = bool(np.nan_to_num(far) <= 0)
    uvec = (sun - np.array(r)) / np.linalg.norm(sun - np.array(r))
    tclose = -np.dot(np.array(r), uvec)
    if tclose <= 0:
        margin = np.linalg.norm(r) - ERAD / 1000.0
    else:
        margin = np.linalg.norm(np.array(r) + tclose * uvec) - ERAD / 1000.0
    w(f'        [{fmt(jd0)}, {fmt(fr)}, {vec(r)}, {1.0 if lit else 0.0}, {fmt(margin)}, {vec(sun)}],')
w('    ]')
w('}')

with open(OUT, 'w') as fh:
    fh.write('\n'.join(out) + '\n')
print('wrote', os.path.normpath(OUT))
