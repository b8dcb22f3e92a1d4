extension Scheduler {
    /// How far the floor's `U` is lowered at a time after the bisection.
    static let floorStep = 0.02
    /// The share of the budget at which the floor search ends (settling takes the rest).
    static let floorSearchUntil = 0.65

    /// The smallest mission floor `U` (`MissionFloor`) the search can hold, found by bisection
    /// from the chains' throughput schedule. The lowest candidate is `MissionFloor.lowest` (no
    /// schedule can do better) or `atLeast` (a floor given), whichever is higher, tried first;
    /// the highest is the throughput schedule's own largest unsatisfied fraction (held by
    /// construction). The lowest is tried by the repairs alone (no settling: on a loaded week
    /// it is far out of reach). Each step repairs a copy of the
    /// schedule of the last floor held (the throughput schedule at first) to the floor at
    /// rising penalties (`escalate`), then, if a mission is still short, settles toward the
    /// floor (`settle(_:toward:until:)`; with an epochs budget, a short guided phase with the
    /// floor relaxed) and repairs again; the step's time is an equal share of
    /// what is left before `deadline` (or 30 iterations with an epochs budget), repairs
    /// included: a test that runs out of time counts as not held, so that one costly test (the
    /// lowest floor on a heavily oversubscribed week, where most missions are short) cannot
    /// take the whole search. A missed test's schedule still counts for the floor it does hold
    /// (`MissionFloor.held`) when that is the lowest so far. Once the interval is narrower than
    /// half a ``floorStep``, or after the bisection, `U` is lowered by ``floorStep`` at a time
    /// from the last schedule held while time is left; a step that lowers nothing is halved,
    /// down to a quarter of ``floorStep``, before the lowering stops. The chains end on
    /// the schedule of the smallest floor held. Returns `U`. `triesLowest: false` skips the
    /// first test (for lowering a floor already found, `relowerFloor`).
    func smallestFloor(
        _ chains: inout [SearchChain], wanted: [Int], alone: [Int], aloneSchedules: [[Int32]],
        guide: LagrangianGuide, steps: Int, deadline: UInt64?, epochs: Int?, atLeast: Double = 0,
        triesLowest: Bool = true
    ) -> Double {
        // Each test starts from the schedule of the last floor held (the throughput schedule
        // at first): a lower floor is then a small repair of a schedule already nearly fair.
        var base = chains
        let lowest = max(atLeast, MissionFloor.lowest(wanted: wanted, alone: alone))
        var high = max(lowest, MissionFloor.largestUnsatisfied(received: chains[0].state.received, wanted: wanted))
        var low = lowest
        var tests = 0
        var best: [SearchChain]? = nil
        // The smallest floor a trial's schedule holds.
        func reached(_ trial: [SearchChain]) -> Double {
            MissionFloor.held(received: trial[0].state.received, wanted: wanted, alone: alone)
        }
        func holds(_ u: Double, testsLeft: Int, settling: Bool = true) -> [SearchChain]? {
            tests += 1
            let guarantee = FairnessGuarantee.floor(MissionFloor.millis(unsatisfied: u, wanted: wanted, alone: alone))
            let now = clock.now()
            let until = deadline.map { now + ($0 > now ? ($0 - now) / UInt64(max(1, testsLeft)) : 0) }
            var trial = base
            for index in trial.indices {
                trial[index].guarantee = guarantee
                trial[index].aloneSchedules = aloneSchedules
                trial[index].repairDeadline = until
                trial[index].repairClock = clock
            }
            Self.escalate(&trial)
            func held() -> Bool {
                guarantee.holds(received: trial[0].state.received, delivered: trial[0].state.delivered)
            }
            if !held() && !trial[0].pastRepairDeadline {
                if let until, epochs == nil {
                    if settling { settle(&trial, toward: guarantee, until: until) }
                } else {
                    // With an epochs budget (the settling stages are timed), a short guided phase.
                    var fairGuide = guide
                    fairGuide.enforce(guarantee, delivered: trial[0].state.delivered)
                    _ = guidePhase(&trial, guide: &fairGuide, until: until, limit: epochs.map { _ in 30 } ?? 200)
                }
                if !held() { Self.escalate(&trial) }
            }
            for index in trial.indices { trial[index].repairDeadline = nil }
            trace("floor \(u): holds \(held()), served \(trial[0].state.delivered)", 0)
            if !held() { trace("floor \(u) short: \(Self.shortMissions(trial[0].state, guarantee))", 0) }
            if held() { return trial }
            // A test that misses its floor may still hold a lower one than the best so far:
            // keep it as that floor's schedule.
            let lower = reached(trial)
            if lower < high - 1e-9 {
                trace("floor \(u) missed, but \(lower) held", 0)
                high = lower
                let floor = FairnessGuarantee.floor(
                    MissionFloor.millis(unsatisfied: lower, wanted: wanted, alone: alone))
                for index in trial.indices { trial[index].guarantee = floor }
                best = trial
                base = trial
            }
            return nil
        }
        // The lowest floor is tried by the repairs alone: on a loaded week it is far out of
        // reach, and settling toward it would take a bisection step's time for nothing.
        if triesLowest, let held = holds(lowest, testsLeft: steps + 1, settling: false) {
            chains = held
            return lowest
        }
        for step in 0..<steps {
            if let deadline, clock.now() >= deadline { break }
            let middle = (low + high) / 2
            if let held = holds(middle, testsLeft: steps - step) {
                high = min(middle, reached(held))
                best = held
                base = held
            } else {
                low = middle
            }
            // A missed test is no proof that its floor cannot be held: once the interval is
            // narrow, lowering from the last schedule held (below) does better than halving.
            if high - low < Self.floorStep / 2 { break }
        }
        // With time left, lower the floor in small steps from the last schedule held: each step
        // is a small repair of a schedule already nearly fair, where a bisection test started
        // further away may have run out of time.
        // A step that lowers nothing is halved (down to a quarter of a step): a floor just
        // under the one held asks the other missions for less.
        var step = Self.floorStep
        while let deadline, clock.now() < deadline, high - lowest > step / 2 {
            let next = max(lowest, high - step)
            let before = high
            if let held = holds(next, testsLeft: 2) {
                high = min(next, reached(held))
                best = held
                base = held
            } else if high >= before - 1e-9 {
                guard step > Self.floorStep / 4 + 1e-12 else { break }
                step /= 2
            }
        }
        if let best {
            chains = best
        } else {
            // The throughput schedule holds `high` by construction.
            let guarantee = FairnessGuarantee.floor(
                MissionFloor.millis(unsatisfied: high, wanted: wanted, alone: alone))
            for index in chains.indices { chains[index].guarantee = guarantee }
        }
        trace("floor found: \(high) after \(tests) tests", 0)
        return high
    }
}

extension Scheduler {
    /// The missions short of `guarantee` in `state` and their deficits, for the trace:
    /// `index:hours` each.
    static func shortMissions(_ state: SearchState, _ guarantee: FairnessGuarantee) -> String {
        guarantee.shares.indices.compactMap { mission -> String? in
            let deficit = guarantee.deficitMillis(
                mission, received: state.received[mission], delivered: state.delivered)
            return deficit > 1 ? "\(mission):\((deficit / 36_000).rounded() / 100)h" : nil
        }.joined(separator: " ")
    }
}
