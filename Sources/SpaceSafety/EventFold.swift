import Consortium
import Orbits
import Screening

/// Folds a screening report into the events already known (`EventBook`): a conjunction of the
/// same pair within `EventBook.tcaTolerance` of an event's latest TCA adds an observation to
/// that event (same id), any other opens a new event.
public struct EventFold: Sendable {
    /// What a fold changed: the events opened or seen again, each with its new observation last
    /// in `history` (and its earlier history as given).
    public struct Result: Sendable {
        /// The events to store, opened and updated.
        public var events: [ConjunctionEventRecord]
        /// Ids of the events opened.
        public var opened: [String]
        /// Ids of the events seen again.
        public var updated: [String]
    }

    /// The events a run could see again (those whose latest TCA is near its span), each with
    /// its full history.
    public var previous: [ConjunctionEventRecord]
    /// Seconds within which the same pair's TCAs are one event.
    public var tcaTolerance: Double

    /// Creates a fold over `previous` events.
    public init(previous: [ConjunctionEventRecord], tcaTolerance: Double = EventBook().tcaTolerance) {
        self.previous = previous
        self.tcaTolerance = tcaTolerance
    }

    /// Folds `report` (screened from `plan`) made by `run`.
    public func fold(
        _ report: ScreeningReport, plan: FleetScreening.Plan, run: ScreeningRunRecord
    ) -> Result {
        var known: [ConjunctionEvent] = []
        for record in previous where !record.history.isEmpty {
            let updates = record.history.map {
                ConjunctionEvent.Update(screenedAt: $0.screenedAt, conjunction: record.conjunction($0))
            }
            var event = ConjunctionEvent(first: updates[0])
            event.id = record.id
            event.history = updates
            known.append(event)
        }
        var book = EventBook(tcaTolerance: tcaTolerance, events: known)
        let summary = book.merge(report, screenedAt: run.createdAt)
        let records = Dictionary(previous.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let changed = Set(summary.opened + summary.updated)
        var result = Result(events: [], opened: summary.opened, updated: summary.updated)
        for event in book.events where changed.contains(event.id) {
            let conjunction = event.latest
            let observation = ConjunctionObservation(
                conjunction, run: run.id, screenedAt: run.createdAt, options: run.options,
                primaryElements: plan.orbits[conjunction.primary.index],
                secondaryElements: plan.orbits[conjunction.secondary.index])
            let partners = plan.owners(of: [event.primary, event.secondary])
            if var record = records[event.id] {
                record.partners = partners
                record.lastRun = run.id
                record.updatedAt = run.createdAt
                record.observationCount = record.history.count + 1
                record.latest = observation
                record.history.append(observation)
                result.events.append(record)
            } else {
                result.events.append(
                    ConjunctionEventRecord(
                        id: event.id, primary: plan.object(event.primary, name: conjunction.primary.name),
                        secondary: plan.object(event.secondary, name: conjunction.secondary.name),
                        partners: partners, firstRun: run.id, firstSeenAt: run.createdAt, lastRun: run.id,
                        updatedAt: run.createdAt, observationCount: 1, latest: observation, history: [observation]))
            }
        }
        return result
    }
}
