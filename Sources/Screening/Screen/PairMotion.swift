import Orbits

/// Two objects propagated directly with SGP4 at times counted in seconds from the start of
/// the span: the function whose zeros refinement finds is `f(s) = Δr·Δv`.
struct PairMotion {
    let first: SGP4Propagator
    let second: SGP4Propagator
    /// Minutes from each epoch to the start of the span.
    let firstStart: Double
    let secondStart: Double
    /// Direct evaluations made (each propagates both objects).
    var evaluations = 0

    /// Both states at `s` seconds from the start, or nil when SGP4 fails for either.
    mutating func states(at s: Double) -> (StateVector, StateVector)? {
        evaluations += 1
        guard let a = try? first.state(minutesSinceEpoch: firstStart + s / 60),
            let b = try? second.state(minutesSinceEpoch: secondStart + s / 60)
        else { return nil }
        return (a, b)
    }

    /// Relative position and velocity (second minus first) at `s`.
    mutating func relative(at s: Double) -> (dr: SIMD3<Double>, dv: SIMD3<Double>)? {
        guard let (a, b) = states(at: s) else { return nil }
        return (b.position - a.position, b.velocity - a.velocity)
    }

    /// Δr·Δv at `s` (km²/s): negative while closing, positive while separating.
    mutating func rangeRate(at s: Double) -> Double? {
        guard let (dr, dv) = relative(at: s) else { return nil }
        return (dr * dv).sum()
    }

    /// Distance at `s`, km (infinity where SGP4 fails).
    mutating func distance(at s: Double) -> Double {
        guard let (dr, _) = relative(at: s) else { return .infinity }
        return (dr * dr).sum().squareRoot()
    }

    /// The zero of `Δr·Δv` in `(low, high]`, given `f(low) < 0 ≤ f(high)`: Newton's method
    /// with `f' = |Δv|² + Δr·Δa` (two-body accelerations), kept inside the bracket by
    /// bisection, to 1e-7 s.
    mutating func closestApproach(low: Double, high: Double, start: Double) -> Double? {
        var lo = low
        var hi = high
        var s = Swift.min(Swift.max(start, lo), hi)
        let mu = first.gravity.mu
        for _ in 0..<60 {
            guard let (a, b) = states(at: s) else { return nil }
            let dr = b.position - a.position
            let dv = b.velocity - a.velocity
            let f = (dr * dv).sum()
            if f < 0 { lo = s } else { hi = s }
            let ra = a.position
            let rb = b.position
            let na = (ra * ra).sum().squareRoot()
            let nb = (rb * rb).sum().squareRoot()
            let aa = ra * (-mu / (na * na * na))
            let ab = rb * (-mu / (nb * nb * nb))
            let slope = (dv * dv).sum() + (dr * (ab - aa)).sum()
            var next = slope > 0 ? s - f / slope : .nan
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - s) < 1e-7 || hi - lo < 1e-7 { return next }
            s = next
        }
        return s
    }
}
