/// A joint mission: one partner leads, others contribute instruments, modules, launches,
/// station time, funds, crew or operations.
public struct Mission: Entity {
    /// Where a mission stands.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        case planned, active, completed
    }

    /// The id of a mission record.
    public typealias ID = Identifier<Mission>

    public static var kind: EntityKind { .mission }

    /// The mission's id, e.g. `hubble`.
    public var id: ID
    /// The mission's name.
    public var name: String
    /// The leading partner, which owns the record.
    public var lead: Partner.ID
    /// Where it stands.
    public var status: Status
    /// A short description.
    public var description: String
    /// The mission's spacecraft.
    public var spacecraft: [Spacecraft.ID]
    /// What each partner brings; exactly one is the lead's, with role `lead`.
    public var contributions: [Contribution]

    /// Creates a mission.
    public init(
        id: ID, name: String, lead: Partner.ID, status: Status, description: String = "",
        spacecraft: [Spacecraft.ID] = [], contributions: [Contribution]
    ) {
        self.id = id
        self.name = name
        self.lead = lead
        self.status = status
        self.description = description
        self.spacecraft = spacecraft
        self.contributions = contributions
    }

    public var ownerID: Partner.ID? { lead }

    /// The partners taking part: the lead and every contributor, each once, lead first.
    public var participants: [Partner.ID] {
        var seen: Set<Partner.ID> = [lead]
        return [lead] + contributions.map(\.partner).filter { seen.insert($0).inserted }
    }

    /// Checks: a name; at most 100 contributions; exactly one with role `lead`, from the lead
    /// partner; spacecraft listed once each.
    public func validate() throws(DomainError) {
        try TextRules.requireName(name, field: "name")
        try TextRules.requireLength(description, field: "description", maximum: 4000)
        guard contributions.count <= 100 else {
            throw DomainError(.outOfRange, field: "contributions", detail: "at most 100 contributions")
        }
        try TextRules.requireUnique(spacecraft, field: "spacecraft") { "spacecraft '\($0)'" }
        for (index, contribution) in contributions.enumerated() {
            try contribution.validate(field: "contributions[\(index)]")
        }
        let leads = contributions.enumerated().filter { $0.element.role == .lead }
        guard leads.count == 1, let only = leads.first else {
            throw DomainError(
                .outOfRange, field: "contributions",
                detail: "exactly one contribution has role 'lead', not \(leads.count)")
        }
        guard only.element.partner == lead else {
            throw DomainError(
                .notAParty, field: "contributions[\(only.offset)].partner",
                detail: "the lead contribution is from '\(only.element.partner)', but the lead is '\(lead)'")
        }
    }
}
