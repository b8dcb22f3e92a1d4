#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension DeepSpaceLanes {
    /// Secular gravity and drag (isimp is always set in deep space), Vallado's `dspace`
    /// (lunar-solar secular rates and the resonance integration), then the mean-element
    /// updates and the `fmod` reductions of `sgp4`.
    @usableFromInline @inline(never)
    func secular(minutesSinceEpoch t: V) -> Secular {
        let xke = p.gravity.xke
        let xmdf: V = p.mo + p.mdot * t
        let argpdf: V = p.argpo + p.argpdot * t
        let nodedf: V = p.nodeo + p.nodedot * t
        let t2: V = t * t
        var nodem: V = nodedf + p.nodecf * t2
        let tempa: V = 1.0 - p.cc1 * t
        let tempe: V = (p.bstar * p.cc4) * t
        let templ: V = p.t2cof * t2

        // ---- dspace ----
        let theta = SIMDMath.remainderTwoPi(d.gsto + t * DeepSpaceTerms.rptim)
        let em: V = p.ecco + d.dedt * t
        let inclm: V = p.inclo + d.didt * t
        let argpm: V = argpdf + d.domdt * t
        nodem = nodem + d.dnodt * t
        var mm: V = xmdf + d.dmdt * t
        var nm = V(repeating: p.noUnkozai)
        var base = V(repeating: p.semiMajorAxisBase)
        if d.irez != 0 {
            let r = resonance(minutesSinceEpoch: t)
            nm = r.nm
            if d.irez != 1 {
                mm = r.xl - 2.0 * nodem + 2.0 * theta
            } else {
                mm = r.xl - nodem - argpm + theta
            }
            let dndt: V = nm - p.noUnkozai
            nm = p.noUnkozai + dndt
            base = semiMajorAxisBase(meanMotion: nm)
        }

        let am: V = base * tempa * tempa
        let rootAm = SIMDMath.sqrt(am)
        let nmOut: V = xke / (am * rootAm)
        let emRaw: V = em - tempe
        let emClamped = emRaw.replacing(with: 1.0e-6, where: emRaw .< 1.0e-6)
        mm = mm + p.noUnkozai * templ
        let xlm: V = mm + argpm + nodem
        let nodeReduced = SIMDMath.remainderTwoPi(nodem)
        let argpReduced = SIMDMath.remainderTwoPi(argpm)
        let xlmReduced = SIMDMath.remainderTwoPi(xlm)
        let mmReduced = SIMDMath.remainderTwoPi(xlmReduced - argpReduced - nodeReduced)
        let mean = SGP4Lanes.MeanElements(
            am: am, rootAm: rootAm, nm: nmOut, em: emClamped, emRaw: emRaw, argpp: argpReduced, nodep: nodeReduced,
            mp: mmReduced)
        return Secular(mean: mean, nmChecked: nm, inclm: inclm)
    }

    /// `pow(xke / nm, 2/3)` (Earth radii) for the resonance-varied mean motion: the epoch
    /// value times (n₀/nm)^(2/3) by two Newton steps on y³ = r² from a second-order start
    /// (exact to rounding while |r − 1| < 1e-2, i.e. always for real resonant orbits); libm's
    /// pow lane by lane otherwise.
    @inlinable @inline(__always)
    func semiMajorAxisBase(meanMotion nm: V) -> V {
        let r: V = p.noUnkozai / nm
        let d: V = r - 1.0
        if SIMDMath.any(.!(SIMDMath.abs(d) .< 1.0e-2)) {
            var base = V()
            for lane in base.indices { base[lane] = pow(p.gravity.xke / nm[lane], 2.0 / 3.0) }
            return base
        }
        let r2: V = r * r
        var y: V = 1.0 + d * (2.0 / 3.0 - d * (1.0 / 9.0))
        y = (2.0 * y + r2 / (y * y)) * (1.0 / 3.0)
        y = (2.0 * y + r2 / (y * y)) * (1.0 / 3.0)
        return p.semiMajorAxisBase * y
    }

    /// The 12 h / 24 h resonance integration of `dspace` from epoch to `t` (720-minute
    /// Euler-Maclaurin steps): every lane steps until it is within one step of its own time,
    /// lanes that are done stay frozen, and the derivatives are those at each lane's last
    /// state, as in the reference.
    @usableFromInline @inline(never)
    func resonance(minutesSinceEpoch t: V) -> (nm: V, xl: V) {
        let stepp = 720.0
        let step2 = 259_200.0
        var atime = V()
        var xni = V(repeating: d.noUnkozai)
        var xli = V(repeating: d.xlamo)
        let delt = V(repeating: -stepp).replacing(with: stepp, where: t .> 0.0)
        var rates: (xndt: V, xldot: V, xnddt: V)
        while true {
            rates = resonanceRates(xli: xli, xni: xni, atime: atime)
            let stepping = SIMDMath.abs(t - atime) .>= stepp
            if !SIMDMath.any(stepping) { break }
            let nextXli: V = xli + rates.xldot * delt + rates.xndt * step2
            let nextXni: V = xni + rates.xndt * delt + rates.xnddt * step2
            xli = xli.replacing(with: nextXli, where: stepping)
            xni = xni.replacing(with: nextXni, where: stepping)
            atime = atime.replacing(with: atime + delt, where: stepping)
        }
        let ft: V = t - atime
        let nm: V = xni + rates.xndt * ft + rates.xnddt * ft * ft * 0.5
        let xl: V = xli + rates.xldot * ft + rates.xndt * ft * ft * 0.5
        return (nm, xl)
    }

    /// The resonance rates at one integrator state (`dspace`'s `xndt`, `xldot`, `xnddt`).
    @inlinable @inline(__always)
    func resonanceRates(xli: V, xni: V, atime: V) -> (xndt: V, xldot: V, xnddt: V) {
        let xldot: V = xni + d.xfact
        if d.irez != 2 {
            let fasx2 = 0.13130908
            let fasx4 = 2.8843198
            let fasx6 = 0.37448087
            let a1 = SIMDMath.sinCos(xli - fasx2)
            let a2 = SIMDMath.sinCos(2.0 * (xli - fasx4))
            let a3 = SIMDMath.sinCos(3.0 * (xli - fasx6))
            let xndt: V = d.del1 * a1.sin + d.del2 * a2.sin + d.del3 * a3.sin
            let xnddt: V = d.del1 * a1.cos + 2.0 * d.del2 * a2.cos + 3.0 * d.del3 * a3.cos
            return (xndt, xldot, xnddt * xldot)
        }
        let g22 = 5.7686396
        let g32 = 0.95240898
        let g44 = 1.8014998
        let g52 = 1.0508330
        let g54 = 4.4108898
        let xomi: V = d.argpo + d.argpdot * atime
        let x2omi: V = xomi + xomi
        let x2li: V = xli + xli
        let c2201 = SIMDMath.sinCos(x2omi + xli - g22)
        let c2211 = SIMDMath.sinCos(xli - g22)
        let c3210 = SIMDMath.sinCos(xomi + xli - g32)
        let c3222 = SIMDMath.sinCos(-xomi + xli - g32)
        let c4410 = SIMDMath.sinCos(x2omi + x2li - g44)
        let c4422 = SIMDMath.sinCos(x2li - g44)
        let c5220 = SIMDMath.sinCos(xomi + xli - g52)
        let c5232 = SIMDMath.sinCos(-xomi + xli - g52)
        let c5421 = SIMDMath.sinCos(xomi + x2li - g54)
        let c5433 = SIMDMath.sinCos(-xomi + x2li - g54)
        var xndt: V = d.d2201 * c2201.sin + d.d2211 * c2211.sin + d.d3210 * c3210.sin
        xndt = xndt + d.d3222 * c3222.sin + d.d4410 * c4410.sin + d.d4422 * c4422.sin
        xndt = xndt + d.d5220 * c5220.sin + d.d5232 * c5232.sin + d.d5421 * c5421.sin + d.d5433 * c5433.sin
        var xnddt: V = d.d2201 * c2201.cos + d.d2211 * c2211.cos + d.d3210 * c3210.cos
        xnddt = xnddt + d.d3222 * c3222.cos + d.d5220 * c5220.cos + d.d5232 * c5232.cos
        var fourth: V = d.d4410 * c4410.cos + d.d4422 * c4422.cos + d.d5421 * c5421.cos
        fourth = fourth + d.d5433 * c5433.cos
        xnddt = xnddt + 2.0 * fourth
        return (xndt, xldot, xnddt * xldot)
    }
}
