#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A geodetic position on or above the WGS-84 ellipsoid: latitude and longitude in radians,
/// height above the ellipsoid in km.
///
/// Latitude is geodetic (angle of the ellipsoid normal with the equator), positive north,
/// in `−π/2 ... π/2`; longitude is positive east, in `−π ... π` when produced by this module.
/// Degree accessors are provided for display and input.
public struct GeodeticPosition: Sendable, Hashable {
    /// Geodetic latitude, radians, positive north.
    public var latitude: Double
    /// Longitude, radians, positive east.
    public var longitude: Double
    /// Height above the WGS-84 ellipsoid, km (negative below it).
    public var height: Double

    /// Creates a position from latitude and longitude in radians and height in km.
    @inlinable
    public init(latitude: Double, longitude: Double, height: Double) {
        self.latitude = latitude
        self.longitude = longitude
        self.height = height
    }

    /// Creates a position from latitude and longitude in degrees and height in km.
    @inlinable
    public init(latitudeDegrees: Double, longitudeDegrees: Double, height: Double) {
        self.init(
            latitude: latitudeDegrees * (Double.pi / 180.0),
            longitude: longitudeDegrees * (Double.pi / 180.0), height: height)
    }

    /// Geodetic latitude, degrees.
    @inlinable
    public var latitudeDegrees: Double { latitude * (180.0 / Double.pi) }
    /// Longitude, degrees.
    @inlinable
    public var longitudeDegrees: Double { longitude * (180.0 / Double.pi) }

    /// The Earth-fixed (ITRF/ECEF) Cartesian position, km (closed form, exact):
    /// `x = (N + h) cos φ cos λ`, `y = (N + h) cos φ sin λ`, `z = (N (1 − e²) + h) sin φ`,
    /// with `N = a / √(1 − e² sin² φ)`.
    @inlinable
    public var ecef: SIMD3<Double> {
        let sinLat = sin(latitude), cosLat = cos(latitude)
        let e2 = WGS84.eccentricitySquared
        let n = WGS84.equatorialRadius / (1.0 - e2 * sinLat * sinLat).squareRoot()
        let horizontal = (n + height) * cosLat
        return SIMD3(
            horizontal * cos(longitude), horizontal * sin(longitude),
            (n * (1.0 - e2) + height) * sinLat)
    }
}
