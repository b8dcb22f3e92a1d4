#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two-dimensional probability of collision of a short (rectilinear) encounter, Foster's
/// method (Foster & Estes 1992, as NASA CARA's Pc2D_Foster): the combined position covariance
/// projected on the encounter plane, integrated over the hard-body disk centred on the miss vector.
///
/// The disk integral is computed to ~1e-13 relative: in the covariance's principal axes the
/// integral along each chord of the disk is an exact difference of error functions, and the
/// remaining 1-D integral over the chord position (x = R sin φ, which removes the square-root
/// end-point singularity) is done with adaptive Gauss–Kronrod. ``polarIntegral(of:)`` is an
/// independent check (no error functions: nested adaptive quadrature in polar coordinates).
public enum Pc2D {
    /// The method name CCSDS CDMs use for this computation (`COLLISION_PROBABILITY_METHOD`).
    public static let methodName = "FOSTER-1992"

    /// A 2D probability and what was done to get it.
    public struct Result: Sendable, Hashable {
        /// Probability of collision.
        public var probability: Double
        /// Estimated absolute error of the quadrature.
        public var errorEstimate: Double
        /// The encounter plane the integral was done in.
        public var plane: EncounterPlane
        /// True when a plane-covariance eigenvalue was below (1e-4 · HBR)² and was raised to it
        /// (CARA's eigenvalue-clipping remediation of non-positive-definite covariances).
        public var remediated: Bool
    }

    /// Foster's 2D Pc of `conjunction`: with CARA's convention (miss = |r|) by default, or
    /// re-centred linearly on the rectilinear TCA when `recentre` (see ``EncounterPlane``).
    public static func probability(of conjunction: Encounter, recentre: Bool = false) throws(PcError) -> Result {
        let hbr = conjunction.hardBodyRadius
        guard hbr.isFinite, hbr >= 0 else { throw PcError(.invalidHardBodyRadius, field: "hardBodyRadius", value: hbr) }
        let plane = try EncounterPlane(conjunction, recentre: recentre)
        if hbr == 0 { return Result(probability: 0, errorEstimate: 0, plane: plane, remediated: false) }
        let (u, sMinor, sMajor, remediated) = principalFrame(plane, hardBodyRadius: hbr)
        let r = integrateChords(centre: u, sigmaChord: sMinor, sigmaAcross: sMajor, radius: hbr)
        return Result(
            probability: min(1, max(0, r.value)), errorEstimate: r.error, plane: plane, remediated: remediated)
    }

    /// The disk centre in the covariance's principal axes (component along the major axis first)
    /// and the two standard deviations (minor, major), m, after CARA's eigenvalue clipping.
    static func principalFrame(
        _ plane: EncounterPlane, hardBodyRadius hbr: Double
    )
        -> (centre: SIMD2<Double>, minor: Double, major: Double, remediated: Bool)
    {
        let (minor, major, axis) = plane.principalAxes
        let clip = (1e-4 * hbr) * (1e-4 * hbr)
        let remediated = minor < clip || major < clip
        let minorSigma = max(minor, clip).squareRoot()
        let majorSigma = max(major, clip).squareRoot()
        let other = SIMD2(-axis.y, axis.x)
        let centre = SIMD2((plane.miss * axis).sum(), (plane.miss * other).sum())
        return (centre, minorSigma, majorSigma, remediated)
    }

    /// ∫∫ over the disk of radius `radius` centred at `centre` of N(u; 0, σu) N(w; 0, σw), with
    /// u along the major axis (σu = `sigmaAcross`) and w along the minor axis (σw = `sigmaChord`).
    /// The chords run along w, where the Gaussian is narrower, and are integrated exactly.
    static func integrateChords(
        centre: SIMD2<Double>, sigmaChord sw: Double, sigmaAcross su: Double, radius: Double
    )
        -> GaussKronrod.Result
    {
        let (cu, cw) = (centre.x, centre.y)
        let norm = 1 / (su * (2 * Double.pi).squareRoot())
        func integrand(_ phi: Double) -> Double {
            let s = sin(phi)
            let c = cos(phi)
            let u = cu + radius * s
            let half = radius * c
            let density = norm * exp(-0.5 * (u / su) * (u / su))
            if density == 0 { return 0 }
            return density * chordMass(lower: (cw - half) / sw, upper: (cw + half) / sw) * radius * c
        }
        // Break at the Gaussian's peak (u = 0) when it lies over the disk, and around it at ±σ.
        var breaks: [Double] = [-Double.pi / 2, Double.pi / 2]
        for k in [-3.0, -1.0, 0.0, 1.0, 3.0] {
            let s = (k * su - cu) / radius
            if abs(s) < 1 { breaks.append(asin(s)) }
        }
        breaks.sort()
        return GaussKronrod(relativeTolerance: 1e-14).integrate(integrand, breakpoints: breaks)
    }

    /// Φ(upper) − Φ(lower) for the standard normal, without cancellation in either tail.
    @inlinable
    static func chordMass(lower a: Double, upper b: Double) -> Double {
        let k = 1 / 2.0.squareRoot()
        if a >= 0 { return 0.5 * (erfc(a * k) - erfc(b * k)) }
        if b <= 0 { return 0.5 * (erfc(-b * k) - erfc(-a * k)) }
        return 1 - 0.5 * (erfc(b * k) + erfc(-a * k))
    }
}
