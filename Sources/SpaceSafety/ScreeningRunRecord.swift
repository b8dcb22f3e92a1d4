import Consortium
import Orbits

/// One screening run of the fleet against the catalog, as the platform keeps it: who or what
/// started it, its options, where it stands, and what it found.
///
/// At most one run is `running` at a time (the store refuses a second one); a run that fails
/// keeps its error, and a run interrupted by a stop of the server is marked failed at the next
/// start.
public struct ScreeningRunRecord: Codable, Sendable, Hashable, Identifiable {
    /// Where a run stands.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        /// Under way.
        case running
        /// Done; its events are stored.
        case succeeded
        /// Stopped by an error (`error` says which); no event was changed.
        case failed
    }

    /// What started a run.
    public enum Trigger: String, Codable, Sendable, Hashable, CaseIterable {
        /// `POST /api/v1/screenings`.
        case request
        /// `concord serve --screen-every`.
        case schedule
    }

    /// An object SGP4 could not propagate during the span (reported, not dropped).
    public struct Failure: Codable, Sendable, Hashable {
        /// NORAD catalog number.
        public var noradID: Int
        /// Name from the element set.
        public var name: String
        /// The SGP4 error.
        public var detail: String

        /// Creates a failure.
        public init(noradID: Int, name: String, detail: String) {
            self.noradID = noradID
            self.name = name
            self.detail = detail
        }
    }

    /// The run's id, `scr-` and 16 hex digits.
    public var id: String
    /// Where it stands.
    public var status: Status
    /// What started it.
    public var trigger: Trigger
    /// The user who asked for it (`request` runs).
    public var requestedBy: User.ID?
    /// The span, threshold and hard-body radius.
    public var options: ScreeningRunOptions
    /// When it started and, once done, when it ended (UTC).
    public var createdAt: Instant
    public var finishedAt: Instant?
    /// Objects screened (fleet and catalog, without duplicates).
    public var objects: Int
    /// The partners' spacecraft screened for.
    public var primaries: Int
    /// Conjunctions found, events opened, and events seen again.
    public var conjunctions: Int
    public var opened: Int
    public var updated: Int
    /// Objects SGP4 could not propagate.
    public var failures: [Failure]
    /// What the run left out, one sentence each (a spacecraft whose orbit does not parse).
    public var notes: [String]
    /// Why it failed.
    public var error: String?

    /// A run that has just started.
    public init(
        id: String, trigger: Trigger, requestedBy: User.ID?, options: ScreeningRunOptions, createdAt: Instant
    ) {
        self.id = id
        self.status = .running
        self.trigger = trigger
        self.requestedBy = requestedBy
        self.options = options
        self.createdAt = createdAt
        self.finishedAt = nil
        self.objects = 0
        self.primaries = 0
        self.conjunctions = 0
        self.opened = 0
        self.updated = 0
        self.failures = []
        self.notes = []
        self.error = nil
    }
}
