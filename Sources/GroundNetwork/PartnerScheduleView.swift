import Consortium
import Orbits
import Scheduling

/// A schedule as one partner may see it: its own contacts in full, every other partner's only
/// as occupancy (antenna and times, nothing naming the spacecraft, the partner or the request).
///
/// The partner-level metrics (each party's entitlement, received share and shortfall) are the
/// terms of the agreement and are shown to every party; the per-mission outcomes only for the
/// viewer's own missions. A full view (`partner` nil, for consortium administrators) lists
/// every contact in full and no occupancy.
public struct PartnerScheduleView: Codable, Sendable, Hashable {
    /// A contact shown in full.
    public struct Contact: Codable, Sendable, Hashable {
        /// The request served.
        public var request: String
        /// The partner whose request it is.
        public var partner: String
        /// The spacecraft tracked.
        public var spacecraft: String
        /// The mission (the spacecraft when the request names none).
        public var mission: String
        /// The antenna or group.
        public var resource: String
        /// Tracking starts.
        public var start: Instant
        /// Tracking ends.
        public var end: Instant
    }

    /// Another partner's contact: when an antenna is taken, nothing more.
    public struct Occupancy: Codable, Sendable, Hashable {
        /// The antenna or group.
        public var resource: String
        /// Tracking starts.
        public var start: Instant
        /// Tracking ends.
        public var end: Instant
    }

    /// Whose view it is; `nil` for the full view.
    public var partner: String?
    /// The viewer's contacts (every contact in the full view), in the schedule's order.
    public var contacts: [Contact]
    /// The other partners' contacts as occupancy, in the schedule's order.
    public var occupancy: [Occupancy]
    /// The metrics, missions limited to the viewer's.
    public var metrics: ScheduleMetrics

    /// The view of `schedule` (of `problem`, with `metrics`) for `partner`, or the full view.
    public init(schedule: Schedule, problem: ScheduleProblem, metrics: ScheduleMetrics, for partner: Partner.ID?) {
        let requests = Dictionary(problem.requests.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.partner = partner?.rawValue
        var contacts: [Contact] = []
        var occupancy: [Occupancy] = []
        for contact in schedule.contacts {
            let request = requests[contact.request]
            if let request, partner == nil || request.partner == partner?.rawValue {
                contacts.append(
                    Contact(
                        request: request.id, partner: request.partner, spacecraft: request.spacecraft,
                        mission: request.missionName, resource: contact.resource, start: contact.start,
                        end: contact.end))
            } else {
                occupancy.append(Occupancy(resource: contact.resource, start: contact.start, end: contact.end))
            }
        }
        self.contacts = contacts
        self.occupancy = occupancy
        var metrics = metrics
        if let partner {
            let own = Set(problem.requests.filter { $0.partner == partner.rawValue }.map(\.missionName))
            metrics.missions = metrics.missions.filter { own.contains($0.name) }
        }
        self.metrics = metrics
    }
}
