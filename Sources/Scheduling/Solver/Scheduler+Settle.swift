extension Scheduler {
    /// The settling phase: the throughput phase's local search (ruin and recreate, group swaps,
    /// moves across antennas, free time filled) on a schedule that holds `guarantee`, every
    /// deficit at the highest penalty and every recreate giving the partners it left short
    /// their candidates first (`SearchChain.restoring`). The fairness repairs only make a
    /// schedule hold; this is what then packs it: on the DSN weeks it adds 10–30 hours at the
    /// same floor. The chains end on the settled schedule when it still holds the guarantee,
    /// else on their schedule before. Returns the epochs run.
    func settle(
        _ chains: inout [SearchChain], guarantee: FairnessGuarantee, epochs: Int?, deadline: UInt64?
    ) -> Int {
        let start = chains[0].state
        let held = guarantee.holds(received: start.received, delivered: start.delivered)
        let penalty = chains[0].penalty
        for index in chains.indices {
            chains[index].guarantee = guarantee
            chains[index].penalty = SearchChain.highestPenalty
            chains[index].restoring = true
        }
        let count = runEpochs(&chains, epochs: epochs, deadline: deadline, adapt: nil)
        let state = chains[0].state
        let holds = guarantee.holds(received: state.received, delivered: state.delivered)
        for index in chains.indices {
            chains[index].restoring = false
            chains[index].penalty = penalty
            if held && !holds { chains[index].state = start }
        }
        trace("settle \(start.value) -> \(chains[0].state.value), \(count) epochs", 0)
        return count
    }
}

extension Scheduler {
    /// The penalties, seconds of contact time per second of deficit, of the stages of
    /// ``settle(_:toward:until:)``: the cheapest trades first, then any.
    static let towardPenalties: [Double] = [2, 20, 10_000]

    /// Rounds of three epochs without a better score after which ``settle(_:toward:until:)``
    /// kicks its chains (`SearchChain.kick()`).
    static let kickAfter = 3

    /// Settles `chains` toward `guarantee`, which their schedule does not hold yet (a floor
    /// test): the settling local search with the restoring recreate and, for half the ruins, a
    /// ruin aimed at a short partner's candidate (`SearchChain.targeting`), in three stages of
    /// equal time to `until`, each at a higher deficit penalty (``towardPenalties``), stopping
    /// as soon as the guarantee holds. When ``kickAfter`` rounds of three epochs bring no
    /// better score, every chain is kicked (`SearchChain.kick()`: an aimed ruin whatever it
    /// costs), and the stage ends on its best schedule unless one that holds was reached.
    /// Repairs by moves of the whole local search, where `escalate` makes single ejection
    /// chains: on the DSN weeks it reaches floors the repairs miss (W20 at 0.449, W30 at
    /// 0.336–0.346, W50 at 0.370–0.380).
    func settle(_ chains: inout [SearchChain], toward guarantee: FairnessGuarantee, until: UInt64) {
        func held() -> Bool {
            guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered)
        }
        let penalty = chains[0].penalty
        for index in chains.indices {
            chains[index].restoring = true
            chains[index].targeting = true
        }
        let begin = clock.now()
        let span = until > begin ? until - begin : 0
        for (stage, perSecond) in Self.towardPenalties.enumerated() where !held() {
            let end = begin + span * UInt64(stage + 1) / UInt64(Self.towardPenalties.count)
            for index in chains.indices {
                chains[index].penalty = min(perSecond / 1000, SearchChain.highestPenalty)
            }
            // Iterated: when a few rounds bring no better score, every chain is kicked (a short
            // partner's candidate forced in); the best schedule of the stage is kept.
            var best = chains[0].score
            var bestState = chains[0].state
            var stale = 0
            while clock.now() < end && !held() {
                _ = runEpochs(&chains, epochs: 3, deadline: end, adapt: nil)
                if chains[0].score > best + 1e-9 {
                    (best, bestState, stale) = (chains[0].score, chains[0].state, 0)
                } else {
                    stale += 1
                }
                if stale >= Self.kickAfter && !held() {
                    Self.parallel(&chains) { $0.kick() }
                    stale = 0
                }
            }
            if !held() && chains[0].score < best {
                for index in chains.indices { chains[index].state = bestState }
            }
        }
        for index in chains.indices {
            chains[index].restoring = false
            chains[index].targeting = false
            chains[index].penalty = penalty
        }
    }
}
