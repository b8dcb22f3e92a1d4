/// Globally adaptive Gauss–Kronrod (7/15-point) quadrature of a smooth function on an interval,
/// the workhorse of the exact probability-of-collision integrals.
///
/// The interval with the largest error estimate is bisected until the summed estimate is within
/// `relativeTolerance` of the result (or `absoluteTolerance`), as QUADPACK's QAG does. The
/// 15-point Kronrod result of each piece is kept; its error is estimated from the embedded
/// 7-point Gauss rule.
public struct GaussKronrod: Sendable {
    /// Target relative error of the whole integral.
    public var relativeTolerance: Double
    /// Target absolute error (0: relative only).
    public var absoluteTolerance: Double
    /// Most sub-intervals before giving up (the estimate is then returned with its error).
    public var maximumIntervals: Int

    /// An integrator with these tolerances.
    public init(relativeTolerance: Double = 1e-13, absoluteTolerance: Double = 0, maximumIntervals: Int = 2000) {
        self.relativeTolerance = relativeTolerance
        self.absoluteTolerance = absoluteTolerance
        self.maximumIntervals = maximumIntervals
    }

    /// The integral's value and the estimate of its absolute error.
    public struct Result: Sendable, Hashable {
        /// The integral.
        public var value: Double
        /// Estimated absolute error (sum over the final pieces).
        public var error: Double
        /// Number of integrand evaluations.
        public var evaluations: Int
    }

    /// ∫ f over the pieces between consecutive `breakpoints` (ascending, at least two).
    public func integrate(_ f: (Double) -> Double, breakpoints: [Double]) -> Result {
        var pieces: [(a: Double, b: Double, value: Double, error: Double)] = []
        var evaluations = 0
        for (a, b) in zip(breakpoints, breakpoints.dropFirst()) where b > a {
            let (v, e) = Self.rule(f, a, b)
            evaluations += 15
            pieces.append((a, b, v, e))
        }
        while pieces.count < maximumIntervals {
            let total = pieces.reduce(0) { $0 + $1.value }
            let error = pieces.reduce(0) { $0 + $1.error }
            if error <= max(absoluteTolerance, relativeTolerance * abs(total)) { break }
            guard let worst = pieces.indices.max(by: { pieces[$0].error < pieces[$1].error }) else { break }
            let piece = pieces[worst]
            let mid = 0.5 * (piece.a + piece.b)
            guard mid > piece.a, mid < piece.b else { break }  // cannot split further
            let (v1, e1) = Self.rule(f, piece.a, mid)
            let (v2, e2) = Self.rule(f, mid, piece.b)
            evaluations += 30
            pieces[worst] = (piece.a, mid, v1, e1)
            pieces.append((mid, piece.b, v2, e2))
        }
        // Sum small pieces first to limit rounding.
        let values = pieces.map(\.value).sorted { abs($0) < abs($1) }
        return Result(
            value: values.reduce(0, +), error: pieces.reduce(0) { $0 + $1.error }, evaluations: evaluations)
    }

    /// ∫ f from `a` to `b`.
    public func integrate(_ f: (Double) -> Double, from a: Double, to b: Double) -> Result {
        integrate(f, breakpoints: [a, b])
    }

    /// One Gauss–Kronrod 7/15 application: (Kronrod value, |Kronrod − Gauss|).
    @inlinable
    static func rule(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> (Double, Double) {
        let centre = 0.5 * (a + b)
        let half = 0.5 * (b - a)
        let fc = f(centre)
        var kronrod = fc * kronrodWeights[7]
        var gauss = fc * gaussWeights[3]
        for i in 0..<7 {
            let dx = half * nodes[i]
            let sum = f(centre - dx) + f(centre + dx)
            kronrod += kronrodWeights[i] * sum
            if i % 2 == 1 { gauss += gaussWeights[i / 2] * sum }
        }
        return (kronrod * half, abs((kronrod - gauss) * half))
    }

    /// Kronrod abscissae on [0, 1], descending (odd indices are the Gauss–Legendre 7 nodes).
    @usableFromInline static let nodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245,
    ]
    /// Kronrod weights for `nodes`, then for the centre.
    @usableFromInline static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    /// Gauss–Legendre 7-point weights for nodes 1, 3, 5, then for the centre.
    @usableFromInline static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]
}
