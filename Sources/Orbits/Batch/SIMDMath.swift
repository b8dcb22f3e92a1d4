/// Branch-free double-precision sine and cosine on lane vectors (`SIMD8<Double>`, or
/// `SIMD16<Double>` with `-DCONCORD_SIMD16`): fdlibm's kernels with a two-constant Cody-Waite
/// reduction by π/2, and the lane aliases and helpers every batch kernel uses.
///
/// glibc's scalar `sin`/`cos` are most of a scalar SGP4 propagation; these run many lanes at
/// once with only SSE2 arithmetic and bitwise lane operations (no mask-to-integer
/// conversions, no branches, no libm calls), so the default x86-64 build vectorises them.
///
/// Accuracy (checked against libm by `SIMDMathTests`): the kernels are within 1 ulp of the
/// correctly rounded result for |x| ≤ π/4; after reduction the absolute error stays below
/// 2.3e-16 for |x| ≤ `reductionLimit` (q · pio2Hi is exact there). SGP4's 1e-8 km position
/// tolerance needs about 1e-12 relative.
@usableFromInline
enum SIMDMath {
    #if CONCORD_SIMD16
        /// The lane vector every batch kernel uses: 16 doubles, four AVX registers, for builds
        /// with AVX (`-Xswiftc -target-cpu -Xswiftc haswell -Xswiftc -DCONCORD_SIMD16`), where
        /// the extra independent work hides the latency of the long dependency chains (+10–15%).
        @usableFromInline typealias V = SIMD16<Double>
        /// The same lanes as raw bits.
        @usableFromInline typealias Bits = SIMD16<UInt64>
        /// The result of a lane comparison.
        @usableFromInline typealias Mask = SIMDMask<SIMD16<Int64>>
        /// Satellite indices per lane.
        @usableFromInline typealias Indices = SIMD16<Int>
        /// Error codes per lane.
        @usableFromInline typealias Codes = SIMD16<UInt8>
    #else
        /// The lane vector every batch kernel uses: 8 doubles, four SSE2 registers (the fastest
        /// width measured for the baseline x86-64 build; 4 and 16 are 7% and 17% slower) or two
        /// AVX registers. The kernels are written against these aliases only.
        @usableFromInline typealias V = SIMD8<Double>
        /// The same lanes as raw bits.
        @usableFromInline typealias Bits = SIMD8<UInt64>
        /// The result of a lane comparison.
        @usableFromInline typealias Mask = SIMDMask<SIMD8<Int64>>
        /// Satellite indices per lane.
        @usableFromInline typealias Indices = SIMD8<Int>
        /// Error codes per lane.
        @usableFromInline typealias Codes = SIMD8<UInt8>
    #endif
    /// Lanes per vector.
    @usableFromInline static var width: Int { V.scalarCount }

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
    /// 1.5 × 2^52: adding it rounds to the nearest integer (|x| < 2^51) and leaves that
    /// integer, two's complement, in the low bits of the sum.
    @usableFromInline static let roundingMagic = 6_755_399_441_055_744.0
    /// Largest |x| (rad) for which `sinCos` and `remainderTwoPi` reduce exactly: 2^19 · π/2.
    @usableFromInline static let reductionLimit = 823_549.6
    @usableFromInline static let signBit: UInt64 = 0x8000_0000_0000_0000

    @inlinable @inline(__always)
    static func bits(_ x: V) -> Bits { unsafeBitCast(x, to: Bits.self) }

    @inlinable @inline(__always)
    static func double(_ b: Bits) -> V { unsafeBitCast(b, to: V.self) }

    /// |x| by clearing the sign bits.
    @inlinable @inline(__always)
    static func abs(_ x: V) -> V { double(bits(x) & ~signBit) }

    /// √|x|: the magnitude lets LLVM emit `sqrtpd` instead of a per-lane `sqrt` call
    /// (Swift's `squareRoot` keeps C's errno path for negative arguments). Callers only use
    /// it where a negative argument is already an error lane.
    @inlinable @inline(__always)
    static func sqrt(_ x: V) -> V { abs(x).squareRoot() }

    /// True when any lane of the mask is set (a `movmskpd`, no call).
    @inlinable @inline(__always)
    static func any(_ mask: Mask) -> Bool {
        let k = mask._storage
        var union: Int64 = 0
        for lane in k.indices { union |= k[lane] }
        return union != 0
    }

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

    /// Largest |x| (2^-9 rad) for which `smallKernelSinCos` matches `kernelSinCos`.
    @usableFromInline static let smallAngle = 0x1p-9

