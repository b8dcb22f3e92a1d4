#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension DeepSpaceTerms {
    /// Vallado's `dsinit`: lunar-solar secular rates and, for 12 h and 24 h orbits, the
    /// resonance coefficients (at epoch, t = 0).
    mutating func initialiseResonance(
        _ c: LunarSolarCommon, ecco: Double, eccsq: Double, inclm: Double, mo: Double, nodeo: Double,
        mdot: Double, nodedot: Double, xpidot: Double, xke: Double
    ) {
        let twopi = 2.0 * Double.pi
        let q22 = 1.7891679e-6
        let q31 = 2.1460748e-6
        let q33 = 2.2123015e-7
        let root22 = 1.7891679e-6
        let root44 = 7.3636953e-9
        let root54 = 2.1765803e-9
        let rptim = Self.rptim
        let root32 = 3.7393792e-7
        let root52 = 1.1428639e-7
        let x2o3 = 2.0 / 3.0
        let znl = Self.znl
        let zns = Self.zns
        let nm = noUnkozai
        let em = ecco
        let emsq = c.emsq
        let cosim = c.cosim
        let sinim = c.sinim

        irez = 0
        if 0.0034906585 < nm && nm < 0.0052359877 { irez = 1 }
        if 8.26e-3 <= nm && nm <= 9.24e-3 && em >= 0.5 { irez = 2 }

        let ses = c.ss1 * zns * c.ss5
        let sis = c.ss2 * zns * (c.sz11 + c.sz13)
        let sls = -zns * c.ss3 * (c.sz1 + c.sz3 - 14.0 - 6.0 * emsq)
        let sghs = c.ss4 * zns * (c.sz31 + c.sz33 - 6.0)
        var shs = -zns * c.ss2 * (c.sz21 + c.sz23)
        if inclm < 5.2359877e-2 || inclm > Double.pi - 5.2359877e-2 { shs = 0.0 }
        if sinim != 0.0 { shs = shs / sinim }
        let sgs = sghs - cosim * shs

        dedt = ses + c.s1 * znl * c.s5
        didt = sis + c.s2 * znl * (c.z11 + c.z13)
        dmdt = sls - znl * c.s3 * (c.z1 + c.z3 - 14.0 - 6.0 * emsq)
        let sghl = c.s4 * znl * (c.z31 + c.z33 - 6.0)
        var shll = -znl * c.s2 * (c.z21 + c.z23)
        if inclm < 5.2359877e-2 || inclm > Double.pi - 5.2359877e-2 { shll = 0.0 }
        domdt = sgs + sghl
        dnodt = shs
        if sinim != 0.0 {
            domdt = domdt - cosim / sinim * shll
            dnodt = dnodt + shll / sinim
        }

        let theta = gsto.truncatingRemainder(dividingBy: twopi)  // tc = 0 at initialisation
        guard irez != 0 else { return }
        let aonv = pow(nm / xke, x2o3)

        if irez == 2 {
            let cosisq = cosim * cosim
            let em = ecco
            let emsq = eccsq
            let eoc = em * emsq
            let g201 = -0.306 - (em - 0.64) * 0.440
            let g211: Double, g310: Double, g322: Double, g410: Double, g422: Double, g520: Double
            if em <= 0.65 {
                g211 = 3.616 - 13.2470 * em + 16.2900 * emsq
                g310 = -19.302 + 117.3900 * em - 228.4190 * emsq + 156.5910 * eoc
                g322 = -18.9068 + 109.7927 * em - 214.6334 * emsq + 146.5816 * eoc
                g410 = -41.122 + 242.6940 * em - 471.0940 * emsq + 313.9530 * eoc
                g422 = -146.407 + 841.8800 * em - 1629.014 * emsq + 1083.4350 * eoc
                g520 = -532.114 + 3017.977 * em - 5740.032 * emsq + 3708.2760 * eoc
            } else {
                g211 = -72.099 + 331.819 * em - 508.738 * emsq + 266.724 * eoc
                g310 = -346.844 + 1582.851 * em - 2415.925 * emsq + 1246.113 * eoc
                g322 = -342.585 + 1554.908 * em - 2366.899 * emsq + 1215.972 * eoc
                g410 = -1052.797 + 4758.686 * em - 7193.992 * emsq + 3651.957 * eoc
                g422 = -3581.690 + 16178.110 * em - 24462.770 * emsq + 12422.520 * eoc
                if em > 0.715 {
                    g520 = -5149.66 + 29936.92 * em - 54087.36 * emsq + 31324.56 * eoc
                } else {
                    g520 = 1464.74 - 4664.75 * em + 3763.64 * emsq
                }
            }
            let g533: Double, g521: Double, g532: Double
            if em < 0.7 {
                g533 = -919.22770 + 4988.6100 * em - 9064.7700 * emsq + 5542.21 * eoc
                g521 = -822.71072 + 4568.6173 * em - 8491.4146 * emsq + 5337.524 * eoc
                g532 = -853.66600 + 4690.2500 * em - 8624.7700 * emsq + 5341.4 * eoc
            } else {
                g533 = -37995.780 + 161616.52 * em - 229838.20 * emsq + 109377.94 * eoc
                g521 = -51752.104 + 218913.95 * em - 309468.16 * emsq + 146349.42 * eoc
                g532 = -40023.880 + 170470.89 * em - 242699.48 * emsq + 115605.82 * eoc
            }
            let sini2 = sinim * sinim
            let f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq)
            let f221 = 1.5 * sini2
            let f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq)
            let f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq)
            let f441 = 35.0 * sini2 * f220
            let f442 = 39.3750 * sini2 * sini2
            let f522 =
                9.84375 * sinim
                * (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq) + 0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq))
            let f523 =
                sinim
                * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq) + 6.56250012
                    * (1.0 + 2.0 * cosim - 3.0 * cosisq))
            let f542 = 29.53125 * sinim * (2.0 - 8.0 * cosim + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq))
            let f543 = 29.53125 * sinim * (-2.0 - 8.0 * cosim + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq))
            let xno2 = nm * nm
            let ainv2 = aonv * aonv
            var temp1 = 3.0 * xno2 * ainv2
            var temp = temp1 * root22
            d2201 = temp * f220 * g201
            d2211 = temp * f221 * g211
            temp1 = temp1 * aonv
            temp = temp1 * root32
            d3210 = temp * f321 * g310
            d3222 = temp * f322 * g322
            temp1 = temp1 * aonv
            temp = 2.0 * temp1 * root44
            d4410 = temp * f441 * g410
            d4422 = temp * f442 * g422
            temp1 = temp1 * aonv
            temp = temp1 * root52
            d5220 = temp * f522 * g520
            d5232 = temp * f523 * g532
            temp = 2.0 * temp1 * root54
            d5421 = temp * f542 * g521
            d5433 = temp * f543 * g533
            xlamo = (mo + nodeo + nodeo - theta - theta).truncatingRemainder(dividingBy: twopi)
            xfact = mdot + dmdt + 2.0 * (nodedot + dnodt - rptim) - noUnkozai
        }
        if irez == 1 {
            let g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq)
            let g310 = 1.0 + 2.0 * emsq
            let g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq)
            let f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim)
            let f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim)
            var f330 = 1.0 + cosim
            f330 = 1.875 * f330 * f330 * f330
            del1 = 3.0 * nm * nm * aonv * aonv
            del2 = 2.0 * del1 * f220 * g200 * q22
            del3 = 3.0 * del1 * f330 * g300 * q33 * aonv
            del1 = del1 * f311 * g310 * q31 * aonv
            xlamo = (mo + nodeo + argpo - theta).truncatingRemainder(dividingBy: twopi)
            xfact = mdot + xpidot - rptim + dmdt + domdt + dnodt - noUnkozai
        }
    }

    /// Vallado's `dspace`: lunar-solar secular effects and the resonance integration from
    /// epoch to `t` minutes (720-minute Euler-Maclaurin steps, always restarted at epoch so
    /// the result does not depend on earlier calls).
    @inlinable
    func applySecular(
        t: Double, em: inout Double, argpm: inout Double, inclm: inout Double, mm: inout Double,
        nodem: inout Double, nm: inout Double
    ) {
        let fasx2 = 0.13130908
        let fasx4 = 2.8843198
        let fasx6 = 0.37448087
        let g22 = 5.7686396
        let g32 = 0.95240898
        let g44 = 1.8014998
        let g52 = 1.0508330
        let g54 = 4.4108898
        let stepp = 720.0
        let stepn = -720.0
        let step2 = 259_200.0

        let theta = (gsto + t * Self.rptim).truncatingRemainder(dividingBy: 2.0 * Double.pi)
        em = em + dedt * t
        inclm = inclm + didt * t
        argpm = argpm + domdt * t
        nodem = nodem + dnodt * t
        mm = mm + dmdt * t

        guard irez != 0 else { return }
        var atime = 0.0
        var xni = noUnkozai
        var xli = xlamo
        let delt = t > 0.0 ? stepp : stepn
        var ft = 0.0
        var xndt = 0.0, xldot = 0.0, xnddt = 0.0
        while true {
            if irez != 2 {
                xndt = del1 * sin(xli - fasx2) + del2 * sin(2.0 * (xli - fasx4)) + del3 * sin(3.0 * (xli - fasx6))
                xldot = xni + xfact
                xnddt =
                    del1 * cos(xli - fasx2) + 2.0 * del2 * cos(2.0 * (xli - fasx4)) + 3.0 * del3
                    * cos(3.0 * (xli - fasx6))
                xnddt = xnddt * xldot
            } else {
                let xomi = argpo + argpdot * atime
                let x2omi = xomi + xomi
                let x2li = xli + xli
                xndt =
                    (d2201 * sin(x2omi + xli - g22) + d2211 * sin(xli - g22) + d3210 * sin(xomi + xli - g32)
                        + d3222 * sin(-xomi + xli - g32) + d4410 * sin(x2omi + x2li - g44) + d4422
                        * sin(x2li - g44) + d5220 * sin(xomi + xli - g52) + d5232 * sin(-xomi + xli - g52)
                        + d5421 * sin(xomi + x2li - g54) + d5433 * sin(-xomi + x2li - g54))
                xldot = xni + xfact
                xnddt =
                    (d2201 * cos(x2omi + xli - g22) + d2211 * cos(xli - g22) + d3210 * cos(xomi + xli - g32)
                        + d3222 * cos(-xomi + xli - g32) + d5220 * cos(xomi + xli - g52) + d5232
                        * cos(-xomi + xli - g52) + 2.0
                        * (d4410 * cos(x2omi + x2li - g44) + d4422 * cos(x2li - g44) + d5421
                            * cos(xomi + x2li - g54) + d5433 * cos(-xomi + x2li - g54)))
                xnddt = xnddt * xldot
            }
            if abs(t - atime) >= stepp {
                xli = xli + xldot * delt + xndt * step2
                xni = xni + xndt * delt + xnddt * step2
                atime = atime + delt
            } else {
                ft = t - atime
                break
            }
        }
        nm = xni + xndt * ft + xnddt * ft * ft * 0.5
        let xl = xli + xldot * ft + xndt * ft * ft * 0.5
        if irez != 1 {
            mm = xl - 2.0 * nodem + 2.0 * theta
        } else {
            mm = xl - nodem - argpm + theta
        }
        // dndt = nm - no; nm = no + dndt, as the reference writes it.
        let dndt = nm - noUnkozai
        nm = noUnkozai + dndt
    }
}
