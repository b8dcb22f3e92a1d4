#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The geocentric position of the Sun, low precision.
///
/// Vallado's `sun` algorithm (Fundamentals of Astrodynamics and Applications, 4th ed., with
/// the book's constants 280.460° + 36000.771° T and 357.5291092° + 35999.05034° T; after the
/// Astronomical Almanac's low-precision formula): mean longitude and anomaly linear in time,
/// two-term equation of centre, ecliptic to equator with the mean obliquity. Accuracy about
/// 0.01° in direction and 1e-4 AU in distance for 1950–2050. The result is referred to the
/// mean equator and equinox of date, which is TEME to within the equation of the equinoxes
/// (≤ 1.2″) and the nutation in obliquity (≤ 10″), both well below the model's accuracy; use
/// it directly with SGP4 (TEME) positions.
public enum Sun {
    /// The astronomical unit, km (IAU 2012).
    public static let astronomicalUnit: Double = 149_597_870.7

    /// Geocentric Sun position, km, in TEME / mean-of-date, at a TT (≈ TDB) Julian date.
    @inlinable
    public static func position(julianDateTT: Double) -> SIMD3<Double> {
        let deg2rad = Double.pi / 180.0
        let t = (julianDateTT - 2451545.0) / 36525.0
        let meanLongitude = (280.460 + 36000.771 * t).truncatingRemainder(dividingBy: 360.0)
        var meanAnomaly = ((357.5291092 + 35999.05034 * t) * deg2rad)
            .truncatingRemainder(dividingBy: 2.0 * Double.pi)
        if meanAnomaly < 0 { meanAnomaly += 2.0 * Double.pi }
        let eclipticLongitude =
            (meanLongitude + 1.914666471 * sin(meanAnomaly) + 0.019994643 * sin(2.0 * meanAnomaly))
            * deg2rad
        let obliquity = (23.439291 - 0.0130042 * t) * deg2rad
        let distance =
            (1.000140612 - 0.016708617 * cos(meanAnomaly) - 0.000139589 * cos(2.0 * meanAnomaly))
            * astronomicalUnit
        let sinLongitude = sin(eclipticLongitude)
        return SIMD3(
            distance * cos(eclipticLongitude),
            distance * cos(obliquity) * sinLongitude,
            distance * sin(obliquity) * sinLongitude)
    }

    /// Geocentric Sun position, km, in TEME / mean-of-date, at a UTC instant given TAI − UTC
    /// in seconds (37 s since 2017): TT = UTC + (TAI − UTC) + 32.184 s.
    @inlinable
    public static func position(at instant: Instant, taiMinusUTC: Double) -> SIMD3<Double> {
        position(julianDateTT: instant.julianDay + (instant.fraction + (taiMinusUTC + 32.184) / 86400.0))
    }
}
