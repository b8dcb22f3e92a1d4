extension Scheduler {
    /// The guarantee priced as a Lagrangian: dual ascent with the relaxation's roundings inside.
    /// From `start` (the throughput schedule), each round maximises served time plus a price
    /// per second of each partner's contact time — `ν_Q − (1 − tol) Σ_{P share-capped} ν_P
    /// share_P`, the Lagrangian of the guarantee — by 30 iterations of the throughput
    /// relaxation (`guide`, warm-started) with the partners weighted `1 + price`, its averages
    /// rounded into the chains as in the throughput phase. After each round every partner short
    /// of its guarantee has its multiplier raised in proportion to its deficit, and one with
    /// more than 0.5% to spare has it lowered; the round's schedule (and, when it changed, a copy
    /// repaired at rising penalties as in `escalate`) becomes the best fair schedule when it
    /// holds the guarantee and serves more. Unlike a deficit penalty, the prices have no cliff
    /// at the guarantee's limit, so the search keeps trading time between partners at their
    /// exact worth. Returns the best fair schedule found (or nil), the rounds and the
    /// relaxation's iterations run; the chains' prices are cleared at the end. `rounds` bounds
    /// the rounds (with an epochs budget).
    func dualPhase(
        _ chains: inout [SearchChain], from start: SearchState, guide: LagrangianGuide,
        guarantee: FairnessGuarantee, rounds: Int?, deadline: UInt64?
    ) -> (best: SearchState?, rounds: Int, iterations: Int) {
        let partnerCount = guarantee.shares.count
        var prices = [Double](repeating: 0, count: partnerCount)
        var best: SearchState? = nil
        func consider(_ state: SearchState) {
            guard guarantee.holds(received: state.received, delivered: state.delivered) else { return }
            if best == nil || state.value > best!.value + 1e-9 { best = state }
        }
        let savedPenalty = chains[0].penalty
        for index in chains.indices {
            chains[index].state = start
            chains[index].penalty = 0
        }
        var guide = guide
        var lastRepaired: [Int32] = []
        var count = 0
        var iterations = 0
        while true {
            if let rounds, count >= rounds { break }
            if let deadline, clock.now() >= deadline { break }
            let bonus = Self.guaranteeBonus(prices, guarantee: guarantee, delivered: chains[0].state.delivered)
            let weights = bonus.map { max(0.05, 1 + $0) }
            for index in chains.indices {
                chains[index].bonus = bonus
                chains[index].weights = weights
            }
            iterations += guidePhase(&chains, guide: &guide, until: deadline, limit: 30, weights: weights)
            count += 1
            let state = chains[0].state
            consider(state)
            if !guarantee.holds(received: state.received, delivered: state.delivered)
                && state.chosen != lastRepaired
            {
                // Repaired at rising penalties, as the fairness phase does (only when the
                // schedule changed since the last repair).
                lastRepaired = state.chosen
                var repaired = [chains[0]]
                repaired[0].bonus = []
                repaired[0].weights = [Double](repeating: 1, count: partnerCount)
                Self.escalate(&repaired)
                consider(repaired[0].state)
            }
            for partner in prices.indices {
                let owed = guarantee.guaranteeMillis(partner, delivered: state.delivered)
                guard owed > 0 else { continue }
                let slack = (Double(state.received[partner]) - (1 - guarantee.tolerance) * owed) / owed
                if slack < 0 {
                    prices[partner] += min(0.5, 0.1 + 5 * -slack)
                } else if slack > 0.005 {
                    prices[partner] = max(0, prices[partner] - 0.05)
                }
            }
            trace("dual \(count): value \(state.value), prices \(prices), best \(best?.value ?? 0)", 0)
        }
        for index in chains.indices {
            chains[index].bonus = []
            chains[index].weights = [Double](repeating: 1, count: partnerCount)
            chains[index].penalty = savedPenalty
        }
        return (best, count, iterations)
    }

    /// Each partner's price per second under the guarantee's multipliers `prices`: its own
    /// multiplier less what a second delivered adds to the share-capped guarantees.
    static func guaranteeBonus(_ prices: [Double], guarantee: FairnessGuarantee, delivered: Int) -> [Double] {
        var common = 0.0
        for partner in prices.indices where guarantee.isShareBased(partner, delivered: delivered) {
            common += (1 - guarantee.tolerance) * guarantee.shares[partner] * prices[partner]
        }
        return prices.map { $0 - common }
    }
}
