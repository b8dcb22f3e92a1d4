/// A keyword of a CCSDS Orbit Mean-elements Message (CCSDS 502.0-B-2 / B-3, tables 4-1 … 4-3).
///
/// The same keywords name KVN lines, NDM/XML elements, JSON members and CSV columns.
/// `USER_DEFINED_*` parameters are not listed here: they are kept verbatim in
/// ``OMM/userDefined``.
public enum OMMKey: UInt8, CaseIterable, Sendable, Hashable {
    // Header
    case ccsdsOMMVersion, comment, classification, creationDate, originator, messageID
    // Metadata
    case objectName, objectID, centerName, referenceFrame, referenceFrameEpoch, timeSystem, meanElementTheory
    // Mean elements
    case epoch, semiMajorAxis, meanMotion, eccentricity, inclination, rightAscension, argumentOfPericenter
    case meanAnomaly, gm
    // Spacecraft parameters
    case mass, solarRadiationArea, solarRadiationCoefficient, dragArea, dragCoefficient
    // TLE-related parameters
    case ephemerisType, classificationType, noradCatalogID, elementSetNumber, revolutionAtEpoch, bstar, bterm
    case meanMotionDot, meanMotionDDot, agom
    // Covariance (lower triangle, row by row, as the standard lists it)
    case covarianceReferenceFrame
    case cxx, cyx, cyy, czx, czy, czz
    case cxdotx, cxdoty, cxdotz, cxdotxdot
    case cydotx, cydoty, cydotz, cydotxdot, cydotydot
    case czdotx, czdoty, czdotz, czdotxdot, czdotydot, czdotzdot

    /// The keyword as it is spelled in every encoding, e.g. `MEAN_MOTION`.
    public var keyword: String { Self.keywords[Int(rawValue)] }

    /// The key spelled `keyword` (exact, upper case), or `nil` for an unknown keyword.
    public init?(keyword: some StringProtocol) {
        guard let key = Self.byKeyword[String(keyword)] else { return nil }
        self = key
    }

    /// How the value of a key is read.
    enum ValueKind: Sendable { case text, real, integer, date }

    /// How the value of this key is read.
    var valueKind: ValueKind {
        switch self {
        case .creationDate, .epoch, .referenceFrameEpoch: .date
        case .ephemerisType, .noradCatalogID, .elementSetNumber, .revolutionAtEpoch: .integer
        case .ccsdsOMMVersion, .comment, .classification, .originator, .messageID, .objectName, .objectID,
            .centerName, .referenceFrame, .timeSystem, .meanElementTheory, .classificationType,
            .covarianceReferenceFrame:
            .text
        default: .real
        }
    }

    /// The unit the standard prescribes (as written in KVN brackets and XML `units`), or `nil` when
    /// the value is dimensionless or not a number.
    public var unit: String? {
        switch self {
        case .semiMajorAxis: "km"
        case .meanMotion: "rev/day"
        case .inclination, .rightAscension, .argumentOfPericenter, .meanAnomaly: "deg"
        case .gm: "km**3/s**2"
        case .mass: "kg"
        case .solarRadiationArea, .dragArea: "m**2"
        case .bstar: "1/ER"
        case .bterm, .agom: "m**2/kg"
        case .meanMotionDot: "rev/day**2"
        case .meanMotionDDot: "rev/day**3"
        case .cxx, .cyx, .cyy, .czx, .czy, .czz: "km**2"
        case .cxdotx, .cxdoty, .cxdotz, .cydotx, .cydoty, .cydotz, .czdotx, .czdoty, .czdotz: "km**2/s"
        case .cxdotxdot, .cydotxdot, .cydotydot, .czdotxdot, .czdotydot, .czdotzdot: "km**2/s**2"
        default: nil
        }
    }

    /// The 21 covariance keys in the standard's order (lower triangle of the 6×6 matrix, row by row).
    static let covarianceKeys: [OMMKey] = (OMMKey.cxx.rawValue...OMMKey.czdotzdot.rawValue).map {
        OMMKey(rawValue: $0)!
    }

    private static let keywords: [String] = [
        "CCSDS_OMM_VERS", "COMMENT", "CLASSIFICATION", "CREATION_DATE", "ORIGINATOR", "MESSAGE_ID",
        "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "REF_FRAME_EPOCH", "TIME_SYSTEM",
        "MEAN_ELEMENT_THEORY",
        "EPOCH", "SEMI_MAJOR_AXIS", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE",
        "ARG_OF_PERICENTER", "MEAN_ANOMALY", "GM",
        "MASS", "SOLAR_RAD_AREA", "SOLAR_RAD_COEFF", "DRAG_AREA", "DRAG_COEFF",
        "EPHEMERIS_TYPE", "CLASSIFICATION_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO", "REV_AT_EPOCH", "BSTAR",
        "BTERM", "MEAN_MOTION_DOT", "MEAN_MOTION_DDOT", "AGOM",
        "COV_REF_FRAME",
        "CX_X", "CY_X", "CY_Y", "CZ_X", "CZ_Y", "CZ_Z",
        "CX_DOT_X", "CX_DOT_Y", "CX_DOT_Z", "CX_DOT_X_DOT",
        "CY_DOT_X", "CY_DOT_Y", "CY_DOT_Z", "CY_DOT_X_DOT", "CY_DOT_Y_DOT",
        "CZ_DOT_X", "CZ_DOT_Y", "CZ_DOT_Z", "CZ_DOT_X_DOT", "CZ_DOT_Y_DOT", "CZ_DOT_Z_DOT",
    ]

    private static let byKeyword: [String: OMMKey] = Dictionary(
        uniqueKeysWithValues: OMMKey.allCases.map { ($0.keyword, $0) })
}
