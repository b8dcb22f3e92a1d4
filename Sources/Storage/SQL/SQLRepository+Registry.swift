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

    /// Stores a token of its kind (its hash) for an existing user.
    public func createToken(_ token: APIToken) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.createToken(token) }
    }

    /// The tokens of `kind` of `user`, oldest first.
    public func tokens(of user: User.ID, kind: TokenKind) async throws(StorageError) -> [APIToken] {
        try await reading { session throws(StorageError) in try await session.tokens(of: user, kind: kind) }
    }

    /// Revokes a token of `kind` of `user` (a second revocation keeps the first time).
    public func revokeToken(
        id: String, of user: User.ID, kind: TokenKind, at time: Instant
    ) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in
            try await session.revokeToken(id: id, of: user, kind: kind, at: time)
        }
    }

    /// The grant of an unexpired, unrevoked token of `kind`: one join of `api_tokens` and `users`.
    public func grant(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError) -> TokenGrant? {
        try await reading { session throws(StorageError) in
            try await session.grant(forTokenHash: hash, kind: kind, at: time)
        }
    }

    /// Spends a one-time token of `kind` (revokes it) and returns its grant, in one transaction.
    public func redeemToken(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError) -> TokenGrant? {
        try await writingOne { session throws(StorageError) in
            try await session.redeemToken(forTokenHash: hash, kind: kind, at: time)
        }
    }
}
