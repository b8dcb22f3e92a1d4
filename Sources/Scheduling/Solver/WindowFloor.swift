/// The mission floor the exact windows hold (`Scheduler.exactWindows`), and what they need to
/// lower it: the floor given, if any, and every mission's wanted and alone time.
struct WindowFloor: Sendable, Equatable {
    /// The floor's unsatisfied fraction `U` (`MissionFloor`).
    let unsatisfied: Double
    /// The floor asked for (`MissionFloor.unsatisfied`), when given: the windows lower the
    /// floor toward it when the search stopped above it; nil when the search found the floor.
    let given: Double?
    /// Each mission's floor, milliseconds: `MissionFloor.millis(unsatisfied:wanted:alone:)`.
    let millis: [Int]
    /// Each mission's wanted time, milliseconds.
    let wanted: [Int]
    /// Each mission's alone time, milliseconds.
    let alone: [Int]

    /// The floor at `unsatisfied`, `given` the floor asked for, if any.
    init(unsatisfied: Double, given: Double? = nil, wanted: [Int], alone: [Int]) {
        self.unsatisfied = unsatisfied
        self.given = given
        self.wanted = wanted
        self.alone = alone
        millis = MissionFloor.millis(unsatisfied: unsatisfied, wanted: wanted, alone: alone)
    }

    /// The largest unsatisfied fraction of the missions short of their alone time when each
    /// receives `received` (`MissionFloor.held`): the lowest floor those receipts hold.
    func held(by received: [Int]) -> Double {
        MissionFloor.held(received: received, wanted: wanted, alone: alone)
    }

    /// The lowest floor any schedule holds (`MissionFloor.lowest`).
    var lowest: Double { MissionFloor.lowest(wanted: wanted, alone: alone) }

    /// The same floor at `unsatisfied`.
    func at(_ unsatisfied: Double) -> WindowFloor {
        WindowFloor(unsatisfied: unsatisfied, given: given, wanted: wanted, alone: alone)
    }
}
