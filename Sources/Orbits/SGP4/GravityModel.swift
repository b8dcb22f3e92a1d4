/// The Earth constants an SGP4 propagation is made with.
///
/// Element sets are fitted with WGS-72 (`.wgs72`), so that is the default and the only
/// model that reproduces published ephemerides; `.wgs72old` and `.wgs84` exist because
/// Vallado's code offers them.
public struct GravityModel: Sendable, Hashable {
    /// Gravitational parameter, km³/s².
    public var mu: Double
    /// Equatorial radius, km.
    public var radius: Double
    /// sqrt(mu) in Earth radii^1.5 per minute.
    public var xke: Double
    /// Zonal harmonics.
    public var j2: Double
    public var j3: Double
    public var j4: Double

    /// Minutes per time unit (1 / xke).
    @inlinable public var minutesPerTimeUnit: Double { 1.0 / xke }
    /// J3 / J2.
    @inlinable public var j3OverJ2: Double { j3 / j2 }

    /// WGS-72 as SGP4 uses it (Vallado's `wgs72`): the default.
    public static let wgs72 = GravityModel(
        mu: 398_600.8, radius: 6378.135,
        xke: 60.0 / (6378.135 * 6378.135 * 6378.135 / 398_600.8).squareRoot(),
        j2: 0.001082616, j3: -0.00000253881, j4: -0.00000165597)

    /// The legacy WGS-72 constants of the original STR#3 code (`wgs72old`).
    public static let wgs72old = GravityModel(
        mu: 398_600.79964, radius: 6378.135, xke: 0.0743669161,
        j2: 0.001082616, j3: -0.00000253881, j4: -0.00000165597)

    /// WGS-84 constants (`wgs84`); not what element sets are fitted with.
    public static let wgs84 = GravityModel(
        mu: 398_600.5, radius: 6378.137,
        xke: 60.0 / (6378.137 * 6378.137 * 6378.137 / 398_600.5).squareRoot(),
        j2: 0.00108262998905, j3: -0.00000253215306, j4: -0.00000161098761)
}
