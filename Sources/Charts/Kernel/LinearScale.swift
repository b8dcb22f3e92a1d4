/// A linear map from a data domain to a pixel range, e.g. km → y px or seconds → x px.
public struct LinearScale: Sendable, Hashable {
    /// Data value at the start of the range.
    public var domainStart: Double
    /// Data value at the end of the range.
    public var domainEnd: Double
    /// Pixel coordinate of `domainStart`.
    public var rangeStart: Double
    /// Pixel coordinate of `domainEnd`.
    public var rangeEnd: Double

    /// Creates a scale; a zero-width domain maps everything to the middle of the range.
    public init(domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
        domainStart = domain.lowerBound
        domainEnd = domain.upperBound
        rangeStart = range.start
        rangeEnd = range.end
    }

    /// The pixel coordinate of a data value (extrapolated outside the domain).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// The pixel coordinate of a value clamped to the domain first.
    public func clamped(_ value: Double) -> Double {
        self(min(max(value, min(domainStart, domainEnd)), max(domainStart, domainEnd)))
    }
}
