import Orbits

/// One scheduled contact: a request served by a resource (antenna or group) from `start` to
/// `end` (tracking time; setup and teardown come before and after).
public struct Contact: Codable, Sendable, Hashable {
    /// The request served.
    public var request: String
    /// The antenna or group used.
    public var resource: String
    /// Tracking starts (acquisition).
    public var start: Instant
    /// Tracking ends.
    public var end: Instant

    /// Creates a contact.
    public init(request: String, resource: String, start: Instant, end: Instant) {
        self.request = request
        self.resource = resource
        self.start = start
        self.end = end
    }

    /// Tracking time, seconds.
    public var durationSeconds: Double { end.seconds(since: start) }

    /// The order of contact lists: by start, then resource, then request.
    public static func isBefore(_ a: Contact, _ b: Contact) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.resource != b.resource { return a.resource < b.resource }
        return a.request < b.request
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, known: ["request", "resource", "start", "end"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        request = try container.decode(String.self, forKey: .request)
        resource = try container.decode(String.self, forKey: .resource)
        start = try container.decode(Instant.self, forKey: .start)
        end = try container.decode(Instant.self, forKey: .end)
    }
}
