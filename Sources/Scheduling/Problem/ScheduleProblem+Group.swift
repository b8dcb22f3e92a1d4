extension ScheduleProblem {
    /// A set of antennas that must be used together (an array): a contact on the group
    /// occupies every member for its whole duration, setup and teardown included.
    /// In JSON: `{"id": "DSS-34_DSS-35", "members": ["DSS-34", "DSS-35"]}`.
    public struct Group: Codable, Sendable, Hashable {
        /// The group's id, a resource name that view periods and contacts refer to.
        public var id: String
        /// The antenna ids of the members, at least two, each once.
        public var members: [String]

        /// Creates a group.
        public init(id: String, members: [String]) {
            self.id = id
            self.members = members
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, known: ["id", "members"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            members = try container.decode([String].self, forKey: .members)
        }
    }
}
