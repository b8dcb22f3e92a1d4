import Orbits

/// A time span in integer milliseconds from the problem's horizon start: the form every
/// check and the solver work in, so that comparisons and sums are exact.
public struct MilliSpan: Sendable, Hashable, Comparable {
    /// Milliseconds from the horizon start to the span's start.
    public var start: Int
    /// Milliseconds from the horizon start to the span's end.
    public var end: Int

    /// Creates a span.
    @inlinable
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The span's length, milliseconds.
    @inlinable
    public var length: Int { end - start }

    /// True when the two half-open spans share some time.
    @inlinable
    public func overlaps(_ other: MilliSpan) -> Bool { start < other.end && other.start < end }

    /// True when `other` lies inside this span.
    @inlinable
    public func contains(_ other: MilliSpan) -> Bool { start <= other.start && other.end <= end }

    /// The common part of two spans, or nil when they do not overlap.
    @inlinable
    public func intersection(_ other: MilliSpan) -> MilliSpan? {
        let lower = Swift.max(start, other.start)
        let upper = Swift.min(end, other.end)
        return lower < upper ? MilliSpan(lower, upper) : nil
    }

    public static func < (lhs: MilliSpan, rhs: MilliSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension Instant {
    /// Milliseconds from `origin` to this instant, rounded to the nearest millisecond.
    func millis(since origin: Instant) -> Int {
        Int((seconds(since: origin) * 1000).rounded())
    }
}
