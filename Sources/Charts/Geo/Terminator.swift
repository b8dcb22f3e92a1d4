#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The day/night terminator at one instant on a spherical Earth: the great circle 90° from
/// the subsolar point, and the night side as a polygon for an equirectangular map.
///
/// For each longitude λ the terminator's latitude is φ = atan(−cos(λ − λₛ) / tan δ), with δ
/// and λₛ the subsolar latitude and longitude: the solution of sin φ sin δ + cos φ cos δ
/// cos(λ − λₛ) = 0. The night side holds the pole opposite the Sun's hemisphere. At an
/// equinox (|δ| < 1e-6°) δ is taken as ±1e-6° so the formula stays defined.
public struct Terminator: Sendable, Hashable {
    /// The subsolar point, degrees.
    public var subsolarPoint: GeoPoint

    /// Creates the terminator around a subsolar point, e.g. ``SolarGeometry/subsolarPoint(at:ut1MinusUTC:taiMinusUTC:)``.
    public init(subsolarPoint: GeoPoint) {
        self.subsolarPoint = subsolarPoint
    }

    /// The subsolar latitude used by the formulas, degrees, kept away from zero.
    var declination: Double {
        let delta = subsolarPoint.latitude
        if abs(delta) >= 1e-6 { return delta }
        return delta < 0 ? -1e-6 : 1e-6
    }

    /// The terminator line: `count + 1` vertices from longitude −180° to 180°.
    public func line(count: Int = 360) -> [GeoPoint] {
        let n = max(count, 8)
        let tanDelta = tan(declination * SphericalGeometry.radians)
        return (0...n).map { i in
            let longitude = -180 + 360 * Double(i) / Double(n)
            let hourAngle = (longitude - subsolarPoint.longitude) * SphericalGeometry.radians
            let latitude = atan(-cos(hourAngle) / tanDelta) * SphericalGeometry.degrees
            return GeoPoint(latitude: latitude, longitude: longitude)
        }
    }

    /// The night side: the terminator line closed along the map edge of the dark pole
    /// (south when the Sun is north of the equator).
    public func nightPolygon(count: Int = 360) -> [GeoPoint] {
        let pole: Double = declination > 0 ? -90 : 90
        return line(count: count) + [
            GeoPoint(latitude: pole, longitude: 180), GeoPoint(latitude: pole, longitude: -180),
        ]
    }
}
