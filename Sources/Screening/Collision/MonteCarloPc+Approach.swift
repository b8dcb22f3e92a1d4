extension MonteCarloPc {
    /// Whether two sampled trajectories come within `hbr` inside ±`window` seconds of TCA.
    ///
    /// Closest approach by Newton's method on Δr·Δv = 0 with exact two-body states (a handful of
    /// Kepler solutions); the window ends count too. With `prescreen`, a draw whose rectilinear
    /// closest approach misses by more than `hbr` plus a bound on the two-body departure from the
    /// straight line (tidal acceleration ≤ 3μ/r³·|Δr| over the time to the rectilinear TCA) is
    /// a miss without propagation.
    static func collides(
        _ r1: SIMD3<Double>, _ v1: SIMD3<Double>, _ r2: SIMD3<Double>, _ v2: SIMD3<Double>, hbr: Double,
        window: Double, prescreen: Bool
    ) -> Bool {
        let dr = r2 - r1
        let dv = v2 - v1
        let dv2 = (dv * dv).sum()
        let tLinear = dv2 > 0 ? max(-window, min(window, -(dr * dv).sum() / dv2)) : 0
        if prescreen {
            let miss = dr + tLinear * dv
            let rmin = min((r1 * r1).sum(), (r2 * r2).sum()).squareRoot() - 50_000
            let tidal = 3 * TwoBody.mu / (rmin * rmin * rmin)
            let speed = dv2.squareRoot()
            let reach = (dr * dr).sum().squareRoot() + speed * abs(tLinear)
            // Departure from the straight line by |tL|, then again allowing the true approach to
            // lie (hbr + departure)/|Δv| further out; ×4 covers the rotation of the common
            // gravity direction and the growth of |Δr| (checked against unscreened runs in tests).
            let d0 = tidal * reach * tLinear * tLinear / 2
            let t1 = abs(tLinear) + 2 * (hbr + d0) / max(speed, 1e-9)
            let d1 = tidal * (reach + speed * (t1 - abs(tLinear))) * t1 * t1 / 2
            let bound = 4 * d1 + 1
            if (miss * miss).sum().squareRoot() > hbr + bound { return false }
        }
        var t = tLinear
        var best = Double.infinity
        for _ in 0..<30 {
            guard let a = TwoBody.propagate(position: r1, velocity: v1, by: t),
                let b = TwoBody.propagate(position: r2, velocity: v2, by: t)
            else { return false }
            let d = b.position - a.position
            let w = b.velocity - a.velocity
            best = min(best, (d * d).sum().squareRoot())
            let ra = (a.position * a.position).sum().squareRoot()
            let rb = (b.position * b.position).sum().squareRoot()
            let acc = -TwoBody.mu * (b.position / (rb * rb * rb) - a.position / (ra * ra * ra))
            let f = (d * w).sum()
            let fp = (w * w).sum() + (d * acc).sum()
            guard fp > 0 else { break }
            let step = -f / fp
            let next = max(-window, min(window, t + step))
            if abs(next - t) < 1e-7 { break }
            t = next
        }
        if best < hbr { return true }
        // Window ends (the approach may be at a boundary when the window is short).
        for end in [-window, window] {
            if let a = TwoBody.propagate(position: r1, velocity: v1, by: end),
                let b = TwoBody.propagate(position: r2, velocity: v2, by: end)
            {
                let d = b.position - a.position
                if (d * d).sum().squareRoot() < hbr { return true }
            }
        }
        return false
    }
}
