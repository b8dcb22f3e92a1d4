/// The WGS-84 reference ellipsoid (NIMA TR8350.2), in kilometres.
///
/// Ground positions, heights and sub-satellite points use WGS-84 like GPS, skyfield's
/// `wgs84` and the IERS. (SGP4 itself propagates with WGS-72 gravity constants; that choice
/// belongs to the propagator and does not change where a ground station is.)
public enum WGS84 {
    /// Equatorial radius a, km.
    public static let equatorialRadius: Double = 6378.137
    /// Flattening f = 1 / 298.257223563.
    public static let flattening: Double = 1.0 / 298.257223563
    /// Polar radius b = a (1 − f), km.
    public static let polarRadius: Double = equatorialRadius * (1.0 - flattening)
    /// First eccentricity squared e² = f (2 − f).
    public static let eccentricitySquared: Double = flattening * (2.0 - flattening)
}
