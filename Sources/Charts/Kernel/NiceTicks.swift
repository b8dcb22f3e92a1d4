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
        guard span > 0, span.isFinite, count > 0 else { return 1 }
        let raw = span / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
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
        let step = step(span: high - low, count: count)
        let start = floor(low / step + 1e-9) * step
        let end = ceil(high / step - 1e-9) * step
        var ticks: [Double] = []
        var index = 0
        while true {
            let value = start + Double(index) * step
            if value > end + step * 1e-9 { break }
            // Snap tiny round-off (e.g. 0.30000000000000004) to the step's decimals.
            ticks.append((value / step).rounded() * step)
            index += 1
        }
        return (start...end, ticks)
    }
}
