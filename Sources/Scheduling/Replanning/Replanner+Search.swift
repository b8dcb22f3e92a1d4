import Dispatch

extension Replanner {
    /// The deficit price while repairing, per millisecond: two seconds of contact time per
    /// second a partner lacks, a little above the worth of the time itself, so the cheapest
    /// fairness repairs come first (raised by `Scheduler.escalate` if the guarantee slips).
    static let repairPenalty = 2.0 / 1000

    /// The repair search: chain 0 keeps what it can, re-inserts the requests that lost
    /// contacts greedily (as ``greedyRepair()``), fills the free time, tries each candidate of
    /// those requests with what blocks it removed, runs ejection chains (both chains, up to 30% of
    /// the budget) and makes one round of best responses with ejections; then the relaxation (to
    /// 60%), ejection chains again, and ruin-and-recreate on every chain for the rest, sharing the
    /// best selection after each epoch; then the guarantee is escalated if it does not hold.
    /// Returns the chains (the best in chain 0) and the epochs run.
    func search(_ setup: Setup, started: UInt64) -> (chains: [SearchChain], epochs: Int) {
        let traceStart = DispatchTime.now().uptimeNanoseconds
        let initial = initialState(setup)
        let ones = [Double](repeating: 1, count: setup.set.accountCount)
        let guarantee = searchGuarantee
        let threads = max(1, options.threads)
        var chains = (0..<threads).map { index in
            var chain = SearchChain(
                state: initial, random: SplitMix(seed: Scheduler.mix(options.seed, UInt64(index))), weights: ones,
                guarantee: guarantee, index: index)
            // A mission floor is a hard constraint, as in the solver; the partner guarantee is
            // repaired cheapest first.
            chain.penalty = floorMillis == nil ? Self.repairPenalty : SearchChain.highestPenalty
            return chain
        }
        var first = chains[0]
        let affected = affectedRequests(setup, state: first.state)
        trace(
            "replan: setup, \(setup.set.candidates.count) candidates, \(affected.count) requests affected", traceStart)
        insertGreedily(&first.state, setup: setup)
        trace("replan: greedy \(first.state.delivered) ms", traceStart)
        for antenna in 0..<problem.antennas.count {
            first.state.bestResponse(antenna: antenna, weights: ones, keep: true)
        }
        trace("replan: filled \(first.state.delivered) ms", traceStart)
        let insertDeadline = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * 0.5e9) }
        tries: for request in affected {
            let ids = setup.set.byRequest[request].sorted {
                setup.set.candidates[Int($0)].value > setup.set.candidates[Int($1)].value
            }
            for id in ids where !first.state.selected[Int(id)] && worthTrying(id, in: first.state) {
                if let insertDeadline, clock.now() >= insertDeadline { break tries }
                _ = first.tryInsert(id)
            }
        }
        trace("replan: re-inserted \(first.state.delivered) ms", traceStart)
        for index in chains.indices { chains[index].state = first.state }
        if options.ejectionChains {
            let until = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * 0.3e9) }
            let passes = ejectionChains(&chains, setup: setup, until: until)
            first = chains[0]
            trace(
                "replan: \(passes) passes of ejection chains, \(first.state.delivered) ms, score \(first.score)",
                traceStart)
        }
        let descentStart = clock.now()
        first.descend(rounds: 1)
        let descent = clock.now() - descentStart
        for index in chains.indices { chains[index].state = first.state }
        trace("replan: first repair \(first.state.delivered) ms, score \(first.score)", traceStart)
        let deadline = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * 0.9e9) }
        if options.relaxation {
            // The solver's relaxation over the repair's candidates (bonuses included): its
            // rounded and dived schedules replace the chains' when they score higher.
            var guide = LagrangianGuide(set: setup.set)
            // With the guarantee relaxed too, the rounded schedules are nearly fair already and its
            // multipliers steer the best responses (as in the solver's fairness phase).
            if let guarantee { guide.enforce(guarantee, delivered: chains[0].state.delivered) }
            let until = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * 0.6e9) }
            let engine = Scheduler(
                problem: problem,
                options: engineOptions(enforceFairness: guarantee != nil))
            let iterations = engine.guidePhase(
                &chains, guide: &guide, until: until,
                limit: options.epochs.map { $0 * 10 } ?? (until == nil ? 200 : nil))
            trace("replan: relaxation \(iterations) iterations, \(chains[0].state.delivered) ms", traceStart)
        }
        if options.ejectionChains {
            // Chains again from the relaxation's schedule: it leaves requests short that one or
            // two relocations serve.
            ejectionChains(&chains, setup: setup, until: deadline)
            trace("replan: post chains \(chains[0].state.delivered) ms, score \(chains[0].score)", traceStart)
        }
        // An epoch costs up to about two rounds of best responses over every antenna.
        let epochs = runEpochs(&chains, deadline: deadline, estimate: 2 * descent)
        if let guarantee, !guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered) {
            Scheduler.escalate(&chains)
        }
        trace("replan: \(epochs) epochs, \(chains[0].state.delivered) ms, score \(chains[0].score)", traceStart)
        return (chains, epochs)
    }

    /// Ruin-and-recreate epochs (every chain makes `movesPerEpoch` moves, then all adopt the
    /// best) until `options.epochs` are run or, with a deadline, until the next epoch would
    /// not end before it (judged by the longest epoch so far, at first by `estimate`
    /// nanoseconds). Returns the epochs run.
    func runEpochs(_ chains: inout [SearchChain], deadline: UInt64?, estimate: UInt64) -> Int {
        let limit = options.epochs ?? (deadline == nil ? 20 : Int.max)
        let moves = max(1, options.movesPerEpoch)
        var longest = estimate
        var count = 0
        while count < limit {
            let now = clock.now()
            if let deadline, now + longest >= deadline { break }
            Scheduler.parallel(&chains) { chain in
                for _ in 0..<moves { chain.ruinAndRecreate() }
            }
            Scheduler.synchronise(&chains)
            longest = max(longest, clock.now() - now)
            count += 1
        }
        return count
    }

    /// The options of the solver whose relaxation and moves the repair borrows: the repair's seed,
    /// budget, threads and clock.
    func engineOptions(enforceFairness: Bool) -> SchedulerOptions {
        var engine = SchedulerOptions(
            seed: options.seed, timeLimitSeconds: options.timeLimitSeconds, epochs: options.epochs,
            movesPerEpoch: options.movesPerEpoch, threads: max(1, options.threads), enforceFairness: enforceFairness)
        engine.cpuBudget = options.cpuBudget
        return engine
    }

    /// True when candidate `id` is worth more than what stands in its way (the contacts on
    /// its antennas and spacecraft, and, when its request is full, the request's least
    /// valuable contact): only then can inserting it in place of them pay before any refill.
    func worthTrying(_ id: Int32, in state: SearchState) -> Bool {
        let candidate = state.set.candidates[Int(id)]
        var loss = 0.0
        let blockers = state.blockers(of: id)
        for blocker in blockers { loss += state.set.candidates[Int(blocker)].value }
        if !state.hasRoom(request: Int(candidate.request), length: candidate.length) {
            guard let holder = state.roomMaker(for: candidate, besides: -1) else { return false }
            if !blockers.contains(holder) { loss += state.set.candidates[Int(holder)].value }
        }
        return candidate.value > loss + 1e-9
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
