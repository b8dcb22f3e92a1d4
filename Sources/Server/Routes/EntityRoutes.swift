import Consortium
import Hummingbird
import Storage

/// The five routes of a record kind under `/api/v1/<plural>`: list, get, create, update, delete.
///
/// Reads are scoped by the access policy (`readScope` in the query, `mayRead` for one record);
/// a record the principal may not read answers 404, exactly like one that does not exist.
/// Writes are checked by `WriteRules` against the stored owner and the new one. The handlers are
/// in `EntityRoutes+Read.swift` and `EntityRoutes+Write.swift`.
enum EntityRoutes<E: Entity> {
    /// `/api/v1/<plural>`.
    static var collectionPath: String { "/api/v1/\(E.kind.plural)" }
    /// `/api/v1/<plural>/{id}`.
    static var itemPath: String { "\(collectionPath)/{id}" }
    /// `Partner`, `Spacecraft`: the name in schemas and operation ids.
    static var singular: String { Schemas.componentName(E.kind) }
    /// `Partners`, `Spacecraft`: the plural in operation ids.
    static var plural: String { E.kind.plural.prefix(1).uppercased() + E.kind.plural.dropFirst() }

    /// The location of the record `id`.
    static func location(of id: E.ID) -> String { "\(collectionPath)/\(id.rawValue)" }

    /// The routes of the kind.
    static var routes: [APIRoute] {
        [
            APIRoute(description: listDescription, handler: list),
            APIRoute(description: getDescription, handler: get),
            APIRoute(description: createDescription, handler: create),
            APIRoute(description: updateDescription, handler: update),
            APIRoute(description: deleteDescription, handler: delete),
        ]
    }

    /// The top-level keys of `record` that `principal` may not see: a partner's contacts.
    static func hiddenKeys(of record: E, for principal: Principal, policy: AccessPolicy) -> Set<String> {
        guard E.kind == .partner, let owner = record.ownerID else { return [] }
        return policy.mayReadContacts(of: owner, by: principal) ? [] : ["contacts"]
    }

    /// Whether writes of this kind change what the access cache holds (users and their roles,
    /// agreements and missions behind the policy).
    static var invalidatesAccess: Bool {
        switch E.kind {
        case .user, .agreement, .mission: true
        case .partner, .spacecraft, .station: false
        }
    }
}
