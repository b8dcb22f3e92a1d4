import Dispatch

extension Scheduler {
    /// Subgradient iterations of the relaxation until `until` or `limit` iterations; every ten,
    /// the averaged relaxed solution is rounded into a schedule (candidates most often chosen
    /// first, then a short descent) that replaces the chains' when it scores higher, and
    /// `adapt` may retune the chains' weights. Returns the iterations run.
    func guidePhase(
        _ chains: inout [SearchChain], guide: inout LagrangianGuide, until: UInt64?, limit: Int?,
        adapt: ((inout [SearchChain]) -> Void)?
    ) -> Int {
        let threads = max(1, options.threads)
        var iterations = 0
        while iterations < (limit ?? Int.max) {
            if let until, DispatchTime.now().uptimeNanoseconds >= until { break }
            _ = guide.iterate(weights: chains[0].weights, target: chains[0].state.value, threads: threads)
            iterations += 1
            if iterations % 10 == 0 {
                chains[0].rebuild(from: guide.roundingOrder())
                Self.synchronise(&chains)
                adapt?(&chains)
            }
        }
        return iterations
    }
}
