/// The metadata of one object in a CDM (508.0-B-1 §3.4): identity, operator, covariance
/// method, reference frame and the force models of its orbit determination.
public struct CDMMetadata: Sendable, Hashable {
    /// `COMMENT` lines of the block.
    public var comments: [String] = []
    /// `OBJECT`: `OBJECT1` or `OBJECT2`.
    public var object: String
    /// `OBJECT_DESIGNATOR` (catalogue number, e.g. `25544`).
    public var objectDesignator: String
    /// `CATALOG_NAME` (e.g. `SATCAT`).
    public var catalogName: String
    /// `OBJECT_NAME`.
    public var objectName: String
    /// `INTERNATIONAL_DESIGNATOR` (COSPAR ID, e.g. `1998-067A`).
    public var internationalDesignator: String
    /// `OBJECT_TYPE` (`PAYLOAD`, `ROCKET BODY`, `DEBRIS`, `UNKNOWN`, `OTHER`).
    public var objectType: String?
    /// `OPERATOR_CONTACT_POSITION`.
    public var operatorContactPosition: String?
    /// `OPERATOR_ORGANIZATION`.
    public var operatorOrganization: String?
    /// `OPERATOR_PHONE`.
    public var operatorPhone: String?
    /// `OPERATOR_EMAIL`.
    public var operatorEmail: String?
    /// `EPHEMERIS_NAME` (`NONE` when the state is not from an operator ephemeris).
    public var ephemerisName: String
    /// `COVARIANCE_METHOD`: `CALCULATED` or `DEFAULT`.
    public var covarianceMethod: String
    /// `MANEUVERABLE`: `YES`, `NO` or `N/A`.
    public var maneuverable: String
    /// `ORBIT_CENTER` (Earth when absent).
    public var orbitCenter: String?
    /// `REF_FRAME` of the state vector: `EME2000`, `GCRF` or `ITRF`.
    public var refFrame: String
    /// `GRAVITY_MODEL` (e.g. `EGM-96: 36D 36O`).
    public var gravityModel: String?
    /// `ATMOSPHERIC_MODEL`.
    public var atmosphericModel: String?
    /// `N_BODY_PERTURBATIONS`.
    public var nBodyPerturbations: String?
    /// `SOLAR_RAD_PRESSURE`: `YES` or `NO`.
    public var solarRadPressure: String?
    /// `EARTH_TIDES`: `YES` or `NO`.
    public var earthTides: String?
    /// `INTRACK_THRUST`: `YES` or `NO`.
    public var intrackThrust: String?

    /// Metadata with the mandatory fields.
    public init(
        object: String, objectDesignator: String, catalogName: String = "SATCAT", objectName: String,
        internationalDesignator: String, ephemerisName: String = "NONE", covarianceMethod: String = "CALCULATED",
        maneuverable: String = "N/A", refFrame: String = "EME2000"
    ) {
        self.object = object
        self.objectDesignator = objectDesignator
        self.catalogName = catalogName
        self.objectName = objectName
        self.internationalDesignator = internationalDesignator
        self.ephemerisName = ephemerisName
        self.covarianceMethod = covarianceMethod
        self.maneuverable = maneuverable
        self.refFrame = refFrame
    }

    /// The metadata keywords in the standard's order, with whether each is mandatory.
    static let keywords: [(name: String, mandatory: Bool)] = [
        ("OBJECT", true), ("OBJECT_DESIGNATOR", true), ("CATALOG_NAME", true), ("OBJECT_NAME", true),
        ("INTERNATIONAL_DESIGNATOR", true), ("OBJECT_TYPE", false), ("OPERATOR_CONTACT_POSITION", false),
        ("OPERATOR_ORGANIZATION", false), ("OPERATOR_PHONE", false), ("OPERATOR_EMAIL", false),
        ("EPHEMERIS_NAME", true), ("COVARIANCE_METHOD", true), ("MANEUVERABLE", true), ("ORBIT_CENTER", false),
        ("REF_FRAME", true), ("GRAVITY_MODEL", false), ("ATMOSPHERIC_MODEL", false),
        ("N_BODY_PERTURBATIONS", false), ("SOLAR_RAD_PRESSURE", false), ("EARTH_TIDES", false),
        ("INTRACK_THRUST", false),
    ]

    /// The value of metadata keyword `name` (nil when absent or not a metadata keyword).
    func value(_ name: String) -> String? {
        switch name {
        case "OBJECT": object
        case "OBJECT_DESIGNATOR": objectDesignator
        case "CATALOG_NAME": catalogName
        case "OBJECT_NAME": objectName
        case "INTERNATIONAL_DESIGNATOR": internationalDesignator
        case "OBJECT_TYPE": objectType
        case "OPERATOR_CONTACT_POSITION": operatorContactPosition
        case "OPERATOR_ORGANIZATION": operatorOrganization
        case "OPERATOR_PHONE": operatorPhone
        case "OPERATOR_EMAIL": operatorEmail
        case "EPHEMERIS_NAME": ephemerisName
        case "COVARIANCE_METHOD": covarianceMethod
        case "MANEUVERABLE": maneuverable
        case "ORBIT_CENTER": orbitCenter
        case "REF_FRAME": refFrame
        case "GRAVITY_MODEL": gravityModel
        case "ATMOSPHERIC_MODEL": atmosphericModel
        case "N_BODY_PERTURBATIONS": nBodyPerturbations
        case "SOLAR_RAD_PRESSURE": solarRadPressure
        case "EARTH_TIDES": earthTides
        case "INTRACK_THRUST": intrackThrust
        default: nil
        }
    }

    /// Metadata built from keyword values (the reader checks the mandatory ones first).
    init(values: [String: String], comments: [String]) {
        self.init(
            object: values["OBJECT"] ?? "", objectDesignator: values["OBJECT_DESIGNATOR"] ?? "",
            catalogName: values["CATALOG_NAME"] ?? "", objectName: values["OBJECT_NAME"] ?? "",
            internationalDesignator: values["INTERNATIONAL_DESIGNATOR"] ?? "",
            ephemerisName: values["EPHEMERIS_NAME"] ?? "", covarianceMethod: values["COVARIANCE_METHOD"] ?? "",
            maneuverable: values["MANEUVERABLE"] ?? "", refFrame: values["REF_FRAME"] ?? "")
        self.comments = comments
        objectType = values["OBJECT_TYPE"]
        operatorContactPosition = values["OPERATOR_CONTACT_POSITION"]
        operatorOrganization = values["OPERATOR_ORGANIZATION"]
        operatorPhone = values["OPERATOR_PHONE"]
        operatorEmail = values["OPERATOR_EMAIL"]
        orbitCenter = values["ORBIT_CENTER"]
        gravityModel = values["GRAVITY_MODEL"]
        atmosphericModel = values["ATMOSPHERIC_MODEL"]
        nBodyPerturbations = values["N_BODY_PERTURBATIONS"]
        solarRadPressure = values["SOLAR_RAD_PRESSURE"]
        earthTides = values["EARTH_TIDES"]
        intrackThrust = values["INTRACK_THRUST"]
    }
}
