/// An SGP4 initialisation or propagation failure, with Vallado's error code.
///
/// Match on `code`; `minutesSinceEpoch` says when it happened and `value` holds the
/// offending quantity (the eccentricity, mean motion, semi-latus rectum or radius in
/// Earth radii) so a report can say why.
public struct SGP4Error: Error, Hashable, Sendable {
    /// Vallado's error codes; new ones may be added, so switch with a default.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// 1: mean eccentricity outside `-0.001 ..< 1`.
        public static let meanEccentricityOutOfRange = Code(rawValue: 1)
        /// 2: mean motion not positive.
        public static let meanMotionNotPositive = Code(rawValue: 2)
        /// 3: perturbed eccentricity outside `0 ... 1` (deep space).
        public static let perturbedEccentricityOutOfRange = Code(rawValue: 3)
        /// 4: semi-latus rectum negative.
        public static let semiLatusRectumNegative = Code(rawValue: 4)
        /// 6: radius below one Earth radius: the satellite has decayed.
        public static let decayed = Code(rawValue: 6)
        /// 100 (Concord's own): the time is not finite or more than 10⁸ minutes (190 years)
        /// from epoch, where the deep-space resonance integrator would run without end.
        public static let timeOutOfRange = Code(rawValue: 100)

        public var description: String {
            switch self {
            case .meanEccentricityOutOfRange: "mean eccentricity out of range 0 <= e < 1"
            case .meanMotionNotPositive: "mean motion is not positive"
            case .perturbedEccentricityOutOfRange: "perturbed eccentricity out of range 0 <= e <= 1"
            case .semiLatusRectumNegative: "semi-latus rectum is negative"
            case .decayed: "radius below one Earth radius: the satellite has decayed"
            case .timeOutOfRange: "time not finite or more than 1e8 minutes from epoch"
            default: "SGP4 error \(rawValue)"
            }
        }
    }

    /// What went wrong.
    public var code: Code
    /// Minutes since epoch of the failing propagation.
    public var minutesSinceEpoch: Double
    /// The offending value (eccentricity, mean motion in rad/min, semi-latus rectum or
    /// radius in Earth radii).
    public var value: Double

    public init(code: Code, minutesSinceEpoch: Double, value: Double) {
        self.code = code
        self.minutesSinceEpoch = minutesSinceEpoch
        self.value = value
    }
}

extension SGP4Error: CustomStringConvertible {
    public var description: String {
        "SGP4 error \(code.rawValue) at \(minutesSinceEpoch) min: \(code) (value \(value))"
    }
}
