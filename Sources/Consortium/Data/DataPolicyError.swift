/// Why a data product's metadata or a change of its policy is refused, naming the field.
///
/// Match on `code`; `field` is the JSON path of the offending value (`embargoEnd`,
/// `earlyAccess[1]`, `keywords[3]`); `detail` is the sentence for the user.
public struct DataPolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// A change that goes past what the agreement's data clause allows (a longer embargo,
        /// another audience).
        public static let beyondClause = Code("beyondClause")
        /// A partner that is not a party of the covering agreement.
        public static let notAParty = Code("notAParty")
        /// No agreement in force binds the producer (and the mission's participants).
        public static let noCoveringAgreement = Code("noCoveringAgreement")
        /// Several agreements could cover the product: the uploader must name one.
        public static let ambiguousAgreement = Code("ambiguousAgreement")
        /// A metadata value that is empty, too long, malformed or out of order.
        public static let invalidValue = Code("invalidValue")
        /// The caller's role or partner may not do this (upload, change a policy).
        public static let notPermitted = Code("notPermitted")

        public var description: String { name }
    }

    /// Which rule was broken.
    public var code: Code
    /// The JSON path of the offending value.
    public var field: String
    /// A sentence for the user.
    public var detail: String

    /// Creates an error for `field`.
    public init(_ code: Code, field: String, detail: String) {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String { "\(code): \(field): \(detail)" }
}
