/// A rule of the consortium's domain that a value breaks, naming the field at fault.
///
/// The `code` says which rule (match on it); `field` is the JSON path of the offending value
/// (`clauses.networkShares[2].percent`); `detail` is the sentence shown to the user.
public struct DomainError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// An id that is not a lowercase slug.
        public static let invalidIdentifier = Code("invalidIdentifier")
        /// A required text is empty or too long.
        public static let invalidText = Code("invalidText")
        /// A number outside its allowed range.
        public static let outOfRange = Code("outOfRange")
        /// A value not in its allowed set or format (country code, COSPAR id, e-mail).
        public static let invalidFormat = Code("invalidFormat")
        /// The same entry listed twice.
        public static let duplicate = Code("duplicate")
        /// Percentages that do not add up to 100.
        public static let sharesDoNotSum = Code("sharesDoNotSum")
        /// A term that names a partner that is not (or no longer) a party.
        public static let notAParty = Code("notAParty")
        /// Dates in the wrong order (signed after effective, expiry before effective).
        public static let dateOrder = Code("dateOrder")
        /// An orbit (TLE or OMM) that does not parse or disagrees with the spacecraft.
        public static let invalidOrbit = Code("invalidOrbit")
        /// A reference to an entity that does not exist.
        public static let unknownReference = Code("unknownReference")
        /// A change that the entity's state does not allow (withdrawing twice, editing a withdrawn agreement).
        public static let invalidTransition = Code("invalidTransition")

        public var description: String { name }
    }

    /// Which rule was broken.
    public var code: Code
    /// The JSON path of the offending value, e.g. `clauses.networkShares`.
    public var field: String
    /// A sentence for the user saying what is wrong.
    public var detail: String

    /// Creates an error for `field`.
    public init(_ code: Code, field: String, detail: String) {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String { "\(field): \(detail)" }
}
