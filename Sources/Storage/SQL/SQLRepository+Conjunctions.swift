import Consortium
import Orbits
import SpaceSafety

/// The catalog, screening runs and conjunction events: reads on a pooled connection, each write
/// in its own transaction (see `SQLSession+Catalog`, `+ScreeningRuns`, `+ConjunctionEvents`).
extension SQLRepository {
    /// Replaces the catalog in one transaction, then refreshes the planner's statistics.
    public func replaceCatalog(_ objects: [CatalogObject], at time: Instant) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.replaceCatalog(objects, at: time) }
        try await refreshStatistics()
    }

    /// Every catalog object.
    public func catalogObjects() async throws(StorageError) -> [CatalogObject] {
        try await reading { session throws(StorageError) in try await session.catalogObjects() }
    }

    /// The catalog's size.
    public func catalogCount() async throws(StorageError) -> Int {
        try await reading { session throws(StorageError) in try await session.catalogCount() }
    }

    /// Stores a started run; `.conflict` while another runs.
    public func startScreeningRun(_ run: ScreeningRunRecord) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.startScreeningRun(run) }
    }

    /// Stores a run's end and its events.
    public func finishScreeningRun(
        _ run: ScreeningRunRecord, events: [ConjunctionEventRecord]
    ) async throws(StorageError) {
        try await writingOne { session throws(StorageError) in try await session.finishScreeningRun(run, events: events) }
    }

    /// Marks interrupted runs failed.
    public func abandonScreeningRuns(at time: Instant, reason: String) async throws(StorageError) -> Int {
        try await writingOne { session throws(StorageError) in
            try await session.abandonScreeningRuns(at: time, reason: reason)
        }
    }

    /// One run.
    public func screeningRun(id: String) async throws(StorageError) -> ScreeningRunRecord? {
        try await reading { session throws(StorageError) in try await session.screeningRun(id: id) }
    }

    /// Events near a span, with history.
    public func conjunctionEvents(tcaFrom start: Instant, to end: Instant) async throws(StorageError)
        -> [ConjunctionEventRecord]
    {
        try await reading { session throws(StorageError) in try await session.conjunctionEvents(tcaFrom: start, to: end) }
    }

    /// One page of events in `scope`.
    public func conjunctionEvents(
        scope: ConjunctionScope, filter: ConjunctionFilter, page: PageRequest
    ) async throws(StorageError) -> ListPage<ConjunctionEventRecord> {
        try await reading { session throws(StorageError) in
            try await session.conjunctionEvents(scope: scope, filter: filter, page: page)
        }
    }

    /// One event with its history, if in `scope`.
    public func conjunctionEvent(id: String, scope: ConjunctionScope) async throws(StorageError)
        -> ConjunctionEventRecord?
    {
        try await reading { session throws(StorageError) in try await session.conjunctionEvent(id: id, scope: scope) }
    }
}
