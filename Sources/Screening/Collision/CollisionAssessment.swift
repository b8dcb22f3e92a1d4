/// The probability of collision of one conjunction as Concord reports it: Foster's 2D Pc, the
/// 2D method's usage checks, and — where a check fails — the Monte Carlo (two-body) estimate
/// to use instead.
public struct CollisionAssessment: Sendable {
    /// The 2D result (always computed, for comparison with operators' values); nil when the
    /// relative velocity is zero and there is no encounter plane (CARA reports NaN there).
    public var pc2D: Pc2D.Result?
    /// The usage indicators; nil with `pc2D`.
    public var usage: Pc2DUsage?
    /// The Monte Carlo estimate, computed when the 2D method is not valid (or when asked).
    public var monteCarlo: MonteCarloPc.Result?
    /// Why the Monte Carlo estimate could not be made when it was needed (a covariance with no
    /// positive eigenvalue, a state with no bound orbit); the 2D value is still reported.
    public var monteCarloFailure: PcError?

    /// Assesses `conjunction`; the Monte Carlo runs when the 2D method is invalid or `alwaysMonteCarlo`.
    public init(
        _ conjunction: Encounter, monteCarlo estimator: MonteCarloPc = MonteCarloPc(),
        alwaysMonteCarlo: Bool = false
    ) throws(PcError) {
        do {
            pc2D = try Pc2D.probability(of: conjunction)
            usage = try Pc2DUsage(conjunction)
        } catch let error where error.code == .zeroRelativeVelocity {
            pc2D = nil
            usage = nil
        }
        if alwaysMonteCarlo || !isValid2D {
            do {
                monteCarlo = try estimator.probability(of: conjunction)
            } catch let error where error.code == .cannotSample {
                monteCarloFailure = error
            }
        }
    }

    /// True when the 2D value may be used.
    public var isValid2D: Bool { usage?.isValid ?? false }

    /// Why the 2D value may not be used (empty when it may).
    public var violations: [String] {
        guard let usage else { return ["zero relative velocity: no encounter plane, 2D method undefined"] }
        return usage.violations
    }

    /// The value to act on: the 2D Pc when valid, else the Monte Carlo estimate.
    public var recommended: Double? {
        if isValid2D, let pc2D { return pc2D.probability }
        return monteCarlo?.probability ?? pc2D?.probability
    }
}
