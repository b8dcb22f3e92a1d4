import Consortium
import GroundNetwork
import Orbits
import Scheduling

/// The network's schedule requests and schedules: reads on a pooled connection, each write in
/// its own transaction (see `SQLSession+ScheduleRequests`, `SQLSession+Schedules`).
extension SQLRepository {
    /// Stores a request: rules, its spacecraft's owner and its mission checked in the transaction.
    public func createScheduleRequest(
        _ request: ScheduleRequest, by user: User.ID, at time: Instant
    ) async throws(StorageError) -> StoredScheduleRequest {
        try await writingOne { session throws(StorageError) in
            try await session.createScheduleRequest(request, by: user, at: time)
        }
    }

    /// One page of requests, scoped to `partners` in SQL.
    public func scheduleRequests(
        partners: Set<Partner.ID>?, spacecraft: Spacecraft.ID?, overlapping span: TimeSpan?, page: PageRequest
    ) async throws(StorageError) -> ListPage<StoredScheduleRequest> {
        try await reading { session throws(StorageError) in
            try await session.scheduleRequests(
                partners: partners, spacecraft: spacecraft, overlapping: span, page: page)
        }
    }

    /// Deletes a request of one of `partners`.
    public func deleteScheduleRequest(id: ScheduleRequest.ID, partners: Set<Partner.ID>?) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in
            try await session.deleteScheduleRequest(id: id, partners: partners)
        }
    }

    /// Stores a schedule with its parties.
    public func createSchedule(_ record: ScheduleRecord) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.createSchedule(record) }
    }

    /// One page of schedule summaries in `scope`.
    public func schedules(
        scope: ScheduleScope, agreement: Agreement.ID?, status: ScheduleRecord.Status?, page: PageRequest
    ) async throws(StorageError) -> ListPage<ScheduleRecord> {
        try await reading { session throws(StorageError) in
            try await session.schedules(scope: scope, agreement: agreement, status: status, page: page)
        }
    }

    /// One schedule with its documents, if in `scope`.
    public func schedule(id: String, scope: ScheduleScope) async throws(StorageError) -> ScheduleRecord? {
        try await reading { session throws(StorageError) in try await session.schedule(id: id, scope: scope) }
    }

    /// Publishes a draft.
    public func publishSchedule(id: String, at time: Instant) async throws(StorageError) -> ScheduleRecord {
        try await writingOne { session throws(StorageError) in try await session.publishSchedule(id: id, at: time) }
    }
}
