/// A whole registry in memory: what the demo consortium, an export or an import holds.
///
/// `validate()` checks every record's own rules and every reference between them, so a
/// snapshot that validates can be stored in one transaction without a reference failing
/// halfway. The JSON form is one object with an array per kind (`Demo/consortium/*.json` hold
/// the same arrays in one file each).
public struct RegistrySnapshot: Codable, Sendable, Hashable {
    public var partners: [Partner]
    public var stations: [Station]
    public var spacecraft: [Spacecraft]
    public var agreements: [Agreement]
    public var missions: [Mission]
    public var users: [User]

    /// Creates a snapshot.
    public init(
        partners: [Partner] = [], stations: [Station] = [], spacecraft: [Spacecraft] = [],
        agreements: [Agreement] = [], missions: [Mission] = [], users: [User] = []
    ) {
        self.partners = partners
        self.stations = stations
        self.spacecraft = spacecraft
        self.agreements = agreements
        self.missions = missions
        self.users = users
    }

    /// Checks every record's rules, unique ids per kind, and that every reference resolves (and
    /// that contributed stations belong to their contributor). Fields are prefixed with the
    /// record, e.g. `agreements[iss-iga].clauses.networkShares`.
    public func validate() throws(DomainError) {
        var owners: [EntityKind: [String: String?]] = [:]
        func register<E: Entity>(_ records: [E]) throws(DomainError) {
            var map: [String: String?] = [:]
            for record in records {
                let prefix = "\(E.kind.plural)[\(record.id)]"
                guard map.updateValue(record.ownerID?.rawValue, forKey: record.id.rawValue) == nil else {
                    throw DomainError(.duplicate, field: prefix, detail: "the id '\(record.id)' is used twice")
                }
                do {
                    try record.validate()
                } catch {
                    throw DomainError(error.code, field: "\(prefix).\(error.field)", detail: error.detail)
                }
            }
            owners[E.kind] = map
        }
        try register(partners)
        try register(stations)
        try register(spacecraft)
        try register(agreements)
        try register(missions)
        try register(users)
        func check<E: Entity>(_ records: [E]) throws(DomainError) {
            for record in records {
                for reference in record.references {
                    let field = "\(E.kind.plural)[\(record.id)].\(reference.field)"
                    guard let owner = owners[reference.kind]?[reference.id] else {
                        throw DomainError(
                            .unknownReference, field: field, detail: "no \(reference.kind.rawValue) '\(reference.id)'")
                    }
                    if let expected = reference.expectedOwner, owner != expected.rawValue {
                        throw DomainError(
                            .unknownReference, field: field,
                            detail:
                                "\(reference.kind.rawValue) '\(reference.id)' belongs to '\(owner ?? "nobody")', not '\(expected)'"
                        )
                    }
                }
            }
        }
        try check(stations)
        try check(spacecraft)
        try check(agreements)
        try check(missions)
        try check(users)
    }
}
