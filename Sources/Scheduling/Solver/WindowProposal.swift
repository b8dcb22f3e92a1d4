/// What one exact window proposes (`Scheduler.propose`): the window's contacts when it was
/// solved and the better choice of its program, if any, with the relaxation's multipliers
/// for the next window to start from.
struct WindowProposal: Sendable {
    /// The window's contacts in the state it was solved from.
    var current: [Int32]
    /// The program's choice, worth more than `current`; nil when none was found.
    var chosen: [Int32]?
    /// The relaxation after the window's iterations.
    var guide: LagrangianGuide
}
