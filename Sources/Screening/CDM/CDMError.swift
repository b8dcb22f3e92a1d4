/// An error reading a CCSDS Conjunction Data Message (508.0-B-1), KVN or XML.
///
/// Names where (file, line, keyword) and why (``Code``), so a caller can match on it and a
/// person can fix the message. Also used for the non-fatal ``CDMReadResult/warnings``.
public struct CDMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the input was rejected (or, for a warning, what was tolerated).
    public enum Code: Sendable, Hashable {
        /// No CDM in the input (empty, or XML without `<cdm>`).
        case noMessage
        /// KVN that does not start with `CCSDS_CDM_VERS` (another message type); `firstKeyword` is what it starts with.
        case notACDM(firstKeyword: String)
        /// `CCSDS_CDM_VERS` other than 1.x or 2.x.
        case unsupportedVersion
        /// A line or element that cannot be read (no `=`, malformed XML); `detail` says what was expected.
        case syntax(detail: String)
        /// A keyword CDM 1.0 does not define (in a 1.0 message).
        case unknownKeyword
        /// A keyword given twice in one block.
        case duplicateKeyword
        /// A mandatory keyword is absent, or present with an empty / nil value.
        case missingKeyword
        /// A value that cannot be read as the keyword's type; `expected` names the type.
        case invalidValue(expected: String)
        /// A unit other than the one the standard prescribes (a warning: the value is kept as written).
        case wrongUnit(found: String, expected: String)
        /// A keyword outside the block it belongs to (e.g. an object keyword before `OBJECT`, or a
        /// third `OBJECT`).
        case misplacedKeyword
        /// Covariance rows given partly (each of the drag, SRP and thrust rows is all or nothing,
        /// and each needs the rows before it).
        case incompleteCovariance
        /// An optional value written as `NaN` or left empty, read as absent (a warning).
        case emptyOptionalValue
    }

    /// Why.
    public var code: Code
    /// File the text came from, when the caller named it.
    public var file: String?
    /// 1-based line of the keyword (KVN line, or the XML line of the element).
    public var line: Int?
    /// The keyword involved (`TCA`, `CRDOT_T`, `OBJECT` …).
    public var keyword: String?
    /// The offending value as written, when there is one.
    public var value: String?

    /// An error; readers fill in what they know.
    public init(_ code: Code, file: String? = nil, line: Int? = nil, keyword: String? = nil, value: String? = nil) {
        self.code = code
        self.file = file
        self.line = line
        self.keyword = keyword
        self.value = value
    }

    /// One line for people: `CDM-missing-TCA.txt:81: TCA: mandatory keyword missing`.
    public var description: String {
        var text = file ?? "CDM"
        if let line { text += ":\(line)" }
        text += ": "
        if let keyword { text += keyword }
        if let value { text += " = \"\(value)\"" }
        if keyword != nil || value != nil { text += ": " }
        return text + reason
    }

    private var reason: String {
        switch code {
        case .noMessage: "no CDM in the input"
        case .notACDM(let first): "not a CDM (starts with \(first), expected CCSDS_CDM_VERS)"
        case .unsupportedVersion: "unsupported CCSDS_CDM_VERS (1.0 and 2.0 are read)"
        case .syntax(let detail): "syntax error: \(detail)"
        case .unknownKeyword: "keyword not defined by CDM 1.0"
        case .duplicateKeyword: "keyword given twice"
        case .missingKeyword: "mandatory keyword missing or empty"
        case .invalidValue(let expected): "invalid value (expected \(expected))"
        case .wrongUnit(let found, let expected): "unit [\(found)] where the standard prescribes [\(expected)]"
        case .misplacedKeyword: "keyword outside its block"
        case .incompleteCovariance: "incomplete covariance row"
        case .emptyOptionalValue: "empty or NaN optional value read as absent"
        }
    }
}
