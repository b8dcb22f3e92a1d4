extension Mission {
    /// What one partner brings to a joint mission.
    public struct Contribution: Codable, Sendable, Hashable {
        /// What is contributed.
        public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
            case instrument, module, launch, stationTime, funds, crew, operations
        }

        /// The partner's part in the mission.
        public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
            case lead, contributor
        }

        /// The contributing partner.
        public var partner: Partner.ID
        /// What is contributed.
        public var kind: Kind
        /// The partner's part.
        public var role: Role
        /// What exactly, e.g. `Faint Object Camera`.
        public var description: String

        /// Creates a contribution.
        public init(partner: Partner.ID, kind: Kind, role: Role, description: String) {
            self.partner = partner
            self.kind = kind
            self.role = role
            self.description = description
        }

        func validate(field: String) throws(DomainError) {
            try TextRules.requireName(description, field: "\(field).description", maximum: 1000)
        }
    }
}
