/// Four TEME states from the SIMD kernel; `code` is Vallado's error code per lane (0 = ok),
/// and lanes with an error hold NaN.
@usableFromInline
struct LaneStates {
    @usableFromInline var x: SIMD4<Double>, y: SIMD4<Double>, z: SIMD4<Double>
    @usableFromInline var vx: SIMD4<Double>, vy: SIMD4<Double>, vz: SIMD4<Double>
    @usableFromInline var code: SIMD4<Double>

    @inlinable init(
        x: SIMD4<Double>, y: SIMD4<Double>, z: SIMD4<Double>, vx: SIMD4<Double>, vy: SIMD4<Double>,
        vz: SIMD4<Double>, code: SIMD4<Double>
    ) {
        (self.x, self.y, self.z, self.vx, self.vy, self.vz, self.code) = (x, y, z, vx, vy, vz, code)
    }
}

extension NearEarthLanes {
    /// SGP4 for four near-earth satellites at `t` minutes since their own epochs: the scalar
    /// `SGP4Propagator.state(minutesSinceEpoch:)` transcribed to SIMD lanes.
    ///
    /// Differences from the scalar path are rounding-level: sines and cosines come from
    /// `SIMDMath`; the argument of latitude is rotated from (sin u, cos u) instead of going
    /// through atan2; the Kepler iterations and the drag term rotate (sin, cos) by their
    /// small steps; pow(a, 1.5) is a·√a. The verification tests hold both paths to the same
    /// tolerances.
    @inlinable @inline(__always)
    func states(minutesSinceEpoch t: V) -> LaneStates {
        let one = V(repeating: 1.0)
        let vkmpersec = radius * xke / 60.0

        // ---- secular gravity and atmospheric drag ----
        let xmdf: V = mo + mdot * t
        let argpdf: V = argpo + argpdot * t
        let nodedf: V = nodeo + nodedot * t
        let t2: V = t * t
        var nodem: V = nodedf + nodecf * t2
        var tempa: V = one - cc1 * t
        var tempe: V = bstarCC4 * t
        var templ: V = t2cof * t2

        let scXmdf = SIMDMath.sinCos(xmdf)
        let delomg: V = omgcof * t
        let delmtemp: V = one + eta * scXmdf.cos
        let delmCube: V = delmtemp * delmtemp * delmtemp
        let delm: V = xmcof * (delmCube - delmo)
        let temp: V = delomg + delm
        var mm: V = xmdf + temp
        var argpm: V = argpdf - temp
        let t3: V = t2 * t
        let t4: V = t3 * t
        tempa = tempa - d2 * t2 - d3 * t3 - d4 * t4
        let sinMm: V
        if any(temp .> 0.78) || any(temp .< -0.78) {
            sinMm = SIMDMath.sinCos(mm).sin
        } else {
            sinMm = SIMDMath.rotate(sin: scXmdf.sin, cos: scXmdf.cos, by: temp).sin
        }
        tempe = tempe + bstarCC5 * (sinMm - sinmao)
        let t4term: V = t4cof + t * t5cof
        templ = templ + t3cof * t3 + t4 * t4term

        let am: V = semiMajorBase * tempa * tempa
        let nm: V = xke / (am * am.squareRoot())
        var em: V = ecco - tempe
        var code = V()
        code.replace(with: 1.0, where: (em .>= 1.0) .| (em .< -0.001))
        code.replace(with: 2.0, where: noUnkozai .<= 0.0)
        em.replace(with: 1.0e-6, where: em .< 1.0e-6)
        mm = mm + noUnkozai * templ
        var xlm: V = mm + argpm
        xlm = xlm + nodem
        nodem = SIMDMath.remainderTwoPi(nodem)
        argpm = SIMDMath.remainderTwoPi(argpm)
        xlm = SIMDMath.remainderTwoPi(xlm)
        mm = SIMDMath.remainderTwoPi(xlm - argpm - nodem)

        // ---- long period periodics ----
        let scArgp = SIMDMath.sinCos(argpm)
        let axnl: V = em * scArgp.cos
        var tmp: V = one / (am * (one - em * em))
        let aynl: V = em * scArgp.sin + tmp * aycof
        let xl: V = mm + argpm + nodem + tmp * xlcof * axnl

        // ---- Kepler's equation, lanes frozen once converged as in the reference ----
        let u = SIMDMath.remainderTwoPi(xl - nodem)
        var eo1 = u
        var sc = SIMDMath.sinCos(eo1)
        var active = SIMDMask<SIMD4<Int64>>(repeating: true)
        for ktr in 1 ... 10 {
            var tem5: V = one - sc.cos * axnl - sc.sin * aynl
            let numerator: V = u - aynl * sc.cos + axnl * sc.sin - eo1
            tem5 = numerator / tem5
            tem5.replace(with: 0.95, where: tem5 .>= 0.95)
            tem5.replace(with: -0.95, where: tem5 .<= -0.95)
            tem5.replace(with: 0, where: .!active)
            eo1 = eo1 + tem5
            active = active .& ((tem5 .>= 1.0e-12) .| (tem5 .<= -1.0e-12))
            if ktr == 10 || !any(active) { break }
            let next: (sin: V, cos: V)
            if any(tem5 .> 0.78) || any(tem5 .< -0.78) {
                next = SIMDMath.sinCos(eo1)
            } else {
                next = SIMDMath.rotate(sin: sc.sin, cos: sc.cos, by: tem5)
            }
            sc.sin.replace(with: next.sin, where: active)
            sc.cos.replace(with: next.cos, where: active)
        }

        // ---- short period preliminary quantities ----
        let ecose: V = axnl * sc.cos + aynl * sc.sin
        let esine: V = axnl * sc.sin - aynl * sc.cos
        let el2: V = axnl * axnl + aynl * aynl
        let pl: V = am * (one - el2)
        let rl: V = am * (one - ecose)
        let rdotl: V = am.squareRoot() * esine / rl
        let rvdotl: V = pl.squareRoot() / rl
        let betal: V = (one - el2).squareRoot()
        tmp = esine / (one + betal)
        let amOverRl: V = am / rl
        let sinu: V = amOverRl * (sc.sin - aynl - axnl * tmp)
        let cosu: V = amOverRl * (sc.cos - axnl + aynl * tmp)
        let sin2u: V = (cosu + cosu) * sinu
        let cos2u: V = one - 2.0 * sinu * sinu
        tmp = one / pl
        let temp1: V = 0.5 * j2 * tmp
        let temp2: V = temp1 * tmp

        // ---- update for short period periodics ----
        let mrtA: V = rl * (one - 1.5 * temp2 * betal * con41)
        let mrt: V = mrtA + 0.5 * temp1 * x1mth2 * cos2u
        let deltaU: V = -0.25 * temp2 * x7thm1 * sin2u
        let xnode: V = nodem + 1.5 * temp2 * cosio * sin2u
        let deltaI: V = 1.5 * temp2 * cosio * sinio * cos2u
        let nmOverXke: V = nm / xke
        let mvt: V = rdotl - nmOverXke * temp1 * x1mth2 * sin2u
        let rvdotB: V = x1mth2 * cos2u + 1.5 * con41
        let rvdot: V = rvdotl + nmOverXke * temp1 * rvdotB

        // ---- orientation vectors ----
        let hypot: V = (sinu * sinu + cosu * cosu).squareRoot()
        let scU = SIMDMath.rotate(sin: sinu / hypot, cos: cosu / hypot, by: deltaU)
        let scNode = SIMDMath.sinCos(xnode)
        let scInc = SIMDMath.rotate(sin: sinio, cos: cosio, by: deltaI)
        let xmx: V = -scNode.sin * scInc.cos
        let xmy: V = scNode.cos * scInc.cos
        let ux: V = xmx * scU.sin + scNode.cos * scU.cos
        let uy: V = xmy * scU.sin + scNode.sin * scU.cos
        let uz: V = scInc.sin * scU.sin
        let vx: V = xmx * scU.cos - scNode.cos * scU.sin
        let vy: V = xmy * scU.cos - scNode.sin * scU.sin
        let vz: V = scInc.sin * scU.cos

        code.replace(with: 6.0, where: (mrt .< 1.0) .& (code .== 0.0))
        code.replace(with: 4.0, where: (pl .< 0.0) .& ((code .== 0.0) .| (code .== 6.0)))
        let failed = code .!= 0.0
        let nan = V(repeating: .nan)
        var states = LaneStates(
            x: (mrt * ux) * radius, y: (mrt * uy) * radius, z: (mrt * uz) * radius,
            vx: (mvt * ux + rvdot * vx) * vkmpersec, vy: (mvt * uy + rvdot * vy) * vkmpersec,
            vz: (mvt * uz + rvdot * vz) * vkmpersec, code: code)
        if any(failed) {
            states.x.replace(with: nan, where: failed)
            states.y.replace(with: nan, where: failed)
            states.z.replace(with: nan, where: failed)
            states.vx.replace(with: nan, where: failed)
            states.vy.replace(with: nan, where: failed)
            states.vz.replace(with: nan, where: failed)
        }
        return states
    }
}
