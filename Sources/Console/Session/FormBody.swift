import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, as the console's forms send them.
struct FormBody: Sendable {
    /// The largest form body read, bytes.
    static let maximumBytes = 16 * 1024

    /// Field name → value (the last one wins when a name repeats).
    var fields: [String: String]

    /// Reads and decodes the body of `request`.
    static func read(_ request: Request) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: maximumBytes)
        return FormBody(text: String(buffer: buffer))
    }

    /// Decodes `text` (`a=1&b=x+y%21`).
    init(text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map({ Self.decode($0) }), !name.isEmpty else { continue }
            fields[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
        self.fields = fields
    }

    /// The value of `name`, or `nil`.
    subscript(_ name: String) -> String? { fields[name] }

    /// Percent-decodes `text`, `+` meaning a space.
    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
