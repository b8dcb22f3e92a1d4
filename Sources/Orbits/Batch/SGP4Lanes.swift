/// The part of SGP4 shared by the near-earth and deep-space SIMD kernels: long-period
/// periodics, Kepler's equation, short-period periodics and the TEME orientation, for one
/// lane vector at once (Vallado's `sgp4` after `dpper`).
@usableFromInline
enum SGP4Lanes {
    @usableFromInline typealias V = SIMDMath.V

    /// Mean elements after the secular (and, deep space, lunar-solar) terms: semi-major axis
    /// `am` (Earth radii), mean motion `nm` (rad/min), eccentricity `em` (clamped at 1e-6)
    /// and `emRaw` (before the clamp, for the error codes), angles in rad reduced to ±2π.
    @usableFromInline
    struct MeanElements {
        @usableFromInline var am: V, rootAm: V, nm: V, em: V, emRaw: V, argpp: V, nodep: V, mp: V

        @inlinable init(am: V, rootAm: V, nm: V, em: V, emRaw: V, argpp: V, nodep: V, mp: V) {
            (self.am, self.rootAm, self.nm, self.em, self.emRaw) = (am, rootAm, nm, em, emRaw)
            (self.argpp, self.nodep, self.mp) = (argpp, nodep, mp)
        }
    }

    /// The solution of Kepler's equation for the long-period elements: `axnl`, `aynl` and
    /// sin/cos of the eccentric longitude, as Vallado's loop leaves them.
    @usableFromInline
    struct Kepler {
        @usableFromInline var axnl: V, aynl: V, sinE: V, cosE: V

        @inlinable init(axnl: V, aynl: V, sinE: V, cosE: V) {
            (self.axnl, self.aynl, self.sinE, self.cosE) = (axnl, aynl, sinE, cosE)
        }
    }

    /// Long-period periodics and Kepler's equation from the perturbed mean elements (`ep`,
    /// `argpp`, `nodep`, `mp` in rad, reduced to ±2π; `am` in Earth radii).
    ///
    /// Each stage of the kernel is its own function on purpose: whole-kernel inlining makes
    /// LLVM split the lane vectors back into scalars (the vector phis of the Kepler loop and
    /// the size of one huge block defeat the SLP vectoriser), which more than halves the speed.
    @usableFromInline @inline(never)
    static func kepler(am: V, ep: V, argpp: V, nodep: V, mp: V, aycof: V, xlcof: V) -> Kepler {
        let one = V(repeating: 1.0)
        // ---- long period periodics ----
        let scArgp = SIMDMath.sinCos(argpp)
        let axnl: V = ep * scArgp.cos
        let tmp: V = one / (am * (one - ep * ep))
        let aynl: V = ep * scArgp.sin + tmp * aycof
        let xl: V = mp + argpp + nodep + tmp * xlcof * axnl
        // ---- Kepler's equation, lanes frozen once converged as in the reference ----
        let u = SIMDMath.remainderTwoPi(xl - nodep)
        var eo1 = u
        var sc = SIMDMath.sinCos(eo1)
        var active = SIMDMath.Mask(repeating: true)
        for ktr in 1...10 {
            let denominator: V = one - sc.cos * axnl - sc.sin * aynl
            let numerator: V = u - aynl * sc.cos + axnl * sc.sin - eo1
            var tem5: V = numerator / denominator
            tem5 = tem5.replacing(with: 0.95, where: tem5 .>= 0.95)
            tem5 = tem5.replacing(with: -0.95, where: tem5 .<= -0.95)
            tem5 = tem5.replacing(with: 0, where: .!active)
            eo1 = eo1 + tem5
            let magnitude = SIMDMath.abs(tem5)
            active = active .& (magnitude .>= 1.0e-12)
            if ktr == 10 || !SIMDMath.any(active) { break }
            let next: (sin: V, cos: V)
            if SIMDMath.any(magnitude .> 0.78) {
                next = SIMDMath.sinCos(eo1)
            } else {
                next = SIMDMath.rotateAdaptive(sin: sc.sin, cos: sc.cos, by: tem5)
            }
            sc.sin = sc.sin.replacing(with: next.sin, where: active)
            sc.cos = sc.cos.replacing(with: next.cos, where: active)
        }

        return Kepler(axnl: axnl, aynl: aynl, sinE: sc.sin, cosE: sc.cos)
    }

