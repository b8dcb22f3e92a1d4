#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exact two-body (Kepler) propagation of an inertial state with universal variables (Vallado,
/// *Fundamentals of Astrodynamics*, algorithm 8): the curvilinear motion the Monte Carlo
/// probability follows around TCA. Metres, seconds.
public enum TwoBody {
    /// Earth's gravitational parameter (m³/s², EGM-96 / WGS-84).
    public static let mu = 3.986004418e14

    /// The state `dt` seconds after (`position`, `velocity`), or nil when Newton's iteration on
    /// the universal anomaly does not converge (degenerate orbits).
    @inlinable
    public static func propagate(
        position r0: SIMD3<Double>, velocity v0: SIMD3<Double>, by dt: Double
    )
        -> (position: SIMD3<Double>, velocity: SIMD3<Double>)?
    {
        if dt == 0 { return (r0, v0) }
        let sqrtMu = mu.squareRoot()
        let r0n = (r0 * r0).sum().squareRoot()
        let v2 = (v0 * v0).sum()
        let rv = (r0 * v0).sum()
        let alpha = 2 / r0n - v2 / mu  // 1/a
        var chi = sqrtMu * dt * abs(alpha)
        if alpha <= 1e-12 { chi = sqrtMu * dt / r0n }  // near-parabolic / hyperbolic start
        var c2 = 0.5
        var c3 = 1.0 / 6
        var r = r0n
        var converged = false
        for _ in 0..<50 {
            let psi = chi * chi * alpha
            (c2, c3) = stumpff(psi)
            let chi2 = chi * chi
            r = chi2 * c2 + rv / sqrtMu * chi * (1 - psi * c3) + r0n * (1 - psi * c2)
            let t = chi2 * chi * c3 + rv / sqrtMu * chi2 * c2 + r0n * chi * (1 - psi * c3)
            let step = (sqrtMu * dt - t) / r
            chi += step
            if abs(step) < 1e-12 * max(1, abs(chi)) {
                converged = true
                break
            }
        }
        guard converged, r > 0 else { return nil }
        let chi2 = chi * chi
        let psi = chi2 * alpha
        (c2, c3) = stumpff(psi)
        let f = 1 - chi2 / r0n * c2
        let g = dt - chi2 * chi / sqrtMu * c3
        let position = f * r0 + g * v0
        let rn = (position * position).sum().squareRoot()
        let gDot = 1 - chi2 / rn * c2
        let fDot = sqrtMu / (rn * r0n) * chi * (psi * c3 - 1)
        return (position, fDot * r0 + gDot * v0)
    }

    /// Stumpff functions c2(ψ), c3(ψ).
    @inlinable
    static func stumpff(_ psi: Double) -> (Double, Double) {
        if psi > 1e-6 {
            let s = psi.squareRoot()
            return ((1 - cos(s)) / psi, (s - sin(s)) / (s * psi))
        }
        if psi < -1e-6 {
            let s = (-psi).squareRoot()
            return ((1 - cosh(s)) / psi, (sinh(s) - s) / (s * (-psi)))
        }
        return (0.5 - psi / 24 + psi * psi / 720, 1.0 / 6 - psi / 120 + psi * psi / 5040)
    }
}
