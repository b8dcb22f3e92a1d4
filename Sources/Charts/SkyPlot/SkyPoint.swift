/// A direction in a station's sky: azimuth clockwise from north and elevation, degrees.
public struct SkyPoint: Sendable, Hashable {
    /// Azimuth, degrees clockwise from north (0 = N, 90 = E).
    public var azimuth: Double
    /// Elevation above the horizon, degrees.
    public var elevation: Double

    /// Creates a direction from azimuth and elevation in degrees.
    public init(azimuth: Double, elevation: Double) {
        self.azimuth = azimuth
        self.elevation = elevation
    }
}
