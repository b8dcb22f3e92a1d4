/// A failure of a `concord` command that is the input's fault, not a usage error: a file that
/// cannot be read or parsed, an unknown catalog number, no station left to search.
///
/// Printed by ArgumentParser as `Error: <description>` on standard error, with exit status 1.
/// The description names the file, the line or record, the field and the value when known.
struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    enum Kind: Sendable, Hashable {
        /// The file does not exist or cannot be read.
        case unreadableFile
        /// The file's content is not what the option expects (bad TLE, OMM or station record).
        case invalidContent
        /// A requested NORAD catalog number is not in the file.
        case unknownObject
        /// Nothing is left to work on (no element set, no station).
        case emptyInput
        /// The shared benchmark data is missing or too small for the workload.
        case missingData
        /// A file or folder cannot be created or written.
        case unwritableFile
    }

    /// What went wrong.
    var kind: Kind
    /// The file involved, when there is one.
    var file: String?
    /// What was found wrong, already naming the line, record, field and value when known.
    var reason: String

    /// Creates an error.
    init(_ kind: Kind, file: String? = nil, _ reason: String) {
        self.kind = kind
        self.file = file
        self.reason = reason
    }

    /// `file: reason`, or the reason alone.
    var description: String {
        guard let file, !reason.hasPrefix(file) else { return reason }
        return "\(file): \(reason)"
    }
}
