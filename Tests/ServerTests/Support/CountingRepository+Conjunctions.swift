import Consortium
import Orbits
import SpaceSafety
import Storage

/// The conjunction store's calls, forwarded uncounted.
extension CountingRepository {
    func replaceCatalog(_ objects: [CatalogObject], at time: Instant) async throws(StorageError) {
        try await base.replaceCatalog(objects, at: time)
    }

    func catalogObjects() async throws(StorageError) -> [CatalogObject] {
        try await base.catalogObjects()
    }

    func catalogCount() async throws(StorageError) -> Int {
        try await base.catalogCount()
    }

    func startScreeningRun(_ run: ScreeningRunRecord) async throws(StorageError) {
        try await base.startScreeningRun(run)
    }

    func finishScreeningRun(_ run: ScreeningRunRecord, events: [ConjunctionEventRecord]) async throws(StorageError) {
        try await base.finishScreeningRun(run, events: events)
    }

    func abandonScreeningRuns(at time: Instant, reason: String) async throws(StorageError) -> Int {
        try await base.abandonScreeningRuns(at: time, reason: reason)
    }

    func screeningRun(id: String) async throws(StorageError) -> ScreeningRunRecord? {
        try await base.screeningRun(id: id)
    }

    func conjunctionEvents(tcaFrom start: Instant, to end: Instant) async throws(StorageError)
        -> [ConjunctionEventRecord]
    {
        try await base.conjunctionEvents(tcaFrom: start, to: end)
    }

    func conjunctionEvents(
        scope: ConjunctionScope, filter: ConjunctionFilter, page: PageRequest
    ) async throws(StorageError) -> ListPage<ConjunctionEventRecord> {
        try await base.conjunctionEvents(scope: scope, filter: filter, page: page)
    }

    func conjunctionEvent(id: String, scope: ConjunctionScope) async throws(StorageError) -> ConjunctionEventRecord? {
        try await base.conjunctionEvent(id: id, scope: scope)
    }
}
