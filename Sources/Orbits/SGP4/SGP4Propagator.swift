#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An SGP4/SDP4 propagator for one element set: the 2006 Vallado revision
/// ("Revisiting Spacetrack Report #3", AIAA 2006-6753), as in Vallado's C++ and python-sgp4.
///
/// Create it once per element set (initialisation computes every coefficient), then ask for
/// TEME states at any time. It is an immutable value: propagation has no side effects, so
/// one propagator can be shared across threads. Element sets with a period of 225 minutes or
/// more use the deep-space (SDP4) lunar-solar and resonance terms.
///
/// Variable names in the implementation follow Vallado's so the code can be checked line by
/// line against the reference.
public struct SGP4Propagator: Sendable {
    /// The element set this propagator was made from.
    public let elements: MeanElements
    /// The Earth constants in use.
    public let gravity: GravityModel
    /// AFSPC or improved mode.
    public let mode: OperationMode

    // Mean elements at epoch in SGP4 units (radians, rad/min), after un-Kozai-ing.
    @usableFromInline let ecco: Double
    @usableFromInline let inclo: Double
    @usableFromInline let nodeo: Double
    @usableFromInline let argpo: Double
    @usableFromInline let mo: Double
    @usableFromInline let noUnkozai: Double
    @usableFromInline let bstar: Double

    // Near-earth secular and drag coefficients (Vallado's names).
    @usableFromInline let isimp: Bool
    @usableFromInline let aycof: Double
    @usableFromInline let con41: Double
    @usableFromInline let cc1: Double
    @usableFromInline let cc4: Double
    @usableFromInline let cc5: Double
    @usableFromInline let d2: Double
    @usableFromInline let d3: Double
    @usableFromInline let d4: Double
    @usableFromInline let delmo: Double
    @usableFromInline let eta: Double
    @usableFromInline let argpdot: Double
    @usableFromInline let omgcof: Double
    @usableFromInline let sinmao: Double
    @usableFromInline let t2cof: Double
    @usableFromInline let t3cof: Double
    @usableFromInline let t4cof: Double
    @usableFromInline let t5cof: Double
    @usableFromInline let x1mth2: Double
    @usableFromInline let x7thm1: Double
    @usableFromInline let mdot: Double
    @usableFromInline let nodedot: Double
    @usableFromInline let xlcof: Double
    @usableFromInline let xmcof: Double
    @usableFromInline let nodecf: Double
    /// Greenwich sidereal angle at epoch, rad (opsmode-dependent).
    @usableFromInline let gsto: Double
    /// Lunar-solar and resonance terms; `nil` for near-earth orbits.
    @usableFromInline let deepSpace: DeepSpaceTerms?

    /// True when the deep-space (SDP4) branch is used: period ≥ 225 min.
    @inlinable public var isDeepSpace: Bool { deepSpace != nil }

    /// Semi-major axis at epoch, Earth radii (from the un-Kozai'd mean motion).
    public var semiMajorAxis: Double { pow(noUnkozai * gravity.minutesPerTimeUnit, -2.0 / 3.0) }

    /// Mean motion at epoch after removing the Kozai correction, rad/min.
    @inlinable public var meanMotion: Double { noUnkozai }
}

extension SGP4Propagator {
    /// `pow(xke / n, 2/3)` for the un-Kozai'd mean motion: the near-earth semi-major axis
    /// before drag, Earth radii (the batch kernel multiplies it by tempa²).
    @usableFromInline var semiMajorAxisBase: Double { pow(gravity.xke / noUnkozai, 2.0 / 3.0) }
    /// sin and cos of the epoch inclination.
    @usableFromInline var sinInclination: Double { sin(inclo) }
    @usableFromInline var cosInclination: Double { cos(inclo) }
}
