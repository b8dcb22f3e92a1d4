/// A change to the registry.
public enum WriteAction: String, Sendable, Hashable, CaseIterable {
    case create, update, delete
}

extension AccessPolicy {
    /// Whether `principal` may `action` a record of `kind` owned by `owner` (for users: the
    /// user's partner). For an update the check applies to the stored record and to the new
    /// value, so that nobody gives a record away or takes one over.
    ///
    /// Independent of the day: write rights follow ownership and role, not agreements.
    public static func mayWrite(
        _ action: WriteAction, _ kind: EntityKind, ownedBy owner: Partner.ID?, by principal: Principal
    ) -> Bool {
        if principal.isConsortiumAdmin { return true }
        let own = owner == principal.partner
        switch kind {
        case .agreement:
            return false
        case .partner:
            return action == .update && own && principal.role.includes(.partnerAdmin)
        case .user:
            return own && principal.role.includes(.partnerAdmin)
        case .mission, .spacecraft, .station:
            switch action {
            case .create, .update: return own && principal.role.includes(.operator)
            case .delete: return own && principal.role.includes(.partnerAdmin)
            }
        }
    }

    /// Whether `principal` may give `role` to a user (nobody but a consortium admin creates
    /// consortium admins; partner admins hand out the other roles).
    public static func mayGrant(_ role: Role, by principal: Principal) -> Bool {
        principal.isConsortiumAdmin || (principal.role == .partnerAdmin && role != .consortiumAdmin)
    }
}
