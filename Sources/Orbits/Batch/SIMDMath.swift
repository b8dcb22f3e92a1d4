/// Branch-free double-precision sine and cosine on `SIMD4<Double>`: fdlibm's kernels with a
/// two-constant Cody-Waite reduction by π/2.
///
/// glibc's scalar `sin`/`cos` are most of a scalar SGP4 propagation; these run four lanes at
/// once with only SSE2 compares, blends and arithmetic (no integer lanes, no libm calls).
/// Accuracy: within 1 ulp of the correctly rounded result for |x| ≤ π/4 (the kernels), and
/// an absolute error below 1e-15 for |x| < 1e5 rad after reduction — far below the 1e-12
/// relative that a 1e-8 km position tolerance needs. `SIMDMathTests` checks both against libm.
@usableFromInline
enum SIMDMath {
    @usableFromInline typealias V = SIMD4<Double>

    // fdlibm __kernel_sin coefficients.
    @usableFromInline static let s1 = -1.66666666666666324348e-01
    @usableFromInline static let s2 = 8.33333333332248946124e-03
    @usableFromInline static let s3 = -1.98412698298579493134e-04
    @usableFromInline static let s4 = 2.75573137070700676789e-06
    @usableFromInline static let s5 = -2.50507602534068634195e-08
    @usableFromInline static let s6 = 1.58969099521155010221e-10
    // fdlibm __kernel_cos coefficients.
    @usableFromInline static let c1 = 4.16666666666666019037e-02
    @usableFromInline static let c2 = -1.38888888888741095749e-03
    @usableFromInline static let c3 = 2.48015872894767294178e-05
    @usableFromInline static let c4 = -2.75573143513906633035e-07
    @usableFromInline static let c5 = 2.08757232129817482790e-09
    @usableFromInline static let c6 = -1.13596475577881948265e-11
    // π/2 = pio2Hi + pio2Lo, pio2Hi with 33 significant bits so q * pio2Hi is exact.
    @usableFromInline static let pio2Hi = 1.57079632673412561417e+00
    @usableFromInline static let pio2Lo = 6.07710050650619224932e-11
    @usableFromInline static let twoOverPi = 6.36619772367581382433e-01
    /// 1.5 × 2^52: adding and subtracting it rounds to the nearest integer (|x| < 2^51).
    @usableFromInline static let roundingMagic = 6_755_399_441_055_744.0

    /// sin(x) and cos(x) for |x| ≤ π/4 (no reduction).
    @inlinable @inline(__always)
    static func kernelSinCos(_ x: V) -> (sin: V, cos: V) {
        let z: V = x * x
        let v: V = z * x
        var rs: V = V(repeating: s6)
        rs = rs * z + V(repeating: s5)
        rs = rs * z + V(repeating: s4)
        rs = rs * z + V(repeating: s3)
        rs = rs * z + V(repeating: s2)
        let ss: V = rs * z + V(repeating: s1)
        let sin: V = x + v * ss
        var rc: V = V(repeating: c6)
        rc = rc * z + V(repeating: c5)
        rc = rc * z + V(repeating: c4)
        rc = rc * z + V(repeating: c3)
        rc = rc * z + V(repeating: c2)
        rc = rc * z + V(repeating: c1)
        rc = rc * z
        let hz: V = z * 0.5
        let one = V(repeating: 1.0)
        let w: V = one - hz
        let tail: V = ((one - w) - hz) + z * rc
        return (sin, w + tail)
    }

    /// Rounds to the nearest integer (ties to even) for |x| < 2^51, with SSE2 arithmetic only.
    @inlinable @inline(__always)
    static func roundToInteger(_ x: V) -> V {
        let shifted: V = x + roundingMagic
        return shifted - roundingMagic
    }

    /// sin(x) and cos(x) for any |x| < 1e5 rad.
    @inlinable @inline(__always)
    static func sinCos(_ x: V) -> (sin: V, cos: V) {
        let q: V = roundToInteger(x * twoOverPi)
        let r: V = (x - q * pio2Hi) - q * pio2Lo
        let k = kernelSinCos(r)
        // Quadrant m = q mod 4 in 0...3, exactly, without integer lanes.
        let quarter: V = q * 0.25 - 0.375
        let m: V = q - roundToInteger(quarter) * 4.0
        let odd = (m .== 1.0) .| (m .== 3.0)
        let s = k.sin.replacing(with: k.cos, where: odd)
        let c = k.cos.replacing(with: k.sin, where: odd)
        let sin = s.replacing(with: -s, where: m .>= 2.0)
        let cos = c.replacing(with: -c, where: (m .== 1.0) .| (m .== 2.0))
        return (sin, cos)
    }

    /// sin(a + d), cos(a + d) from sin a, cos a and a small step |d| ≤ π/4.
    @inlinable @inline(__always)
    static func rotate(sin s: V, cos c: V, by d: V) -> (sin: V, cos: V) {
        let k = kernelSinCos(d)
        let sin: V = s * k.cos + c * k.sin
        let cos: V = c * k.cos - s * k.sin
        return (sin, cos)
    }

    /// `x` reduced like C's `fmod(x, 2π)` (sign of x kept); exact to ~1e-16 rad for |x| < 1e5.
    @inlinable @inline(__always)
    static func remainderTwoPi(_ x: V) -> V {
        // trunc(x / 2π) through round-to-nearest of |x|/2π - 0.5 (never a tie for real angles).
        let twoPiHi = 2.0 * pio2Hi * 2.0
        let twoPiLo = 2.0 * pio2Lo * 2.0
        let magnitude = x.replacing(with: -x, where: x .< 0)
        let turns: V = magnitude * (twoOverPi * 0.25) - 0.5
        var n: V = roundToInteger(turns)
        n = n.replacing(with: 0, where: n .< 0)
        let reduced: V = (magnitude - n * twoPiHi) - n * twoPiLo
        return reduced.replacing(with: -reduced, where: x .< 0)
    }
}
