import Consortium
import GroundNetwork
import Orbits
import Scheduling
import Storage

/// The body of `POST /api/v1/schedule-requests`: a `ScheduleRequest` without its partner (the
/// spacecraft's owner) and with an optional id (generated when absent).
struct ScheduleRequestBody: Codable, Sendable {
    var id: ScheduleRequest.ID?
    var spacecraft: Spacecraft.ID
    var mission: Mission.ID?
    var window: TimeSpan
    var contacts: Int?
    var totalSeconds: Double?
    var minContactSeconds: Double?
    var maxContactSeconds: Double?
    var placement: ScheduleProblem.Placement?
    var priority: ScheduleProblem.Priority?
    var note: String?
}

/// A stored schedule request as the API returns it.
struct ScheduleRequestItem: Codable, Sendable {
    var id: ScheduleRequest.ID
    var partner: Partner.ID
    var spacecraft: Spacecraft.ID
    var mission: Mission.ID?
    var window: TimeSpan
    var contacts: Int?
    var totalSeconds: Double?
    var minContactSeconds: Double?
    var maxContactSeconds: Double?
    var placement: ScheduleProblem.Placement
    var priority: ScheduleProblem.Priority
    var note: String?
    var createdBy: User.ID
    var createdAt: Instant

    init(_ stored: StoredScheduleRequest) {
        let request = stored.request
        id = request.id
        partner = request.partner
        spacecraft = request.spacecraft
        mission = request.mission
        window = request.window
        contacts = request.contacts
        totalSeconds = request.totalSeconds
        minContactSeconds = request.minContactSeconds
        maxContactSeconds = request.maxContactSeconds
        placement = request.placement
        priority = request.priority
        note = request.note
        createdBy = stored.createdBy
        createdAt = stored.createdAt
    }
}

/// The body of `POST /api/v1/schedules`: the span, the agreement when several pool stations,
/// and the solver's budget.
struct ScheduleRunBody: Codable, Sendable {
    var agreement: Agreement.ID?
    var start: Instant
    var end: Instant
    var timeLimitSeconds: Double?
    var seed: UInt64?
    var setupSeconds: Double?
    var teardownSeconds: Double?
}

/// A schedule as listed: what it covers and where it stands, no contacts.
struct ScheduleSummary: Codable, Sendable {
    var id: String
    var agreement: Agreement.ID
    var start: Instant
    var end: Instant
    var status: ScheduleRecord.Status
    var parties: [ScheduleRecord.Party]
    /// Shown to consortium administrators and the creator's partner only.
    var createdBy: User.ID?
    var createdAt: Instant
    var publishedAt: Instant?

    /// The summary of `record` as `principal` may see it.
    init(_ record: ScheduleRecord, for principal: Principal) {
        id = record.id
        agreement = record.agreement
        start = record.horizon.start
        end = record.horizon.end
        status = record.status
        parties = record.parties
        createdBy =
            principal.isConsortiumAdmin || principal.partner == record.createdByPartner ? record.createdBy : nil
        createdAt = record.createdAt
        publishedAt = record.publishedAt
    }
}

/// How the run went, as a partner may see it (the builder's notes, which name other partners'
/// spacecraft, for consortium administrators only).
struct ScheduleRunView: Codable, Sendable {
    var seed: UInt64
    var timeLimitSeconds: Double
    var elapsedSeconds: Double
    var upperBoundSeconds: Double?
    var priceOfFairness: Double
    var defaultRequests: Int
    var notes: [String]?

    init(_ run: ScheduleRun, full: Bool) {
        seed = run.seed
        timeLimitSeconds = run.timeLimitSeconds
        elapsedSeconds = run.elapsedSeconds
        upperBoundSeconds = run.upperBoundSeconds
        priceOfFairness = run.priceOfFairness
        defaultRequests = run.defaultRequests
        notes = full ? run.notes : nil
    }
}

/// `GET /api/v1/schedules/{id}`: the summary and the caller's view of the contacts.
struct ScheduleDetail: Codable, Sendable {
    var schedule: ScheduleSummary
    var view: PartnerScheduleView
    var run: ScheduleRunView
}
