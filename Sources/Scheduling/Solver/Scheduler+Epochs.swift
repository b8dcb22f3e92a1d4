import Dispatch

extension Scheduler {
    /// Runs epochs until either budget ends: every chain makes `movesPerEpoch` moves in
    /// parallel, then all adopt the best chain's selection and `adapt` may retune them.
    /// Returns the number of epochs run.
    func runEpochs(
        _ chains: inout [SearchChain], epochs: Int?, deadline: UInt64?,
        adapt: ((inout [SearchChain]) -> Void)?
    ) -> Int {
        let moves = max(1, options.movesPerEpoch)
        var count = 0
        while true {
            if let epochs, count >= epochs { break }
            if let deadline, clock.now() >= deadline { break }
            Self.parallel(&chains) { $0.epoch(moves: moves) }
            count += 1
            Self.synchronise(&chains)
            trace("epoch \(count): value \(chains[0].state.value), score \(chains[0].score)", 0)
            adapt?(&chains)
        }
        return count
    }

    /// Every chain adopts the selection of the best-scoring one (the first on ties).
    static func synchronise(_ chains: inout [SearchChain]) {
        var best = 0
        for index in chains.indices.dropFirst() where chains[index].score > chains[best].score + 1e-9 {
            best = index
        }
        for index in chains.indices where index != best { chains[index].state = chains[best].state }
        if best != 0 { chains[0].state = chains[best].state }
    }

    /// Makes chain 0's schedule fair at rising penalties — 2, 5, 20, 100, then 1000 seconds of
    /// contact time per second of deficit — stopping at the first that holds the guarantee, so
    /// the cheapest repairs are made first; when none holds a partner guarantee, neighbourhoods
    /// around the short partners' candidates are re-chosen exactly
    /// (`SearchChain.repairByWindows`, 16 candidates, then 24); every chain then adopts it and
    /// the penalty.
    static func escalate(_ chains: inout [SearchChain]) {
        guard let guarantee = chains[0].guarantee else { return }
        // One chain repairs; its tries are shared over every thread.
        chains[0].threads = chains.count
        defer { chains[0].threads = 1 }
        for perSecond in [2.0, 5, 20, 100, 1_000] {
            let penalty = min(perSecond / 1000, SearchChain.highestPenalty)
            chains[0].penalty = penalty
            chains[0].makeFair(tries: 2_000)
            if guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered) { break }
            if chains[0].pastRepairDeadline { break }
        }
        if !guarantee.fixed && !chains[0].pastRepairDeadline
            && !guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered)
        {
            // Neighbourhoods half as wide again when those of 16 fail: small instances of 25–36
            // candidates, where a trade can span more than 16, then mostly hold.
            if !chains[0].repairByWindows() { chains[0].repairByWindows(size: 24, nodes: 200_000) }
        }
        for index in chains.indices {
            chains[index].penalty = chains[0].penalty
            chains[index].state = chains[0].state
        }
    }

    /// Runs `body` on every chain, one chain per thread.
    static func parallel(_ chains: inout [SearchChain], _ body: @escaping @Sendable (inout SearchChain) -> Void) {
        if chains.count == 1 {
            body(&chains[0])
            return
        }
        chains.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                body(&slots.base[index])
            }
        }
    }
}
