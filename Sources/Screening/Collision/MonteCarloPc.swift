/// The probability of collision by Monte Carlo from the states at TCA: both objects' 6-D states
/// are drawn from their covariances, each pair is propagated with exact two-body motion, and a
/// collision is a closest approach within the window below the hard-body radius. Valid where
/// the 2D method is not (slow, long or curved encounters), at the cost of sampling noise:
/// the result states its sample count and a 95 % Wilson confidence interval.
public struct MonteCarloPc: Sendable {
    /// Number of sampled state pairs.
    public var samples: Int
    /// Seed of the generator (estimates are reproducible for a given seed).
    public var seed: UInt64
    /// Half-width (s) of the window around TCA searched for the closest approach; nil: a quarter
    /// of the shorter orbital period.
    public var window: Double?
    /// Skip the two-body search for draws whose rectilinear miss exceeds the hard-body radius by
    /// more than a bound on the curvature effect (a ×4 margin over the tidal bound; tests compare
    /// hit counts with and without it).
    public var prescreen: Bool
    /// The space the Gaussian of each state is drawn in.
    public var sampling: Sampling

    /// Where the covariance is taken to be Gaussian.
    public enum Sampling: Sendable, Hashable {
        /// In equinoctial elements (the covariance mapped through the elements' Jacobian): the
        /// uncertainty follows the orbit's curvature, as in CARA's 3D methods. Default.
        case equinoctial
        /// In Cartesian position and velocity at TCA (the covariance as given).
        case cartesian
    }

    /// A Monte Carlo estimator with `samples` draws.
    public init(
        samples: Int = 1_000_000, seed: UInt64 = 0x5EED, window: Double? = nil, prescreen: Bool = true,
        sampling: Sampling = .equinoctial
    ) {
        self.samples = samples
        self.seed = seed
        self.window = window
        self.prescreen = prescreen
        self.sampling = sampling
    }

    /// An estimate with its uncertainty.
    public struct Result: Sendable, Hashable {
        /// hits / samples.
        public var probability: Double
        /// Draws that collided.
        public var hits: Int
        /// Draws made.
        public var samples: Int
        /// 95 % Wilson score interval (lower, upper).
        public var confidence95: ClosedRange<Double>
        /// Half-width (s) of the window searched around TCA.
        public var window: Double
    }

    /// Estimates the probability of collision of `conjunction`.
    public func probability(of conjunction: Encounter) throws(PcError) -> Result {
        let hbr = conjunction.hardBodyRadius
        guard hbr.isFinite, hbr > 0 else { throw PcError(.invalidHardBodyRadius, field: "hardBodyRadius", value: hbr) }
        let p = conjunction.primary
        let s = conjunction.secondary
        let first = try Sampler(p, sampling: sampling, field: "primary.covariance")
        let second = try Sampler(s, sampling: sampling, field: "secondary.covariance")
        let span =
            window
            ?? 0.25 * min(Self.period(p.position, p.velocity), Self.period(s.position, s.velocity))
        var rng = SplitMix64(seed: seed)
        var hits = 0
        var z = SIMD8<Double>()
        for _ in 0..<samples {
            for k in 0..<6 { z[k] = rng.normal() }
            let one = first.draw(z)
            for k in 0..<6 { z[k] = rng.normal() }
            let two = second.draw(z)
            guard let (r1, v1) = one, let (r2, v2) = two else { continue }
            if Self.collides(r1, v1, r2, v2, hbr: hbr, window: span, prescreen: prescreen) { hits += 1 }
        }
        let n = Double(samples)
        let phat = Double(hits) / n
        let zq = 1.959963984540054
        let centre = (phat + zq * zq / (2 * n)) / (1 + zq * zq / n)
        let half = zq / (1 + zq * zq / n) * (phat * (1 - phat) / n + zq * zq / (4 * n * n)).squareRoot()
        return Result(
            probability: phat, hits: hits, samples: samples,
            confidence95: max(0, centre - half)...min(1, centre + half), window: span)
    }

    /// Orbital period (s) of a two-body state (∞ for unbound states).
    static func period(_ r: SIMD3<Double>, _ v: SIMD3<Double>) -> Double {
        let alpha = 2 / (r * r).sum().squareRoot() - (v * v).sum() / TwoBody.mu
        guard alpha > 0 else { return .infinity }
        let a = 1 / alpha
        return 2 * Double.pi * (a * a * a / TwoBody.mu).squareRoot()
    }

    /// A square root `S` (row-major 6×6, `S Sᵀ = C`) of a covariance: its Cholesky factor, or,
    /// when it is only semi-definite in floating point (a position-only covariance, a covariance
    /// mapped through the equinoctial Jacobian), `V √Λ` with negative eigenvalues clipped to zero.
    static func factor(_ c: Covariance6, field: String) throws(PcError) -> [Double] {
        if let l = c.cholesky { return l }
        guard let root = c.clippedSquareRoot else { throw PcError(.cannotSample, field: field) }
        return root.factor
    }

    /// Draws one object's states: mean plus Cholesky factor times a standard normal vector, in
    /// Cartesian or equinoctial space.
    struct Sampler {
        let mean: SIMD8<Double>
        let factor: [Double]
        let equinoctial: Bool

        init(_ o: ConjunctionObject, sampling: Sampling, field: String) throws(PcError) {
            switch sampling {
            case .cartesian:
                mean = SIMD8(o.position.x, o.position.y, o.position.z, o.velocity.x, o.velocity.y, o.velocity.z, 0, 0)
                factor = try MonteCarloPc.factor(o.covariance, field: field)
                equinoctial = false
            case .equinoctial:
                guard let elements = EquinoctialElements(position: o.position, velocity: o.velocity),
                    let j = EquinoctialElements.jacobian(position: o.position, velocity: o.velocity)
                else {
                    // Direct equinoctial elements are singular for retrograde equatorial orbits
                    // (i = 180°, e.g. CARA's Alfano test case 1) and undefined for unbound ones:
                    // draw that object in Cartesian space instead.
                    self = try Sampler(o, sampling: .cartesian, field: field)
                    return
                }
                var pe = [Double](repeating: 0, count: 36)
                for row in 0..<6 {
                    for col in 0..<6 {
                        var sum = 0.0
                        for a in 0..<6 {
                            for b in 0..<6 { sum += j[row * 6 + a] * o.covariance[a, b] * j[col * 6 + b] }
                        }
                        pe[row * 6 + col] = sum
                    }
                }
                mean = elements.values
                factor = try MonteCarloPc.factor(Covariance6(entries: pe), field: field)
                equinoctial = true
            }
        }

        func draw(_ z: SIMD8<Double>) -> (SIMD3<Double>, SIMD3<Double>)? {
            var x = mean
            for i in 0..<6 {
                var sum = 0.0
                for j in 0..<6 { sum += factor[i * 6 + j] * z[j] }
                x[i] += sum
            }
            if equinoctial { return EquinoctialElements(values: x).state }
            return (SIMD3(x[0], x[1], x[2]), SIMD3(x[3], x[4], x[5]))
        }
    }
}
