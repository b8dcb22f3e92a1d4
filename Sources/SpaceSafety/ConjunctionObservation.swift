import Consortium
import Orbits
import Screening

/// What one screening run found about a conjunction event: the close approach (TCA, miss
/// distance, relative state, both TEME states), its maximum probability of collision, and what
/// is needed to write its CDM again later: both element sets used and the run's options.
///
/// Element sets carry no covariance, so the probability is the maximum over any circular
/// covariance (`MaximumPc.isotropic`, as CelesTrak's SOCRATES publishes) with the run's
/// hard-body radius: an upper bound, not an estimate.
public struct ConjunctionObservation: Codable, Sendable, Hashable {
    /// The run that made it.
    public var run: String
    /// When the run was made (UTC).
    public var screenedAt: Instant
    /// The run's options (span, threshold, hard-body radius).
    public var options: ScreeningRunOptions
    /// The catalog number of the object the relative state is given from (the event's primary,
    /// or its secondary when this run screened the pair the other way round).
    public var primaryNoradID: Int
    /// TCA in seconds since the span's start (full precision; `tca` is derived from it).
    public var tcaSeconds: Double
    /// Distance at TCA, km.
    public var missDistanceKm: Double
    /// Relative speed at TCA, km/s.
    public var relativeSpeedKmPerS: Double
    /// Secondary minus primary position on the primary's R/T/N axes at TCA, km.
    public var rtnPositionKm: SIMD3<Double>
    /// Secondary minus primary velocity on the primary's R/T/N axes at TCA, km/s.
    public var rtnVelocityKmPerS: SIMD3<Double>
    /// The primary's TEME position (km) and velocity (km/s) at TCA.
    public var primaryPositionKm: SIMD3<Double>
    public var primaryVelocityKmPerS: SIMD3<Double>
    /// The secondary's TEME position (km) and velocity (km/s) at TCA.
    public var secondaryPositionKm: SIMD3<Double>
    public var secondaryVelocityKmPerS: SIMD3<Double>
    /// The screening engine's flags (`comoving`, `span-start`, `span-end`).
    public var flags: [String]
    /// Maximum 2D probability of collision over circular covariances, with the run's hard-body radius.
    public var maximumPc: Double
    /// The element sets screened: the primary's and the secondary's.
    public var primaryElements: Spacecraft.Orbit
    public var secondaryElements: Spacecraft.Orbit

    /// TCA (UTC).
    public var tca: Instant { options.start.adding(seconds: tcaSeconds) }

    /// The observation of `conjunction`, found by `run` at `screenedAt` with `options`, from
    /// these element sets.
    public init(
        _ conjunction: Conjunction, run: String, screenedAt: Instant, options: ScreeningRunOptions,
        primaryElements: Spacecraft.Orbit, secondaryElements: Spacecraft.Orbit
    ) {
        self.run = run
        self.screenedAt = screenedAt
        self.options = options
        primaryNoradID = conjunction.primary.catalogNumber
        tcaSeconds = conjunction.tca.seconds(since: options.start)
        missDistanceKm = conjunction.missDistance
        relativeSpeedKmPerS = conjunction.relativeSpeed
        rtnPositionKm = conjunction.rtnPosition
        rtnVelocityKmPerS = conjunction.rtnVelocity
        primaryPositionKm = conjunction.primaryState.position
        primaryVelocityKmPerS = conjunction.primaryState.velocity
        secondaryPositionKm = conjunction.secondaryState.position
        secondaryVelocityKmPerS = conjunction.secondaryState.velocity
        flags = conjunction.flags.names
        maximumPc =
            MaximumPc.isotropic(miss: conjunction.missDistance * 1000, hardBodyRadius: options.hardBodyRadiusMeters)
            .probability
        self.primaryElements = primaryElements
        self.secondaryElements = secondaryElements
    }

    /// The screening engine's conjunction again, between `primary` and `secondary`, for the
    /// event book and for CDMs.
    public func conjunction(primary: ScreeningObject, secondary: ScreeningObject) -> Conjunction {
        var set = ConjunctionFlags()
        if flags.contains("comoving") { set.insert(.comoving) }
        if flags.contains("span-start") { set.insert(.spanStart) }
        if flags.contains("span-end") { set.insert(.spanEnd) }
        return Conjunction(
            primary: primary, secondary: secondary, tca: tca, tcaSeconds: tcaSeconds, missDistance: missDistanceKm,
            relativeSpeed: relativeSpeedKmPerS, rtnPosition: rtnPositionKm, rtnVelocity: rtnVelocityKmPerS,
            primaryState: StateVector(position: primaryPositionKm, velocity: primaryVelocityKmPerS),
            secondaryState: StateVector(position: secondaryPositionKm, velocity: secondaryVelocityKmPerS), flags: set)
    }
}
