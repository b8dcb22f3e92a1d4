/// Rigorous bounds of a function on an interval from its values and derivatives at both ends
/// and a bound `m` on the magnitude of its second derivative.
///
/// From the left end f(a + τ) ≤ f(a) + f′(a)τ + mτ²/2, from the right end likewise, so f is
/// below the lower envelope of two parabolas; their difference is linear in τ, so the
/// envelope's maximum is at an end or at their single crossing. The same with −m gives a
/// lower bound. The pass search uses these to prove that an interval holds no pass (or no
/// gap in a pass) without evaluating SGP4 inside it.
enum CurvatureBound {
    /// An upper bound of f on [lower, upper] ⊆ [0, h] (default the whole interval).
    @inline(__always)
    static func maximum(
        f0: Double, d0: Double, f1: Double, d1: Double, h: Double, m: Double, lower: Double = 0, upper: Double? = nil
    ) -> Double {
        envelope(f0: f0, d0: d0, f1: f1, d1: d1, h: h, m: m, lower: lower, upper: upper ?? h)
    }

    /// A lower bound of f on [lower, upper] ⊆ [0, h] (default the whole interval).
    @inline(__always)
    static func minimum(
        f0: Double, d0: Double, f1: Double, d1: Double, h: Double, m: Double, lower: Double = 0, upper: Double? = nil
    ) -> Double {
        -envelope(f0: -f0, d0: -d0, f1: -f1, d1: -d1, h: h, m: m, lower: lower, upper: upper ?? h)
    }

    @inline(__always)
    private static func envelope(
        f0: Double, d0: Double, f1: Double, d1: Double, h: Double, m: Double, lower: Double, upper: Double
    ) -> Double {
        // L(τ) = f0 + d0 τ + m τ²/2 ; R(τ) = f1 − d1 (h − τ) + m (h − τ)²/2.
        func left(_ t: Double) -> Double { f0 + d0 * t + 0.5 * m * t * t }
        func right(_ t: Double) -> Double {
            let u = h - t
            return f1 - d1 * u + 0.5 * m * u * u
        }
        var bound = Swift.max(Swift.min(left(lower), right(lower)), Swift.min(left(upper), right(upper)))
        // L − R = c0 + c1 τ.
        let c0 = f0 - f1 + d1 * h - 0.5 * m * h * h
        let c1 = d0 - d1 + m * h
        if c1 != 0 {
            let t = -c0 / c1
            if t > lower && t < upper { bound = Swift.max(bound, left(t)) }
        }
        return bound
    }
}
