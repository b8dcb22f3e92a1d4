import Scheduling

/// The schedule page's timeline SVGs, kept between page renders.
///
/// A week of the demo network is about 7,000 contacts: laying them out, formatting two times
/// for each tooltip and writing 1.5 MB of SVG is most of a week page's render when nothing
/// changed since the last request. The key is everything the chart is drawn from: the viewer's
/// scope (their partner, or `*` for the consortium administrators' full view), the language,
/// the span, the legend's partner name and the bars themselves exactly as this viewer may see
/// them (contacts, occupancy, downtime, predicted passes). A newly published schedule, new
/// elements or a changed station change the bars and so the key; no chart drawn for one scope
/// is ever served to another. At most `capacity` charts are kept; the oldest goes first.
actor TimelineCache {
    /// What one chart is drawn from.
    struct Key: Hashable, Sendable {
        /// The viewer's partner, or `*` for the full view.
        var scope: String
        /// The page language.
        var language: ConsoleLanguage
        /// The time axis.
        var span: TimeSpan
        /// The legend's name of the viewer's partner (or of the predicted spacecraft).
        var partnerName: String
        /// The contacts, occupancy or predicted passes, in drawing order.
        var bars: [SchedulePage.Bar]
        /// The maintenance windows.
        var downtime: [SchedulePage.Bar]
    }

    /// The most charts kept (a week of the demo is about 1.5 MB of SVG and 0.7 MB of bars).
    let capacity: Int
    private var charts: [Key: String?] = [:]
    private var order: [Key] = []
    /// How many charts were drawn (misses) and how many served from the cache (hits).
    private(set) var misses = 0
    private(set) var hits = 0

    /// The misses and hits so far (for tests and diagnostics).
    var counts: CacheCounts { CacheCounts(misses: misses, hits: hits) }

    /// An empty cache of at most `capacity` charts.
    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
    }

    /// The chart stored under `key` (`.some(nil)`: stored as not drawable), or `nil` when
    /// there is none (counted as a miss: the caller draws it and calls ``store(_:key:)``).
    func chart(_ key: Key) -> String?? {
        guard let chart = charts[key] else {
            misses += 1
            return nil
        }
        hits += 1
        return chart
    }

    /// Stores a chart drawn for `key` (`nil`: there was nothing to draw).
    func store(_ chart: String?, key: Key) {
        if charts[key] == nil {
            if order.count >= capacity { charts[order.removeFirst()] = nil }
            order.append(key)
        }
        charts[key] = .some(chart)
    }
}
