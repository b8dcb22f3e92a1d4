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

    /// Resolves `header` against `size` bytes.
    static func resolve(_ header: String?, size: Int64) -> Request {
        guard let header else { return .whole }
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.lowercased().hasPrefix("bytes=") else { return .whole }
        let spec = text.dropFirst("bytes=".count)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let start = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let end = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if start.isEmpty {
            guard let suffix = Int64(end), suffix >= 0 else { return .whole }
            guard suffix > 0, size > 0 else { return .unsatisfiable }
            return .partial(ByteRange(first: max(0, size - suffix), last: size - 1))
        }
        guard let first = Int64(start), first >= 0 else { return .whole }
        var last = size - 1
        if !end.isEmpty {
            guard let value = Int64(end), value >= first else { return .whole }
            last = min(value, size - 1)
        }
        guard first < size else { return .unsatisfiable }
        return .partial(ByteRange(first: first, last: last))
    }
}
