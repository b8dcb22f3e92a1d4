/// The SGP4 coefficients of `SIMDMath.width` near-earth satellites, one per SIMD lane (an
/// array-of-structs-of-arrays block: contiguous, 36 vectors).
///
/// Built from `SGP4Propagator`s, so batch and scalar paths share one initialisation.
/// Satellites with `isimp` set get zero higher-order drag coefficients, which makes that
/// branch of the reference an exact no-op and the kernel branch-free.
@usableFromInline
struct NearEarthLanes: Sendable {
    @usableFromInline typealias V = SIMDMath.V

    @usableFromInline var mo = V(), mdot = V(), argpo = V(), argpdot = V(), nodeo = V(), nodedot = V()
    @usableFromInline var nodecf = V(), cc1 = V(), bstarCC4 = V(), t2cof = V()
    @usableFromInline var omgcof = V(), eta = V(), xmcof = V(), delmo = V()
    @usableFromInline var d2 = V(), d3 = V(), d4 = V(), bstarCC5 = V(), sinmao = V()
    @usableFromInline var t3cof = V(), t4cof = V(), t5cof = V()
    @usableFromInline var noUnkozai = V(), semiMajorBase = V(), ecco = V(), sinio = V(), cosio = V()
    @usableFromInline var aycof = V(), xlcof = V(), con41 = V(), x1mth2 = V(), x7thm1 = V()
    /// Element set epochs, two-part Julian dates.
    @usableFromInline var epochDay = V(), epochFraction = V()
    /// Largest |t| (min) for which every angle the kernel reduces stays within
    /// `SIMDMath.reductionLimit`; beyond it the batch falls back to the scalar path.
    @usableFromInline var safeMinutes = V()
    /// Earth constants (shared by all lanes).
    @usableFromInline var xke = 0.0, j2 = 0.0, radius = 0.0

    /// Packs up to `SIMDMath.width` near-earth propagators; missing lanes repeat the first one
    /// (so one propagator fills every lane: the time-lane layout).
    init(_ lanes: [SGP4Propagator]) {
        precondition(!lanes.isEmpty && lanes.count <= V.scalarCount)
        let gravity = lanes[0].gravity
        xke = gravity.xke
        j2 = gravity.j2
        radius = gravity.radius
        for lane in 0 ..< V.scalarCount {
            let p = lanes[lane < lanes.count ? lane : 0]
            precondition(!p.isDeepSpace && p.gravity == gravity)
            mo[lane] = p.mo
            mdot[lane] = p.mdot
            argpo[lane] = p.argpo
            argpdot[lane] = p.argpdot
            nodeo[lane] = p.nodeo
            nodedot[lane] = p.nodedot
            nodecf[lane] = p.nodecf
            cc1[lane] = p.cc1
            bstarCC4[lane] = p.bstar * p.cc4
            t2cof[lane] = p.t2cof
            if !p.isimp {
                omgcof[lane] = p.omgcof
                eta[lane] = p.eta
                xmcof[lane] = p.xmcof
                delmo[lane] = p.delmo
                d2[lane] = p.d2
                d3[lane] = p.d3
                d4[lane] = p.d4
                bstarCC5[lane] = p.bstar * p.cc5
                sinmao[lane] = p.sinmao
                t3cof[lane] = p.t3cof
                t4cof[lane] = p.t4cof
                t5cof[lane] = p.t5cof
            }
            noUnkozai[lane] = p.noUnkozai
            semiMajorBase[lane] = p.semiMajorAxisBase
            ecco[lane] = p.ecco
            sinio[lane] = p.sinInclination
            cosio[lane] = p.cosInclination
            aycof[lane] = p.aycof
            xlcof[lane] = p.xlcof
            con41[lane] = p.con41
            x1mth2[lane] = p.x1mth2
            x7thm1[lane] = p.x7thm1
            safeMinutes[lane] = Self.safeMinutes(p)
            epochDay[lane] = p.elements.epoch.julianDay
            epochFraction[lane] = p.elements.epoch.fraction
        }
    }

    /// |t| (min) up to which the unreduced angles (mean anomaly, node, perigee, their sum)
    /// stay below a quarter of `SIMDMath.reductionLimit` rad, counting the linear rates and the
    /// t² drag terms; a satellite with heavy drag has decayed long before this binds.
    static func safeMinutes(_ p: SGP4Propagator) -> Double {
        let budget = 0.25 * SIMDMath.reductionLimit
        let linear = abs(p.mdot) + abs(p.argpdot) + abs(p.nodedot) + abs(p.omgcof) + 1e-300
        let quadratic = abs(p.nodecf) + abs(p.noUnkozai * p.t2cof) + 1e-300
        return min(budget / linear, (budget / quadratic).squareRoot())
    }
}
