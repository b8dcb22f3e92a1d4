#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension TopocentricFrame {
    /// Look angles of a satellite from its Earth-fixed (ITRF) position (km) and Earth-relative
    /// velocity (km/s), e.g. from ``EarthRotation/itrf(fromTEMEPosition:velocity:)``.
    @inlinable
    public func lookAngles(ecefPosition r: SIMD3<Double>, velocity v: SIMD3<Double>) -> LookAngles {
        let d = r - position
        let e = (d * east).sum(), n = (d * north).sum(), u = (d * up).sum()
        let horizontal = (e * e + n * n).squareRoot()
        let range = (horizontal * horizontal + u * u).squareRoot()
        var azimuth = atan2(e, n)
        if azimuth < 0 { azimuth += 2.0 * Double.pi }
        return LookAngles(
            azimuth: azimuth, elevation: atan2(u, horizontal), range: range,
            rangeRate: (d * v).sum() / range)
    }

    /// Look angles of a satellite from its TEME state (km, km/s, as SGP4 returns it) at a UTC
    /// instant, given UT1 − UTC in seconds and optional polar motion. For many satellites at one
    /// instant build an ``EarthRotation`` once and call ``lookAngles(ecefPosition:velocity:)``.
    @inlinable
    public func lookAngles(
        temePosition r: SIMD3<Double>, velocity v: SIMD3<Double>, at instant: Instant,
        ut1MinusUTC: Double = 0, polarMotion: PolarMotion = .zero
    ) -> LookAngles {
        let rotation = EarthRotation(at: instant, ut1MinusUTC: ut1MinusUTC, polarMotion: polarMotion)
        let state = rotation.itrf(fromTEMEPosition: r, velocity: v)
        return lookAngles(ecefPosition: state.position, velocity: state.velocity)
    }
}
