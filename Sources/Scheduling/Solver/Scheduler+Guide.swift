import Dispatch

extension Scheduler {
    /// Subgradient iterations of the relaxation until `until` or `limit` iterations; every ten,
    /// the averaged relaxed solution is rounded into a schedule (candidates most often chosen
    /// first, then a short descent) that replaces the chains' when it scores higher, and
    /// `adapt` may retune the chains' weights. Stops early when 300 iterations bring no better
    /// schedule. Returns the iterations run.
    func guidePhase(
        _ chains: inout [SearchChain], guide: inout LagrangianGuide, until: UInt64?, limit: Int?,
        adapt: ((inout [SearchChain]) -> Void)?
    ) -> Int {
        let threads = max(1, options.threads)
        var iterations = 0
        var bestScore = chains[0].score
        var lastGain = 0
        // Stops early once rounding has not improved the schedule in 300 iterations.
        while iterations < (limit ?? Int.max) && iterations - lastGain < 300 {
            if let until, DispatchTime.now().uptimeNanoseconds >= until { break }
            _ = guide.iterate(weights: chains[0].weights, target: chains[0].state.value, threads: threads)
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
                adapt?(&chains)
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
}
