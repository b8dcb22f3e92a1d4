/// What the exact windows of one run share (`Scheduler.exactWindows`): the candidates never
/// freed, the floors, what each account held before the windows, and when they stop.
struct WindowContext: Sendable {
    /// True for the candidates no window frees (requests with a minimum number of contacts).
    var keeps: [Bool]
    /// Each account's floor, milliseconds; nil without one.
    var floorMillis: [Int]?
    /// Each account's time before the windows, milliseconds: a floor it did not reach asks
    /// only for this.
    var held: [Int]
    /// When the windows stop (solver clock), or nil.
    var deadline: UInt64?
    /// Each account's soft target, milliseconds (a lower floor sought): nil for none.
    var targetMillis: [Int]? = nil
    /// The price of a second below a target, in worth.
    var penalty = 0.0

    /// The worth of `state` under this context: its value less the price of its time below
    /// the targets.
    func score(_ state: SearchState) -> Double {
        guard let targetMillis else { return state.value }
        let missing = targetMillis.indices.reduce(0) { $0 + max(0, targetMillis[$1] - state.received[$1]) }
        return state.value - penalty * Double(missing) / 1000
    }

    /// The context of windows solved at once from `state`: each account's room above its
    /// floor halved, so that two windows' choices together still hold the floor.
    func halved(at state: SearchState) -> WindowContext {
        guard let floorMillis else { return self }
        var halves = self
        halves.floorMillis = floorMillis.indices.map {
            let floor = min(floorMillis[$0], held[$0])
            return floor + max(0, state.received[$0] - floor) / 2
        }
        halves.held = [Int](repeating: .max, count: floorMillis.count)
        return halves
    }
}
