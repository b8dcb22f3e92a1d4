/// A UTC instant, stored as a two-part Julian date.
///
/// `julianDay` is the Julian date of the preceding UTC midnight (always `n + 0.5`) and
/// `fraction` the elapsed fraction of that UTC day in `0 ..< 1`. Splitting keeps ~1e-11 s
/// resolution (a single `Double` Julian date only resolves ~40 µs), and it is the form
/// SGP4 consumes: minutes since epoch are `((jd - jd0) + (fr - fr0)) * 1440`.
///
/// On a day that ends with a leap second the day is 86,401 SI seconds long and `fraction`
/// is seconds-of-day / 86,401 (the SOFA convention), so 23:59:60.5 is representable.
/// Differences between instants are in UTC days, as every SGP4 implementation counts them.
public struct Instant: Sendable, Hashable {
    /// Julian date of the UTC midnight that starts the day (`n + 0.5`).
    public var julianDay: Double
    /// Fraction of the UTC day elapsed, in `0 ..< 1`.
    public var fraction: Double

    /// Creates an instant from a two-part Julian date; the parts are renormalised so that
    /// `julianDay` is a midnight and `fraction` lies in `0 ..< 1`.
    @inlinable
    public init(julianDay: Double, fraction: Double = 0) {
        (self.julianDay, self.fraction) = JulianDate.normalized(julianDay: julianDay, fraction: fraction)
    }

    /// The Julian date as one `Double` (≈40 µs resolution in this era).
    @inlinable
    public var julianDate: Double { julianDay + fraction }

    /// UTC days from `other` to `self`.
    @inlinable
    public func days(since other: Instant) -> Double {
        (julianDay - other.julianDay) + (fraction - other.fraction)
    }

    /// UTC minutes from `other` to `self` (the SGP4 time argument when `other` is the epoch).
    @inlinable
    public func minutes(since other: Instant) -> Double {
        days(since: other) * 1440.0
    }

    /// UTC seconds from `other` to `self`, counting every day as 86,400 s.
    @inlinable
    public func seconds(since other: Instant) -> Double {
        days(since: other) * 86_400.0
    }

    /// The instant `days` UTC days later (earlier when negative).
    @inlinable
    public func adding(days: Double) -> Instant {
        Instant(julianDay: julianDay, fraction: fraction + days)
    }

    /// The instant `minutes` UTC minutes later (earlier when negative).
    @inlinable
    public func adding(minutes: Double) -> Instant { adding(days: minutes / 1440.0) }

    /// The instant `seconds` UTC seconds later (earlier when negative).
    @inlinable
    public func adding(seconds: Double) -> Instant { adding(days: seconds / 86_400.0) }
}

extension Instant: Comparable {
    @inlinable
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.julianDay < rhs.julianDay || (lhs.julianDay == rhs.julianDay && lhs.fraction < rhs.fraction)
    }
}
