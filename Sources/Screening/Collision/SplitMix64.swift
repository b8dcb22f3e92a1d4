#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small seeded generator (SplitMix64) so Monte Carlo estimates are reproducible run to run,
/// with standard-normal draws by the Box–Muller transform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private var spare: Double?

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in (0, 1).
    public mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992.0 }

    /// A standard normal draw.
    public mutating func normal() -> Double {
        if let s = spare {
            spare = nil
            return s
        }
        let u = uniform()
        let v = uniform()
        let radius = (-2 * log(u)).squareRoot()
        spare = radius * sin(2 * Double.pi * v)
        return radius * cos(2 * Double.pi * v)
    }
}
