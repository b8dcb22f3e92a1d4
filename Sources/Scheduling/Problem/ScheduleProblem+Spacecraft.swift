extension ScheduleProblem {
    /// A spacecraft that requests refer to. In JSON:
    /// `{"id": "25544", "tle": ["1 25544U …", "2 25544 …"], "simultaneousContacts": false}`.
    public struct Spacecraft: Codable, Sendable, Hashable {
        /// The spacecraft's id.
        public var id: String
        /// Two-line elements (two lines, or three with a name line first), used to compute view
        /// periods for requests that list none.
        public var tle: [String]?
        /// True when the spacecraft may be in contact with several antennas at once; by default
        /// a spacecraft is tracked by one antenna (or group) at a time.
        public var simultaneousContacts: Bool

        /// Creates a spacecraft.
        public init(id: String, tle: [String]? = nil, simultaneousContacts: Bool = false) {
            self.id = id
            self.tle = tle
            self.simultaneousContacts = simultaneousContacts
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, known: ["id", "tle", "simultaneousContacts"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            tle = try container.decodeIfPresent([String].self, forKey: .tle)
            simultaneousContacts = try container.decodeIfPresent(Bool.self, forKey: .simultaneousContacts) ?? false
        }
    }
}
