#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// SDP4 for one deep-space satellite at `SIMDMath.width` times at once: the scalar
/// `SGP4Propagator` (secular, `dspace` resonance, `dpper` lunar-solar periodics) transcribed to
/// lanes that hold consecutive times.
///
/// One satellite per vector keeps every satellite-level branch uniform (resonance class,
/// operation mode); the branches that depend on time (the Lyddane choice at 0.2 rad of
/// perturbed inclination, the resonance step count) are taken per lane. Rounding-level
/// differences from the scalar path come from `SIMDMath` sines and cosines and the rotations
/// of the shared `SGP4Lanes` stages; atan2 and pow(x, 2/3) are libm's, lane by lane.
@usableFromInline
struct DeepSpaceLanes: Sendable {
    @usableFromInline typealias V = SIMDMath.V

    @usableFromInline let p: SGP4Propagator
    @usableFromInline let d: DeepSpaceTerms
    /// Largest |t| (min) for which every angle the kernel reduces stays within
    /// `SIMDMath.reductionLimit`; beyond it the batch falls back to the scalar path.
    @usableFromInline let safeMinutes: Double

    init(_ propagator: SGP4Propagator) {
        precondition(propagator.deepSpace != nil)
        p = propagator
        d = propagator.deepSpace!
        let budget = 0.25 * SIMDMath.reductionLimit
        let linear =
            abs(p.mdot) + abs(p.argpdot) + abs(p.nodedot) + abs(d.dmdt) + abs(d.domdt) + abs(d.dnodt)
            + abs(d.xfact) + DeepSpaceTerms.rptim + p.noUnkozai + 1e-300
        let quadratic = abs(p.nodecf) + abs(p.noUnkozai * p.t2cof) + 1e-300
        safeMinutes = min(budget / linear, (budget / quadratic).squareRoot())
    }

    /// Mean elements after the secular terms and the resonance: `nmChecked` is the mean motion
    /// the reference tests for error 2 (rad/min); the rest as `SGP4Lanes.MeanElements` plus the
    /// inclination `inclm` (rad).
    @usableFromInline
    struct Secular {
        @usableFromInline var mean: SGP4Lanes.MeanElements
        @usableFromInline var nmChecked: V
        @usableFromInline var inclm: V

        @inlinable init(mean: SGP4Lanes.MeanElements, nmChecked: V, inclm: V) {
            (self.mean, self.nmChecked, self.inclm) = (mean, nmChecked, inclm)
        }
    }

    /// Perturbed elements after `dpper` and the inclination flip, with the
    /// inclination-dependent coefficients the short-period stage needs.
    @usableFromInline
    struct Periodic {
        @usableFromInline var ep: V, argpp: V, nodep: V, mp: V, sinip: V, cosip: V
        @usableFromInline var aycof: V, xlcof: V, con41: V, x1mth2: V, x7thm1: V

        @inlinable init(
            ep: V, argpp: V, nodep: V, mp: V, sinip: V, cosip: V, aycof: V, xlcof: V, con41: V, x1mth2: V,
            x7thm1: V
        ) {
            (self.ep, self.argpp, self.nodep, self.mp, self.sinip, self.cosip) = (ep, argpp, nodep, mp, sinip, cosip)
            (self.aycof, self.xlcof, self.con41, self.x1mth2, self.x7thm1) = (aycof, xlcof, con41, x1mth2, x7thm1)
        }
    }

    /// The TEME states at `t` minutes since epoch (one time per lane), with Vallado's error
    /// codes in the lanes that fail.
    @inlinable
    func states(minutesSinceEpoch t: V) -> LaneStates {
        let gravity = p.gravity
        let s = secular(minutesSinceEpoch: t)
        let m = s.mean
        let q = periodics(s, minutesSinceEpoch: t)
        let kepler = SGP4Lanes.kepler(
            am: m.am, ep: q.ep, argpp: q.argpp, nodep: q.nodep, mp: q.mp, aycof: q.aycof, xlcof: q.xlcof)
        var states = LaneStates()
        let tail = SGP4Lanes.shortPeriodic(
            gravity: (xke: gravity.xke, j2: gravity.j2, radius: gravity.radius), am: m.am, rootAm: m.rootAm, nm: m.nm,
            kepler: kepler,
            nodep: q.nodep, sinip: q.sinip, cosip: q.cosip,
            coefficients: (aycof: q.aycof, xlcof: q.xlcof, con41: q.con41, x1mth2: q.x1mth2, x7thm1: q.x7thm1),
            states: &states)
        let suspect =
            (s.nmChecked .<= 0.0) .| (m.emRaw .>= 1.0) .| (m.emRaw .< -0.001) .| (q.ep .< 0.0) .| (q.ep .> 1.0)
            .| (tail.pl .< 0.0) .| (tail.mrt .< 1.0)
        if SIMDMath.any(suspect) {
            states.flagErrors(
                meanMotion: s.nmChecked, meanEccentricity: m.emRaw, perturbedEccentricity: q.ep,
                semiLatusRectum: tail.pl, radius: tail.mrt)
        }
        return states
    }
}
