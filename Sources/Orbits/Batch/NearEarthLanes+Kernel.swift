extension NearEarthLanes {
    /// SGP4 for one lane vector of near-earth lanes at `t` minutes since their own epochs: the scalar
    /// `SGP4Propagator.state(minutesSinceEpoch:)` transcribed to SIMD lanes.
    ///
    /// Differences from the scalar path are rounding-level: sines and cosines come from
    /// `SIMDMath`; sin(mm) is rotated from sin/cos(xmdf); the Kepler iterations rotate
    /// (sin, cos) by their small steps; the argument of latitude is rotated from (sin u, cos u)
    /// instead of going through atan2; pow(a, 1.5) is a·√a. The verification tests hold both
    /// paths to the same tolerances and error codes.
    @inlinable @inline(__always)
    func states(minutesSinceEpoch t: V) -> LaneStates {
        let m = secular(minutesSinceEpoch: t)
        let kepler = SGP4Lanes.kepler(
            am: m.am, ep: m.em, argpp: m.argpp, nodep: m.nodep, mp: m.mp, aycof: aycof, xlcof: xlcof)
        var states = LaneStates()
        let tail = SGP4Lanes.shortPeriodic(
            gravity: (xke: xke, j2: j2, radius: radius), am: m.am, rootAm: m.rootAm, nm: m.nm, kepler: kepler,
            nodep: m.nodep,
            sinip: sinio, cosip: cosio,
            coefficients: (aycof: aycof, xlcof: xlcof, con41: con41, x1mth2: x1mth2, x7thm1: x7thm1),
            states: &states)
        let suspect =
            (m.emRaw .>= 1.0) .| (m.emRaw .< -0.001) .| (tail.pl .< 0.0) .| (tail.mrt .< 1.0)
            .| (noUnkozai .<= 0.0)
        if SIMDMath.any(suspect) {
            states.flagErrors(
                meanMotion: noUnkozai, meanEccentricity: m.emRaw, perturbedEccentricity: nil,
                semiLatusRectum: tail.pl, radius: tail.mrt)
        }
        return states
    }

    /// Mean elements at `t` after secular gravity and drag, angles reduced as the reference
    /// does (`fmod` by 2π): the first stage of `states(minutesSinceEpoch:)`.
    @usableFromInline @inline(never)
    func secular(minutesSinceEpoch t: V) -> SGP4Lanes.MeanElements {
        let one = V(repeating: 1.0)
        let xmdf: V = mo + mdot * t
        let argpdf: V = argpo + argpdot * t
        let nodedf: V = nodeo + nodedot * t
        let t2: V = t * t
        let t3: V = t2 * t
        let t4: V = t3 * t
        let nodem: V = nodedf + nodecf * t2
        let scXmdf = SIMDMath.sinCos(xmdf)
        let delmtemp: V = one + eta * scXmdf.cos
        let delm: V = xmcof * (delmtemp * delmtemp * delmtemp - delmo)
        let temp: V = omgcof * t + delm
        let mm: V = xmdf + temp
        let argpm: V = argpdf - temp
        let sinMm: V
        if SIMDMath.any(SIMDMath.abs(temp) .> 0.78) {
            sinMm = SIMDMath.sinCos(mm).sin
        } else {
            let k = SIMDMath.adaptiveKernelSinCos(temp)
            sinMm = scXmdf.sin * k.cos + scXmdf.cos * k.sin
        }
        let tempa: V = one - cc1 * t - d2 * t2 - d3 * t3 - d4 * t4
        let tempe: V = bstarCC4 * t + bstarCC5 * (sinMm - sinmao)
        let templ: V = t2cof * t2 + t3cof * t3 + t4 * (t4cof + t * t5cof)

        let am: V = semiMajorBase * tempa * tempa
        let rootAm = SIMDMath.sqrt(am)
        let nm: V = xke / (am * rootAm)
        let emRaw: V = ecco - tempe
        let em = emRaw.replacing(with: 1.0e-6, where: emRaw .< 1.0e-6)
        let mmDrag: V = mm + noUnkozai * templ
        let xlm: V = mmDrag + argpm + nodem
        let nodeReduced = SIMDMath.remainderTwoPi(nodem)
        let argpReduced = SIMDMath.remainderTwoPi(argpm)
        let xlmReduced = SIMDMath.remainderTwoPi(xlm)
        let mmReduced = SIMDMath.remainderTwoPi(xlmReduced - argpReduced - nodeReduced)
        return SGP4Lanes.MeanElements(
            am: am, rootAm: rootAm, nm: nm, em: em, emRaw: emRaw, argpp: argpReduced, nodep: nodeReduced, mp: mmReduced)
    }
}
