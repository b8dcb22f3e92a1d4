#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A station prepared for the pass search: its Earth-fixed position, local vertical and the
/// sine of the lowest elevation of its mask.
///
/// The search works on g(t) = (r − s)·û − sin(E)·|r − s|, km, which is ≥ 0 exactly when the
/// satellite at Earth-fixed position r is at or above elevation E from the station at s.
/// g is smooth, its rate and curvature are bounded by the satellite's speed and acceleration,
/// and those bounds are what make the search exhaustive.
struct VisibilityGeometry: Sendable {
    let frame: TopocentricFrame
    let mask: HorizonMask
    /// sin of the mask's lowest elevation: g ≥ 0 is necessary for visibility.
    let sinMinimum: Double

    init(station: GroundStation) {
        frame = TopocentricFrame(
            latitudeDegrees: station.latitudeDegrees, longitudeDegrees: station.longitudeDegrees,
            height: station.heightKilometers)
        mask = station.horizonMask
        sinMinimum = sin(station.horizonMask.lowestElevationDegrees * (Double.pi / 180))
    }

    /// g (km) and its time derivative (km/s) for an Earth-fixed state.
    @inline(__always)
    func visibility(position r: SIMD3<Double>, velocity v: SIMD3<Double>) -> (g: Double, rate: Double) {
        let d = r - frame.position
        let rho = (d * d).sum().squareRoot()
        let up = (d * frame.up).sum()
        let g = up - sinMinimum * rho
        let rate = (v * frame.up).sum() - sinMinimum * (d * v).sum() / rho
        return (g, rate)
    }

    /// sin(elevation) and its time derivative (1/s).
    @inline(__always)
    func sinElevation(position r: SIMD3<Double>, velocity v: SIMD3<Double>) -> (value: Double, rate: Double) {
        let d = r - frame.position
        let rho2 = (d * d).sum()
        let rho = rho2.squareRoot()
        let up = (d * frame.up).sum()
        let value = up / rho
        let rate = (v * frame.up).sum() / rho - up * (d * v).sum() / (rho2 * rho)
        return (value, rate)
    }

    /// Clearance above the mask, radians: elevation minus the mask at that azimuth.
    func clearance(position r: SIMD3<Double>) -> Double {
        let enu = frame.enu(ofECEF: r)
        let horizontal = (enu.x * enu.x + enu.y * enu.y).squareRoot()
        let elevation = atan2(enu.z, horizontal)
        var azimuth = atan2(enu.x, enu.y)
        if azimuth < 0 { azimuth += 2 * Double.pi }
        return mask.clearanceRadians(elevationRadians: elevation, azimuthRadians: azimuth)
    }
}
