import Orbits

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the Sun is overhead, from Orbits' low-precision ``Sun`` model (≈ 0.01°).
public enum SolarGeometry {
    /// The subsolar point at a UTC instant: the Sun's TEME direction rotated to the Earth-fixed
    /// frame (GMST, UT1 − UTC in seconds, default 0) — geocentric latitude and longitude,
    /// degrees. TAI − UTC defaults to 37 s (since 2017); it only shifts the Sun by 1.5″ per minute.
    public static func subsolarPoint(
        at instant: Instant, ut1MinusUTC: Double = 0, taiMinusUTC: Double = 37
    )
        -> GeoPoint
    {
        let sun = Sun.position(at: instant, taiMinusUTC: taiMinusUTC)
        let fixed = EarthRotation(at: instant, ut1MinusUTC: ut1MinusUTC).itrfPosition(fromTEME: sun)
        let horizontal = (fixed.x * fixed.x + fixed.y * fixed.y).squareRoot()
        return GeoPoint(
            latitude: atan2(fixed.z, horizontal) * SphericalGeometry.degrees,
            longitude: atan2(fixed.y, fixed.x) * SphericalGeometry.degrees)
    }
}
