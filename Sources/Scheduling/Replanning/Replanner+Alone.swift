import Dispatch

extension Replanner {
    /// The share of the time limit the alone searches take (`aloneAfterChange`).
    static let aloneShare = 0.1

    /// Each partner's alone time as the change leaves it, seconds: the given alone time
    /// (`ReplanOptions.aloneSeconds`, found on the announced problem), capped by what the
    /// partner could get with the network to itself in the changed problem, every frozen
    /// contact as it stands and nothing new inside the frozen horizon.
    ///
    /// Why: an outage, a lost pass or the frozen horizon can take away time a partner could
    /// have had alone, and its guarantee (the smaller of its share of the total and its alone
    /// time) would then ask for time no repair can give. Measured on 40 outage repairs (two
    /// days, four antennas, three partners at 5%): the five repairs left short hold against the
    /// alone times after the change.
    ///
    /// Each partner's search (`AloneSearch`, partners in parallel) runs on the repair's own
    /// candidates of that partner beside every frozen contact, starting from its announced
    /// contacts that still stand, refining its candidates as the solver's alone searches do,
    /// for ``aloneShare`` of the time limit (or a quarter of the epochs). Its value is a
    /// heuristic one, so at most the true alone time after the change: a cap from it may weaken
    /// a guarantee by what the short search misses, never ask for more than any schedule can
    /// give.
    func aloneAfterChange(_ setup: Setup, given: [Double], started: UInt64) -> [Double] {
        let set = setup.set
        let (pinned, candidates, warm) = aloneCandidates(setup)
        let partners = given.indices.filter { $0 < set.accountCount && !candidates[$0].isEmpty }
        let deadline = options.timeLimitSeconds.map { started + UInt64(max(0, $0) * Self.aloneShare * 1e9) }
        let epochs = options.epochs.map { max(1, $0 / 4) } ?? (deadline == nil ? 5 : nil)
        let problem = self.problem
        let clock = self.clock
        let seed = options.seed
        let moves = max(1, options.movesPerEpoch)
        let frozenMillis = setup.frozenMillis
        // A partner with no candidate left has only its frozen contacts after the change.
        var found = [Int](repeating: 0, count: set.accountCount)
        for candidate in pinned { found[Int(candidate.partner)] += candidate.length }
        found.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: partners.count) { slot in
                let partner = partners[slot]
                let alone = CandidateSet(problem: problem, given: pinned + candidates[partner])
                var state = SearchState(set: alone)
                // Frozen contacts first, then the partner's announced ones that still stand.
                for id in 0..<pinned.count where state.fits(Int32(id)) { state.insert(Int32(id)) }
                for index in warm[partner] where state.fits(Int32(pinned.count + index)) {
                    state.insert(Int32(pinned.count + index))
                }
                var search = AloneSearch(
                    chain: SearchChain(
                        state: state, random: SplitMix(seed: Scheduler.mix(seed, 3_000 + UInt64(partner))),
                        weights: [Double](repeating: 1, count: alone.accountCount), guarantee: nil),
                    wanted: Int.max)
                search.chain.descend(rounds: 1)
                let start = clock.now()
                let slice = deadline.map { $0 > start ? $0 - start : 0 }
                search.relax(
                    iterations: epochs.map { $0 * 10 } ?? Int.max, clock: clock,
                    deadline: slice.map { start + $0 * 7 / 10 })
                search.move(
                    epochs: epochs, moves: moves, refineEvery: Self.aloneRefineEvery, clock: clock,
                    deadline: slice.map { start + $0 })
                // Refinement may place a new contact inside the frozen horizon: history now.
                var result = search.chain.state
                for id in result.chosen
                where Int(id) >= pinned.count && result.set.candidates[Int(id)].busy.start < frozenMillis {
                    result.remove(id)
                }
                slots.base[partner] = result.received[partner]
            }
        }
        return given.indices.map { partner in
            partner < found.count ? min(given[partner], Double(found[partner]) / 1000) : given[partner]
        }
    }

    /// How often the alone searches refine their candidates around the schedule (epochs): as
    /// the solver's alone searches do by default (`SchedulerOptions.refineEvery`), since the
    /// given alone times come from refined candidates and a grid alone would understate what a
    /// partner can get.
    static let aloneRefineEvery = SchedulerOptions().refineEvery

    /// The alone searches' candidates: every partner's frozen contacts (facts now, kept by their
    /// bonus), each partner's own candidates without the keep bonus (it favours what was
    /// announced, which alone time must not), and for each partner the indices among its own
    /// of its announced contacts that still stand (the warm start).
    func aloneCandidates(_ setup: Setup) -> (frozen: [Candidate], own: [[Candidate]], announced: [[Int]]) {
        var frozen: [Candidate] = []
        var own = [[Candidate]](repeating: [], count: setup.set.accountCount)
        var announced = [[Int]](repeating: [], count: setup.set.accountCount)
        let bonus = max(0, options.keepBonusSeconds)
        for (index, original) in setup.set.candidates.enumerated() {
            if isFrozen(index, setup: setup) {
                frozen.append(original)
                continue
            }
            var candidate = original
            let partner = Int(candidate.partner)
            if index >= setup.firstAnnounced {
                candidate.value -= bonus
                announced[partner].append(own[partner].count)
            }
            own[partner].append(candidate)
        }
        return (frozen, own, announced)
    }
}
