#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The region of the Earth's surface from which a spacecraft at a given altitude is seen at
/// or above a minimum elevation, around a station: a small circle on a spherical Earth.
///
/// Its radius is the Earth central angle λ = arccos(R cos ε / (R + h)) − ε (the triangle
/// Earth centre – station – spacecraft with the angle 90° + ε at the station), with R the
/// Earth radius (WGS-84 equatorial, 6378.137 km, by default), h the altitude and ε the
/// minimum elevation. Conversely it is where the spacecraft must be, seen from the station.
public struct VisibilityCircle: Sendable, Hashable {
    /// Spacecraft altitude above the sphere, km.
    public var altitudeKilometers: Double
    /// Minimum elevation above the horizon, degrees.
    public var minimumElevationDegrees: Double
    /// Earth radius, km.
    public var earthRadiusKilometers: Double

    /// Creates the circle's parameters; throws ``ChartError`` when the altitude is not > 0 km,
    /// the elevation not in 0 ..< 90°, or a value is not finite.
    public init(
        altitudeKilometers: Double, minimumElevationDegrees: Double, earthRadiusKilometers: Double = 6378.137
    ) throws(ChartError) {
        guard altitudeKilometers.isFinite, altitudeKilometers > 0 else {
            throw ChartError(
                .outOfRange, field: "VisibilityCircle.altitudeKilometers", value: "\(altitudeKilometers)")
        }
        guard minimumElevationDegrees.isFinite, (0..<90).contains(minimumElevationDegrees) else {
            throw ChartError(
                .outOfRange, field: "VisibilityCircle.minimumElevationDegrees", value: "\(minimumElevationDegrees)")
        }
        guard earthRadiusKilometers.isFinite, earthRadiusKilometers > 0 else {
            throw ChartError(
                .outOfRange, field: "VisibilityCircle.earthRadiusKilometers", value: "\(earthRadiusKilometers)")
        }
        self.altitudeKilometers = altitudeKilometers
        self.minimumElevationDegrees = minimumElevationDegrees
        self.earthRadiusKilometers = earthRadiusKilometers
    }

    /// The Earth central angle λ between the station and the edge of visibility, degrees.
    public var centralAngleDegrees: Double {
        let epsilon = minimumElevationDegrees * SphericalGeometry.radians
        let r = earthRadiusKilometers
        return (acos(r * cos(epsilon) / (r + altitudeKilometers)) - epsilon) * SphericalGeometry.degrees
    }

    /// The circle around a station at `center`.
    public func circle(around center: GeoPoint) -> SmallCircle {
        SmallCircle(center: center, radius: centralAngleDegrees)
    }
}
