extension Scheduler {
    /// How far below the floor the schedule holds each lowering sweep aims (`U`).
    static let windowLowering = 0.03
    /// The price of a second below a lowering sweep's target, in the heaviest request's worth
    /// of a second.
    static let shortfallPenalty = 20.0

    /// Lowers `floor` toward the floor given (`WindowFloor.given`) by sweeps of day windows,
    /// when the search stopped above it. Each sweep aims ``windowLowering`` below the floor
    /// `state` holds (never below the floor given), with every mission's time below that target
    /// priced above any contact (``shortfallPenalty``) and the window's support widened by every
    /// single-antenna candidate of the missions short of it (``shortCandidates(of:below:at:)``).
    /// A sweep that ends on a lower floor keeps it, hours lost or not (the floor was asked
    /// for), and the next one aims lower if it reached its target; one that lowers nothing is
    /// kept when it gained worth, else undone, and ends the lowering. Without a floor given
    /// there is no lowering: on the DSN weeks it traded hours for U_MAX at about CP-SAT's
    /// exchange rate, and fell short on hours where the search's floor was already low enough
    /// (session 27). Returns the floor `state` holds at the end.
    func lowerFloor(
        _ floor: WindowFloor, _ state: inout SearchState, _ guide: inout LagrangianGuide,
        _ sweeper: inout WindowSweeper, solver: CBCSolver, started: UInt64
    ) -> WindowFloor {
        guard let given = floor.given else { return floor }
        var floor = floor
        sweeper.context.penalty = Self.shortfallPenalty * problem.requests.reduce(1) { max($0, $1.weight) }
        defer { sweeper.context.targetMillis = nil }
        while sweeper.context.deadline.map({ clock.now() < $0 }) ?? true {
            let from = floor.held(by: state.received)
            let target = max(floor.lowest, given, from - Self.windowLowering)
            guard target < from - 1e-9 else { break }
            let before = (state, guide)
            sweeper.context.targetMillis = floor.at(target).millis
            sweep(24, &state, &guide, &sweeper, solver: solver, started: started)
            let reached = floor.held(by: state.received)
            trace("lowering the floor from \(from) toward \(target): \(reached), value \(state.value)", started)
            guard reached < from - 1e-9 else {
                if state.value < before.0.value + 1e-6 { (state, guide) = before }
                break
            }
            floor = floor.at(min(floor.unsatisfied, max(given, reached)))
            sweeper.context.floorMillis = floor.millis
            sweeper.context.held = state.received
            if reached > target + 1e-9 { break }
        }
        return floor
    }

    /// The candidates a lowering window adds to its support: every single-antenna candidate
    /// still available in `relaxed` (those meeting the window and fitting beside the rest) of
    /// the missions below their target in `state`. The relaxation prices the target only
    /// through its multipliers and leaves most of them out; without them a lowering sweep on a
    /// DSN week reaches no target (session 27).
    func shortCandidates(of relaxed: LagrangianGuide, below targetMillis: [Int], at state: SearchState) -> [Int32] {
        let set = relaxed.set
        return relaxed.available.indices.compactMap { id in
            guard relaxed.available[id] else { return nil }
            let candidate = set.candidates[id]
            let account = Int(candidate.partner)
            guard targetMillis[account] > state.received[account],
                problem.resources[Int(candidate.resource)].members.count == 1
            else { return nil }
            return Int32(id)
        }
    }
}
