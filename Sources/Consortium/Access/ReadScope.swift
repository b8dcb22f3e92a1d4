/// The records of one kind that a principal may read, in a form a store can turn into a query:
/// everything, or those owned by some partners plus some listed ids.
public enum ReadScope: Sendable, Hashable {
    /// Every record of the kind.
    case all
    /// Records owned by one of `owners`, or whose id is in `ids`.
    case restricted(owners: Set<String>, ids: Set<String>)

    /// Whether a record with `id` owned by `owner` is in the scope.
    public func contains(id: String, owner: String?) -> Bool {
        switch self {
        case .all:
            return true
        case .restricted(let owners, let ids):
            return ids.contains(id) || owner.map(owners.contains) == true
        }
    }
}

extension AccessPolicy {
    /// What `principal` may read of `kind`.
    public func readScope(_ kind: EntityKind, for principal: Principal) -> ReadScope {
        if principal.isConsortiumAdmin { return .all }
        let partner = principal.partner
        switch kind {
        case .partner:
            return .all
        case .agreement:
            return .restricted(owners: [], ids: Set(agreementsOfParty[partner, default: []].map(\.rawValue)))
        case .mission:
            return .restricted(
                owners: [partner.rawValue], ids: Set(missionsOfParticipant[partner, default: []].map(\.rawValue)))
        case .spacecraft:
            return .restricted(
                owners: Set(partners(boundWith: partner).map(\.rawValue)),
                ids: Set(missionSpacecraft[partner, default: []].map(\.rawValue)))
        case .station:
            return .restricted(
                owners: [partner.rawValue], ids: Set(stations(pooledWith: partner).map(\.rawValue)))
        case .user:
            if principal.role == .partnerAdmin {
                return .restricted(owners: [partner.rawValue], ids: [])
            }
            return .restricted(owners: [], ids: [principal.user.rawValue])
        }
    }

    /// Whether `principal` may read `entity`.
    public func mayRead<E: Entity>(_ entity: E, by principal: Principal) -> Bool {
        readScope(E.kind, for: principal).contains(id: entity.id.rawValue, owner: entity.ownerID?.rawValue)
    }

    /// Whether `principal` may see the contacts of `partner`.
    public func mayReadContacts(of partner: Partner.ID, by principal: Principal) -> Bool {
        principal.isConsortiumAdmin || principal.partner == partner
    }
}
