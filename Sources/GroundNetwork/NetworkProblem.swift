import Consortium
import Scheduling

/// A scheduling problem built from the registry for one network agreement, with what the
/// builder decided on the way (the default requests it added, what it left out and why).
public struct NetworkProblem: Sendable, Hashable {
    /// The problem, view periods included (ready for `CompiledProblem`).
    public var problem: ScheduleProblem
    /// The agreement whose pool and shares the problem follows.
    public var agreement: Agreement.ID
    /// The agreement's parties on the span's first day, in the agreement's order.
    public var parties: [Partner.ID]
    /// The parties that contribute stations to the pool (they run and publish its schedules).
    public var contributors: [Partner.ID]
    /// The ids of the default requests added for spacecraft that had none.
    public var defaultRequests: [String]
    /// Records left out, one sentence each (a spacecraft without an orbit, a request whose
    /// window is too short once clipped, a station that is not its contributor's).
    public var notes: [String]

    /// Creates a built problem.
    public init(
        problem: ScheduleProblem, agreement: Agreement.ID, parties: [Partner.ID], contributors: [Partner.ID],
        defaultRequests: [String] = [], notes: [String] = []
    ) {
        self.problem = problem
        self.agreement = agreement
        self.parties = parties
        self.contributors = contributors
        self.defaultRequests = defaultRequests
        self.notes = notes
    }
}
