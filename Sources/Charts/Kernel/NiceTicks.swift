#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Round tick values for a numeric axis: steps of 1, 2 or 5 × 10ⁿ covering a domain.
public enum NiceTicks {
    /// The step (1, 2 or 5 × 10ⁿ) that gives at most about `count` intervals over `span`.
    public static func step(span: Double, count: Int) -> Double {
        let (mantissa, exponent) = decomposedStep(span: span, count: count)
        return multiple(1, mantissa: mantissa, exponent: exponent)
    }

    /// The step as mantissa (1, 2, 5 or 10) and power of ten.
    static func decomposedStep(span: Double, count: Int) -> (mantissa: Double, exponent: Int) {
        guard span > 0, span.isFinite, count > 0 else { return (1, 0) }
        let raw = span / Double(count)
        let exponent = Int(floor(log10(raw)))
        let fraction = raw / pow(10, Double(exponent))
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return (nice, exponent)
    }

    /// `k` × mantissa × 10ⁿ computed so that decimal ticks come out as their nearest double
    /// (3 × 0.1 gives 0.3, not 0.30000000000000004): divide by 10⁻ⁿ for negative n.
    static func multiple(_ k: Double, mantissa: Double, exponent: Int) -> Double {
        exponent >= 0 ? k * mantissa * pow(10, Double(exponent)) : k * mantissa / pow(10, Double(-exponent))
    }

    /// The domain widened outwards to whole steps, and its ticks, for about `count` intervals.
    /// An empty domain (low == high) is widened by one unit either side first.
    public static func covering(
        _ low: Double, _ high: Double, count: Int = 5
    ) -> (domain: ClosedRange<Double>, ticks: [Double]) {
        var low = low, high = high
        if !(low.isFinite && high.isFinite) { return (0...1, [0, 1]) }
        if high < low { swap(&low, &high) }
        if high == low {
            low -= 1
            high += 1
        }
        let (mantissa, exponent) = decomposedStep(span: high - low, count: count)
        let step = multiple(1, mantissa: mantissa, exponent: exponent)
        let first = floor(low / step + 1e-9), last = ceil(high / step - 1e-9)
        let ticks = stride(from: first, through: last, by: 1).map {
            multiple($0, mantissa: mantissa, exponent: exponent)
        }
        return (ticks[0]...ticks[ticks.count - 1], ticks)
    }
}
