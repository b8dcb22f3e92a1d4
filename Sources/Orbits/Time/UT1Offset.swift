/// UT1−UTC, the Earth-rotation offset published by IERS (Bulletin A/B, finals2000A `UT1-UTC`).
///
/// Always within ±0.9 s. The default is 0 s, which is what SGP4 users and TLE producers
/// assume (TEME and GMST are computed from UTC); pass a real value for sub-arcsecond
/// Earth-fixed positions (0.9 s of rotation is ~0.4 km at the equator).
public struct UT1Offset: Sendable, Hashable {
    /// UT1 − UTC, seconds.
    public var seconds: Double

    /// Creates an offset of `seconds` (UT1 − UTC, s).
    public init(seconds: Double) { self.seconds = seconds }

    /// UT1 = UTC (0 s), the SGP4 convention.
    public static let zero = UT1Offset(seconds: 0)
}
