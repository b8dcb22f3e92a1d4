import Consortium
import Orbits

/// Reads of the registry. Every list is scoped (`ReadScope`) so that a partner's query can only
/// return what it may see; the scope is applied in SQL, not after the fact.
public protocol RegistryReading: Sendable {
    /// The record of `type` with `id`, or `nil`.
    func get<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) -> Stored<E>?

    /// One page of the records of `type` in `scope` matching `filter`, ordered by id.
    func list<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> Page<E>

    /// `list` without decoding: the page's records as their stored JSON documents, for
    /// responses that return records unchanged (see `StoredDocument`). Same scope, filters,
    /// order, cursor and errors as `list`.
    func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage

    /// Every record of `type` (for the access policy and exports; agreements and missions are few).
    func all<E: Entity>(_ type: E.Type) async throws(StorageError) -> [Stored<E>]
}

/// Writes to the registry. Each call is atomic on its own; `Repository.transaction` groups several.
public protocol RegistryWriting: RegistryReading {
    /// Stores a new record after checking its rules (`validate()`) and references.
    /// Throws `.conflict` when the id exists, `.invalid` or `.missingReference` naming the field.
    func create<E: Entity>(_ entity: E) async throws(StorageError) -> Stored<E>

    /// Replaces a record. With `expectedVersion`, throws `.versionMismatch` when the stored
    /// version differs (optimistic locking, `If-Match`).
    func update<E: Entity>(_ entity: E, expectedVersion: Int?) async throws(StorageError) -> Stored<E>

    /// Deletes a record. Throws `.notFound`, or `.inUse` when other records refer to it.
    func delete<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError)

    /// Stores a new token of its `kind` (its secret's hash only).
    func createToken(_ token: APIToken) async throws(StorageError)

    /// The tokens of `kind` of `user`, oldest first (never the secrets, which are not stored).
    func tokens(of user: User.ID, kind: TokenKind) async throws(StorageError) -> [APIToken]

    /// Revokes the token `id` of `kind` of `user`. Throws `.notFound` if the user has no such
    /// token of that kind. A second revocation keeps the first time.
    func revokeToken(id: String, of user: User.ID, kind: TokenKind, at time: Instant) async throws(StorageError)

    /// What the unexpired, unrevoked token of `kind` with the SHA-256 hash `hash` grants, with its
    /// expiry; `nil` for a token of another kind, so that a secret works only where its kind does.
    func grant(forTokenHash hash: String, kind: TokenKind, at time: Instant) async throws(StorageError) -> TokenGrant?

    /// Spends a one-time token: revokes the unexpired, unrevoked token of `kind` with the hash
    /// `hash` at `time` and returns what it granted, in one statement, so that two requests
    /// presenting it at once cannot both succeed; `nil` when there is no such token.
    func redeemToken(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError)
        -> TokenGrant?
}

/// The registry's store: reads, writes, and transactions over both, the network's schedules and the
/// conjunction events, on SQLite or PostgreSQL.
public protocol Repository: RegistryWriting, ScheduleStoring, ConjunctionStoring {
    /// Runs `body` in one database transaction: all of its writes are kept, or none.
    func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any RegistryWriting) async throws -> T
    ) async throws -> T

    /// A number that changes whenever agreements, missions or users change, so that caches of
    /// the access policy and of tokens know when to rebuild.
    func generation() async throws(StorageError) -> Int

    /// Closes the connections.
    func shutdown() async
}

extension RegistryWriting {
    /// The principal whose unexpired, unrevoked token of `kind` has the SHA-256 hash `hash`, or `nil`.
    public func principal(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError) -> Principal? {
        try await grant(forTokenHash: hash, kind: kind, at: time)?.principal
    }

    /// The principal whose unexpired, unrevoked **API** token has the SHA-256 hash `hash`, or `nil`.
    public func principal(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> Principal? {
        try await principal(forTokenHash: hash, kind: .api, at: time)
    }

    /// The API tokens of `user` (not its console sessions nor sign-in links), oldest first.
    public func tokens(of user: User.ID) async throws(StorageError) -> [APIToken] {
        try await tokens(of: user, kind: .api)
    }

    /// Revokes the API token `id` of `user`; `.notFound` for a console session or link.
    public func revokeToken(id: String, of user: User.ID, at time: Instant) async throws(StorageError) {
        try await revokeToken(id: id, of: user, kind: .api, at: time)
    }
}