    /// sin(x) and cos(x) for |x| ≤ `smallAngle`: fdlibm's kernels cut after the terms that
    /// can still change the result (the next terms are below 3e-23 absolute, far under an ulp).
    @inlinable @inline(__always)
    static func smallKernelSinCos(_ x: V) -> (sin: V, cos: V) {
        let z: V = x * x
        let sin: V = x + (z * x) * (z * s2 + s1)
        let hz: V = z * 0.5
        let one = V(repeating: 1.0)
        let w: V = one - hz
        let tail: V = ((one - w) - hz) + z * (z * c1)
        return (sin, w + tail)
    }

    /// Rounds to the nearest integer (ties to even) for |x| < 2^51, with SSE2 arithmetic only.
    @inlinable @inline(__always)
    static func roundToInteger(_ x: V) -> V {
        let shifted: V = x + roundingMagic
        return shifted - roundingMagic
    }

    /// sin(x) and cos(x) for |x| ≤ `reductionLimit` (beyond it the error grows slowly).
    @inlinable @inline(__always)
    static func sinCos(_ x: V) -> (sin: V, cos: V) {
        let shifted: V = x * twoOverPi + roundingMagic
        let q: V = shifted - roundingMagic
        let r: V = (x - q * pio2Hi) - q * pio2Lo
        let k = kernelSinCos(r)
        // The quadrant q mod 4 is in the low bits of `shifted`: bit 0 swaps sin and cos,
        // bit 1 of q (of q + 1) is the sign of the sine (of the cosine).
        let qi = bits(shifted)
        let swap: Bits = 0 &- (qi & 1)
        let sinSign: Bits = (qi & 2) &<< 62
        let cosSign: Bits = ((qi &+ 1) & 2) &<< 62
        let sb = bits(k.sin)
        let cb = bits(k.cos)
        let s: Bits = (sb & ~swap) | (cb & swap)
        let c: Bits = (cb & ~swap) | (sb & swap)
        return (double(s ^ sinSign), double(c ^ cosSign))
    }

    /// sin(a + d), cos(a + d) from sin a, cos a and a small step |d| ≤ π/4.
    @inlinable @inline(__always)
    static func rotate(sin s: V, cos c: V, by d: V) -> (sin: V, cos: V) {
        let k = kernelSinCos(d)
        let sin: V = s * k.cos + c * k.sin
        let cos: V = c * k.cos - s * k.sin
        return (sin, cos)
    }

    /// sin(x) and cos(x) for |x| ≤ π/4 through the short kernel when every lane allows it
    /// (one compare and a well-predicted branch): the same results as `kernelSinCos`.
    @inlinable @inline(__always)
    static func adaptiveKernelSinCos(_ x: V) -> (sin: V, cos: V) {
        if any(abs(x) .> smallAngle) { return kernelSinCos(x) }
        return smallKernelSinCos(x)
    }

    /// `rotate(sin:cos:by:)` through `adaptiveKernelSinCos`: the short-period corrections of
    /// SGP4 (≤ 1e-3 rad) and Newton's late steps are small angles.
    @inlinable @inline(__always)
    static func rotateAdaptive(sin s: V, cos c: V, by d: V) -> (sin: V, cos: V) {
        let k = adaptiveKernelSinCos(d)
        let sin: V = s * k.cos + c * k.sin
        let cos: V = c * k.cos - s * k.sin
        return (sin, cos)
    }

    /// `Double(2π)` (what the reference's `fmod(x, twopi)` divides by, 2.4e-16 below the true
    /// 2π) split so that n · twoPiHi (33 bits) and n · twoPiLo (17 bits) are exact for n < 2^20.
    @usableFromInline static let twoPiHi = 0x1.921fb544p+2
    @usableFromInline static let twoPiLo = 0x1.0b46p-32

    /// `x` reduced like C's `fmod(x, Double(2π))`, sign of x kept, for |x| ≤ 8 · `reductionLimit`:
    /// the same multiple of the same 2π as the reference, so the result is within one
    /// rounding of fmod's, except that a lane just below a multiple of 2π may come out as
    /// −1e-16 instead of 2π − 1e-16 (the same angle).
    @inlinable @inline(__always)
    static func remainderTwoPi(_ x: V) -> V {
        // trunc(|x| / 2π) through round-to-nearest of |x|/2π − 0.5 (≥ −0.5, which rounds to 0).
        let sign = bits(x) & signBit
        let magnitude = double(bits(x) & ~signBit)
        let turns: V = magnitude * (twoOverPi * 0.25) - 0.5
        let n: V = roundToInteger(turns)
        let reduced: V = (magnitude - n * twoPiHi) - n * twoPiLo
        return double(bits(reduced) ^ sign)
    }
}
