/// The probability of collision of one conjunction as Concord reports it: Foster's 2D Pc, the
/// 2D method's usage checks, and — where a check fails — the Monte Carlo (two-body) estimate
/// to use instead.
public struct CollisionAssessment: Sendable {
    /// The 2D result (always computed, for comparison with operators' values).
    public var pc2D: Pc2D.Result
    /// The usage indicators.
    public var usage: Pc2DUsage
    /// The Monte Carlo estimate, computed when the 2D method is not valid (or when asked).
    public var monteCarlo: MonteCarloPc.Result?

    /// Assesses `conjunction`; the Monte Carlo runs when the 2D method is invalid or `alwaysMonteCarlo`.
    public init(_ conjunction: Conjunction, monteCarlo estimator: MonteCarloPc = MonteCarloPc(), alwaysMonteCarlo: Bool = false)
        throws(PcError)
    {
        pc2D = try Pc2D.probability(of: conjunction)
        usage = try Pc2DUsage(conjunction)
        if alwaysMonteCarlo || !usage.isValid {
            monteCarlo = try estimator.probability(of: conjunction)
        }
    }

    /// The value to act on: the 2D Pc when valid, else the Monte Carlo estimate.
    public var recommended: Double {
        if usage.isValid || monteCarlo == nil { return pc2D.probability }
        return monteCarlo!.probability
    }
}
