import Orbits

/// The conjunction events known so far: each new screening report is merged in, extending
/// the history of the events it sees again and opening new ones. A value type: merging
/// returns what changed and leaves earlier copies as they were.
public struct EventBook: Sendable, Hashable {
    /// Two reports of the same pair are the same event when their TCAs are this close, s
    /// (successive encounters of a pair are at least about half an orbit, 45 min, apart).
    public var tcaTolerance: Double
    /// The events, in the order they were opened.
    public private(set) var events: [ConjunctionEvent]

    /// An empty book.
    public init(tcaTolerance: Double = 600, events: [ConjunctionEvent] = []) {
        self.tcaTolerance = tcaTolerance
        self.events = events
    }

    /// What one merge did.
    public struct MergeSummary: Sendable, Hashable {
        /// Ids of the events opened by this report.
        public var opened: [String] = []
        /// Ids of the events this report updated.
        public var updated: [String] = []
    }

    /// Merges a screening made at `screenedAt` (default: the start of its span): each
    /// conjunction joins the event of the same pair whose latest TCA is nearest, within
    /// `tcaTolerance` (one conjunction per event per report), or opens a new event.
    @discardableResult
    public mutating func merge(_ report: ScreeningReport, screenedAt: Instant? = nil) -> MergeSummary {
        let at = screenedAt ?? report.options.start
        var summary = MergeSummary()
        var byPair: [PairKey: [Int]] = [:]
        for (index, event) in events.enumerated() {
            byPair[PairKey(event.primary, event.secondary), default: []].append(index)
        }
        var touched = Set<Int>()
        for conjunction in report.conjunctions {
            let key = PairKey(conjunction.primary.catalogNumber, conjunction.secondary.catalogNumber)
            let candidates = (byPair[key] ?? []).filter {
                !touched.contains($0) && events[$0].matches(conjunction, tolerance: tcaTolerance)
            }
            let update = ConjunctionEvent.Update(screenedAt: at, conjunction: conjunction)
            if let best = candidates.min(by: {
                abs(events[$0].tca.seconds(since: conjunction.tca))
                    < abs(events[$1].tca.seconds(since: conjunction.tca))
            }) {
                events[best].history.append(update)
                touched.insert(best)
                summary.updated.append(events[best].id)
            } else {
                let event = ConjunctionEvent(first: update)
                events.append(event)
                touched.insert(events.count - 1)
                byPair[key, default: []].append(events.count - 1)
                summary.opened.append(event.id)
            }
        }
        return summary
    }

    /// The events involving the object with catalog number `id`.
    public func events(involving id: Int) -> [ConjunctionEvent] {
        events.filter { $0.primary == id || $0.secondary == id }
    }

    /// An unordered pair of catalog numbers.
    struct PairKey: Hashable {
        let low: Int
        let high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
    }
}
