/// Screening options that cannot be run, naming the field and the value.
public struct ScreeningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A span that is not finite and positive.
        public static let invalidSpan = Code(rawValue: "invalid-span")
        /// A threshold (or ellipsoid semi-axis) that is not finite and positive.
        public static let invalidThreshold = Code(rawValue: "invalid-threshold")
        /// A node step that is not finite and positive, or longer than 120 s.
        public static let invalidNodeStep = Code(rawValue: "invalid-node-step")
        /// A primary catalog number that is not in the catalog.
        public static let unknownPrimary = Code(rawValue: "unknown-primary")
        /// A co-moving speed that is negative or not finite.
        public static let invalidComovingSpeed = Code(rawValue: "invalid-comoving-speed")
    }

    /// What is wrong.
    public var code: Code
    /// The option at fault (`span`, `threshold`, `nodeStep`, `primaries`, `comovingSpeed`).
    public var field: String
    /// The offending value, as text.
    public var value: String

    public init(code: Code, field: String, value: String) {
        self.code = code
        self.field = field
        self.value = value
    }

    public var description: String { "\(code.rawValue): \(field) = \(value)" }
}
