import Consortium
import Hummingbird
import Storage

extension EntityRoutes {
    /// `POST /api/v1/<plural>`: 201 with `Location` and `ETag`.
    @Sendable static func create(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        // A role that could not create this kind even for its own partner is refused unread.
        try WriteRules.require(.create, E.kind, ownedBy: principal.partner, by: principal)
        let entity = try await request.decodeBody(E.self, readOnly: StrictJSONDecoder.recordReadOnlyPaths)
        try WriteRules.require(.create, E.kind, ownedBy: entity.ownerID, by: principal)
        if let user = entity as? User { try WriteRules.requireGrant(user.role, by: principal) }
        let services = request.services
        let stored = try await services.repository.create(entity)
        if invalidatesAccess { services.access.invalidate() }
        let policy = try await services.access.accessPolicy()
        let bytes = try services.encoder.item(
            stored, hiding: hiddenKeys(of: stored.value, for: principal, policy: policy))
        return .item(bytes, version: stored.version, status: .created, location: location(of: stored.value.id))
    }

    /// `PUT /api/v1/<plural>/{id}`: the body's id must be the path's; `If-Match` optional.
    @Sendable static func update(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = try request.id(E.self)
        let ifMatch = try ETag.expectedVersion(ifMatch: request.request.headers[.ifMatch])
        let services = request.services
        let policy = try await services.access.accessPolicy()
        let stored = try await readable(id, by: principal, policy: policy, services: services)
        try WriteRules.require(.update, E.kind, ownedBy: stored.value.ownerID, by: principal)
        let entity = try await request.decodeBody(E.self, readOnly: StrictJSONDecoder.recordReadOnlyPaths)
        guard entity.id == id else {
            throw Problem.invalid("id", "the body's id '\(entity.id)' is not the path's '\(id)'; ids never change")
        }
        try WriteRules.require(.update, E.kind, ownedBy: entity.ownerID, by: principal)
        if let before = stored.value as? User, let after = entity as? User {
            try WriteRules.requireGrant(before.role, by: principal)
            try WriteRules.requireGrant(after.role, by: principal)
        }
        if let ifMatch, ifMatch != stored.version { throw versionMismatch(stored.version, expected: ifMatch) }
        // Update only the version that was authorised; a concurrent change is a conflict.
        let updated: Stored<E>
        do {
            updated = try await services.repository.update(entity, expectedVersion: stored.version)
        } catch {
            guard error.code == .versionMismatch, ifMatch == nil else { throw Problem(error) }
            throw Problem(.conflict, detail: "the \(E.kind.rawValue) changed while it was being updated; read it again")
        }
        if invalidatesAccess { services.access.invalidate() }
        let bytes = try services.encoder.item(
            updated, hiding: hiddenKeys(of: updated.value, for: principal, policy: policy))
        return .item(bytes, version: updated.version)
    }

    /// `DELETE /api/v1/<plural>/{id}`: 204; `If-Match` optional.
    @Sendable static func delete(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = try request.id(E.self)
        let ifMatch = try ETag.expectedVersion(ifMatch: request.request.headers[.ifMatch])
        let services = request.services
        let policy = try await services.access.accessPolicy()
        let stored = try await readable(id, by: principal, policy: policy, services: services)
        try WriteRules.require(.delete, E.kind, ownedBy: stored.value.ownerID, by: principal)
        if let user = stored.value as? User { try WriteRules.requireGrant(user.role, by: principal) }
        if let ifMatch, ifMatch != stored.version { throw versionMismatch(stored.version, expected: ifMatch) }
        try await services.repository.delete(E.self, id: id)
        if invalidatesAccess { services.access.invalidate() }
        return .noContent
    }

    /// The 412 for an `If-Match` that names another version.
    static func versionMismatch(_ stored: Int, expected: Int) -> Problem {
        Problem(
            .versionMismatch, detail: "the \(E.kind.rawValue) is at version \(stored), not \(expected)",
            field: "If-Match")
    }
}
