/// An error reading a CCSDS OMM in any encoding (KVN, XML, JSON, CSV).
///
/// It names where the problem is (file, line, message or row number, keyword) and why
/// (``Kind``), so a caller can match on it and a person can fix the input.
public struct OMMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the input was rejected.
    public enum Kind: Sendable, Hashable {
        /// The input holds no OMM at all (empty file, or XML/JSON without an OMM).
        case noMessage
        /// KVN that does not start with `CCSDS_OMM_VERS` (e.g. an OPM or OEM); `firstKeyword` is
        /// the keyword it starts with.
        case notAnOMM(firstKeyword: String)
        /// The input holds several messages where exactly one was asked for.
        case multipleMessages(count: Int)
        /// A line, element or token that cannot be read in this encoding (e.g. a KVN line without `=`,
        /// malformed XML or JSON); `detail` says what was expected.
        case syntax(detail: String)
        /// A keyword (KVN key, XML element, CSV column) that the OMM standard does not define.
        case unknownKey
        /// A keyword given twice in one message.
        case duplicateKey
        /// A keyword the message must hold is absent.
        case missingKey
        /// A value that cannot be read as the keyword's type; `expected` names the type.
        case invalidValue(expected: String)
        /// A number outside its allowed range; `allowed` describes the range.
        case outOfRange(allowed: String)
        /// A unit (KVN `[unit]`, XML `units="…"`) other than the one the standard prescribes.
        case wrongUnit(found: String, expected: String)
        /// `MEAN_ELEMENT_THEORY` is not SGP4: the elements are mean elements of another theory
        /// (SGP4-XP, DSST, Brouwer, Eckstein-Hechler …), which the SGP4 propagator must not use.
        case unsupportedTheory
        /// A metadata value an SGP4 element set cannot have (`REF_FRAME` other than TEME,
        /// `TIME_SYSTEM` other than UTC, `CENTER_NAME` other than EARTH); `expected` is the required value.
        case unsupportedMetadata(expected: String)
        /// A keyword of another mean-element theory (e.g. `SEMI_MAJOR_AXIS`, `BTERM`, `AGOM`) in an SGP4 OMM.
        case notSGP4Key
        /// An XML element in a place the NDM/XML structure does not allow (e.g. a second `metadata`).
        case unexpectedElement
        /// Covariance keys given, but not all 21 of them.
        case incompleteCovariance
        /// Spacecraft parameters given, but not all five of them.
        case incompleteSpacecraftParameters
    }

    /// Why the input was rejected.
    public var kind: Kind
    /// File the text came from, when the caller named it.
    public var file: String?
    /// 1-based line in the text (KVN line, XML line of the element, JSON line, CSV physical line).
    public var line: Int?
    /// 1-based number of the message within the file (KVN message, XML `<omm>`, JSON array element,
    /// CSV data row after the header), when the file holds several.
    public var record: Int?
    /// The keyword involved (`MEAN_MOTION`, `USER_DEFINED_X`, an XML element name …).
    public var key: String?
    /// The offending value as it was written, when there is one.
    public var value: String?

    /// Creates an error; parsers fill in what they know.
    public init(
        _ kind: Kind, file: String? = nil, line: Int? = nil, record: Int? = nil, key: String? = nil,
        value: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.record = record
        self.key = key
        self.value = value
    }

    /// One line for people: `file:line: record 3: MEAN_MOTION = "x": not a number (expected real)`.
    public var description: String {
        var place = file ?? "OMM"
        if let line { place += ":\(line)" }
        if let record { place += " record \(record)" }
        var text = place + ": "
        if let key { text += key }
        if let value { text += " = \"\(value)\"" }
        if key != nil || value != nil { text += ": " }
        return text + reason
    }

    /// The reason alone, in words.
    public var reason: String {
        switch kind {
        case .noMessage: "no OMM found"
        case .notAnOMM(let keyword): "not an OMM: starts with \(keyword) where CCSDS_OMM_VERS is required"
        case .multipleMessages(let count): "\(count) messages found where one was expected"
        case .syntax(let detail): "syntax error: \(detail)"
        case .unknownKey: "unknown keyword"
        case .duplicateKey: "keyword given more than once"
        case .missingKey: "mandatory keyword missing"
        case .invalidValue(let expected): "not a valid \(expected)"
        case .outOfRange(let allowed): "out of range (allowed \(allowed))"
        case .wrongUnit(let found, let expected): "unit [\(found)] where [\(expected)] is required"
        case .unsupportedTheory:
            "mean element theory is not SGP4 (these elements cannot be propagated with SGP4)"
        case .unsupportedMetadata(let expected): "must be \(expected) for SGP4 mean elements"
        case .notSGP4Key: "keyword of another mean element theory, not allowed with SGP4"
        case .unexpectedElement: "element not allowed here by the NDM/XML structure"
        case .incompleteCovariance: "covariance matrix incomplete (all 21 CX_X … CZ_DOT_Z_DOT are required)"
        case .incompleteSpacecraftParameters:
            "spacecraft parameters incomplete (MASS, SOLAR_RAD_AREA, SOLAR_RAD_COEFF, DRAG_AREA, DRAG_COEFF)"
        }
    }
}
