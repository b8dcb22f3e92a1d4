/// Mean orbital elements in the SGP4 theory: the content of a TLE or of a CCSDS OMM
/// whose `MEAN_ELEMENT_THEORY` is SGP4 (or SGP4-XP is not supported).
///
/// Units follow the public formats, not the propagator's internals, so a TLE and an OMM
/// of the same object compare equal field by field.
public struct MeanElements: Sendable, Hashable {
    /// Object name (3LE line 0 or OMM `OBJECT_NAME`), trimmed; `nil` when absent.
    public var name: String?
    /// NORAD catalog number, 0 ... 339,999 (Alpha-5 `A0000` = 100,000, `Z9999` = 339,999).
    public var catalogNumber: Int
    /// Security classification: `U`, `C` or `S`.
    public var classification: Character
    /// International designator as in TLE columns 10–17 (`98067A`), trimmed; may be empty.
    public var internationalDesignator: String
    /// Epoch of the elements (UTC).
    public var epoch: Instant
    /// First derivative of mean motion divided by two, rev/day² (TLE line 1 cols 34–43,
    /// OMM `MEAN_MOTION_DOT`).
    public var meanMotionDot: Double
    /// Second derivative of mean motion divided by six, rev/day³ (OMM `MEAN_MOTION_DDOT`).
    public var meanMotionDDot: Double
    /// SGP4 drag term B*, in 1/Earth radii.
    public var bstar: Double
    /// Ephemeris type (0 for SGP4 element sets as distributed).
    public var ephemerisType: Int
    /// Element set number, 0 ... 9,999.
    public var elementSetNumber: Int
    /// Inclination, degrees, 0 ... 180.
    public var inclination: Double
    /// Right ascension of the ascending node, degrees, 0 ... 360.
    public var rightAscension: Double
    /// Eccentricity, 0 ..< 1.
    public var eccentricity: Double
    /// Argument of perigee, degrees, 0 ... 360.
    public var argumentOfPerigee: Double
    /// Mean anomaly, degrees, 0 ... 360.
    public var meanAnomaly: Double
    /// Mean motion, revolutions per day (Kozai mean motion as in the TLE).
    public var meanMotion: Double
    /// Revolution number at epoch, 0 ... 99,999.
    public var revolutionNumber: Int

    /// Creates an element set; values are taken as given (parsers range-check them).
    public init(
        name: String? = nil,
        catalogNumber: Int,
        classification: Character = "U",
        internationalDesignator: String = "",
        epoch: Instant,
        meanMotionDot: Double = 0,
        meanMotionDDot: Double = 0,
        bstar: Double = 0,
        ephemerisType: Int = 0,
        elementSetNumber: Int = 0,
        inclination: Double,
        rightAscension: Double,
        eccentricity: Double,
        argumentOfPerigee: Double,
        meanAnomaly: Double,
        meanMotion: Double,
        revolutionNumber: Int = 0
    ) {
        self.name = name
        self.catalogNumber = catalogNumber
        self.classification = classification
        self.internationalDesignator = internationalDesignator
        self.epoch = epoch
        self.meanMotionDot = meanMotionDot
        self.meanMotionDDot = meanMotionDDot
        self.bstar = bstar
        self.ephemerisType = ephemerisType
        self.elementSetNumber = elementSetNumber
        self.inclination = inclination
        self.rightAscension = rightAscension
        self.eccentricity = eccentricity
        self.argumentOfPerigee = argumentOfPerigee
        self.meanAnomaly = meanAnomaly
        self.meanMotion = meanMotion
        self.revolutionNumber = revolutionNumber
    }
}
