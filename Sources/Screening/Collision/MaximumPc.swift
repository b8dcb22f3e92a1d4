#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The largest 2D probability of collision any covariance of a given shape could give: for
/// objects with no covariance (TLE-only), as CelesTrak's SOCRATES publishes ("maximum
/// probability", Alfano 2005, *Relating Position Uncertainty to Maximum Conjunction
/// Probability*). The covariance shape is fixed (a circle, an aspect ratio, or the projected
/// covariance), its size is scaled, and the exact 2D Pc is maximised over the scale.
public enum MaximumPc {
    /// The result: the maximum and the standard deviation (m, along the shape's major axis) at it.
    public struct Result: Sendable, Hashable {
        /// Maximum probability over the scale.
        public var probability: Double
        /// Major-axis standard deviation (m) where the maximum is reached.
        public var sigma: Double
    }

    /// Maximum over a circular (isotropic) plane covariance σ²I of the Pc of a miss `miss` (m) with
    /// hard-body radius `hardBodyRadius` (m). For R ≪ d the maximum tends to R²/(e·d²) at σ = d/√2.
    public static func isotropic(miss: Double, hardBodyRadius: Double) -> Result {
        shaped(miss: SIMD2(miss, 0), aspectRatio: 1, angle: 0, hardBodyRadius: hardBodyRadius)
    }

    /// Maximum over plane covariances with minor/major sigma ratio `aspectRatio` (0 < AR ≤ 1) whose
    /// major axis makes `angle` (rad) with the miss vector.
    public static func shaped(
        miss: SIMD2<Double>, aspectRatio: Double, angle: Double, hardBodyRadius: Double
    )
        -> Result
    {
        let axis = SIMD2(cos(angle), sin(angle))
        let other = SIMD2(-axis.y, axis.x)
        let d = (miss * miss).sum().squareRoot()
        let direction = d > 0 ? miss / d : SIMD2(1, 0)
        let centre = d * SIMD2((direction * axis).sum(), (direction * other).sum())
        return maximise(centre: centre, aspectRatio: aspectRatio, hardBodyRadius: hardBodyRadius)
    }

    /// Maximum over scalings k²·C of the conjunction's own projected covariance C (the shape
    /// kept; e.g. a nominal covariance for a TLE object).
    public static func scaled(_ conjunction: Encounter) throws(PcError) -> Result {
        let hbr = conjunction.hardBodyRadius
        guard hbr.isFinite, hbr > 0 else { throw PcError(.invalidHardBodyRadius, field: "hardBodyRadius", value: hbr) }
        let plane = try EncounterPlane(conjunction)
        let (centre, minor, major, _) = Pc2D.principalFrame(plane, hardBodyRadius: hbr)
        return maximise(centre: centre, aspectRatio: minor / major, hardBodyRadius: hbr)
    }

    /// Golden-section search on log σ of the exact Pc (unimodal in σ for a fixed shape).
    static func maximise(centre: SIMD2<Double>, aspectRatio ar: Double, hardBodyRadius r: Double) -> Result {
        let d = (centre * centre).sum().squareRoot()
        func pc(_ logSigma: Double) -> Double {
            let s = exp(logSigma)
            return Pc2D.integrateChords(centre: centre, sigmaChord: s * ar, sigmaAcross: s, radius: r).value
        }
        let scale = max(d, r)
        var lo = log(scale * 1e-3)
        var hi = log(scale * 1e3 / max(ar, 1e-6))
        let g = (5.0.squareRoot() - 1) / 2
        var x1 = hi - g * (hi - lo)
        var x2 = lo + g * (hi - lo)
        var f1 = pc(x1)
        var f2 = pc(x2)
        for _ in 0..<200 where hi - lo > 1e-10 {
            if f1 < f2 {
                lo = x1
                x1 = x2
                f1 = f2
                x2 = lo + g * (hi - lo)
                f2 = pc(x2)
            } else {
                hi = x2
                x2 = x1
                f2 = f1
                x1 = hi - g * (hi - lo)
                f1 = pc(x1)
            }
        }
        let best = f1 > f2 ? x1 : x2
        return Result(probability: max(f1, f2), sigma: exp(best))
    }
}
