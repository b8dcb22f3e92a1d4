/// The running state of one run's exact windows (`Scheduler.exactWindows`): what they share,
/// where the schedule ends, and their counts.
struct WindowSweeper: Sendable {
    /// The floors, targets and deadline every window is solved under.
    var context: WindowContext
    /// The end of the last candidate's busy span, milliseconds: the sweeps stop there.
    let last: Int
    /// Windows solved.
    var windows = 0
    /// Windows whose choice replaced their contacts.
    var improved = 0
}
