import Consortium

/// The write checks of the API, each refusing with a 403 whose detail names the rule.
///
/// The decisions are `AccessPolicy.mayWrite` and `mayGrant` (in `Consortium`); this type only
/// applies them to both sides of an update and words the refusal.
enum WriteRules {
    /// Throws a 403 unless `principal` may `action` a record of `kind` owned by `owner`.
    static func require(
        _ action: WriteAction, _ kind: EntityKind, ownedBy owner: Partner.ID?, by principal: Principal
    ) throws(Problem) {
        guard AccessPolicy.mayWrite(action, kind, ownedBy: owner, by: principal) else {
            throw Problem.forbidden(denial(action, kind, ownedBy: owner, by: principal))
        }
    }

    /// Throws a 403 unless `principal` may hand out (or manage a user holding) `role`.
    static func requireGrant(_ role: Role, by principal: Principal) throws(Problem) {
        guard AccessPolicy.mayGrant(role, by: principal) else {
            let rule =
                role == .consortiumAdmin
                ? "only a consortium administrator grants the consortiumAdmin role or manages its holders"
                : "roles are granted by partner administrators and consortium administrators"
            throw Problem.forbidden("\(rule); you are \(principal.role.rawValue) of '\(principal.partner)'")
        }
    }

    /// The sentence naming the rule that refuses the write.
    static func denial(
        _ action: WriteAction, _ kind: EntityKind, ownedBy owner: Partner.ID?, by principal: Principal
    ) -> String {
        let you = "you are \(principal.role.rawValue) of '\(principal.partner)'"
        let verb = action.rawValue
        let whose = owner.map { " '\($0)'" } ?? ""
        switch kind {
        case .agreement:
            return "only consortium administrators create, update or delete agreements; \(you)"
        case .partner where action == .update:
            return "a partner record is updated by that partner's administrators or a consortium administrator; "
                + "it is partner\(whose) and \(you)"
        case .partner:
            return "only consortium administrators create or delete partners; \(you)"
        case .user:
            return "users are managed by their own partner's administrators or a consortium administrator; "
                + "the user belongs to\(whose) and \(you)"
        case .mission, .spacecraft, .station:
            let who =
                action == .delete
                ? "the owner's partner administrators" : "the owner's operators and administrators"
            return "\(kind.plural) are \(verb)d by \(who) (or a consortium administrator); "
                + "the owner is\(whose) and \(you)"
        }
    }
}
