/// One account's search with the network to itself (`Scheduler.aloneMillis`): the relaxation
/// with rounding, then moves, on a candidate set of the account's requests alone. Kept between
/// the rounds of `aloneMillis`, so that the accounts whose alone time binds the floors can
/// search on with the time the others leave.
struct AloneSearch {
    /// The search on the account's own candidates.
    var chain: SearchChain
    /// What the account's requests want in all, milliseconds.
    let wanted: Int
    /// The relaxation's least valid bound on the schedule's value (infinite when none).
    var bound = Double.infinity

    /// Done once the account has all it wants, or once the relaxation's bound (valid without
    /// groups) proves the schedule optimal: the search has nothing left to find.
    var done: Bool {
        chain.state.delivered >= wanted || chain.state.value >= bound - 1e-3
    }

    /// The fraction of what the account wants that its alone schedule leaves unserved: the
    /// largest of these is the lowest floor any schedule can hold (`MissionFloor.lowest`).
    var unsatisfied: Double {
        wanted > 0 ? 1 - Double(min(chain.state.delivered, wanted)) / Double(wanted) : 0
    }

    /// Relaxation iterations (the schedule rebuilt from its rounding every tenth) until
    /// `deadline`, `iterations`, or done.
    mutating func relax(iterations: Int, clock: SolverClock, deadline: UInt64?) {
        var guide = LagrangianGuide(set: chain.state.set)
        var iteration = 0
        while iteration < iterations, !done {
            if let deadline, clock.now() >= deadline { break }
            let value = guide.iterate(weights: chain.weights, target: chain.state.value, threads: 1).bound
            if guide.boundIsValid { bound = min(bound, value) }
            iteration += 1
            if iteration % 10 == 0 { chain.rebuild(from: guide.roundingOrder(random: &chain.random)) }
        }
    }

    /// Epochs of moves (ruin and recreate, group swaps, moves across antennas, free time
    /// filled, candidates refined every `refineEvery` epochs and at the end) until
    /// `deadline`, `epochs`, or done.
    mutating func move(epochs: Int?, moves: Int, refineEvery: Int, clock: SolverClock, deadline: UInt64?) {
        var epoch = 0
        while !done {
            if let epochs, epoch >= epochs { break }
            if let deadline, clock.now() >= deadline { break }
            // The epoch of the main search (`Scheduler.runEpochs`).
            chain.epoch(moves: moves)
            epoch += 1
            if refineEvery > 0 && epoch % refineEvery == 0 { chain.refine() }
        }
        if refineEvery > 0 { chain.refine() }
    }
}
