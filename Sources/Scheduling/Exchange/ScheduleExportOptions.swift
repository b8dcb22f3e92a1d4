import Orbits

/// What the exports need besides the schedule and its problem: when the file is made and by
/// whom, and the statuses the CCSDS Simple Schedule declares.
///
/// The exports are pure functions of the schedule, the problem and these options: the same
/// inputs give byte-identical files (so the time of generation is an input, not the clock).
public struct ScheduleExportOptions: Sendable, Hashable {
    /// The status of a whole Simple Schedule (CCSDS 902.1 `SimpleScheduleStatus`).
    public enum ScheduleStatus: String, Sendable, Hashable, CaseIterable {
        /// A test schedule.
        case test = "TEST"
        /// A schedule not yet agreed (the default for a computed schedule).
        case provisional = "PROVISIONAL"
        /// The schedule in force.
        case operational = "OPERATIONAL"
        /// Anything else.
        case other = "OTHER"
    }

    /// The status of each scheduled activity (CCSDS 902.1 `activityStatus`).
    public enum ActivityStatus: String, Sendable, Hashable, CaseIterable {
        /// The provider commits to the activity.
        case committed = "COMMITTED"
        /// Planned, not yet committed.
        case tentative = "TENTATIVE"
        /// Offered as available.
        case available = "AVAILABLE"
        /// Not available.
        case unavailable = "UNAVAILABLE"
    }

    /// When the file is generated: iCalendar `DTSTAMP`, Simple Schedule `generationTime`.
    public var generatedAt: Instant
    /// Who issues the schedule: Simple Schedule `originatingOrganization`.
    public var organization: String
    /// The Simple Schedule's status (default provisional).
    public var scheduleStatus: ScheduleStatus
    /// Every scheduled activity's status (default committed).
    public var activityStatus: ActivityStatus
    /// The Simple Schedule's version number (≥ 1; a re-issued schedule counts up).
    public var scheduleVersion: Int
    /// The right-hand side of every iCalendar `UID` (`<hash>@<uidDomain>`), so that events
    /// from different networks never share an id.
    public var uidDomain: String

    /// Creates options; only the time of generation has no default.
    public init(
        generatedAt: Instant, organization: String = "concord", scheduleStatus: ScheduleStatus = .provisional,
        activityStatus: ActivityStatus = .committed, scheduleVersion: Int = 1, uidDomain: String = "concord"
    ) {
        self.generatedAt = generatedAt
        self.organization = organization
        self.scheduleStatus = scheduleStatus
        self.activityStatus = activityStatus
        self.scheduleVersion = scheduleVersion
        self.uidDomain = uidDomain
    }
}
