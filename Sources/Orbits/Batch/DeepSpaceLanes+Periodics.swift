#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension DeepSpaceLanes {
    /// Vallado's `dpper` (lunar-solar long-period periodics), the negative-inclination flip and
    /// the inclination-dependent coefficients of `sgp4`.
    @usableFromInline @inline(never)
    func periodics(_ s: Secular, minutesSinceEpoch t: V) -> Periodic {
        let zns = DeepSpaceTerms.zns
        let zes = DeepSpaceTerms.zes
        let znl = DeepSpaceTerms.znl
        let zel = DeepSpaceTerms.zel
        let m = s.mean

        var zm: V = d.zmos + zns * t
        var zf: V = zm + 2.0 * zes * SIMDMath.sinCos(zm).sin
        var scf = SIMDMath.sinCos(zf)
        var f2: V = 0.5 * scf.sin * scf.sin - 0.25
        var f3: V = -0.5 * scf.sin * scf.cos
        let ses: V = d.se2 * f2 + d.se3 * f3
        let sis: V = d.si2 * f2 + d.si3 * f3
        let sls: V = d.sl2 * f2 + d.sl3 * f3 + d.sl4 * scf.sin
        let sghs: V = d.sgh2 * f2 + d.sgh3 * f3 + d.sgh4 * scf.sin
        let shs: V = d.sh2 * f2 + d.sh3 * f3
        zm = d.zmol + znl * t
        zf = zm + 2.0 * zel * SIMDMath.sinCos(zm).sin
        scf = SIMDMath.sinCos(zf)
        f2 = 0.5 * scf.sin * scf.sin - 0.25
        f3 = -0.5 * scf.sin * scf.cos
        let sel: V = d.ee2 * f2 + d.e3 * f3
        let sil: V = d.xi2 * f2 + d.xi3 * f3
        let sll: V = d.xl2 * f2 + d.xl3 * f3 + d.xl4 * scf.sin
        let sghl: V = d.xgh2 * f2 + d.xgh3 * f3 + d.xgh4 * scf.sin
        let shll: V = d.xh2 * f2 + d.xh3 * f3
        let pe: V = ses + sel
        let pinc: V = sis + sil
        let pl: V = sls + sll
        let pgh: V = sghs + sghl
        let ph: V = shs + shll

        let inclp: V = s.inclm + pinc
        let ep: V = m.em + pe
        let scInc = SIMDMath.sinCos(inclp)
        let sinip = scInc.sin
        let cosip = scInc.cos

        // Lyddane choice per lane (GSFC variant on the perturbed inclination, 0.2 rad).
        let high = inclp .>= 0.2
        var nodep: V
        var argpp: V
        var mp: V
        if SIMDMath.any(.!high) {
            var low = lowInclination(
                pinc: pinc, pl: pl, pgh: pgh, ph: ph, sinip: sinip, cosip: cosip, nodep: m.nodep, argpp: m.argpp,
                mp: m.mp)
            if SIMDMath.any(high) {
                let h = highInclination(pl: pl, pgh: pgh, ph: ph, sinip: sinip, cosip: cosip, m: m)
                low.nodep = low.nodep.replacing(with: h.nodep, where: high)
                low.argpp = low.argpp.replacing(with: h.argpp, where: high)
                low.mp = low.mp.replacing(with: h.mp, where: high)
            }
            (nodep, argpp, mp) = (low.nodep, low.argpp, low.mp)
        } else {
            (nodep, argpp, mp) = highInclination(pl: pl, pgh: pgh, ph: ph, sinip: sinip, cosip: cosip, m: m)
        }

        // ---- negative inclination: flip (sin and cos of −i are −sin i and cos i) ----
        let flip = inclp .< 0.0
        var sinFlipped = sinip
        if SIMDMath.any(flip) {
            sinFlipped = sinip.replacing(with: -sinip, where: flip)
            nodep = nodep.replacing(with: nodep + Double.pi, where: flip)
            argpp = argpp.replacing(with: argpp - Double.pi, where: flip)
        }
        let j3oj2 = p.gravity.j3OverJ2
        let aycof: V = -0.5 * j3oj2 * sinFlipped
        let onePlusCos: V = 1.0 + cosip
        let divisor = onePlusCos.replacing(with: 1.5e-12, where: SIMDMath.abs(cosip + 1.0) .<= 1.5e-12)
        let xlcof: V = -0.25 * j3oj2 * sinFlipped * (3.0 + 5.0 * cosip) / divisor
        let cosisq: V = cosip * cosip
        return Periodic(
            ep: ep, argpp: argpp, nodep: nodep, mp: mp, sinip: sinFlipped, cosip: cosip, aycof: aycof, xlcof: xlcof,
            con41: 3.0 * cosisq - 1.0, x1mth2: 1.0 - cosisq, x7thm1: 7.0 * cosisq - 1.0)
    }

    /// The `inclp >= 0.2` branch of `dpper`.
    @inlinable @inline(__always)
    func highInclination(
        pl: V, pgh: V, ph: V, sinip: V, cosip: V, m: SGP4Lanes.MeanElements
    ) -> (
        nodep: V, argpp: V, mp: V
    ) {
        let phOverSin: V = ph / sinip
        let pghCorrected: V = pgh - cosip * phOverSin
        return (m.nodep + phOverSin, m.argpp + pghCorrected, m.mp + pl)
    }

    /// The `inclp < 0.2` branch of `dpper` (Lyddane's modification near zero inclination),
    /// with libm's atan2 per lane.
    @usableFromInline @inline(never)
    func lowInclination(
        pinc: V, pl: V, pgh: V, ph: V, sinip: V, cosip: V, nodep node: V, argpp: V, mp: V
    ) -> (
        nodep: V, argpp: V, mp: V
    ) {
        let twopi = 2.0 * Double.pi
        let afspc = p.mode == .afspc
        let scNode = SIMDMath.sinCos(node)
        let alfdp: V = sinip * scNode.sin + (ph * scNode.cos + pinc * cosip * scNode.sin)
        let betdp: V = sinip * scNode.cos + (-ph * scNode.sin + pinc * cosip * scNode.cos)
        var nodep = SIMDMath.remainderTwoPi(node)
        if afspc { nodep = nodep.replacing(with: nodep + twopi, where: nodep .< 0.0) }
        var xls: V = mp + argpp + cosip * nodep
        let dls: V = pl + pgh - pinc * nodep * sinip
        xls = xls + dls
        let xnoh = nodep
        for lane in nodep.indices { nodep[lane] = atan2(alfdp[lane], betdp[lane]) }
        if afspc { nodep = nodep.replacing(with: nodep + twopi, where: nodep .< 0.0) }
        let wrapped = SIMDMath.abs(xnoh - nodep) .> Double.pi
        if SIMDMath.any(wrapped) {
            let unwound = nodep.replacing(with: nodep - twopi, where: nodep .>= xnoh)
            nodep = nodep.replacing(with: unwound.replacing(with: nodep + twopi, where: nodep .< xnoh), where: wrapped)
        }
        let mpOut: V = mp + pl
        return (nodep, xls - mpOut - cosip * nodep, mpOut)
    }
}
