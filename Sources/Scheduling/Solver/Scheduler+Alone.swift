import Dispatch

extension Scheduler {
    /// Each account's (partner's, or mission's when `full` accounts by mission) contact time
    /// with the network to itself, milliseconds: the same search
    /// (relaxation with rounding for 70% of the time, then moves) on the partner's requests
    /// alone, partners in parallel, each given an equal slice of the time left before
    /// `deadline` (or `epochs` × 10 iterations and `epochs` epochs of moves). A heuristic value,
    /// so at most the true one: the guarantee it caps is then never stricter than the exact one.
    /// Also returns each partner's alone schedule, as candidates of `full`.
    func aloneMillis(until deadline: UInt64?, epochs: Int?, full: CandidateSet) -> (millis: [Int], schedules: [[Int32]])
    {
        let partnerCount = full.accountCount
        var hasRequests = [Bool](repeating: false, count: partnerCount)
        for request in problem.requests { hasRequests[full.account(of: request)] = true }
        let partners = (0..<partnerCount).filter { hasRequests[$0] }
        var results = [Int](repeating: 0, count: partnerCount)
        var schedules = [[Int32]](repeating: [], count: partnerCount)
        guard !partners.isEmpty else { return (results, schedules) }
        let now = clock.now()
        let threads = UInt64(max(1, options.threads))
        let slice = deadline.map { ($0 > now ? $0 - now : 0) * threads / UInt64(partners.count) }
        let moves = max(1, options.movesPerEpoch)
        let problem = self.problem
        let seed = options.seed
        let clock = self.clock
        results.withUnsafeMutableBufferPointer { buffer in
            schedules.withUnsafeMutableBufferPointer { scheduleBuffer in
                let slots = DisjointSlots(base: buffer.baseAddress!)
                let scheduleSlots = DisjointSlots(base: scheduleBuffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: partners.count) { index in
                    let partner = partners[index]
                    let set = CandidateSet(problem: problem, byMission: full.byMission) {
                        full.account(of: $0) == partner
                    }
                    var chain = SearchChain(
                        state: SearchState(set: set), random: SplitMix(seed: Self.mix(seed, 1_000 + UInt64(partner))),
                        weights: [Double](repeating: 1, count: partnerCount), guarantee: nil)
                    chain.descend(rounds: 2)
                    let start = clock.now()
                    var guide = LagrangianGuide(set: set)
                    var iteration = 0
                    while iteration < (epochs.map { $0 * 10 } ?? Int.max) {
                        if let slice, clock.now() >= start + slice * 7 / 10 { break }
                        _ = guide.iterate(weights: chain.weights, target: chain.state.value, threads: 1)
                        iteration += 1
                        if iteration % 10 == 0 { chain.rebuild(from: guide.roundingOrder(random: &chain.random)) }
                    }
                    var epoch = 0
                    while true {
                        if let epochs, epoch >= epochs { break }
                        if let slice, clock.now() >= start + slice { break }
                        for _ in 0..<moves { chain.ruinAndRecreate() }
                        epoch += 1
                    }
                    slots.base[partner] = chain.state.delivered
                    // The same candidates in the full set: a request's candidates come in the same
                    // order whichever requests a set keeps.
                    scheduleSlots.base[partner] = chain.state.chosen.map { id in
                        let request = Int(set.candidates[Int(id)].request)
                        let position = set.byRequest[request].firstIndex(of: id)!
                        return full.byRequest[request][position]
                    }
                }
            }
        }
        return (results, schedules)
    }
}
