import Consortium

/// The schedules a reader may see, in a form the store turns into SQL.
public enum ScheduleScope: Sendable, Hashable {
    /// Every schedule (consortium administrators).
    case all
    /// The published schedules `partner` was a party of; with `drafts`, also the drafts of the
    /// pools it manages (its administrators run and publish them).
    case partner(Partner.ID, drafts: Bool)
}
