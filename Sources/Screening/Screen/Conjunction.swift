import Orbits

/// A close approach between two catalog objects at their time of closest approach (TCA),
/// with the relative state on the primary's R/T/N axes as a CDM states it.
public struct Conjunction: Sendable, Hashable {
    /// The object screened for (in all-vs-all screens, the one earlier in the catalog).
    public var primary: ScreeningObject
    /// The other object.
    public var secondary: ScreeningObject
    /// Time of closest approach (UTC), refined with direct SGP4 to well under a millisecond.
    public var tca: Instant
    /// TCA in seconds since the start of the screening span.
    public var tcaSeconds: Double
    /// Distance at TCA, km.
    public var missDistance: Double
    /// Relative speed at TCA, km/s.
    public var relativeSpeed: Double
    /// Secondary minus primary position at TCA on the primary's R/T/N axes, km.
    public var rtnPosition: SIMD3<Double>
    /// Secondary minus primary velocity at TCA on the primary's R/T/N axes, km/s.
    public var rtnVelocity: SIMD3<Double>
    /// Primary and secondary TEME states at TCA (km, km/s), for Pc and CDMs.
    public var primaryState: StateVector
    public var secondaryState: StateVector
    /// Co-moving, or at an end of the span.
    public var flags: ConjunctionFlags

    public init(
        primary: ScreeningObject, secondary: ScreeningObject, tca: Instant, tcaSeconds: Double,
        missDistance: Double, relativeSpeed: Double, rtnPosition: SIMD3<Double>, rtnVelocity: SIMD3<Double>,
        primaryState: StateVector, secondaryState: StateVector, flags: ConjunctionFlags
    ) {
        self.primary = primary
        self.secondary = secondary
        self.tca = tca
        self.tcaSeconds = tcaSeconds
        self.missDistance = missDistance
        self.relativeSpeed = relativeSpeed
        self.rtnPosition = rtnPosition
        self.rtnVelocity = rtnVelocity
        self.primaryState = primaryState
        self.secondaryState = secondaryState
        self.flags = flags
    }
}
