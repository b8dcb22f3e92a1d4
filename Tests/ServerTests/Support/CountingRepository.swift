import Consortium
import Foundation
import Orbits
import Storage

/// A repository that forwards to another and counts the calls the caches should save.
final class CountingRepository: Repository, @unchecked Sendable {
    let base: any Repository
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ base: any Repository) { self.base = base }

    /// How often `name` was called.
    func count(_ name: String) -> Int { lock.withLock { counts[name, default: 0] } }

    private func note(_ name: String) { lock.withLock { counts[name, default: 0] += 1 } }

    func get<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) -> Stored<E>? {
        note("get")
        return try await base.get(type, id: id)
    }

    func list<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> Page<E> {
        note("list")
        return try await base.list(type, scope: scope, filter: filter, page: page)
    }

    func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage {
        note("list")
        return try await base.listDocuments(type, scope: scope, filter: filter, page: page)
    }

    func all<E: Entity>(_ type: E.Type) async throws(StorageError) -> [Stored<E>] {
        note("all")
        return try await base.all(type)
    }

    func create<E: Entity>(_ entity: E) async throws(StorageError) -> Stored<E> {
        try await base.create(entity)
    }

    func update<E: Entity>(_ entity: E, expectedVersion: Int?) async throws(StorageError) -> Stored<E> {
        try await base.update(entity, expectedVersion: expectedVersion)
    }

    func delete<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) {
        try await base.delete(type, id: id)
    }

    func createToken(_ token: APIToken) async throws(StorageError) {
        try await base.createToken(token)
    }

    func tokens(of user: User.ID) async throws(StorageError) -> [APIToken] {
        try await base.tokens(of: user)
    }

    func revokeToken(id: String, of user: User.ID, at time: Instant) async throws(StorageError) {
        try await base.revokeToken(id: id, of: user, at: time)
    }

    func principal(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> Principal? {
        note("principal")
        return try await base.principal(forTokenHash: hash, at: time)
    }

    func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any RegistryWriting) async throws -> T
    ) async throws -> T {
        try await base.transaction(body)
    }

    func generation() async throws(StorageError) -> Int {
        note("generation")
        return try await base.generation()
    }

    func shutdown() async {
        await base.shutdown()
    }
}
