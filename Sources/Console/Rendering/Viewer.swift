import Consortium
import Storage

/// The signed-in user a page is made for: who, with which rights today, in which language.
struct Viewer: Sendable {
    /// The user, partner and role.
    var principal: Principal
    /// The user's display name.
    var userName: String
    /// Today's access policy (the API's rules; `AccessPolicy.readScope`).
    var policy: AccessPolicy
    /// The page language.
    var language: ConsoleLanguage
    /// The session's CSRF token.
    var csrf: String

    /// Every record of `type` the viewer may read, ordered by id.
    func visible<E: Entity>(_ type: E.Type, in repository: any Repository) async throws(StorageError) -> [Stored<E>] {
        let scope = policy.readScope(E.kind, for: principal)
        var items: [Stored<E>] = []
        var after: String?
        repeat {
            let page = try await repository.list(
                type, scope: scope, filter: ListFilter(),
                page: PageRequest(limit: PageRequest.maximumLimit, after: after))
            items += page.items
            after = page.nextCursor
        } while after != nil
        return items
    }

    /// Whether the viewer is of `partner`.
    func isOwn(_ partner: Partner.ID) -> Bool { principal.partner == partner }
}
