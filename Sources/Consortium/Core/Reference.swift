/// A reference from one record to another, which the store checks inside the write's
/// transaction: the target must exist and, when `expectedOwner` is set, belong to that partner.
public struct Reference: Sendable, Hashable {
    /// The kind of record referred to.
    public var kind: EntityKind
    /// Its id.
    public var id: String
    /// The JSON path of the referring field, for the error message.
    public var field: String
    /// The partner that must own the target, if any (a contributed station must be the contributor's).
    public var expectedOwner: Partner.ID?

    /// Creates a reference.
    public init(kind: EntityKind, id: String, field: String, expectedOwner: Partner.ID? = nil) {
        self.kind = kind
        self.id = id
        self.field = field
        self.expectedOwner = expectedOwner
    }
}

extension Entity {
    /// The records this one refers to, each with the field that names it.
    public var references: [Reference] {
        switch self {
        case let agreement as Agreement:
            agreement.parties.enumerated().map { index, party in
                Reference(kind: .partner, id: party.partner.rawValue, field: "parties[\(index)].partner")
            }
                + agreement.clauses.stationContributions.enumerated().map { index, contribution in
                    Reference(
                        kind: .station, id: contribution.station.rawValue,
                        field: "clauses.stationContributions[\(index)].station", expectedOwner: contribution.partner)
                }
        case let mission as Mission:
            [Reference(kind: .partner, id: mission.lead.rawValue, field: "lead")]
                + mission.contributions.enumerated().map { index, contribution in
                    Reference(
                        kind: .partner, id: contribution.partner.rawValue, field: "contributions[\(index)].partner")
                }
                + mission.spacecraft.enumerated().map { index, spacecraft in
                    Reference(kind: .spacecraft, id: spacecraft.rawValue, field: "spacecraft[\(index)]")
                }
        case let spacecraft as Spacecraft:
            [Reference(kind: .partner, id: spacecraft.owner.rawValue, field: "owner")]
        case let station as Station:
            [Reference(kind: .partner, id: station.owner.rawValue, field: "owner")]
        case let user as User:
            [Reference(kind: .partner, id: user.partner.rawValue, field: "partner")]
        default:
            []
        }
    }
}