    /// States (written into `states`, in place: no copy of the result) from the Kepler
    /// solution: short-period periodics and TEME orientation; returns the semi-latus rectum
    /// `pl` and the radius `mrt` (Earth radii) the caller needs for the error codes. Lanes that fail hold meaningless numbers until the caller flags them.
    @usableFromInline @inline(never)
    static func shortPeriodic(
        gravity: (xke: Double, j2: Double, radius: Double), am: V, rootAm: V, nm: V, kepler k: Kepler, nodep: V,
        sinip: V, cosip: V, coefficients c: (aycof: V, xlcof: V, con41: V, x1mth2: V, x7thm1: V),
        states: inout LaneStates
    ) -> (pl: V, mrt: V) {
        let one = V(repeating: 1.0)
        let xke = gravity.xke
        let vkmpersec = gravity.radius * xke / 60.0
        let axnl = k.axnl
        let aynl = k.aynl
        let sc = (sin: k.sinE, cos: k.cosE)
        var tmp: V
        // ---- short period preliminary quantities ----
        let ecose: V = axnl * sc.cos + aynl * sc.sin
        let esine: V = axnl * sc.sin - aynl * sc.cos
        let el2: V = axnl * axnl + aynl * aynl
        let pl: V = am * (one - el2)
        let rl: V = am * (one - ecose)
        // One reciprocal of rl and of |u| instead of five divisions (1-ulp differences).
        let rlInverse: V = one / rl
        let rdotl: V = rootAm * esine * rlInverse
        let rvdotl: V = SIMDMath.sqrt(pl) * rlInverse
        let betal: V = SIMDMath.sqrt(one - el2)
        tmp = esine / (one + betal)
        let amOverRl: V = am * rlInverse
        let sinu: V = amOverRl * (sc.sin - aynl - axnl * tmp)
        let cosu: V = amOverRl * (sc.cos - axnl + aynl * tmp)
        let sin2u: V = (cosu + cosu) * sinu
        let cos2u: V = one - 2.0 * sinu * sinu
        tmp = one / pl
        let temp1: V = 0.5 * gravity.j2 * tmp
        let temp2: V = temp1 * tmp

        // ---- update for short period periodics ----
        let mrt: V = rl * (one - 1.5 * temp2 * betal * c.con41) + 0.5 * temp1 * c.x1mth2 * cos2u
        let deltaU: V = -0.25 * temp2 * c.x7thm1 * sin2u
        let xnode: V = nodep + 1.5 * temp2 * cosip * sin2u
        let deltaI: V = 1.5 * temp2 * cosip * sinip * cos2u
        let nmOverXke: V = nm * (1.0 / xke)
        let mvt: V = rdotl - nmOverXke * temp1 * c.x1mth2 * sin2u
        let rvdot: V = rvdotl + nmOverXke * temp1 * (c.x1mth2 * cos2u + 1.5 * c.con41)

        // ---- orientation vectors ----
        // sin²u + cos²u is 1 to rounding: one Newton step of 1/√x from 1 is exact to 1e-30;
        // anything farther from 1 takes the division.
        let squared: V = sinu * sinu + cosu * cosu
        var hypotInverse: V = 1.5 - 0.5 * squared
        if SIMDMath.any(SIMDMath.abs(squared - one) .> 1.0e-8) {
            hypotInverse = one / SIMDMath.sqrt(squared)
        }
        let scU = SIMDMath.rotateAdaptive(sin: sinu * hypotInverse, cos: cosu * hypotInverse, by: deltaU)
        let scNode = SIMDMath.sinCos(xnode)
        let scInc = SIMDMath.rotateAdaptive(sin: sinip, cos: cosip, by: deltaI)
        let xmx: V = -scNode.sin * scInc.cos
        let xmy: V = scNode.cos * scInc.cos
        let ux: V = xmx * scU.sin + scNode.cos * scU.cos
        let uy: V = xmy * scU.sin + scNode.sin * scU.cos
        let uz: V = scInc.sin * scU.sin
        let vx: V = xmx * scU.cos - scNode.cos * scU.sin
        let vy: V = xmy * scU.cos - scNode.sin * scU.sin
        let vz: V = scInc.sin * scU.cos

        let radius = gravity.radius
        states = LaneStates(
            x: (mrt * ux) * radius, y: (mrt * uy) * radius, z: (mrt * uz) * radius,
            vx: (mvt * ux + rvdot * vx) * vkmpersec, vy: (mvt * uy + rvdot * vy) * vkmpersec,
            vz: (mvt * uz + rvdot * vz) * vkmpersec)
        return (pl, mrt)
    }
}
