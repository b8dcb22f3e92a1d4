import Consortium
import Orbits
import Scheduling

/// A schedule computed for a network agreement, as the platform keeps it: who may see it, its
/// status, and the problem, schedule and metrics as JSON documents.
///
/// The problem is a snapshot (the registry and the requests may change afterwards); the schedule
/// is in the `concord-schedule` format. A schedule is a `draft` until it is published; drafts are
/// seen only by those who may run schedules, published ones by every party (each through its
/// own ``PartnerScheduleView``).
public struct ScheduleRecord: Sendable, Hashable {
    /// Where a schedule stands.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        /// Computed, seen by the network's managers only.
        case draft
        /// Announced to every party of the agreement.
        case published
    }

    /// A party of the agreement when the schedule was made.
    public struct Party: Codable, Sendable, Hashable {
        /// The partner.
        public var partner: Partner.ID
        /// Whether it contributes stations to the pool (its administrators run and publish).
        public var manages: Bool

        /// Creates a party.
        public init(partner: Partner.ID, manages: Bool) {
            self.partner = partner
            self.manages = manages
        }
    }

    /// The JSON documents of a schedule.
    public struct Documents: Sendable, Hashable {
        /// The problem solved (`concord-schedule-problem`).
        public var problem: String
        /// The schedule (`concord-schedule`).
        public var schedule: String
        /// The `ScheduleMetrics` of the schedule.
        public var metrics: String
        /// How the run went (`ScheduleRun`).
        public var run: String

        /// Creates the documents.
        public init(problem: String, schedule: String, metrics: String, run: String) {
            self.problem = problem
            self.schedule = schedule
            self.metrics = metrics
            self.run = run
        }
    }

    /// The schedule's id, e.g. `sch-3f9a1c0d2b7e4a55`.
    public var id: String
    /// The agreement whose network it schedules.
    public var agreement: Agreement.ID
    /// The span scheduled.
    public var horizon: TimeSpan
    /// Draft or published.
    public var status: Status
    /// The agreement's parties when it was made.
    public var parties: [Party]
    /// The user who ran it.
    public var createdBy: User.ID
    /// That user's partner.
    public var createdByPartner: Partner.ID
    /// When it was made (UTC).
    public var createdAt: Instant
    /// When it was published, if it was.
    public var publishedAt: Instant?
    /// The documents; `nil` in lists, which return the summary only.
    public var documents: Documents?

    /// Creates a record.
    public init(
        id: String, agreement: Agreement.ID, horizon: TimeSpan, status: Status, parties: [Party], createdBy: User.ID,
        createdByPartner: Partner.ID, createdAt: Instant, publishedAt: Instant? = nil, documents: Documents? = nil
    ) {
        self.id = id
        self.agreement = agreement
        self.horizon = horizon
        self.status = status
        self.parties = parties
        self.createdBy = createdBy
        self.createdByPartner = createdByPartner
        self.createdAt = createdAt
        self.publishedAt = publishedAt
        self.documents = documents
    }
}
