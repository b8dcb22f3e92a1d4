#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A base-10 logarithmic map from a positive data domain to a pixel range (e.g. Pc → y px).
public struct LogScale: Sendable, Hashable {
    /// The linear scale over log10 of the values.
    public var exponents: LinearScale

    /// Creates a scale over `domain` (both bounds > 0, widened to whole decades).
    public init(domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
        let low = floor(log10(max(domain.lowerBound, .leastNormalMagnitude)))
        var high = ceil(log10(max(domain.upperBound, .leastNormalMagnitude)))
        if high <= low { high = low + 1 }
        exponents = LinearScale(domain: low...high, range: range)
    }

    /// The whole decades of the domain: the exponents of its tick values.
    public var decades: ClosedRange<Int> { Int(exponents.domainStart)...Int(exponents.domainEnd) }

    /// The pixel coordinate of a value (> 0; values ≤ 0 map to the bottom decade's start).
    public func callAsFunction(_ value: Double) -> Double {
        guard value > 0 else { return exponents(exponents.domainStart) }
        return exponents(log10(value))
    }
}
