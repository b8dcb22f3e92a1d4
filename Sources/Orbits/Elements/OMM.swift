/// A CCSDS Orbit Mean-elements Message (CCSDS 502.0-B-2 / B-3) holding SGP4 mean elements.
///
/// One value holds one message: header, metadata and the SGP4 data (mean elements, TLE-related
/// parameters, and the optional GM, spacecraft parameters, covariance and user-defined parameters).
/// It is read from and written to the four encodings users meet: KVN, NDM/XML, JSON (CelesTrak and
/// Space-Track) and CelesTrak CSV (see ``OMMFormat``, ``OMM/readAll(_:format:file:)`` and
/// ``OMM/encode(_:as:)``).
///
/// Only SGP4 element sets are accepted (`MEAN_ELEMENT_THEORY` = `SGP4`, `SGP/SGP4` or `TLE`, in
/// `TEME`, `UTC`, around `EARTH`); messages of other theories are rejected with
/// ``OMMError/Kind/unsupportedTheory`` rather than read as if they were SGP4.
///
/// ``meanElements`` and ``init(meanElements:)`` convert to and from the TLE-equivalent
/// ``MeanElements``; what a TLE cannot hold (header, covariance …) stays here.
public struct OMM: Sendable, Hashable {
    // MARK: Header

    /// `CCSDS_OMM_VERS`, e.g. `"2.0"` (the version the NDM/XML 1.0 schema requires) or `"3.0"`.
    public var version: String = "2.0"
    /// `CREATION_DATE` (UTC); `nil` when the source had none (JSON, CSV) or left it empty.
    public var creationDate: Instant?
    /// `ORIGINATOR`, the agency that created the message; may be empty.
    public var originator: String = ""
    /// `MESSAGE_ID` (OMM 3.0 only), if given.
    public var messageID: String?
    /// Header `CLASSIFICATION` (OMM 3.0 only, e.g. `"CUI"`), if given. Not the TLE classification.
    public var messageClassification: String?
    /// `COMMENT` lines of the header, in order, without the keyword.
    public var headerComments: [String] = []

    // MARK: Metadata

    /// `OBJECT_NAME`, e.g. `"ISS (ZARYA)"`; may be empty.
    public var objectName: String = ""
    /// `OBJECT_ID`, the international designator in CCSDS form (`"1998-067A"`); may be empty.
    public var objectID: String = ""
    /// `CENTER_NAME`; always `"EARTH"` for SGP4 elements.
    public var centerName: String = "EARTH"
    /// `REF_FRAME`; always `"TEME"` for SGP4 elements.
    public var referenceFrame: String = "TEME"
    /// `REF_FRAME_EPOCH` (UTC), if given (TEME of date does not need one).
    public var referenceFrameEpoch: Instant?
    /// `TIME_SYSTEM`; always `"UTC"` for SGP4 elements.
    public var timeSystem: String = "UTC"
    /// `MEAN_ELEMENT_THEORY` as written (`"SGP4"`, `"SGP/SGP4"` or `"TLE"`).
    public var meanElementTheory: String = "SGP4"
    /// `COMMENT` lines of the metadata, in order.
    public var metadataComments: [String] = []

    // MARK: Mean elements

    /// `EPOCH` of the elements (UTC).
    public var epoch: Instant
    /// `MEAN_MOTION`, revolutions per day (Kozai mean motion, as in the TLE), > 0.
    public var meanMotion: Double
    /// `ECCENTRICITY`, 0 ..< 1.
    public var eccentricity: Double
    /// `INCLINATION`, degrees, 0 ... 180.
    public var inclination: Double
    /// `RA_OF_ASC_NODE`, right ascension of the ascending node, degrees, 0 ... 360.
    public var rightAscension: Double
    /// `ARG_OF_PERICENTER`, degrees, 0 ... 360.
    public var argumentOfPericenter: Double
    /// `MEAN_ANOMALY`, degrees, 0 ... 360.
    public var meanAnomaly: Double
    /// `GM`, km³/s², if given (informative: SGP4 uses its own WGS-72 constant).
    public var gm: Double?

    // MARK: TLE-related parameters

    /// `EPHEMERIS_TYPE` (0 for SGP4 element sets as distributed); 0 when absent.
    public var ephemerisType: Int = 0
    /// `CLASSIFICATION_TYPE`: `U`, `C` or `S`; `U` when absent.
    public var classificationType: Character = "U"
    /// `NORAD_CAT_ID`, 0 ... 339,999.
    public var noradCatalogID: Int
    /// `ELEMENT_SET_NO`, 0 ... 9,999.
    public var elementSetNumber: Int = 999
    /// `REV_AT_EPOCH`, revolution number at epoch, 0 ... 99,999.
    public var revolutionAtEpoch: Int = 0
    /// `BSTAR`, SGP4 drag term, 1/Earth radii.
    public var bstar: Double = 0
    /// `MEAN_MOTION_DOT`, first derivative of mean motion divided by two, rev/day² (as in the TLE).
    public var meanMotionDot: Double = 0
    /// `MEAN_MOTION_DDOT`, second derivative of mean motion divided by six, rev/day³ (as in the TLE).
    public var meanMotionDDot: Double = 0

    // MARK: Optional blocks

    /// Spacecraft parameters (`MASS` …), if given.
    public var spacecraft: OMMSpacecraftParameters?
    /// Position/velocity covariance (`CX_X` … `CZ_DOT_Z_DOT`), if given.
    public var covariance: OMMCovariance?
    /// `USER_DEFINED_*` parameters in file order (also Space-Track's extra JSON/CSV members).
    public var userDefined: [OMMUserDefinedParameter] = []
    /// `COMMENT` lines of the data section (all logical blocks together), in order.
    public var dataComments: [String] = []

    /// Creates a message from its mandatory data; everything else takes its default and can be set.
    public init(
        epoch: Instant, meanMotion: Double, eccentricity: Double, inclination: Double, rightAscension: Double,
        argumentOfPericenter: Double, meanAnomaly: Double, noradCatalogID: Int
    ) {
        self.epoch = epoch
        self.meanMotion = meanMotion
        self.eccentricity = eccentricity
        self.inclination = inclination
        self.rightAscension = rightAscension
        self.argumentOfPericenter = argumentOfPericenter
        self.meanAnomaly = meanAnomaly
        self.noradCatalogID = noradCatalogID
    }
}
