import Consortium
import Orbits
import Scheduling

/// What a partner's mission planner asks of the shared network for one of its spacecraft: how
/// much contact time, when, in what pieces and how urgently.
///
/// It is the stored, registry-side form of `ScheduleProblem.Request`: the ids are registry ids
/// (the spacecraft record, its owner, a mission), and the problem builder turns it into a
/// problem request clipped to the span scheduled (``problemRequest(clippedTo:)``). In JSON
/// (only `id`, `partner`, `spacecraft` and `window` are required):
/// ```json
/// {"id": "iss-week-12", "partner": "nasa", "spacecraft": "iss", "mission": "iss-ops",
///  "window": {"start": "2026-03-19T00:00:00Z", "end": "2026-03-20T00:00:00Z"},
///  "contacts": 6, "totalSeconds": 3000, "minContactSeconds": 300, "maxContactSeconds": 600,
///  "placement": "flexible", "priority": "critical", "note": "reboost support"}
/// ```
public struct ScheduleRequest: Codable, Sendable, Hashable {
    /// The id of a schedule request, e.g. `iss-week-12` or a generated `req-3f9a1c0d2b7e4a55`.
    public typealias ID = Identifier<ScheduleRequest>

    /// The longest window a request may ask for, days.
    public static let maximumWindowDays = 31.0

    /// The request's id.
    public var id: ID
    /// The partner asking: the spacecraft's owner, whose entitlement the contacts count against.
    public var partner: Partner.ID
    /// The spacecraft to track.
    public var spacecraft: Spacecraft.ID
    /// The mission served (for per-mission metrics); the spacecraft when absent.
    public var mission: Mission.ID?
    /// When the contacts may take place (UTC, half-open).
    public var window: TimeSpan
    /// The largest number of contacts wanted; default 1 (as in the problem format).
    public var contacts: Int?
    /// The total tracking time wanted, seconds.
    public var totalSeconds: Double?
    /// The shortest acceptable contact, seconds.
    public var minContactSeconds: Double?
    /// The longest useful contact, seconds.
    public var maxContactSeconds: Double?
    /// How a contact sits in its view period (default `flexible`).
    public var placement: ScheduleProblem.Placement
    /// How urgent the request is (default `routine`).
    public var priority: ScheduleProblem.Priority
    /// Free text for the people scheduling, at most 1000 characters.
    public var note: String?

    /// Creates a request.
    public init(
        id: ID, partner: Partner.ID, spacecraft: Spacecraft.ID, mission: Mission.ID? = nil, window: TimeSpan,
        contacts: Int? = nil, totalSeconds: Double? = nil, minContactSeconds: Double? = nil,
        maxContactSeconds: Double? = nil, placement: ScheduleProblem.Placement = .flexible,
        priority: ScheduleProblem.Priority = .routine, note: String? = nil
    ) {
        self.id = id
        self.partner = partner
        self.spacecraft = spacecraft
        self.mission = mission
        self.window = window
        self.contacts = contacts
        self.totalSeconds = totalSeconds
        self.minContactSeconds = minContactSeconds
        self.maxContactSeconds = maxContactSeconds
        self.placement = placement
        self.priority = priority
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        partner = try container.decode(Partner.ID.self, forKey: .partner)
        spacecraft = try container.decode(Spacecraft.ID.self, forKey: .spacecraft)
        mission = try container.decodeIfPresent(Mission.ID.self, forKey: .mission)
        window = try container.decode(TimeSpan.self, forKey: .window)
        contacts = try container.decodeIfPresent(Int.self, forKey: .contacts)
        totalSeconds = try container.decodeIfPresent(Double.self, forKey: .totalSeconds)
        minContactSeconds = try container.decodeIfPresent(Double.self, forKey: .minContactSeconds)
        maxContactSeconds = try container.decodeIfPresent(Double.self, forKey: .maxContactSeconds)
        placement = try container.decodeIfPresent(ScheduleProblem.Placement.self, forKey: .placement) ?? .flexible
        priority = try container.decodeIfPresent(ScheduleProblem.Priority.self, forKey: .priority) ?? .routine
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Whether the window overlaps `span` (by more than an instant).
    public func overlaps(_ span: TimeSpan) -> Bool {
        window.start < span.end && span.start < window.end
    }
}
