/// The bound that makes the coarse search exhaustive.
///
/// Between nodes `h` seconds apart, every instant is within `h/2` of a node. Over
/// `|τ| ≤ h/2` the relative position of two objects is `Δr + Δv·τ + e(τ)` with
/// `|e(τ)| ≤ A·τ²/2 ≤ A·h²/8`, where `A` bounds their relative acceleration (gravity is at
/// most μ/R⊕² ≈ 0.0098 km/s² each; `A = 0.025 km/s²` leaves a margin for SGP4's
/// perturbations). So a pair that comes within `D` of each other in the window of a node
/// has its straight-line relative track within `D + A·h²/8` of the origin there, and its
/// distance at the node is at most `D + A·h²/8 + |Δv|·h/2 ≤ D + A·h²/8 + v_max·h` — the
/// radius of the spatial hash.
struct NodeBound: Sendable {
    /// Relative acceleration bound, km/s².
    static let relativeAcceleration = 0.025

    /// Node step, s.
    let step: Double
    /// Distance the straight-line relative track must come within, km (`D + A·h²/8` + 1 m).
    let linearRadius: Double

    init(threshold: Double, step: Double) {
        self.step = step
        linearRadius = threshold + Self.relativeAcceleration * step * step / 8 + 0.001
    }

    /// Whether the straight line `dr + dv·τ`, `|τ| ≤ h/2`, comes within `linearRadius`.
    @inlinable @inline(__always)
    func admits(dr: SIMD3<Double>, dv: SIMD3<Double>) -> Bool {
        let vv = (dv * dv).sum()
        let rv = (dr * dv).sum()
        let half = step / 2
        var tau = vv > 0 ? -rv / vv : 0
        tau = Swift.min(Swift.max(tau, -half), half)
        let closest = dr + dv * tau
        return (closest * closest).sum() <= linearRadius * linearRadius
    }

    /// Hash radius for a node whose fastest object moves at `maxSpeed` km/s.
    func hashRadius(maxSpeed: Double) -> Double { linearRadius + maxSpeed * step }
}
