/// A two- or three-line element set that cannot be read or written.
///
/// Names the file (when known), the 1-based line number in it, the field and 1-based column,
/// the offending text and a `Kind` a caller can match on.
public struct TLEError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The field is not a number of the expected layout (or contains stray characters).
        case invalidNumber
        /// The value is outside the field's range (e.g. inclination > 180°, e ≥ 1).
        case outOfRange
        /// The mod-10 checksum in column 69 does not match the line.
        case checksumMismatch
        /// The line is shorter than 69 columns (68 when checksums are not verified).
        case lineTooShort
        /// Column 1 is not the expected line number (`1` or `2`).
        case wrongLineNumber
        /// A column that must be blank between two fields is not.
        case misplacedSeparator
        /// Line 2's catalog number differs from line 1's.
        case catalogNumberMismatch
        /// A line 1 (or a name) is not followed by its line 2.
        case missingLine2
        /// A line 2 (or a name) is not preceded or followed by a line 1.
        case missingLine1
        /// Writing: the value cannot be represented in the field's columns.
        case notRepresentable
    }

    /// What went wrong.
    public var kind: Kind
    /// The field involved.
    public var field: TLEField
    /// The offending text (the field's columns, or the value being written).
    public var text: String
    /// The file the element set came from, when known.
    public var file: String?
    /// 1-based line number in the file (or in the text given), when known.
    public var line: Int?
    /// 1-based column where the field starts, when known.
    public var column: Int?

    /// Creates an error.
    public init(
        _ kind: Kind, field: TLEField, text: String, file: String? = nil, line: Int? = nil, column: Int? = nil
    ) {
        self.kind = kind
        self.field = field
        self.text = text
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: field: kind "text"`, omitting what is unknown.
    public var description: String {
        var location = file ?? "<TLE>"
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(field.rawValue): \(kind) \"\(text)\""
    }
}
