import Consortium

/// Why the store refused or failed a request, with the field or record involved.
///
/// Match on `code`; `field` is the JSON path of the offending value when there is one;
/// `detail` is the sentence for the user. Database failures keep the driver's message in
/// `detail` and have code `.database`.
public struct StorageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// No record with that id.
        public static let notFound = Code("notFound")
        /// A record with that id (or that unique value) exists already.
        public static let conflict = Code("conflict")
        /// The stored version is not the one the update expected.
        public static let versionMismatch = Code("versionMismatch")
        /// The record breaks a domain rule (see `domainError`).
        public static let invalid = Code("invalid")
        /// A referenced record does not exist, or belongs to another partner.
        public static let missingReference = Code("missingReference")
        /// The record cannot be deleted: others refer to it.
        public static let inUse = Code("inUse")
        /// A list filter on a field that cannot be filtered, or a malformed cursor.
        public static let invalidFilter = Code("invalidFilter")
        /// The database failed (connection, disk, driver).
        public static let database = Code("database")
        /// The database schema is newer than this program.
        public static let schemaTooNew = Code("schemaTooNew")
        /// A database location (URL or path) that cannot be used.
        public static let invalidLocation = Code("invalidLocation")

        public var description: String { name }
    }

    /// What went wrong.
    public var code: Code
    /// The JSON path of the offending value, if any.
    public var field: String?
    /// A sentence for the user.
    public var detail: String
    /// The broken domain rule, for `.invalid`.
    public var domainError: DomainError?

    /// Creates an error.
    public init(_ code: Code, field: String? = nil, detail: String, domainError: DomainError? = nil) {
        self.code = code
        self.field = field
        self.detail = detail
        self.domainError = domainError
    }

    /// Wraps a broken domain rule.
    public init(_ error: DomainError) {
        self.init(.invalid, field: error.field, detail: error.detail, domainError: error)
    }

    public var description: String {
        field.map { "\(code): \($0): \(detail)" } ?? "\(code): \(detail)"
    }
}
