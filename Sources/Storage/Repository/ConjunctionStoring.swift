import Consortium
import Orbits
import SpaceSafety

/// The public catalog, the screening runs and the conjunction events. Reads of events are
/// scoped in SQL (`ConjunctionScope`).
public protocol ConjunctionStoring: Sendable {
    /// Replaces the whole catalog with `objects` in one transaction (all or nothing);
    /// `.invalid` naming the object when two share a NORAD id.
    func replaceCatalog(_ objects: [CatalogObject], at time: Instant) async throws(StorageError)

    /// Every catalog object, by NORAD id.
    func catalogObjects() async throws(StorageError) -> [CatalogObject]

    /// How many objects the catalog holds.
    func catalogCount() async throws(StorageError) -> Int

    /// Stores a run that has just started; `.conflict` when another run is `running`.
    func startScreeningRun(_ run: ScreeningRunRecord) async throws(StorageError)

    /// Stores the end of a run (succeeded or failed) with the events it opened or updated
    /// (each with its new observation last in `history`), in one transaction.
    func finishScreeningRun(
        _ run: ScreeningRunRecord, events: [ConjunctionEventRecord]
    ) async throws(StorageError)

    /// Marks every `running` run failed with `reason` (at start, after a stop of the server);
    /// returns how many.
    func abandonScreeningRuns(at time: Instant, reason: String) async throws(StorageError) -> Int

    /// The run `id`, or `nil`.
    func screeningRun(id: String) async throws(StorageError) -> ScreeningRunRecord?

    /// The events whose latest TCA is from `start` to `end`, with their full history (to fold a
    /// new run into).
    func conjunctionEvents(tcaFrom start: Instant, to end: Instant) async throws(StorageError)
        -> [ConjunctionEventRecord]

    /// One page of the events in `scope` matching `filter`, ordered by id, without history.
    func conjunctionEvents(
        scope: ConjunctionScope, filter: ConjunctionFilter, page: PageRequest
    ) async throws(StorageError) -> ListPage<ConjunctionEventRecord>

    /// The event `id` with its history, or `nil` when it does not exist or is not in `scope`.
    func conjunctionEvent(id: String, scope: ConjunctionScope) async throws(StorageError) -> ConjunctionEventRecord?
}

/// The conjunction events a reader may see, in a form the store turns into SQL.
public enum ConjunctionScope: Sendable, Hashable {
    /// Every event (consortium administrators).
    case all
    /// The events involving a spacecraft of `partner`.
    case partner(Partner.ID)
}

/// Which events a list returns.
public struct ConjunctionFilter: Sendable, Hashable {
    /// Only events opened or seen again after this instant (a partner polling for new ones).
    public var updatedAfter: Instant?
    /// Only events whose latest maximum probability is at least this.
    public var minimumPc: Double?
    /// Only events whose latest miss distance is at most this, km.
    public var maximumMissKm: Double?

    /// Creates a filter.
    public init(updatedAfter: Instant? = nil, minimumPc: Double? = nil, maximumMissKm: Double? = nil) {
        self.updatedAfter = updatedAfter
        self.minimumPc = minimumPc
        self.maximumMissKm = maximumMissKm
    }
}
