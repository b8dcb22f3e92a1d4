import Dispatch

extension Replanner {
    /// The deficit price while repairing, per millisecond: two seconds of contact time per
    /// second a partner lacks, a little above the worth of the time itself, so the cheapest
    /// fairness repairs come first (raised by `Scheduler.escalate` if the guarantee slips).
    static let repairPenalty = 2.0 / 1000

    /// The repair search: chain 0 keeps what it can, fills the free time, re-inserts the
    /// requests that lost contacts and makes one round of best responses with ejections;
    /// then every chain runs ruin-and-recreate for the budget, sharing the best selection
    /// after each epoch; then the guarantee is escalated if it does not hold. Returns the
    /// chains (the best in chain 0) and the epochs run.
    func search(_ setup: Setup, started: UInt64) -> (chains: [SearchChain], epochs: Int) {
        let initial = initialState(setup)
        let partnerCount = problem.shares.count
        let ones = [Double](repeating: 1, count: partnerCount)
        let guarantee = options.aloneSeconds.map { alone in
            FairnessGuarantee(
                shares: problem.shares, aloneMillis: alone.map { Int(($0 * 1000).rounded()) },
                tolerance: problem.problem.fairnessTolerance)
        }
        let threads = max(1, options.threads)
        var chains = (0..<threads).map { index in
            var chain = SearchChain(
                state: initial, random: SplitMix(seed: Scheduler.mix(options.seed, UInt64(index))), weights: ones,
                guarantee: guarantee, index: index)
            chain.penalty = Self.repairPenalty
            return chain
        }
        var first = chains[0]
        for antenna in 0..<problem.antennas.count {
            first.state.bestResponse(antenna: antenna, weights: ones, keep: true)
        }
        for request in affectedRequests(setup, state: first.state) {
            let ids = setup.set.byRequest[request].sorted {
                setup.set.candidates[Int($0)].value > setup.set.candidates[Int($1)].value
            }
            for id in ids where !first.state.selected[Int(id)] { _ = first.tryInsert(id) }
        }
        first.descend(rounds: 1)
        for index in chains.indices { chains[index].state = first.state }
        trace("replan: first repair \(first.state.delivered) ms, score \(first.score)", started)
        let deadline = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * 0.9e9) }
        let engine = Scheduler(
            problem: problem,
            options: SchedulerOptions(
                seed: options.seed, timeLimitSeconds: options.timeLimitSeconds, epochs: options.epochs,
                movesPerEpoch: options.movesPerEpoch, threads: threads, enforceFairness: guarantee != nil))
        let epochs = engine.runEpochs(
            &chains, epochs: options.epochs ?? (deadline == nil ? 20 : nil), deadline: deadline, adapt: nil)
        if let guarantee, !guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered) {
            Scheduler.escalate(&chains)
        }
        trace("replan: \(epochs) epochs, \(chains[0].state.delivered) ms, score \(chains[0].score)", started)
        return (chains, epochs)
    }

    /// Puts back every frozen contact the search lost (it may trade one only for fairness):
    /// the request's other contacts, least valuable first, make room; a frozen contact that
    /// collides with another frozen one stays out (reported as dropped).
    func restoreFrozen(_ state: inout SearchState, setup: Setup) {
        for (index, id) in setup.announcedIDs.enumerated() {
            guard let id, setup.frozen[index], !state.selected[Int(id)] else { continue }
            let candidate = setup.set.candidates[Int(id)]
            let request = Int(candidate.request)
            var others = state.onCraft[Int(candidate.spacecraft)].filter {
                Int(state.set.candidates[Int($0)].request) == request && !isFrozen(Int($0), setup: setup)
            }
            others.sort { state.set.candidates[Int($0)].value < state.set.candidates[Int($1)].value }
            for other in others where !state.hasRoom(request: request, length: candidate.length) {
                state.remove(other)
            }
            for blocker in state.blockers(of: id) where !isFrozen(Int(blocker), setup: setup) {
                state.remove(blocker)
            }
            if state.fits(id) { state.insert(id) }
        }
    }

    /// True when candidate `id` is a frozen announced contact.
    func isFrozen(_ id: Int, setup: Setup) -> Bool {
        guard id >= setup.firstAnnounced else { return false }
        return setup.set.candidates[id].busy.start < setup.frozenMillis
    }
}
