import Consortium
import GroundNetwork
import Orbits
import Scheduling

/// The shared network's schedule requests and schedules. Reads are scoped in SQL.
public protocol ScheduleStoring: Sendable {
    /// Stores a request after checking its rules, that its spacecraft exists and belongs to its
    /// partner, and that its mission exists. `.conflict` when the id is taken.
    func createScheduleRequest(
        _ request: ScheduleRequest, by user: User.ID, at time: Instant
    ) async throws(StorageError) -> StoredScheduleRequest

    /// One page of the requests of `partners` (every partner when `nil`), optionally of one
    /// spacecraft and overlapping `span`, ordered by id.
    func scheduleRequests(
        partners: Set<Partner.ID>?, spacecraft: Spacecraft.ID?, overlapping span: TimeSpan?, page: PageRequest
    ) async throws(StorageError) -> ListPage<StoredScheduleRequest>

    /// Deletes a request of one of `partners` (any when `nil`); `.notFound` otherwise.
    func deleteScheduleRequest(id: ScheduleRequest.ID, partners: Set<Partner.ID>?) async throws(StorageError)

    /// Stores a schedule (its documents required); `.conflict` when the id is taken.
    func createSchedule(_ record: ScheduleRecord) async throws(StorageError)

    /// One page of the schedules in `scope`, optionally of one agreement and status, ordered by
    /// id, without their documents.
    func schedules(
        scope: ScheduleScope, agreement: Agreement.ID?, status: ScheduleRecord.Status?, page: PageRequest
    ) async throws(StorageError) -> ListPage<ScheduleRecord>

    /// The schedule `id` with its documents, or `nil` when it does not exist or is not in `scope`.
    func schedule(id: String, scope: ScheduleScope) async throws(StorageError) -> ScheduleRecord?

    /// Publishes a draft: `.notFound` when there is no such schedule, `.conflict` when it is
    /// published already. Returns the record without documents.
    func publishSchedule(id: String, at time: Instant) async throws(StorageError) -> ScheduleRecord
}
