/// Greenwich mean sidereal time, IAU-82 (Aoki et al. 1982), as SGP4 and TEME use it.
///
/// TEME is defined through this angle: the TEME → pseudo-Earth-fixed rotation is a rotation
/// by GMST(UT1) about the z axis (Vallado, Crawford, Hujsak & Kelso 2006, AIAA 2006-6753).
/// All angles are in radians in `0 ..< 2π`.
public enum SiderealTime {
    /// Earth's sidereal rotation rate, rad/s, as in Vallado's `teme2ecef`
    /// (`7.29211514670698e-05 * (1 - LOD/86400)` with LOD = 0).
    public static let earthRotationRate: Double = 7.292115146706979e-5

    /// GMST (IAU-82), radians in `0 ..< 2π`, from one `Double` UT1 Julian date, computed
    /// operation for operation as Vallado's `gstime` and python-sgp4's `gstime(jdut1)` so
    /// the result agrees to the last bit. A single Julian date resolves ~40 µs, which limits
    /// this form to ~3e-9 rad; prefer ``gmst82(julianDay:fraction:)``.
    @inlinable
    public static func gmst82(julianDateUT1 jdut1: Double) -> Double {
        let twoPi = 2.0 * Double.pi
        let deg2rad = Double.pi / 180.0
        let tut1 = (jdut1 - 2451545.0) / 36525.0
        var temp =
            -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1
            + (876600.0 * 3600 + 8640184.812866) * tut1 + 67310.54841  // seconds
        temp = (temp * deg2rad / 240.0).truncatingRemainder(dividingBy: twoPi)
        if temp < 0.0 { temp += twoPi }
        return temp
    }

    /// GMST (IAU-82), radians in `0 ..< 2π`, from a two-part UT1 Julian date
    /// (`julianDay + fraction`), keeping ~1e-15 rad precision: the whole-day rotation is
    /// taken from the fraction of the day exactly, only the slow polynomial uses centuries.
    /// Same formula as skyfield's `theta_GMST1982(jd_ut1, fraction_ut1)`.
    @inlinable
    public static func gmst82(julianDay: Double, fraction: Double) -> Double {
        let d0 = julianDay - 2451545.0
        let t = (d0 + fraction) / 36525.0
        let seconds = 67310.54841 + (8640184.812866 + (0.093104 + (-6.2e-6) * t) * t) * t
        var turns = (d0.truncatingRemainder(dividingBy: 1.0) + fraction + seconds / 86400.0)
            .truncatingRemainder(dividingBy: 1.0)
        if turns < 0 { turns += 1.0 }
        return turns * (2.0 * Double.pi)
    }

    /// GMST (IAU-82), radians in `0 ..< 2π`, at a UTC instant given UT1 − UTC in seconds
    /// (IERS DUT1, |DUT1| < 0.9 s; 0 when unknown costs ≤ 6.6e-5 rad ≈ 0.45 km at LEO).
    @inlinable
    public static func gmst82(at instant: Instant, ut1MinusUTC: Double = 0) -> Double {
        gmst82(julianDay: instant.julianDay, fraction: instant.fraction + ut1MinusUTC / 86400.0)
    }
}
