/// A problem or schedule that cannot be read or breaks a rule of the format, naming the value
/// at fault.
///
/// `code` says which rule (match on it); `field` is the JSON path of the offending value
/// (`requests[3].window.end`); `detail` is the sentence shown to the user.
public struct SchedulingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// The text is not JSON, or a value has the wrong JSON type.
        public static let malformed = Code("malformed")
        /// `format` is not the expected format name.
        public static let wrongFormat = Code("wrongFormat")
        /// `version` is not a version this library reads.
        public static let unsupportedVersion = Code("unsupportedVersion")
        /// A required field is absent.
        public static let missingField = Code("missingField")
        /// A number outside its allowed range (negative duration, share above 1).
        public static let outOfRange = Code("outOfRange")
        /// A time span whose end is not after its start, or that leaves the horizon.
        public static let invalidSpan = Code("invalidSpan")
        /// A value not in its allowed set or form (priority name, TLE text).
        public static let invalidValue = Code("invalidValue")
        /// The same id listed twice.
        public static let duplicate = Code("duplicate")
        /// A reference to an id that does not exist.
        public static let unknownReference = Code("unknownReference")
        /// Fields that contradict each other (a split track longer than the wanted total).
        public static let inconsistent = Code("inconsistent")

        public var description: String { name }
    }

    /// Which rule was broken.
    public var code: Code
    /// The JSON path of the offending value, e.g. `antennas[2].downtime[0].end`.
    public var field: String
    /// A sentence for the user saying what is wrong.
    public var detail: String

    /// Creates an error for `field`.
    public init(_ code: Code, field: String, detail: String) {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String { "\(field.isEmpty ? "(root)" : field): \(detail) [\(code)]" }
}

extension SchedulingError {
    /// The error for a `DecodingError` from `JSONDecoder`, with the coding path as a JSON path.
    init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(.missingField, field: path(context.codingPath + [key]), detail: "required field is missing")
        case .typeMismatch(let type, let context):
            self.init(.malformed, field: path(context.codingPath), detail: "expected \(type)")
        case .valueNotFound(let type, let context):
            self.init(.missingField, field: path(context.codingPath), detail: "expected \(type), found null")
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { ": \($0)" } ?? ""
            self.init(.malformed, field: path(context.codingPath), detail: context.debugDescription + underlying)
        @unknown default:
            self.init(.malformed, field: "", detail: "\(error)")
        }
    }
}
