import Foundation

extension Problem {
    /// The 400 problem for a body that `JSONDecoder` refused, naming the coding path in the
    /// form the domain errors use (`clauses.networkShares[1].percent`) and what was expected:
    /// `clauses.networkShares[1].percent: expected a number, found a string`.
    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            let found = Self.found(in: context.debugDescription).map { ", found \($0)" } ?? ""
            self.init(
                .malformedBody, detail: "expected \(Self.describe(type))\(found)",
                field: JSONPath.field(context.codingPath))
        case .valueNotFound(let type, let context):
            self.init(
                .malformedBody, detail: "expected \(Self.describe(type)), found null",
                field: JSONPath.field(context.codingPath))
        case .keyNotFound(let key, let context):
            self.init(.malformedBody, detail: "is required", field: JSONPath.render(context.codingPath + [key]))
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let reason = context.underlyingError.map { ": \(Self.firstLine(of: "\($0)"))" } ?? ""
            self.init(.malformedBody, detail: "the body is not valid JSON\(reason)")
        case .dataCorrupted(let context):
            self.init(.malformedBody, detail: context.debugDescription, field: JSONPath.field(context.codingPath))
        @unknown default:
            self.init(.malformedBody, detail: "the body does not decode: \(Self.firstLine(of: "\(error)"))")
        }
    }

    /// The JSON type a Swift type is read from, for messages: `a number`, `a string`, `an object`.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type, is UInt64.Type: return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Dictionary") || name.hasPrefix("[String") { return "an object" }
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
            return name
        }
    }

    /// What the decoder found instead (`a string`, `a number`), read from its message
    /// ("Expected to decode Double but found a string instead."), or `nil`.
    static func found(in message: String) -> String? {
        guard let range = message.range(of: "but found ") else { return nil }
        var rest = message[range.upperBound...]
        if let end = rest.range(of: " instead") { rest = rest[..<end.lowerBound] }
        rest = rest.prefix { $0 != "." }
        let text = rest.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text.count > 40 ? nil : text
    }

    /// The first line of a message, at most 200 characters (the decoder's messages can quote input).
    static func firstLine(of text: String) -> String {
        String(text.prefix { $0 != "\n" }.prefix(200))
    }
}
