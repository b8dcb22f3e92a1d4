/// A change to a problem after its schedule was announced: what the re-planner repairs the
/// schedule for. Apply a list of them with `ScheduleProblem.applying(_:)`.
public enum ProblemChange: Sendable, Hashable {
    /// The antenna is out of service over `span` (an outage or unplanned maintenance): the
    /// span joins its downtime, clipped to the horizon.
    case outage(antenna: String, span: TimeSpan)
    /// A new request, with its view periods (none: they are computed from TLEs by
    /// `ScheduleProblem.resolvingViewPeriods()` before compiling).
    case addRequest(ScheduleProblem.Request, viewPeriods: [ScheduleProblem.ViewPeriods])
    /// A request withdrawn, with its view periods.
    case removeRequest(id: String)
    /// The view periods of a request on one resource replaced (a pass changed after an orbit
    /// update); an empty list removes them.
    case viewPeriods(request: String, resource: String, periods: [TimeSpan])
}
