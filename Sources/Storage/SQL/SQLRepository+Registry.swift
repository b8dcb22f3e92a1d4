import Consortium
import Orbits

/// The registry API: reads on a pooled connection, each write in its own transaction.
extension SQLRepository {
    /// The record of `type` with `id`, or `nil` (one query by primary key).
    public func get<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) -> Stored<E>? {
        try await reading { session throws(StorageError) in try await session.get(type, id: id) }
    }

    /// One page of records in `scope` matching `filter`: one indexed query (see `SQLSession.list`).
    public func list<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> Page<E> {
        try await reading { session throws(StorageError) in
            try await session.list(type, scope: scope, filter: filter, page: page)
        }
    }

    /// `list` without decoding the stored documents (see `StoredDocument`).
    public func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage {
        try await reading { session throws(StorageError) in
            try await session.listDocuments(type, scope: scope, filter: filter, page: page)
        }
    }

    /// Every record of `type`, ordered by id.
    public func all<E: Entity>(_ type: E.Type) async throws(StorageError) -> [Stored<E>] {
        try await reading { session throws(StorageError) in try await session.all(type) }
    }

    /// Stores a new record in its own transaction: rules, references, insert, links.
    public func create<E: Entity>(_ entity: E) async throws(StorageError) -> Stored<E> {
        try SQLSession.validate(entity)
        return try await writingOne { session throws(StorageError) in try await session.create(entity) }
    }

    /// Replaces a record in its own transaction, checking `expectedVersion` under a row lock.
    public func update<E: Entity>(_ entity: E, expectedVersion: Int?) async throws(StorageError) -> Stored<E> {
        try SQLSession.validate(entity)
        return try await writingOne { session throws(StorageError) in
            try await session.update(entity, expectedVersion: expectedVersion)
        }
    }

    /// Deletes a record in its own transaction; `.inUse` names one record that refers to it.
    public func delete<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.delete(type, id: id) }
    }

    /// Stores an API token (its hash) for an existing user.
    public func createToken(_ token: APIToken) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.createToken(token) }
    }

    /// The tokens of `user`, oldest first.
    public func tokens(of user: User.ID) async throws(StorageError) -> [APIToken] {
        try await reading { session throws(StorageError) in try await session.tokens(of: user) }
    }

    /// Revokes a token of `user` (a second revocation keeps the first time).
    public func revokeToken(id: String, of user: User.ID, at time: Instant) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.revokeToken(id: id, of: user, at: time)
        }
    }

    /// The principal of an unexpired, unrevoked token: one join of `api_tokens` and `users`.
    public func principal(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> Principal? {
        try await reading { session throws(StorageError) in try await session.principal(forTokenHash: hash, at: time) }
    }
}
