import Dispatch

extension Scheduler {
    /// Subgradient iterations of the relaxation until `until` or `limit` iterations; every ten,
    /// the averaged relaxed solution is rounded into a schedule (candidates most often chosen
    /// first, then a short descent) that replaces the chains' when it scores higher; with the
    /// guarantee relaxed too, its multipliers become the chains' partner weights and short
    /// partners get targeted repairs. Once 300 iterations bring no better schedule,
    /// the phase dives instead (fix the candidates chosen most often, relax and round the
    /// rest), with varied thresholds, until its time or limit ends. Returns the iterations run.
    func guidePhase(
        _ chains: inout [SearchChain], guide: inout LagrangianGuide, until: UInt64?, limit: Int?,
        weights: [Double]? = nil
    ) -> Int {
        let threads = max(1, options.threads)
        let ones = weights ?? [Double](repeating: 1, count: guide.set.accountCount)
        var iterations = 0
        var bestScore = chains[0].score
        var lastGain = 0
        var dives = 0
        func expired() -> Bool {
            if let until, clock.now() >= until { return true }
            return iterations >= (limit ?? Int.max)
        }
        while !expired() {
            if iterations - lastGain >= (dives == 0 ? 300 : 0) {
                let thresholds = [0.75, 0.9, 0.6, 0.5, 0.8, 0.7]
                iterations += dive(
                    &chains, guide: guide, threshold: thresholds[dives % thresholds.count],
                    noise: dives < thresholds.count ? 0 : 0.1, weights: ones, expired: expired)
                dives += 1
                lastGain = iterations
                continue
            }
            _ = guide.iterate(
                weights: ones, target: weights == nil ? chains[0].state.value : chains[0].score, threads: threads)
            iterations += 1
            if iterations % 10 == 0 {
                // Chain 0 rounds the averaged solution; the others build antenna by antenna on reduced worths.
                let average = guide
                Self.parallel(&chains) { chain in
                    if chain.index == 0 {
                        chain.rebuild(from: average.roundingOrder(random: &chain.random))
                    } else {
                        chain.sequentialRebuild(reduced: average.reduced)
                    }
                }
                Self.synchronise(&chains)
                if let fairness = guide.fairness {
                    // The guarantee's multipliers steer the search's best responses too.
                    guide.enforce(fairness, delivered: chains[0].state.delivered, restart: false)
                    let weights = guide.partnerWeights
                    for index in chains.indices { chains[index].weights = weights }
                    chains[0].threads = chains.count
                    chains[0].repairDeficits()
                    chains[0].threads = 1
                    Self.synchronise(&chains)
                }
                if chains[0].score > bestScore + 1e-9 {
                    bestScore = chains[0].score
                    lastGain = iterations
                }
                if iterations % 100 == 0 {
                    trace("guide \(iterations): bound \(guide.bestBound), value \(chains[0].state.value)", 0)
                }
            }
        }
        return iterations
    }

    /// A dive: fixes the candidates whose average is at least `threshold` (those that fit,
    /// most often chosen first), runs 120 iterations of the relaxation of the rest, and
    /// repeats on that relaxation's averages, four levels deep; then rounds everything fixed
    /// and the last relaxation together into chain 0 (kept when it scores higher). Returns
    /// the iterations run.
    func dive(
        _ chains: inout [SearchChain], guide: LagrangianGuide, threshold: Double, noise: Double,
        weights: [Double], expired: () -> Bool
    ) -> Int {
        var fixed = SearchState(set: guide.set)
        var random = chains[0].random
        var order: [Int32] = []
        var current = guide
        var iterations = 0
        for _ in 0..<4 {
            let before = order.count
            for id in current.roundingOrder(threshold: threshold, noise: noise, random: &random) where fixed.fits(id) {
                fixed.insert(id)
                order.append(id)
            }
            if order.count == before && iterations > 0 { break }
            current = current.residual(after: fixed)
            let target = max(1, chains[0].state.value - fixed.value)
            for _ in 0..<120 where !expired() {
                _ = current.iterate(
                    weights: weights, target: target,
                    threads: max(1, options.threads))
                iterations += 1
            }
        }
        let rest = current.roundingOrder(random: &random)
        chains[0].random = random
        chains[0].rebuild(from: order + rest)
        Self.synchronise(&chains)
        trace("dive \(threshold): fixed \(fixed.value), value \(chains[0].state.value)", 0)
        return iterations
    }
}
