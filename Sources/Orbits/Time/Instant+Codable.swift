/// Instants travel in JSON as ISO-8601 UTC text with a `Z`, to the millisecond
/// (`2026-03-19T06:00:00.000Z`); decoding accepts every form `Instant(iso8601:)` reads.
extension Instant: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Instant(iso8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text.prefix(60))' is not an ISO-8601 UTC time: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601(fractionDigits: 3, zulu: true))
    }
}
