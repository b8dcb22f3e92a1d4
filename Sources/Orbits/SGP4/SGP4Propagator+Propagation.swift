#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SGP4Propagator {
    /// The TEME state `tsince` minutes after the element set's epoch (Vallado's `sgp4`).
    ///
    /// Angle reductions use `fmod` semantics and the operation order of Vallado's C++, so
    /// results match `tcppver.out` to its printed precision near earth.
    /// - Throws: `SGP4Error` with Vallado's code when the orbit cannot be propagated to
    ///   that time (eccentricity out of range, decayed, ...).
    @inlinable
    public func state(minutesSinceEpoch tsince: Double) throws(SGP4Error) -> StateVector {
        let twopi = 2.0 * Double.pi
        let x2o3 = 2.0 / 3.0
        let xke = gravity.xke
        let j2 = gravity.j2
        let vkmpersec = gravity.radius * xke / 60.0
        let t = tsince
        guard abs(t) <= 1e8 else {
            throw SGP4Error(code: .timeOutOfRange, minutesSinceEpoch: t, value: t)
        }

        // ---- secular gravity and atmospheric drag ----
        let xmdf = mo + mdot * t
        let argpdf = argpo + argpdot * t
        let nodedf = nodeo + nodedot * t
        var argpm = argpdf
        var mm = xmdf
        let t2 = t * t
        var nodem = nodedf + nodecf * t2
        var tempa = 1.0 - cc1 * t
        var tempe = bstar * cc4 * t
        var templ = t2cof * t2

        if !isimp {
            let delomg = omgcof * t
            let delmtemp = 1.0 + eta * cos(xmdf)
            let delm = xmcof * (delmtemp * delmtemp * delmtemp - delmo)
            let temp = delomg + delm
            mm = xmdf + temp
            argpm = argpdf - temp
            let t3 = t2 * t
            let t4 = t3 * t
            tempa = tempa - d2 * t2 - d3 * t3 - d4 * t4
            tempe = tempe + bstar * cc5 * (sin(mm) - sinmao)
            templ = templ + t3cof * t3 + t4 * (t4cof + t * t5cof)
        }

        var nm = noUnkozai
        var em = ecco
        var inclm = inclo
        if let deepSpace {
            deepSpace.applySecular(t: t, em: &em, argpm: &argpm, inclm: &inclm, mm: &mm, nodem: &nodem, nm: &nm)
        }

        if nm <= 0.0 {
            throw SGP4Error(code: .meanMotionNotPositive, minutesSinceEpoch: t, value: nm)
        }
        let am = pow(xke / nm, x2o3) * tempa * tempa
        nm = xke / pow(am, 1.5)
        em = em - tempe

        if em >= 1.0 || em < -0.001 {
            throw SGP4Error(code: .meanEccentricityOutOfRange, minutesSinceEpoch: t, value: em)
        }
        if em < 1.0e-6 { em = 1.0e-6 }
        mm = mm + noUnkozai * templ
        var xlm = mm + argpm + nodem
        nodem = nodem.truncatingRemainder(dividingBy: twopi)
        argpm = argpm.truncatingRemainder(dividingBy: twopi)
        xlm = xlm.truncatingRemainder(dividingBy: twopi)
        mm = (xlm - argpm - nodem).truncatingRemainder(dividingBy: twopi)

        // ---- lunar-solar periodics ----
        var ep = em
        var xincp = inclm
        var argpp = argpm
        var nodep = nodem
        var mp = mm
        var sinip = sin(inclm)
        var cosip = cos(inclm)
        var aycof = self.aycof
        var xlcof = self.xlcof
        var con41 = self.con41
        var x1mth2 = self.x1mth2
        var x7thm1 = self.x7thm1
        if let deepSpace {
            deepSpace.applyPeriodics(t: t, mode: mode, ep: &ep, inclp: &xincp, nodep: &nodep, argpp: &argpp, mp: &mp)
            if xincp < 0.0 {
                xincp = -xincp
                nodep = nodep + Double.pi
                argpp = argpp - Double.pi
            }
            if ep < 0.0 || ep > 1.0 {
                throw SGP4Error(code: .perturbedEccentricityOutOfRange, minutesSinceEpoch: t, value: ep)
            }
            sinip = sin(xincp)
            cosip = cos(xincp)
            aycof = -0.5 * gravity.j3OverJ2 * sinip
            if abs(cosip + 1.0) > 1.5e-12 {
                xlcof = -0.25 * gravity.j3OverJ2 * sinip * (3.0 + 5.0 * cosip) / (1.0 + cosip)
            } else {
                xlcof = -0.25 * gravity.j3OverJ2 * sinip * (3.0 + 5.0 * cosip) / 1.5e-12
            }
            let cosisq = cosip * cosip
            con41 = 3.0 * cosisq - 1.0
            x1mth2 = 1.0 - cosisq
            x7thm1 = 7.0 * cosisq - 1.0
        }

        // ---- long period periodics ----
        let axnl = ep * cos(argpp)
        var temp = 1.0 / (am * (1.0 - ep * ep))
        let aynl = ep * sin(argpp) + temp * aycof
        let xl = mp + argpp + nodep + temp * xlcof * axnl

        // ---- Kepler's equation ----
        let u = (xl - nodep).truncatingRemainder(dividingBy: twopi)
        var eo1 = u
        var tem5 = 9999.9
        var ktr = 1
        var sineo1 = 0.0
        var coseo1 = 0.0
        while abs(tem5) >= 1.0e-12 && ktr <= 10 {
            sineo1 = sin(eo1)
            coseo1 = cos(eo1)
            tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl
            tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5
            if abs(tem5) >= 0.95 {
                tem5 = tem5 > 0.0 ? 0.95 : -0.95
            }
            eo1 = eo1 + tem5
            ktr += 1
        }

        // ---- short period preliminary quantities ----
        let ecose = axnl * coseo1 + aynl * sineo1
        let esine = axnl * sineo1 - aynl * coseo1
        let el2 = axnl * axnl + aynl * aynl
        let pl = am * (1.0 - el2)
        if pl < 0.0 {
            throw SGP4Error(code: .semiLatusRectumNegative, minutesSinceEpoch: t, value: pl)
        }
        let rl = am * (1.0 - ecose)
        let rdotl = am.squareRoot() * esine / rl
        let rvdotl = pl.squareRoot() / rl
        let betal = (1.0 - el2).squareRoot()
        temp = esine / (1.0 + betal)
        let sinu = am / rl * (sineo1 - aynl - axnl * temp)
        let cosu = am / rl * (coseo1 - axnl + aynl * temp)
        var su = atan2(sinu, cosu)
        let sin2u = (cosu + cosu) * sinu
        let cos2u = 1.0 - 2.0 * sinu * sinu
        temp = 1.0 / pl
        let temp1 = 0.5 * j2 * temp
        let temp2 = temp1 * temp

        // ---- update for short period periodics ----
        let mrt = rl * (1.0 - 1.5 * temp2 * betal * con41) + 0.5 * temp1 * x1mth2 * cos2u
        su = su - 0.25 * temp2 * x7thm1 * sin2u
        let xnode = nodep + 1.5 * temp2 * cosip * sin2u
        let xinc = xincp + 1.5 * temp2 * cosip * sinip * cos2u
        let mvt = rdotl - nm * temp1 * x1mth2 * sin2u / xke
        let rvdot = rvdotl + nm * temp1 * (x1mth2 * cos2u + 1.5 * con41) / xke

        // ---- orientation vectors ----
        let sinsu = sin(su)
        let cossu = cos(su)
        let snod = sin(xnode)
        let cnod = cos(xnode)
        let sini = sin(xinc)
        let cosi = cos(xinc)
        let xmx = -snod * cosi
        let xmy = cnod * cosi
        let ux = xmx * sinsu + cnod * cossu
        let uy = xmy * sinsu + snod * cossu
        let uz = sini * sinsu
        let vx = xmx * cossu - cnod * sinsu
        let vy = xmy * cossu - snod * sinsu
        let vz = sini * cossu

        let radius = gravity.radius
        let position = SIMD3((mrt * ux) * radius, (mrt * uy) * radius, (mrt * uz) * radius)
        let velocity = SIMD3(
            (mvt * ux + rvdot * vx) * vkmpersec, (mvt * uy + rvdot * vy) * vkmpersec,
            (mvt * uz + rvdot * vz) * vkmpersec)

        if mrt < 1.0 {
            throw SGP4Error(code: .decayed, minutesSinceEpoch: t, value: mrt)
        }
        return StateVector(position: position, velocity: velocity)
    }

    /// The TEME state at a UTC instant (minutes since epoch counted in UTC days).
    @inlinable
    public func state(at instant: Instant) throws(SGP4Error) -> StateVector {
        try state(minutesSinceEpoch: instant.minutes(since: elements.epoch))
    }
}
