import Orbits

/// One close approach followed over successive screenings: the same pair of objects and
/// (within `EventBook.tcaTolerance`) the same time of closest approach, with what each
/// screening said about it, oldest first, so an operator sees how the event evolves.
public struct ConjunctionEvent: Sendable, Hashable, Identifiable {
    /// `PRIMARY-SECONDARY-TCA` (catalog numbers, first TCA to the second, UTC):
    /// `25544-48274-20230904T101512Z`.
    public var id: String
    /// Catalog number of the primary.
    public var primary: Int
    /// Catalog number of the secondary.
    public var secondary: Int
    /// What each screening reported, oldest first (never empty).
    public var history: [Update]

    /// One screening's view of the event.
    public struct Update: Sendable, Hashable {
        /// When the screening was made (its data time, e.g. the catalog's date).
        public var screenedAt: Instant
        /// The conjunction that screening found.
        public var conjunction: Conjunction

        public init(screenedAt: Instant, conjunction: Conjunction) {
            self.screenedAt = screenedAt
            self.conjunction = conjunction
        }
    }

    /// Starts an event from its first screening.
    public init(first update: Update) {
        let c = update.conjunction
        primary = c.primary.catalogNumber
        secondary = c.secondary.catalogNumber
        let stamp = c.tca.iso8601(fractionDigits: 0, zulu: true).filter { $0 != "-" && $0 != ":" }
        id = "\(primary)-\(secondary)-\(stamp)"
        history = [update]
    }

    /// The latest screening's conjunction.
    public var latest: Conjunction { history[history.count - 1].conjunction }

    /// Latest TCA.
    public var tca: Instant { latest.tca }

    /// Smallest miss distance any screening reported, km.
    public var smallestMissDistance: Double { history.map(\.conjunction.missDistance).min() ?? .infinity }

    /// Change of the miss distance from the first screening to the latest, km.
    public var missDistanceTrend: Double { latest.missDistance - history[0].conjunction.missDistance }

    /// Whether `conjunction` is this event again: the same pair (either order) and a TCA
    /// within `tolerance` seconds of the latest (co-moving pairs: the same pair alone, as
    /// their minimum over a span has no fixed time).
    public func matches(_ conjunction: Conjunction, tolerance: Double) -> Bool {
        let ids = (conjunction.primary.catalogNumber, conjunction.secondary.catalogNumber)
        guard ids == (primary, secondary) || ids == (secondary, primary) else { return false }
        if latest.flags.contains(.comoving) && conjunction.flags.contains(.comoving) { return true }
        return abs(conjunction.tca.seconds(since: tca)) <= tolerance
    }
}
