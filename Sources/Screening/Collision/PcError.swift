/// Why a probability of collision could not be computed. Names the input at fault.
public struct PcError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Code: Sendable, Hashable {
        /// The hard-body radius is not a positive finite number of metres.
        case invalidHardBodyRadius
        /// The relative velocity is zero: there is no encounter plane (2D methods undefined).
        case zeroRelativeVelocity
        /// A state or covariance entry is not finite.
        case nonFiniteInput
        /// The covariance projected on the encounter plane has a non-positive eigenvalue even after
        /// clipping (only possible with a zero hard-body radius).
        case nonPositiveDefinite
        /// A covariance has no Cholesky factor even after eigenvalue clipping (Monte Carlo sampling).
        case cannotSample
    }

    /// What is wrong.
    public var code: Code
    /// The input involved (`hardBodyRadius`, `primary.covariance`, `relativeVelocity` …).
    public var field: String
    /// The offending value, when there is one.
    public var value: Double?

    /// An error about `field`.
    public init(_ code: Code, field: String, value: Double? = nil) {
        self.code = code
        self.field = field
        self.value = value
    }

    /// `hardBodyRadius = -1: invalidHardBodyRadius`.
    public var description: String {
        var text = field
        if let value { text += " = \(value)" }
        return text + ": \(code)"
    }
}
