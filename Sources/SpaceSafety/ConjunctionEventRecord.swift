import Consortium
import Orbits
import Screening

/// A conjunction event as the platform keeps it: one pair of objects and one time of closest
/// approach, followed over successive screening runs (`EventBook`), with the partners who may
/// see it.
///
/// The id is the event book's (`PRIMARY-SECONDARY-TCA`, the first TCA to the second): a later
/// run that finds the same pair within `EventBook.tcaTolerance` of the latest TCA adds an
/// observation to `history` instead of opening a new event.
public struct ConjunctionEventRecord: Codable, Sendable, Hashable, Identifiable {
    /// One object of the event: its catalog number and name, and the registered spacecraft with
    /// that number and its owner when it is one of a partner's.
    public struct Object: Codable, Sendable, Hashable {
        /// NORAD catalog number.
        public var noradID: Int
        /// Name from the element set or the registry.
        public var name: String
        /// The registered spacecraft, if any.
        public var spacecraft: Spacecraft.ID?
        /// Its owner, if any.
        public var owner: Partner.ID?

        /// Creates an object.
        public init(noradID: Int, name: String, spacecraft: Spacecraft.ID? = nil, owner: Partner.ID? = nil) {
            self.noradID = noradID
            self.name = name
            self.spacecraft = spacecraft
            self.owner = owner
        }

        /// The screening engine's object (index unknown, 0).
        var screeningObject: ScreeningObject { ScreeningObject(index: 0, catalogNumber: noradID, name: name) }
    }

    /// `PRIMARY-SECONDARY-TCA`, e.g. `36605-31698-20260319T101512Z`.
    public var id: String
    /// The object screened for.
    public var primary: Object
    /// The other object.
    public var secondary: Object
    /// The partners who may see the event: the owners of the spacecraft involved.
    public var partners: [Partner.ID]
    /// The run that opened it, and when.
    public var firstRun: String
    public var firstSeenAt: Instant
    /// The latest run that saw it, and when (partners poll with `since`).
    public var lastRun: String
    public var updatedAt: Instant
    /// How many runs saw it.
    public var observationCount: Int
    /// The latest observation.
    public var latest: ConjunctionObservation
    /// Every observation, oldest first; empty in lists (read one event for its history).
    public var history: [ConjunctionObservation]

    /// Creates a record.
    public init(
        id: String, primary: Object, secondary: Object, partners: [Partner.ID], firstRun: String,
        firstSeenAt: Instant, lastRun: String, updatedAt: Instant, observationCount: Int,
        latest: ConjunctionObservation, history: [ConjunctionObservation] = []
    ) {
        self.id = id
        self.primary = primary
        self.secondary = secondary
        self.partners = partners
        self.firstRun = firstRun
        self.firstSeenAt = firstSeenAt
        self.lastRun = lastRun
        self.updatedAt = updatedAt
        self.observationCount = observationCount
        self.latest = latest
        self.history = history
    }

    /// Whether `principal` may see the event: consortium administrators see all, partners the
    /// events involving one of their spacecraft.
    public func isVisible(to principal: Principal) -> Bool {
        principal.isConsortiumAdmin || partners.contains(principal.partner)
    }

    /// The latest observation as the screening engine's conjunction.
    public var latestConjunction: Conjunction { conjunction(latest) }

    /// `observation` as the screening engine's conjunction, its objects in the observation's order.
    func conjunction(_ observation: ConjunctionObservation) -> Conjunction {
        let swapped = observation.primaryNoradID != primary.noradID
        let (first, second) = swapped ? (secondary, primary) : (primary, secondary)
        return observation.conjunction(primary: first.screeningObject, secondary: second.screeningObject)
    }
}
