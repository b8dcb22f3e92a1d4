/// The keys and nesting of a JSON document, without its values: what strict decoding compares.
///
/// Read by a small parser of its own rather than `JSONSerialization`, because it must also
/// refuse what `JSONDecoder` lets through: an object with the same key twice (`{"name":"a",
/// "name":"b"}`), where different parsers keep different values. The input has already been
/// decoded by `JSONDecoder`, so the parser checks structure only and treats any other token
/// (number, `true`, `false`) as a scalar.
indirect enum JSONShape: Sendable, Hashable {
    /// An object's members, in document order.
    case object([(key: String, value: JSONShape)])
    /// An array's elements.
    case array([JSONShape])
    /// `null`.
    case null
    /// A string, number or boolean.
    case scalar

    /// Why a document could not be read, with the path of the offending key.
    struct Failure: Error, Sendable, Hashable {
        var path: String
        var detail: String
    }

    /// The deepest nesting read; deeper documents are refused (JSONDecoder's own limit is 512).
    static let maximumDepth = 256

    /// Parses `bytes`; throws on a repeated key (naming its path), on nesting deeper than
    /// `maximumDepth`, or on malformed JSON.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONShape {
        try parseRecordingNumbers(bytes).shape
    }

    /// Parses `bytes` as `parse` does, and lists the numbers that are not plain integers (with a
    /// fraction, an exponent or more than 18 digits) by byte range and path.
    static func parseRecordingNumbers(
        _ bytes: [UInt8]
    ) throws(Failure) -> (shape: JSONShape, numbers: [(range: Range<Int>, path: String)]) {
        var parser = Parser(bytes: bytes)
        let shape = try parser.value(path: "", depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw Failure(path: "", detail: "text after the JSON value") }
        return (shape, parser.numbers)
    }

    static func == (lhs: JSONShape, rhs: JSONShape) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        case (.array(let a), .array(let b)): a == b
        case (.null, .null), (.scalar, .scalar): true
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members): hasher.combine(members.map(\.key))
        case .array(let elements): hasher.combine(elements)
        case .null: hasher.combine(0)
        case .scalar: hasher.combine(1)
        }
    }

    /// The value of `key` in an object, or `nil`.
    subscript(key: String) -> JSONShape? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

extension JSONShape {
    fileprivate struct Parser {
        let bytes: [UInt8]
        var index = 0
        var numbers: [(range: Range<Int>, path: String)] = []

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(path: String, depth: Int) throws(Failure) -> JSONShape {
            guard depth <= JSONShape.maximumDepth else {
                throw Failure(path: path, detail: "nested deeper than \(JSONShape.maximumDepth) levels")
            }
            skipWhitespace()
            guard index < bytes.count else { throw Failure(path: path, detail: "unexpected end of the document") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [(key: String, value: JSONShape)] = []
                var seen = Set<String>()
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object([])
                }
                while true {
                    skipWhitespace()
                    let key = try string(path: path)
                    let child = JSONPath.appending(key, to: path)
                    guard seen.insert(key).inserted else {
                        throw Failure(path: child, detail: "the key '\(key.prefix(64))' appears twice in one object")
                    }
                    skipWhitespace()
                    try expect(UInt8(ascii: ":"), path: child)
                    members.append((key, try value(path: child, depth: depth + 1)))
                    skipWhitespace()
                    if try separator(closing: UInt8(ascii: "}"), path: path) { return .object(members) }
                }
            case UInt8(ascii: "["):
                index += 1
                var elements: [JSONShape] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array([])
                }
                while true {
                    elements.append(
                        try value(path: JSONPath.appending(index: elements.count, to: path), depth: depth + 1))
                    skipWhitespace()
                    if try separator(closing: UInt8(ascii: "]"), path: path) { return .array(elements) }
                }
            case UInt8(ascii: "\""):
                _ = try string(path: path)
                return .scalar
            case UInt8(ascii: "n"):
                index += 4
                return .null
            default:
                // A number, `true` or `false`: skip to the next delimiter.
                let start = index
                while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                let token = bytes[start..<index]
                if token.contains(where: {
                    $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
                })
                    || token.count > 18
                {
                    numbers.append((start..<index, path))
                }
                return .scalar
            }
        }

        /// Consumes `,` (more to come: `false`) or `closing` (done: `true`).
        mutating func separator(closing: UInt8, path: String) throws(Failure) -> Bool {
            guard index < bytes.count else { throw Failure(path: path, detail: "unexpected end of the document") }
            let byte = bytes[index]
            index += 1
            if byte == closing { return true }
            guard byte == UInt8(ascii: ",") else {
                throw Failure(path: path, detail: "expected ',' or a closing bracket")
            }
            return false
        }

        mutating func expect(_ byte: UInt8, path: String) throws(Failure) {
            guard index < bytes.count, bytes[index] == byte else {
                throw Failure(path: path, detail: "expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        /// Reads a string token and returns its decoded text (escapes resolved).
        mutating func string(path: String) throws(Failure) -> String {
            try expect(UInt8(ascii: "\""), path: path)
            let start = index
            var escaped = false
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                }
                index += 1
            }
            guard index < bytes.count else { throw Failure(path: path, detail: "unterminated string") }
            let raw = bytes[start..<index]
            index += 1
            guard escaped else { return String(decoding: raw, as: UTF8.self) }
            return try JSONShape.unescape(Array(raw), path: path)
        }
    }
}
