import Foundation

/// The one byte range of a `Range: bytes=…` header (RFC 9110 §14.1.2), resolved against a size.
///
/// `bytes=a-b`, `bytes=a-` and `bytes=-n` are understood; several ranges, another unit or a
/// malformed header are ignored (the whole content is sent, as the RFC allows); a range that
/// starts past the end is unsatisfiable (416).
struct ByteRange: Sendable, Hashable {
    /// The first byte's offset.
    var first: Int64
    /// The last byte's offset (inclusive).
    var last: Int64

    /// The range's length in bytes.
    var count: Int64 { last - first + 1 }

    /// What a `Range` header asks of a content of `size` bytes.
    enum Request: Sendable, Hashable {
        /// No usable range: send everything.
        case whole
        /// Send this range (206).
        case partial(ByteRange)
        /// Nothing of the content matches (416).
        case unsatisfiable
    }

    /// Resolves `header` against `size` bytes. Positions are digits only (no sign); one too large
    /// for 64 bits is past any content: a first position there is unsatisfiable, a last one the
    /// content's end.
    static func resolve(_ header: String?, size: Int64) -> Request {
        guard let header else { return .whole }
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.lowercased().hasPrefix("bytes=") else { return .whole }
        let spec = text.dropFirst("bytes=".count)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let start = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let end = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if start.isEmpty {
            guard let suffix = position(end) else { return .whole }
            guard suffix > 0, size > 0 else { return .unsatisfiable }
            return .partial(ByteRange(first: max(0, size - min(suffix, size)), last: size - 1))
        }
        guard let first = position(start) else { return .whole }
        var last = size - 1
        if !end.isEmpty {
            guard let value = position(end), value >= first else { return .whole }
            last = min(value, size - 1)
        }
        guard first < size else { return .unsatisfiable }
        return .partial(ByteRange(first: first, last: last))
    }

    /// A position of digits only: its value, `Int64.max` when longer than 64 bits hold, `nil`
    /// when it is not digits.
    static func position(_ text: String) -> Int64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int64(text) ?? .max
    }
}
