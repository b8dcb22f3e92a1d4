/// Where a satellite appears from a ground observer: azimuth, elevation, range and range rate.
///
/// Angles are in radians (degree accessors provided): azimuth is measured from true north,
/// clockwise (east = π/2), in `0 ..< 2π`; elevation is above the local (geodetic) horizon, in
/// `−π/2 ... π/2`. Range is in km; range rate in km/s, positive when the satellite recedes
/// (the Doppler shift is `−f · rangeRate / c`). No atmospheric refraction is applied.
public struct LookAngles: Sendable, Hashable {
    /// Azimuth, radians from north, clockwise, in `0 ..< 2π`.
    public var azimuth: Double
    /// Elevation above the horizon, radians.
    public var elevation: Double
    /// Slant range observer → satellite, km.
    public var range: Double
    /// Rate of change of the range, km/s, positive receding.
    public var rangeRate: Double

    /// Creates look angles from azimuth and elevation in radians, range in km, range rate in km/s.
    @inlinable
    public init(azimuth: Double, elevation: Double, range: Double, rangeRate: Double) {
        self.azimuth = azimuth
        self.elevation = elevation
        self.range = range
        self.rangeRate = rangeRate
    }

    /// Azimuth, degrees from north, clockwise, in `0 ..< 360`.
    @inlinable
    public var azimuthDegrees: Double { azimuth * (180.0 / Double.pi) }
    /// Elevation, degrees.
    @inlinable
    public var elevationDegrees: Double { elevation * (180.0 / Double.pi) }
}
