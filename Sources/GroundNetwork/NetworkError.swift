/// Why a scheduling problem cannot be built from the registry, naming the value at fault.
///
/// `code` says which rule (match on it); `field` names the option or record involved
/// (`agreement`, `span.end`, `requests[iss-week-12]`); `detail` is the sentence for the user.
public struct NetworkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// The span is empty, reversed or too long.
        public static let invalidSpan = Code("invalidSpan")
        /// No agreement in force pools stations on the span's first day.
        public static let noNetwork = Code("noNetwork")
        /// Several agreements pool stations and none was chosen.
        public static let ambiguousAgreement = Code("ambiguousAgreement")
        /// The agreement named does not exist, is not in force, or pools no station.
        public static let unknownAgreement = Code("unknownAgreement")
        /// The problem built breaks a rule of the problem format (a stored record the builder
        /// could not reconcile); the detail quotes the format's error.
        public static let invalidProblem = Code("invalidProblem")

        public var description: String { name }
    }

    /// Which rule was broken.
    public var code: Code
    /// The option or record at fault.
    public var field: String
    /// A sentence for the user.
    public var detail: String

    /// Creates an error.
    public init(_ code: Code, field: String, detail: String) {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String { "\(field): \(detail) [\(code)]" }
}
