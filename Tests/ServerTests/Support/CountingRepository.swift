import Consortium
import Foundation
import GroundNetwork
import Orbits
import Scheduling
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

    func tokens(of user: User.ID, kind: TokenKind) async throws(StorageError) -> [APIToken] {
        try await base.tokens(of: user, kind: kind)
    }

    func revokeToken(id: String, of user: User.ID, kind: TokenKind, at time: Instant) async throws(StorageError) {
        try await base.revokeToken(id: id, of: user, kind: kind, at: time)
    }

    func grant(forTokenHash hash: String, kind: TokenKind, at time: Instant) async throws(StorageError) -> TokenGrant? {
        note("principal")
        return try await base.grant(forTokenHash: hash, kind: kind, at: time)
    }

    func redeemToken(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError)
        -> TokenGrant?
    {
        try await base.redeemToken(forTokenHash: hash, kind: kind, at: time)
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

    func createScheduleRequest(
        _ request: ScheduleRequest, by user: User.ID, at time: Instant
    ) async throws(StorageError) -> StoredScheduleRequest {
        try await base.createScheduleRequest(request, by: user, at: time)
    }

    func scheduleRequests(
        partners: Set<Partner.ID>?, spacecraft: Spacecraft.ID?, overlapping span: TimeSpan?, page: PageRequest
    ) async throws(StorageError) -> ListPage<StoredScheduleRequest> {
        try await base.scheduleRequests(partners: partners, spacecraft: spacecraft, overlapping: span, page: page)
    }

    func deleteScheduleRequest(id: ScheduleRequest.ID, partners: Set<Partner.ID>?) async throws(StorageError) {
        try await base.deleteScheduleRequest(id: id, partners: partners)
    }

    func createSchedule(_ record: ScheduleRecord) async throws(StorageError) {
        try await base.createSchedule(record)
    }

    func schedules(
        scope: ScheduleScope, agreement: Agreement.ID?, status: ScheduleRecord.Status?, page: PageRequest
    ) async throws(StorageError) -> ListPage<ScheduleRecord> {
        try await base.schedules(scope: scope, agreement: agreement, status: status, page: page)
    }

    func schedule(id: String, scope: ScheduleScope) async throws(StorageError) -> ScheduleRecord? {
        try await base.schedule(id: id, scope: scope)
    }

    func publishSchedule(id: String, at time: Instant) async throws(StorageError) -> ScheduleRecord {
        try await base.publishSchedule(id: id, at: time)
    }
}
