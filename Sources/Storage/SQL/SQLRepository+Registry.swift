import Consortium
import Orbits

/// The registry API: reads on a pooled connection, each write in its own transaction.
extension SQLRepository {
    public func get<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) -> Stored<E>? {
        try await reading { session throws(StorageError) in try await session.get(type, id: id) }
    }

    public func list<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> Page<E> {
        try await reading { session throws(StorageError) in
            try await session.list(type, scope: scope, filter: filter, page: page)
        }
    }

    public func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage {
        try await reading { session throws(StorageError) in
            try await session.listDocuments(type, scope: scope, filter: filter, page: page)
        }
    }

    public func all<E: Entity>(_ type: E.Type) async throws(StorageError) -> [Stored<E>] {
        try await reading { session throws(StorageError) in try await session.all(type) }
    }

    public func create<E: Entity>(_ entity: E) async throws(StorageError) -> Stored<E> {
        try SQLSession.validate(entity)
        return try await writingOne { session throws(StorageError) in try await session.create(entity) }
    }

    public func update<E: Entity>(_ entity: E, expectedVersion: Int?) async throws(StorageError) -> Stored<E> {
        try SQLSession.validate(entity)
        return try await writingOne { session throws(StorageError) in
            try await session.update(entity, expectedVersion: expectedVersion)
        }
    }

    public func delete<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.delete(type, id: id) }
    }

    public func createToken(_ token: APIToken) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.createToken(token) }
    }

    public func tokens(of user: User.ID) async throws(StorageError) -> [APIToken] {
        try await reading { session throws(StorageError) in try await session.tokens(of: user) }
    }

    public func revokeToken(id: String, of user: User.ID, at time: Instant) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.revokeToken(id: id, of: user, at: time)
        }
    }

    public func principal(forTokenHash hash: String, at time: Instant) async throws(StorageError) -> Principal? {
        try await reading { session throws(StorageError) in try await session.principal(forTokenHash: hash, at: time) }
    }
}
