import Consortium
import Hummingbird
import Storage

extension EntityRoutes {
    /// The reserved query parameters of lists.
    static var pagingParameters: [String] { ["limit", "after"] }

    /// `GET /api/v1/<plural>`: one scoped query; items are the stored JSON plus metadata.
    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let fields = ListFilter.fields(of: E.kind)
        var query = try request.query(allowed: Set(fields + pagingParameters))
        let page = try pageRequest(limit: query.removeValue(forKey: "limit"), after: query.removeValue(forKey: "after"))
        let services = request.services
        let policy = try await services.access.accessPolicy()
        let scope = policy.readScope(E.kind, for: principal)
        let filter = ListFilter(query)
        guard E.kind == .partner else {
            // Shown whole: the stored JSON is copied into the answer, never decoded.
            let documents = try await services.repository.listDocuments(
                E.self, scope: scope, filter: filter, page: page)
            return .json(try services.encoder.page(documents, kind: E.kind))
        }
        // Partners may be shown without their contacts: decode and re-encode (they are few).
        let result = try await services.repository.list(E.self, scope: scope, filter: filter, page: page)
        let body = try services.encoder.page(result) { hiddenKeys(of: $0, for: principal, policy: policy) }
        return .json(body)
    }

    /// `GET /api/v1/<plural>/{id}`: 404 when absent or not readable.
    @Sendable static func get(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = try request.id(E.self)
        let policy = try await request.services.access.accessPolicy()
        let stored = try await readable(id, by: principal, policy: policy, services: request.services)
        let bytes = try request.services.encoder.item(
            stored, hiding: hiddenKeys(of: stored.value, for: principal, policy: policy))
        return .item(bytes, version: stored.version)
    }

    /// The stored record `id` if `principal` may read it; otherwise the same 404 as for a
    /// record that does not exist.
    static func readable(
        _ id: E.ID, by principal: Principal, policy: AccessPolicy, services: Services
    ) async throws -> Stored<E> {
        guard let stored = try await services.repository.get(E.self, id: id),
            policy.mayRead(stored.value, by: principal)
        else {
            throw Problem.notFound(E.kind.rawValue, id: id.rawValue)
        }
        return stored
    }

    /// The page asked for by `limit` (an integer 1...500) and `after` (a cursor); 400 naming the
    /// parameter otherwise. Limits out of range are refused rather than clamped, so that a client
    /// asking for 10,000 learns that it gets at most 500.
    static func pageRequest(limit: String?, after: String?) throws(Problem) -> PageRequest {
        var size = PageRequest.defaultLimit
        if let limit {
            guard let value = Int(limit), (1...PageRequest.maximumLimit).contains(value) else {
                throw Problem.badQuery(
                    "limit", "'\(limit.prefix(20))' is not a page size in 1...\(PageRequest.maximumLimit)")
            }
            size = value
        }
        if let after, after.isEmpty || after.utf8.count > 256 {
            throw Problem.badQuery("after", "the cursor must be the nextCursor of a previous page")
        }
        return PageRequest(limit: size, after: after)
    }
}
