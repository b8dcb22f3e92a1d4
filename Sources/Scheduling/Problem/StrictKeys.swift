/// Rejects JSON object keys a type does not know, so that a misspelt optional field
/// (`"minContactSecond"`) is an error naming it instead of a silently ignored value.
struct StrictKeys: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws a `DecodingError.dataCorrupted` at the first key of the object being decoded
    /// that is not in `known`.
    static func check(_ decoder: any Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: StrictKeys.self)
        let keys = container.allKeys.map(\.stringValue).sorted()
        for key in keys where !known.contains(key) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath + [StrictKeys(stringValue: key)],
                    debugDescription: "unknown field '\(key)' (known: \(known.joined(separator: ", ")))"))
        }
    }
}
