#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Equinoctial orbital elements (Broucke & Cefola 1972): a (m), h = e·sin ϖ, k = e·cos ϖ,
/// p = tan(i/2)·sin Ω, q = tan(i/2)·cos Ω, λ = M + ϖ (rad). Non-singular for circular and
/// equatorial orbits. The Monte Carlo draws states as Gaussians in these elements (as CARA's
/// 3D Pc methods model uncertainty): a Gaussian along the orbit follows its curvature, which a
/// Cartesian Gaussian does not.
public struct EquinoctialElements: Sendable, Hashable {
    /// The six elements (a, h, k, p, q, λ).
    public var values: SIMD8<Double>

    /// Elements of the bound two-body state (`position` m, `velocity` m/s); nil when unbound or
    /// retrograde-equatorial (i = 180°, where this set is singular).
    public init?(position r: SIMD3<Double>, velocity v: SIMD3<Double>) {
        let mu = TwoBody.mu
        let rn = (r * r).sum().squareRoot()
        let alpha = 2 / rn - (v * v).sum() / mu
        guard alpha > 0 else { return nil }
        let a = 1 / alpha
        let hv = RTNFrame.cross(r, v)
        let w = hv / (hv * hv).sum().squareRoot()
        guard w.z > -1 + 1e-12 else { return nil }
        let p = w.x / (1 + w.z)
        let q = -w.y / (1 + w.z)
        let (f, g) = Self.axes(p, q)
        let ev = RTNFrame.cross(v, hv) / mu - r / rn
        let h = (ev * g).sum()
        let k = (ev * f).sum()
        let x = (r * f).sum()
        let y = (r * g).sum()
        let root = (1 - h * h - k * k).squareRoot()
        let b = 1 / (1 + root)
        let sinF = h + ((1 - h * h * b) * y - h * k * b * x) / (a * root)
        let cosF = k + ((1 - k * k * b) * x - h * k * b * y) / (a * root)
        let bigF = atan2(sinF, cosF)
        let lambda = bigF + h * cosF - k * sinF
        values = SIMD8(a, h, k, p, q, lambda, 0, 0)
    }

    /// Elements from their values (a, h, k, p, q, λ).
    public init(values: SIMD8<Double>) { self.values = values }

    /// The equinoctial frame's in-plane axes f, g for (p, q).
    static func axes(_ p: Double, _ q: Double) -> (SIMD3<Double>, SIMD3<Double>) {
        let s = 1 + p * p + q * q
        let f = SIMD3(1 - p * p + q * q, 2 * p * q, -2 * p) / s
        let g = SIMD3(2 * p * q, 1 + p * p - q * q, 2 * q) / s
        return (f, g)
    }

    /// The Cartesian state (m, m/s); nil when the elements are not an ellipse (a ≤ 0, e ≥ 1).
    public var state: (position: SIMD3<Double>, velocity: SIMD3<Double>)? {
        let (a, h, k, p, q, lambda) = (values[0], values[1], values[2], values[3], values[4], values[5])
        guard a > 0, h * h + k * k < 1 else { return nil }
        var bigF = lambda
        for _ in 0..<30 {
            let step = (bigF + h * cos(bigF) - k * sin(bigF) - lambda) / (1 - h * sin(bigF) - k * cos(bigF))
            bigF -= step
            if abs(step) < 1e-15 { break }
        }
        let (sinF, cosF) = (sin(bigF), cos(bigF))
        let root = (1 - h * h - k * k).squareRoot()
        let b = 1 / (1 + root)
        let x = a * ((1 - h * h * b) * cosF + h * k * b * sinF - k)
        let y = a * ((1 - k * k * b) * sinF + h * k * b * cosF - h)
        let r = a * (1 - k * cosF - h * sinF)
        let n = (TwoBody.mu / (a * a * a)).squareRoot()
        let xDot = a * a * n / r * (h * k * b * cosF - (1 - h * h * b) * sinF)
        let yDot = a * a * n / r * ((1 - k * k * b) * cosF - h * k * b * sinF)
        let (f, g) = Self.axes(p, q)
        return (x * f + y * g, xDot * f + yDot * g)
    }

    /// The 6×6 Jacobian ∂(a, h, k, p, q, λ)/∂(r, v) at a state, by central differences
    /// (row-major); nil where the elements are undefined.
    static func jacobian(position r: SIMD3<Double>, velocity v: SIMD3<Double>) -> [Double]? {
        var j = [Double](repeating: 0, count: 36)
        let rn = (r * r).sum().squareRoot()
        let vn = (v * v).sum().squareRoot()
        for col in 0..<6 {
            let step = col < 3 ? 1e-6 * rn : 1e-6 * vn
            var rp = r
            var vp = v
            var rm = r
            var vm = v
            if col < 3 {
                rp[col] += step
                rm[col] -= step
            } else {
                vp[col - 3] += step
                vm[col - 3] -= step
            }
            guard let ep = EquinoctialElements(position: rp, velocity: vp),
                let em = EquinoctialElements(position: rm, velocity: vm)
            else { return nil }
            var d = ep.values - em.values
            // λ may wrap across ±π between the two evaluations.
            if d[5] > Double.pi { d[5] -= 2 * Double.pi }
            if d[5] < -Double.pi { d[5] += 2 * Double.pi }
            for row in 0..<6 { j[row * 6 + col] = d[row] / (2 * step) }
        }
        return j
    }
}
