extension GeodeticPosition {
    /// The sub-satellite point (ground track) of a TEME position in km at a UTC instant:
    /// geodetic latitude, longitude and height (altitude, km) on WGS-84 of the satellite,
    /// after the TEME → ITRF rotation by GMST (IAU-82) with UT1 − UTC in seconds and optional
    /// polar motion. Latitude is geodetic (the ellipsoid normal through the satellite).
    @inlinable
    public init(
        subSatellitePointOfTEME position: SIMD3<Double>, at instant: Instant,
        ut1MinusUTC: Double = 0, polarMotion: PolarMotion = .zero
    ) {
        let rotation = EarthRotation(at: instant, ut1MinusUTC: ut1MinusUTC, polarMotion: polarMotion)
        self.init(ecef: rotation.itrfPosition(fromTEME: position))
    }
}
