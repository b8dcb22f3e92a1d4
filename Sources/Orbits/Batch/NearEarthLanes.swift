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
        for lane in 0..<V.scalarCount {
            let p = lanes[lane < lanes.count ? lane : 0]
            precondition(!p.isDeepSpace && p.gravity == gravity)
            load(p, lane: lane)
        }
    }

    /// One near-earth propagator in every lane (the time-lane layout): each coefficient is
    /// computed once and broadcast.
    init(broadcasting p: SGP4Propagator) {
        precondition(!p.isDeepSpace)
        xke = p.gravity.xke
        j2 = p.gravity.j2
        radius = p.gravity.radius
        load(p, lane: nil)
    }

    /// Writes `p`'s coefficients into `lane`, or into every lane when `lane` is nil.
    private mutating func load(_ p: SGP4Propagator, lane: Int?) {
        func put(_ field: inout V, _ value: Double) {
            if let lane { field[lane] = value } else { field = V(repeating: value) }
        }
        put(&mo, p.mo)
        put(&mdot, p.mdot)
        put(&argpo, p.argpo)
        put(&argpdot, p.argpdot)
        put(&nodeo, p.nodeo)
        put(&nodedot, p.nodedot)
        put(&nodecf, p.nodecf)
        put(&cc1, p.cc1)
        put(&bstarCC4, p.bstar * p.cc4)
        put(&t2cof, p.t2cof)
        if !p.isimp {
            put(&omgcof, p.omgcof)
            put(&eta, p.eta)
            put(&xmcof, p.xmcof)
            put(&delmo, p.delmo)
            put(&d2, p.d2)
            put(&d3, p.d3)
            put(&d4, p.d4)
            put(&bstarCC5, p.bstar * p.cc5)
            put(&sinmao, p.sinmao)
            put(&t3cof, p.t3cof)
            put(&t4cof, p.t4cof)
            put(&t5cof, p.t5cof)
        }
        put(&noUnkozai, p.noUnkozai)
        put(&semiMajorBase, p.semiMajorAxisBase)
        put(&ecco, p.ecco)
        put(&sinio, p.sinInclination)
        put(&cosio, p.cosInclination)
        put(&aycof, p.aycof)
        put(&xlcof, p.xlcof)
        put(&con41, p.con41)
        put(&x1mth2, p.x1mth2)
        put(&x7thm1, p.x7thm1)
        put(&safeMinutes, Self.safeMinutes(p))
        put(&epochDay, p.elements.epoch.julianDay)
        put(&epochFraction, p.elements.epoch.fraction)
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
