#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the data exchange's store refused or failed an upload or a read, naming the field.
///
/// Match on `code`. `hashMismatch` and `quotaExceeded` are the uploader's to fix (422 and 507);
/// `corruptBlob` and `io` are the server's (500, logged with `detail`).
public struct DataStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// The content's SHA-256 is not the one the uploader announced.
        public static let hashMismatch = Code("hashMismatch")
        /// The producer's stored bytes would pass its quota.
        public static let quotaExceeded = Code("quotaExceeded")
        /// A stored blob's bytes no longer hash to its name (disk corruption, tampering).
        public static let corruptBlob = Code("corruptBlob")
        /// A file operation failed (disk full, permissions).
        public static let io = Code("io")
        /// A text that should be a SHA-256 (64 hex digits) is not one.
        public static let invalidHash = Code("invalidHash")

        public var description: String { name }
    }

    /// What went wrong.
    public var code: Code
    /// The field or header at fault (`sha256`, `Concord-Content-SHA256`), if any.
    public var field: String?
    /// A sentence for the user or the log.
    public var detail: String

    /// Creates an error.
    public init(_ code: Code, field: String? = nil, detail: String) {
        self.code = code
        self.field = field
        self.detail = detail
    }

    public var description: String {
        field.map { "\(code): \($0): \(detail)" } ?? "\(code): \(detail)"
    }

    /// An `io` error for a failed system call, with `errno`'s text.
    static func system(_ operation: String, _ path: String, errno code: Int32) -> DataStoreError {
        DataStoreError(.io, detail: "\(operation) \(path): \(String(cString: strerror(code)))")
    }
}
