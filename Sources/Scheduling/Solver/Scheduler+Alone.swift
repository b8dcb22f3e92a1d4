import Dispatch

extension Scheduler {
    /// Each account's (partner's, or mission's when `full` accounts by mission) contact time
    /// with the network to itself, milliseconds: the same search
    /// (relaxation with rounding for 70% of the time, then moves) on the partner's requests
    /// alone, partners in parallel, each given a slice of the time left before `deadline` in
    /// proportion to its candidates (or `epochs` × 10 iterations and `epochs` epochs of moves).
    /// A heuristic value, so at most the true one: the guarantee it caps is then never stricter
    /// than the exact one.
    /// Also returns each partner's alone schedule (its candidates, which `full` may lack when
    /// the search grew the partner's set: `CandidateSet.including(_:)`).
    func aloneMillis(
        until deadline: UInt64?, epochs: Int?, full: CandidateSet
    ) -> (millis: [Int], schedules: [[Candidate]]) {
        let partnerCount = full.accountCount
        var hasRequests = [Bool](repeating: false, count: partnerCount)
        for request in problem.requests { hasRequests[full.account(of: request)] = true }
        let partners = (0..<partnerCount).filter { hasRequests[$0] }
        var results = [Int](repeating: 0, count: partnerCount)
        var schedules = [[Candidate]](repeating: [], count: partnerCount)
        guard !partners.isEmpty else { return (results, schedules) }
        let now = clock.now()
        let threads = UInt64(max(1, options.threads))
        // Each account's share of the time is in proportion to its candidates (at least a
        // tenth of an equal share): a mission of many long flexible requests needs far more
        // search than one of a few passes.
        var size = [Double](repeating: 0, count: partnerCount)
        // What each account wants in all: an alone search that serves it has nothing left to find.
        var wants = [Int](repeating: 0, count: partnerCount)
        for (index, request) in problem.requests.enumerated() {
            size[full.account(of: request)] += Double(full.byRequest[index].count)
            wants[full.account(of: request)] += request.wantedMillis
        }
        let equal = partners.reduce(0.0) { $0 + size[$1] } / Double(partners.count)
        for partner in partners { size[partner] = max(size[partner], equal / 10) }
        // The largest first, so that the threads end together.
        let order = partners.sorted { size[$0] != size[$1] ? size[$0] > size[$1] : $0 < $1 }
        let totalSize = partners.reduce(0.0) { $0 + size[$1] }
        let available = deadline.map { Double(($0 > now ? $0 - now : 0) * threads) }
        let slices = order.map { partner in available.map { UInt64($0 * size[partner] / totalSize) } }
        let moves = max(1, options.movesPerEpoch)
        let wanted = wants
        let problem = self.problem
        let seed = options.seed
        let clock = self.clock
        let refineEvery = options.refineEvery
        results.withUnsafeMutableBufferPointer { buffer in
            schedules.withUnsafeMutableBufferPointer { scheduleBuffer in
                let slots = DisjointSlots(base: buffer.baseAddress!)
                let scheduleSlots = DisjointSlots(base: scheduleBuffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: order.count) { index in
                    let partner = order[index]
                    let slice = slices[index]
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
                    // Done once the account has all it wants, or once the relaxation's bound
                    // (valid without groups) proves the schedule optimal: the rest of its slice
                    // is left to the phases after.
                    var bound = Double.infinity
                    func done() -> Bool {
                        chain.state.delivered >= wanted[partner] || chain.state.value >= bound - 1e-3
                    }
                    while iteration < (epochs.map { $0 * 10 } ?? Int.max), !done() {
                        if let slice, clock.now() >= start + slice * 7 / 10 { break }
                        let value = guide.iterate(weights: chain.weights, target: chain.state.value, threads: 1).bound
                        if guide.boundIsValid { bound = min(bound, value) }
                        iteration += 1
                        if iteration % 10 == 0 { chain.rebuild(from: guide.roundingOrder(random: &chain.random)) }
                    }
                    var epoch = 0
                    while !done() {
                        if let epochs, epoch >= epochs { break }
                        if let slice, clock.now() >= start + slice { break }
                        for _ in 0..<moves { chain.ruinAndRecreate() }
                        chain.fillFreeTime()
                        epoch += 1
                        if refineEvery > 0 && epoch % refineEvery == 0 { chain.refine() }
                    }
                    if refineEvery > 0 { chain.refine() }
                    slots.base[partner] = chain.state.delivered
                    scheduleSlots.base[partner] = chain.state.chosen.map { chain.state.set.candidates[Int($0)] }
                }
            }
        }
        return (results, schedules)
    }
}
