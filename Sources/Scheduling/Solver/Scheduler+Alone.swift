import Dispatch

extension Scheduler {
    /// How close to the largest unserved fraction of any account's alone schedule an
    /// unfinished account's must be for its search to go on in `aloneMillis`'s second round.
    static let aloneBindingWithin = 0.01
    /// The least time CBC gets for the alone programs of the accounts the lowest floor rests
    /// on (``solveBinding(_:solver:seconds:)``), seconds, even past the alone phase's end: on
    /// DSN W20 the binding mission's program (its refined candidates and the finer grid) takes
    /// about 0.8 s.
    static let aloneExactSeconds = 1.0

    /// Each account's (partner's, or mission's when `full` accounts by mission) contact time
    /// with the network to itself, milliseconds: the same search
    /// (relaxation with rounding for 70% of the time, then moves) on the partner's requests
    /// alone, partners in parallel, each given a slice of the time left before `deadline` in
    /// proportion to its candidates (or `epochs` × 10 iterations and `epochs` epochs of moves).
    /// Most accounts are done early (all they want, or the relaxation's bound reached); on a
    /// time budget, the time they leave goes to a second round for the unfinished accounts
    /// whose alone schedules leave the largest fraction unserved (within
    /// ``aloneBindingWithin`` of the largest, one per thread): their alone time is what the
    /// lowest floor any schedule can hold rests on (on DSN W20, one mission's: its estimate
    /// moved U_MAX between 0.449 and 0.456 from run to run). With `solver` (a mission floor
    /// with the exact windows), those accounts are first solved exactly after the first round
    /// (``solveBinding(_:solver:seconds:)``), and the second round goes on from there.
    /// A heuristic value, so at most the true one: the guarantee it caps is then never stricter
    /// than the exact one.
    /// Also returns each partner's alone schedule (its candidates, which `full` may lack when
    /// the search grew the partner's set: `CandidateSet.including(_:)`).
    func aloneMillis(
        until deadline: UInt64?, epochs: Int?, full: CandidateSet, solver: CBCSolver? = nil
    ) -> (millis: [Int], schedules: [[Candidate]]) {
        let partnerCount = full.accountCount
        var hasRequests = [Bool](repeating: false, count: partnerCount)
        for request in problem.requests { hasRequests[full.account(of: request)] = true }
        let partners = (0..<partnerCount).filter { hasRequests[$0] }
        guard !partners.isEmpty else {
            return ([Int](repeating: 0, count: partnerCount), [[Candidate]](repeating: [], count: partnerCount))
        }
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
        var searches = [AloneSearch?](repeating: nil, count: partnerCount)
        searches.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: order.count) { index in
                let partner = order[index]
                let slice = slices[index]
                let set = CandidateSet(problem: problem, byMission: full.byMission) {
                    full.account(of: $0) == partner
                }
                var search = AloneSearch(
                    chain: SearchChain(
                        state: SearchState(set: set), random: SplitMix(seed: Self.mix(seed, 1_000 + UInt64(partner))),
                        weights: [Double](repeating: 1, count: partnerCount), guarantee: nil),
                    wanted: wanted[partner])
                search.chain.descend(rounds: 2)
                let start = clock.now()
                search.relax(
                    iterations: epochs.map { $0 * 10 } ?? Int.max, clock: clock,
                    deadline: slice.map { start + $0 * 7 / 10 })
                search.move(
                    epochs: epochs, moves: moves, refineEvery: refineEvery, clock: clock,
                    deadline: slice.map { start + $0 })
                slots.base[partner] = search
            }
        }
        // For the trace: the four accounts left the most unserved, `account:fraction:done`.
        func largestUnserved() -> String {
            let ranked = searches.indices.compactMap { account in
                searches[account].map { (account, $0.unsatisfied, $0.done) }
            }
            return ranked.sorted { $0.1 > $1.1 }.prefix(4).map { "\($0.0):\($0.1):\($0.2)" }.joined(separator: " ")
        }
        trace("alone round 1: \(largestUnserved())", 0)
        if let solver {
            let left = deadline.map { Double($0 - min($0, clock.now())) / 1e9 } ?? Self.aloneExactSeconds
            solveBinding(&searches, solver: solver, seconds: max(left, Self.aloneExactSeconds))
            trace("alone exact: \(largestUnserved())", 0)
        }
        if let deadline { continueBinding(&searches, until: deadline) }
        trace("alone round 2: \(largestUnserved())", 0)
        return (
            searches.map { $0?.chain.state.delivered ?? 0 },
            searches.map { search in
                guard let state = search?.chain.state else { return [] }
                return state.chosen.map { state.set.candidates[Int($0)] }
            }
        )
    }

    /// Between the rounds of `aloneMillis`, with a MILP solver: the unfinished searches whose
    /// accounts are left the largest unserved fractions (``bindingAccounts``, one per thread)
    /// are solved exactly (``AloneSearch/solveExactly(solver:seconds:)``), side by side, each
    /// within `seconds`.
    func solveBinding(_ searches: inout [AloneSearch?], solver: CBCSolver, seconds: Double) {
        let accounts = Self.bindingAccounts(
            unsatisfied: searches.map { $0?.unsatisfied }, done: searches.map { $0?.done ?? true },
            limit: max(1, options.threads))
        guard !accounts.isEmpty else { return }
        var solved = accounts.map { searches[$0]! }
        solved.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { slot in
                slots.base[slot].solveExactly(solver: solver, seconds: seconds)
            }
        }
        for (slot, account) in accounts.enumerated() { searches[account] = solved[slot] }
    }

    /// The second round of `aloneMillis`: the unfinished searches whose accounts are left the
    /// largest unserved fractions (within ``aloneBindingWithin`` of the largest, at most one
    /// per thread) move on until `deadline`, one copy per thread (an account with a thread to
    /// spare is searched by several copies, each on its own random stream); each account keeps
    /// its best copy.
    func continueBinding(_ searches: inout [AloneSearch?], until deadline: UInt64) {
        guard clock.now() < deadline else { return }
        let threads = max(1, options.threads)
        let accounts = Self.bindingAccounts(
            unsatisfied: searches.map { $0?.unsatisfied }, done: searches.map { $0?.done ?? true }, limit: threads)
        guard !accounts.isEmpty else { return }
        var copies = (0..<threads).map { slot in
            var copy = searches[accounts[slot % accounts.count]]!
            if slot >= accounts.count {
                copy.chain.random = SplitMix(seed: Self.mix(options.seed, 2_000 + UInt64(slot)))
            }
            return copy
        }
        let moves = max(1, options.movesPerEpoch)
        let refineEvery = options.refineEvery
        let clock = self.clock
        copies.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { slot in
                if slot >= accounts.count {
                    // A spare copy starts again from the relaxation's rounding, on its own stream.
                    let start = clock.now()
                    slots.base[slot].relax(
                        iterations: Int.max, clock: clock, deadline: start + (deadline - min(deadline, start)) * 7 / 10)
                }
                slots.base[slot].move(
                    epochs: nil, moves: moves, refineEvery: refineEvery, clock: clock, deadline: deadline)
            }
        }
        for (slot, copy) in copies.enumerated() {
            let account = accounts[slot % accounts.count]
            if copy.chain.state.delivered > searches[account]!.chain.state.delivered {
                searches[account] = copy
            }
        }
    }

    /// The accounts whose alone searches go on (`continueBinding`): those not `done` whose
    /// `unsatisfied` fraction is within ``aloneBindingWithin`` of the largest of all accounts
    /// (done or not; nil for an account without requests), the largest first (the lower index
    /// on ties), at most `limit`.
    static func bindingAccounts(unsatisfied: [Double?], done: [Bool], limit: Int) -> [Int] {
        let largest = unsatisfied.compactMap { $0 }.max() ?? 0
        let open = unsatisfied.indices.filter { account in
            guard let fraction = unsatisfied[account], !done[account] else { return false }
            return fraction >= largest - aloneBindingWithin
        }
        let sorted = open.sorted {
            unsatisfied[$0]! != unsatisfied[$1]! ? unsatisfied[$0]! > unsatisfied[$1]! : $0 < $1
        }
        return Array(sorted.prefix(limit))
    }
}
