import Consortium
import GroundNetwork
import Orbits
import Scheduling

/// A schedule request as stored: the request, who submitted it and when.
public struct StoredScheduleRequest: Sendable, Hashable {
    /// The request.
    public var request: ScheduleRequest
    /// The user who submitted it.
    public var createdBy: User.ID
    /// When (UTC).
    public var createdAt: Instant

    /// Creates a stored request.
    public init(request: ScheduleRequest, createdBy: User.ID, createdAt: Instant) {
        self.request = request
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

/// The schedules a reader may see, in a form the store turns into SQL.
public enum ScheduleScope: Sendable, Hashable {
    /// Every schedule (consortium administrators).
    case all
    /// The published schedules `partner` was a party of; with `drafts`, also the drafts of the
    /// pools it manages (its administrators run and publish them).
    case partner(Partner.ID, drafts: Bool)
}

/// One page of a list that is not of registry records, with the next page's cursor.
public struct ListPage<Item: Sendable>: Sendable {
    /// The items, ordered by id.
    public var items: [Item]
    /// Pass as `PageRequest.after` for the next page; `nil` on the last page.
    public var nextCursor: String?

    /// Creates a page.
    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

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
