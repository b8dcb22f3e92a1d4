#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Great-circle formulas on the unit sphere, in degrees at the interface.
public enum SphericalGeometry {
    static let degrees = 180.0 / Double.pi
    static let radians = Double.pi / 180.0

    /// The central angle between two points, degrees (haversine form, exact on the sphere
    /// and well conditioned for small and large angles alike).
    public static func centralAngle(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let phi1 = a.latitude * radians, phi2 = b.latitude * radians
        let dPhi = phi2 - phi1
        let dLambda = (b.longitude - a.longitude) * radians
        let h = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * atan2(h.squareRoot(), (1 - h).squareRoot()) * degrees
    }

    /// The point reached from `start` along the great circle of initial `bearing` (degrees
    /// clockwise from north) after `distance` degrees of arc. The longitude is returned
    /// unwrapped: `start.longitude` plus the change, not normalised.
    public static func destination(from start: GeoPoint, bearing: Double, distance: Double) -> GeoPoint {
        let phi1 = start.latitude * radians
        let theta = bearing * radians
        let delta = distance * radians
        let sinPhi2 = sin(phi1) * cos(delta) + cos(phi1) * sin(delta) * cos(theta)
        let phi2 = asin(min(1, max(-1, sinPhi2)))
        let dLambda = atan2(sin(theta) * sin(delta) * cos(phi1), cos(delta) - sin(phi1) * sinPhi2)
        return GeoPoint(latitude: phi2 * degrees, longitude: start.longitude + dLambda * degrees)
    }
}
