/// An invalid calendar date or an ISO-8601 text that cannot be read as a UTC instant.
///
/// Carries what was being read (`text`), where the problem was found (`offset`, a UTF-8 byte
/// offset into `text`, when known) and a `Kind` a caller can match on.
public struct TimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The text does not follow any accepted ISO-8601 layout (a digit, `-`, `:` … was expected).
        case malformed
        /// Month outside 1 ... 12.
        case monthOutOfRange
        /// Day of month outside the month, or day of year outside the year.
        case dayOutOfRange
        /// Hour outside 0 ... 23.
        case hourOutOfRange
        /// Minute outside 0 ... 59.
        case minuteOutOfRange
        /// Second outside 0 ..< 60 (or 0 ..< 61 at 23:59 on a day that ends with a leap second).
        case secondOutOfRange
        /// Year outside the supported range (1 ... 9999).
        case yearOutOfRange
        /// Text left over after a complete instant.
        case trailingCharacters
    }

    /// What went wrong.
    public var kind: Kind
    /// The text (or a rendering of the calendar fields) that was rejected.
    public var text: String
    /// UTF-8 byte offset in `text` where the problem was found, when known.
    public var offset: Int?

    /// Creates an error.
    public init(_ kind: Kind, text: String, offset: Int? = nil) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }

    /// A one-line description naming the kind, the text and the offset.
    public var description: String {
        if let offset {
            return "invalid UTC time \"\(text)\": \(kind) at byte \(offset)"
        }
        return "invalid UTC time \"\(text)\": \(kind)"
    }
}
