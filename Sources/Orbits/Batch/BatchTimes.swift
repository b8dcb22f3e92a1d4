/// The times of a batch propagation: either offsets in minutes from each satellite's own
/// epoch, or UTC instants as two-part Julian dates (converted per satellite exactly as
/// `Instant.minutes(since:)` does: `((jd − jd0) + (fr − fr0)) · 1440`).
@usableFromInline
struct BatchTimes: Sendable {
    @usableFromInline typealias V = SIMDMath.V

    /// Minutes since epoch, or nil for instants.
    @usableFromInline let minutes: [Double]?
    /// Julian day and day fraction of each instant (empty for minutes).
    @usableFromInline let days: [Double]
    @usableFromInline let fractions: [Double]
    /// Number of times.
    @usableFromInline let count: Int

    init(minutes: [Double]) {
        self.minutes = minutes
        days = []
        fractions = []
        count = minutes.count
    }

    init(instants: [Instant]) {
        minutes = nil
        days = instants.map(\.julianDay)
        fractions = instants.map(\.fraction)
        count = instants.count
    }

    /// Time `j` in minutes since the epoch `(epochDay, epochFraction)`.
    @inlinable
    func minutes(_ j: Int, epochDay: Double, epochFraction: Double) -> Double {
        if let minutes { return minutes[j] }
        return ((days[j] - epochDay) + (fractions[j] - epochFraction)) * 1440.0
    }

    /// Times `j0 ..< j0 + width` for one satellite, one per lane (requires `j0 + width ≤ count`).
    @inlinable @inline(__always)
    func lanes(from j0: Int, epochDay: Double, epochFraction: Double) -> V {
        precondition(j0 >= 0 && j0 + V.scalarCount <= count)
        if let minutes {
            return minutes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: j0 * 8, as: V.self) }
        }
        let day = days.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: j0 * 8, as: V.self) }
        let fraction = fractions.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: j0 * 8, as: V.self) }
        return ((day - epochDay) + (fraction - epochFraction)) * 1440.0
    }

    /// Time `j` for satellites with the epochs of the lanes.
    @inlinable @inline(__always)
    func lanes(at j: Int, epochDay: V, epochFraction: V) -> V {
        if let minutes { return V(repeating: minutes[j]) }
        return ((V(repeating: days[j]) - epochDay) + (V(repeating: fractions[j]) - epochFraction)) * 1440.0
    }
}
