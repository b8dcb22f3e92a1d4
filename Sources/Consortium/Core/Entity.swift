/// A record of the consortium's registry: identified, owned by a partner (or by the consortium
/// as a whole), checked against the domain rules before it is stored.
public protocol Entity: Codable, Sendable, Hashable, Identifiable where ID == Identifier<Self> {
    /// The kind of record, used in URLs, table names and error messages.
    static var kind: EntityKind { get }

    /// The record's id.
    var id: ID { get }

    /// The partner that owns the record, or `nil` for consortium-wide records (agreements).
    var ownerID: Partner.ID? { get }

    /// Checks the record's own rules (ranges, formats, sums); throws the first broken rule.
    ///
    /// References to other records (does the owner exist?) are checked by the store, which
    /// sees them; rules across records (is this partner a party?) by `Registry`.
    func validate() throws(DomainError)
}

/// The kinds of registry records.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
    case partner, agreement, mission, spacecraft, station, user

    /// The plural used in URLs (`/api/v1/spacecraft`, `/api/v1/stations`).
    public var plural: String {
        switch self {
        case .partner: "partners"
        case .agreement: "agreements"
        case .mission: "missions"
        case .spacecraft: "spacecraft"
        case .station: "stations"
        case .user: "users"
        }
    }
}
