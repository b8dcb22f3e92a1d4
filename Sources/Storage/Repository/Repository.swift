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

    /// Stores a new API token (its secret's hash only).
    func createToken(_ token: APIToken) async throws(StorageError)

    /// The tokens of `user` (never the secrets, which are not stored).
    func tokens(of user: User.ID) async throws(StorageError) -> [APIToken]

    /// Revokes a token of `user`. Throws `.notFound` if the user has no such token.
    func revokeToken(id: String, of user: User.ID, at time: Instant) async throws(StorageError)

    /// What the unexpired, unrevoked token with the SHA-256 hash `hash` grants, with its expiry.
    func grant(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> TokenGrant?
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
    /// The principal whose unexpired, unrevoked token has the SHA-256 hash `hash`, or `nil`.
    public func principal(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> Principal? {
        try await grant(forTokenHash: hash, at: time)?.principal
    }
}
