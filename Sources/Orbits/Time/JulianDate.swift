/// A two-part Julian date in a time scale other than UTC (TAI, TT or UT1).
///
/// As for `Instant`, `julianDay` is a midnight of that scale (`n + 0.5`) and `fraction`
/// the elapsed fraction of its 86,400-second day, so precision is ~1e-11 s. Pass both parts
/// to SOFA-style routines (`jd1 = julianDay`, `jd2 = fraction`).
public struct JulianDate: Sendable, Hashable {
    /// Julian date of the midnight that starts the day (`n + 0.5`).
    public var julianDay: Double
    /// Fraction of the 86,400-second day elapsed, in `0 ..< 1`.
    public var fraction: Double

    /// Creates a two-part Julian date, renormalising the parts as `Instant` does.
    @inlinable
    public init(julianDay: Double, fraction: Double = 0) {
        (self.julianDay, self.fraction) = Self.normalized(julianDay: julianDay, fraction: fraction)
    }

    /// Splits a two-part Julian date into the preceding midnight (`n + 0.5`) and a fraction in
    /// `0 ..< 1`, exactly (the whole-day parts move without rounding).
    @inlinable
    static func normalized(julianDay: Double, fraction: Double) -> (julianDay: Double, fraction: Double) {
        let total = julianDay - 0.5
        let whole = total.rounded(.down)
        var f = (total - whole) + fraction
        let carry = f.rounded(.down)
        f -= carry
        return (whole + carry + 0.5, f)
    }

    /// The Julian date as one `Double` (≈40 µs resolution in this era).
    @inlinable
    public var value: Double { julianDay + fraction }

    /// Days since J2000.0 (JD 2451545.0) in this scale, computed from the two parts.
    @inlinable
    public var daysSinceJ2000: Double { (julianDay - 2_451_545.0) + fraction }

    /// Julian centuries (36,525 days) since J2000.0 in this scale.
    @inlinable
    public var centuriesSinceJ2000: Double { daysSinceJ2000 / 36_525.0 }
}
