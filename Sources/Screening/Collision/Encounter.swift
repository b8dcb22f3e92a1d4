/// A close approach between two objects, as the probability methods take it: both states
/// and covariances at TCA in one inertial frame, and the combined hard-body radius.
public struct Encounter: Sendable, Hashable {
    /// The primary (the protected spacecraft, `OBJECT1` of a CDM).
    public var primary: ConjunctionObject
    /// The secondary (`OBJECT2`).
    public var secondary: ConjunctionObject
    /// Radius (m) of the sphere enclosing both bodies: a collision is a miss below it.
    public var hardBodyRadius: Double

    /// A conjunction of `primary` and `secondary` with combined hard-body radius `hardBodyRadius` (m).
    public init(primary: ConjunctionObject, secondary: ConjunctionObject, hardBodyRadius: Double) {
        self.primary = primary
        self.secondary = secondary
        self.hardBodyRadius = hardBodyRadius
    }

    /// Secondary minus primary position (m).
    public var relativePosition: SIMD3<Double> { secondary.position - primary.position }
    /// Secondary minus primary velocity (m/s).
    public var relativeVelocity: SIMD3<Double> { secondary.velocity - primary.velocity }
    /// Combined (primary + secondary) position covariance (m²), objects taken as uncorrelated.
    public var combinedPositionCovariance: Matrix3 { primary.covariance.position + secondary.covariance.position }
}
