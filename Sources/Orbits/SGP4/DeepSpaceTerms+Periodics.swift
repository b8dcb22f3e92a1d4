#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension DeepSpaceTerms {
    /// Vallado's `dpper` after initialisation: lunar-solar long-period periodics applied to the
    /// mean elements at `t` minutes since epoch (zero at epoch by design).
    @inlinable
    func applyPeriodics(
        t: Double, mode: OperationMode, ep: inout Double, inclp: inout Double, nodep: inout Double,
        argpp: inout Double, mp: inout Double
    ) {
        let twopi = 2.0 * Double.pi
        let zns = Self.zns
        let zes = Self.zes
        let znl = Self.znl
        let zel = Self.zel

        var zm = zmos + zns * t
        var zf = zm + 2.0 * zes * sin(zm)
        var sinzf = sin(zf)
        var f2 = 0.5 * sinzf * sinzf - 0.25
        var f3 = -0.5 * sinzf * cos(zf)
        let ses = se2 * f2 + se3 * f3
        let sis = si2 * f2 + si3 * f3
        let sls = sl2 * f2 + sl3 * f3 + sl4 * sinzf
        let sghs = sgh2 * f2 + sgh3 * f3 + sgh4 * sinzf
        let shs = sh2 * f2 + sh3 * f3
        zm = zmol + znl * t
        zf = zm + 2.0 * zel * sin(zm)
        sinzf = sin(zf)
        f2 = 0.5 * sinzf * sinzf - 0.25
        f3 = -0.5 * sinzf * cos(zf)
        let sel = ee2 * f2 + e3 * f3
        let sil = xi2 * f2 + xi3 * f3
        let sll = xl2 * f2 + xl3 * f3 + xl4 * sinzf
        let sghl = xgh2 * f2 + xgh3 * f3 + xgh4 * sinzf
        let shll = xh2 * f2 + xh3 * f3
        // peo, pinco, plo, pgho and pho are zero after initialisation.
        let pe = ses + sel
        let pinc = sis + sil
        let pl = sls + sll
        var pgh = sghs + sghl
        var ph = shs + shll

        inclp = inclp + pinc
        ep = ep + pe
        let sinip = sin(inclp)
        let cosip = cos(inclp)

        // Lyddane choice (GSFC variant on the perturbed inclination, 0.2 rad = 11.46°).
        if inclp >= 0.2 {
            ph = ph / sinip
            pgh = pgh - cosip * ph
            argpp = argpp + pgh
            nodep = nodep + ph
            mp = mp + pl
        } else {
            let sinop = sin(nodep)
            let cosop = cos(nodep)
            var alfdp = sinip * sinop
            var betdp = sinip * cosop
            let dalf = ph * cosop + pinc * cosip * sinop
            let dbet = -ph * sinop + pinc * cosip * cosop
            alfdp = alfdp + dalf
            betdp = betdp + dbet
            nodep = nodep.truncatingRemainder(dividingBy: twopi)
            if nodep < 0.0 && mode == .afspc { nodep = nodep + twopi }
            var xls = mp + argpp + cosip * nodep
            let dls = pl + pgh - pinc * nodep * sinip
            xls = xls + dls
            let xnoh = nodep
            nodep = atan2(alfdp, betdp)
            if nodep < 0.0 && mode == .afspc { nodep = nodep + twopi }
            if abs(xnoh - nodep) > Double.pi {
                if nodep < xnoh {
                    nodep = nodep + twopi
                } else {
                    nodep = nodep - twopi
                }
            }
            mp = mp + pl
            argpp = xls - mp - cosip * nodep
        }
    }
}
