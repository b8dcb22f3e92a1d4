#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SGP4Propagator {
    /// Minutes per day over radians per revolution: rev/day ÷ this = rad/min.
    @usableFromInline static let xpdotp = 1440.0 / (2.0 * Double.pi)

    /// Initialises the propagator (Vallado's `sgp4init` with `initl`, `dscom`, `dsinit`).
    ///
    /// Initialisation never fails: an element set that cannot be propagated reports its error
    /// code from the first call to `state(minutesSinceEpoch:)`, as in the reference.
    /// - Parameters:
    ///   - elements: the mean elements, in the units of `MeanElements` (degrees, rev/day).
    ///   - gravity: Earth constants; `.wgs72` unless you know the elements were fitted otherwise.
    ///   - mode: `.improved` (default, as `tcppver.out`) or `.afspc`.
    public init(_ elements: MeanElements, gravity: GravityModel = .wgs72, mode: OperationMode = .improved) {
        self.elements = elements
        self.gravity = gravity
        self.mode = mode

        let deg2rad = Double.pi / 180.0
        let xpdotp = Self.xpdotp
        let noKozai = elements.meanMotion / xpdotp
        let ecco = elements.eccentricity
        let inclo = elements.inclination * deg2rad
        let nodeo = elements.rightAscension * deg2rad
        let argpo = elements.argumentOfPerigee * deg2rad
        let mo = elements.meanAnomaly * deg2rad
        let bstar = elements.bstar
        // Days since 1949 December 31 00:00 UT, as (jdsatepoch + jdsatepochF) - 2433281.5.
        let epoch = (elements.epoch.julianDay + elements.epoch.fraction) - 2_433_281.5

        let radiusearthkm = gravity.radius
        let xke = gravity.xke
        let j2 = gravity.j2
        let j4 = gravity.j4
        let j3oj2 = gravity.j3OverJ2
        let temp4 = 1.5e-12
        let x2o3 = 2.0 / 3.0

        let ss = 78.0 / radiusearthkm + 1.0
        let qzms2ttemp = (120.0 - 78.0) / radiusearthkm
        let qzms2t = qzms2ttemp * qzms2ttemp * qzms2ttemp * qzms2ttemp

        // ---- initl ----
        let eccsq = ecco * ecco
        let omeosq = 1.0 - eccsq
        let rteosq = omeosq.squareRoot()
        let cosio = cos(inclo)
        let cosio2 = cosio * cosio
        let ak = pow(xke / noKozai, x2o3)
        let d1 = 0.75 * j2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq)
        var delPrime = d1 / (ak * ak)
        let adel = ak * (1.0 - delPrime * delPrime - delPrime * (1.0 / 3.0 + 134.0 * delPrime * delPrime / 81.0))
        delPrime = d1 / (adel * adel)
        let noUnkozai = noKozai / (1.0 + delPrime)
        let ao = pow(xke / noUnkozai, x2o3)
        let sinio = sin(inclo)
        let po = ao * omeosq
        let con42 = 1.0 - 5.0 * cosio2
        let con41 = -con42 - cosio2 - cosio2
        let posq = po * po
        let rp = ao * (1.0 - ecco)
        let gsto: Double
        switch mode {
        case .afspc:
            let ts70 = epoch - 7305.0
            let ds70 = (ts70 + 1.0e-8).rounded(.down)
            let tfrac = ts70 - ds70
            let c1 = 1.72027916940703639e-2
            let thgr70 = 1.7321343856509374
            let fk5r = 5.07551419432269442e-15
            let c1p2p = c1 + 2.0 * Double.pi
            var g = (thgr70 + c1 * ds70 + c1p2p * tfrac + ts70 * ts70 * fk5r)
                .truncatingRemainder(dividingBy: 2.0 * Double.pi)
            if g < 0.0 { g += 2.0 * Double.pi }
            gsto = g
        case .improved:
            gsto = SiderealTime.gmst82(julianDateUT1: epoch + 2_433_281.5)
        }

        self.ecco = ecco
        self.inclo = inclo
        self.nodeo = nodeo
        self.argpo = argpo
        self.mo = mo
        self.noUnkozai = noUnkozai
        self.bstar = bstar
        self.con41 = con41
        self.gsto = gsto

        // ---- sgp4init proper ----
        guard omeosq >= 0.0 || noUnkozai >= 0.0 else {
            // Hyperbolic with a meaningless mean motion: like the reference, leave every
            // coefficient zero so that propagation reports error 1 (eccentricity).
            (eta, cc1, cc4, cc5, x1mth2, mdot, argpdot, nodedot) = (0, 0, 0, 0, 0, 0, 0, 0)
            (omgcof, xmcof, nodecf, t2cof, xlcof, aycof, delmo, sinmao, x7thm1) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
            (d2, d3, d4, t3cof, t4cof, t5cof) = (0, 0, 0, 0, 0, 0)
            isimp = false
            deepSpace = nil
            return
        }
        var isimp = rp < 220.0 / radiusearthkm + 1.0
        var sfour = ss
        var qzms24 = qzms2t
        let perige = (rp - 1.0) * radiusearthkm
        if perige < 156.0 {
            sfour = perige - 78.0
            if perige < 98.0 { sfour = 20.0 }
            let qzms24temp = (120.0 - sfour) / radiusearthkm
            qzms24 = qzms24temp * qzms24temp * qzms24temp * qzms24temp
            sfour = sfour / radiusearthkm + 1.0
        }
        let pinvsq = 1.0 / posq
        let tsi = 1.0 / (ao - sfour)
        let eta = ao * ecco * tsi
        let etasq = eta * eta
        let eeta = ecco * eta
        let psisq = abs(1.0 - etasq)
        let coef = qzms24 * pow(tsi, 4.0)
        let coef1 = coef / pow(psisq, 3.5)
        let cc2 =
            coef1 * noUnkozai
            * (ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq)) + 0.375 * j2 * tsi / psisq * con41
                * (8.0 + 3.0 * etasq * (8.0 + etasq)))
        let cc1 = bstar * cc2
        var cc3 = 0.0
        if ecco > 1.0e-4 {
            cc3 = -2.0 * coef * tsi * j3oj2 * noUnkozai * sinio / ecco
        }
        let x1mth2 = 1.0 - cosio2
        let cc4 =
            2.0 * noUnkozai * coef1 * ao * omeosq
            * (eta * (2.0 + 0.5 * etasq) + ecco * (0.5 + 2.0 * etasq) - j2 * tsi / (ao * psisq)
                * (-3.0 * con41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta)) + 0.75 * x1mth2
                    * (2.0 * etasq - eeta * (1.0 + etasq)) * cos(2.0 * argpo)))
        let cc5 = 2.0 * coef1 * ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq)
        let cosio4 = cosio2 * cosio2
        let temp1 = 1.5 * j2 * pinvsq * noUnkozai
        let temp2 = 0.5 * temp1 * j2 * pinvsq
        let temp3 = -0.46875 * j4 * pinvsq * pinvsq * noUnkozai
        let mdot =
            noUnkozai + 0.5 * temp1 * rteosq * con41 + 0.0625 * temp2 * rteosq
            * (13.0 - 78.0 * cosio2 + 137.0 * cosio4)
        let argpdot =
            (-0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4) + temp3
                * (3.0 - 36.0 * cosio2 + 49.0 * cosio4))
        let xhdot1 = -temp1 * cosio
        let nodedot = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio
        let xpidot = argpdot + nodedot
        let omgcof = bstar * cc3 * cos(argpo)
        var xmcof = 0.0
        if ecco > 1.0e-4 {
            xmcof = -x2o3 * coef * bstar / eeta
        }
        let nodecf = 3.5 * omeosq * xhdot1 * cc1
        let t2cof = 1.5 * cc1
        let xlcof: Double
        if abs(cosio + 1.0) > 1.5e-12 {
            xlcof = -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / (1.0 + cosio)
        } else {
            xlcof = -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / temp4
        }
        let aycof = -0.5 * j3oj2 * sinio
        let delmotemp = 1.0 + eta * cos(mo)
        let delmo = delmotemp * delmotemp * delmotemp
        let sinmao = sin(mo)
        let x7thm1 = 7.0 * cosio2 - 1.0

        self.eta = eta
        self.cc1 = cc1
        self.cc4 = cc4
        self.cc5 = cc5
        self.x1mth2 = x1mth2
        self.mdot = mdot
        self.argpdot = argpdot
        self.nodedot = nodedot
        self.omgcof = omgcof
        self.xmcof = xmcof
        self.nodecf = nodecf
        self.t2cof = t2cof
        self.xlcof = xlcof
        self.aycof = aycof
        self.delmo = delmo
        self.sinmao = sinmao
        self.x7thm1 = x7thm1

        // ---- deep space ----
        if 2.0 * Double.pi / noUnkozai >= 225.0 {
            isimp = true
            deepSpace = DeepSpaceTerms(
                epoch: epoch, ecco: ecco, eccsq: eccsq, inclo: inclo, nodeo: nodeo, argpo: argpo, mo: mo,
                noUnkozai: noUnkozai, mdot: mdot, argpdot: argpdot, nodedot: nodedot, xpidot: xpidot, gsto: gsto,
                xke: xke)
        } else {
            deepSpace = nil
        }
        self.isimp = isimp

        if !isimp {
            let cc1sq = cc1 * cc1
            let d2 = 4.0 * ao * tsi * cc1sq
            let temp = d2 * tsi * cc1 / 3.0
            let d3 = (17.0 * ao + sfour) * temp
            let d4 = 0.5 * temp * ao * tsi * (221.0 * ao + 31.0 * sfour) * cc1
            self.d2 = d2
            self.d3 = d3
            self.d4 = d4
            self.t3cof = d2 + 2.0 * cc1sq
            self.t4cof = 0.25 * (3.0 * d3 + cc1 * (12.0 * d2 + 10.0 * cc1sq))
            self.t5cof = 0.2 * (3.0 * d4 + 12.0 * cc1 * d3 + 6.0 * d2 * d2 + 15.0 * cc1sq * (2.0 * d2 + cc1sq))
        } else {
            self.d2 = 0
            self.d3 = 0
            self.d4 = 0
            self.t3cof = 0
            self.t4cof = 0
            self.t5cof = 0
        }
    }
}
