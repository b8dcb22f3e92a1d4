/// Shared checks for the free-text fields of records.
enum TextRules {
    /// Requires a non-blank text of at most `maximum` characters.
    static func requireName(_ text: String, field: String, maximum: Int = 200) throws(DomainError) {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else {
            throw DomainError(.invalidText, field: field, detail: "must not be empty")
        }
        guard text.count <= maximum else {
            throw DomainError(.invalidText, field: field, detail: "is \(text.count) characters; at most \(maximum)")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw DomainError(.invalidText, field: field, detail: "must not contain control characters")
        }
    }

    /// Allows an empty text, but not one longer than `maximum` characters.
    static func requireLength(_ text: String, field: String, maximum: Int) throws(DomainError) {
        guard text.count <= maximum else {
            throw DomainError(.invalidText, field: field, detail: "is \(text.count) characters; at most \(maximum)")
        }
    }

    /// Requires `name@domain.tld` with no spaces (the practical check, not RFC 5322 in full).
    static func requireEmail(_ text: String, field: String) throws(DomainError) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else {
            throw DomainError(.invalidFormat, field: field, detail: "'\(text.prefix(80))' is not an e-mail address")
        }
    }

    /// Requires every element's key to be unique, naming the first repeated one.
    static func requireUnique<Key: Hashable>(
        _ keys: [Key], field: String, describe: (Key) -> String
    ) throws(DomainError) {
        var seen = Set<Key>()
        for (index, key) in keys.enumerated() where !seen.insert(key).inserted {
            throw DomainError(.duplicate, field: "\(field)[\(index)]", detail: "\(describe(key)) is listed twice")
        }
    }
}

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhitespace: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[first...last]
    }
}
