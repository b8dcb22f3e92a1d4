#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local East-North-Up frame of an observer on the ground, precomputed for fast
/// visibility tests of many satellites.
///
/// Holds the observer's geodetic position, its Earth-fixed (ITRF) position in km and the
/// ENU unit vectors expressed in ITRF (the rows of the ITRF → ENU rotation). `up` is the
/// ellipsoid normal, so elevation is geodetic (as skyfield's `altaz()` and Vallado's
/// `rv2razel`). Satellite states must be Earth-fixed: convert TEME first with ``EarthRotation``.
public struct TopocentricFrame: Sendable, Hashable {
    /// The observer's geodetic position (WGS-84).
    public var geodetic: GeodeticPosition
    /// The observer's Earth-fixed (ITRF) position, km.
    public var position: SIMD3<Double>
    /// Local east unit vector, in ITRF.
    public var east: SIMD3<Double>
    /// Local north unit vector, in ITRF.
    public var north: SIMD3<Double>
    /// Local up unit vector (ellipsoid normal), in ITRF.
    public var up: SIMD3<Double>

    /// Creates the frame of an observer at a geodetic position.
    @inlinable
    public init(_ geodetic: GeodeticPosition) {
        self.geodetic = geodetic
        self.position = geodetic.ecef
        let sinLat = sin(geodetic.latitude), cosLat = cos(geodetic.latitude)
        let sinLon = sin(geodetic.longitude), cosLon = cos(geodetic.longitude)
        self.east = SIMD3(-sinLon, cosLon, 0)
        self.north = SIMD3(-sinLat * cosLon, -sinLat * sinLon, cosLat)
        self.up = SIMD3(cosLat * cosLon, cosLat * sinLon, sinLat)
    }

    /// Creates the frame of an observer from latitude and longitude in degrees, height in km.
    @inlinable
    public init(latitudeDegrees: Double, longitudeDegrees: Double, height: Double) {
        self.init(
            GeodeticPosition(latitudeDegrees: latitudeDegrees, longitudeDegrees: longitudeDegrees, height: height))
    }

    /// The ITRF → ENU rotation (rows east, north, up).
    @inlinable
    public var rotation: RotationMatrix { RotationMatrix(row0: east, row1: north, row2: up) }

    /// The East-North-Up coordinates (km) of an Earth-fixed (ITRF) position in km.
    @inlinable
    public func enu(ofECEF satellite: SIMD3<Double>) -> SIMD3<Double> {
        rotation.apply(satellite - position)
    }

    /// Fast path: sin(elevation) of an Earth-fixed (ITRF) position in km, in `−1 ... 1`.
    ///
    /// One subtraction, two dot products and one square root; continuous and smooth, so it
    /// suits root finding for rise/set (compare with `sin(minimumElevation)`).
    @inlinable
    public func sinElevation(ofECEF satellite: SIMD3<Double>) -> Double {
        let d = satellite - position
        return (d * up).sum() / (d * d).sum().squareRoot()
    }

    /// Fastest path: whether an Earth-fixed (ITRF) position in km is at or above the
    /// elevation whose sine is `sinMinimum` (no square root when below the horizon).
    @inlinable
    public func isVisible(ecef satellite: SIMD3<Double>, sinMinimumElevation sinMinimum: Double) -> Bool {
        let d = satellite - position
        let u = (d * up).sum()
        if sinMinimum >= 0 {
            return u >= 0 && u * u >= sinMinimum * sinMinimum * (d * d).sum()
        }
        return u >= sinMinimum * (d * d).sum().squareRoot()
    }

    /// Elevation of an Earth-fixed (ITRF) position in km above the local horizon, radians.
    @inlinable
    public func elevation(ofECEF satellite: SIMD3<Double>) -> Double {
        let d = satellite - position
        let u = (d * up).sum()
        let e = (d * east).sum(), n = (d * north).sum()
        return atan2(u, (e * e + n * n).squareRoot())
    }
}
