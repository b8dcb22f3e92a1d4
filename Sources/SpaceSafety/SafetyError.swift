/// Why a screening of the fleet cannot be run or a stored record cannot be used, naming the
/// field or record at fault.
///
/// `code` says which rule (match on it); `field` names the option or record involved
/// (`spanHours`, `thresholdKm`, `catalog[25544]`); `detail` is the sentence for the user.
public struct SafetyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// An option out of its range (span, threshold, hard-body radius).
        public static let invalidOption = Code("invalidOption")
        /// No spacecraft of any partner has an orbit: there is nothing to screen for.
        public static let noPrimaries = Code("noPrimaries")
        /// The screening engine refused the options (its `ScreeningError` quoted).
        public static let screeningRefused = Code("screeningRefused")
        /// A stored record cannot be read back (a corrupt document or element set).
        public static let corruptRecord = Code("corruptRecord")

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
