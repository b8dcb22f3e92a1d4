import Dispatch

extension SearchChain {
    /// The outcome of ``relocatingOutcome(_:depth:locked:)`` for each of `ids`, in order; nil
    /// where the candidate cannot go in, or where the repair deadline passed before it was
    /// tried.
    ///
    /// With `threads` above 1 the tries are shared out over that many copies of the chain,
    /// one per thread (every `threads`-th id each, so that expensive runs of candidates are
    /// spread): each try is undone on its own copy, so the outcomes are those of the
    /// sequential loop, whatever the threads' timing. The repairs between the search's
    /// parallel epochs (`Scheduler.escalate`) run on one chain; this is what lets them use
    /// every core (on W30 of the DSN weeks they were 39% of a run's wall time, on one core).
    mutating func relocatingOutcomes(
        _ ids: [Int32], depth: Int, locked: [Int32] = []
    ) -> [(value: Double, deficit: Double)?] {
        let threads = min(self.threads, ids.count / Self.triesPerThread)
        guard threads > 1 else {
            var outcomes: [(value: Double, deficit: Double)?] = []
            outcomes.reserveCapacity(ids.count)
            for id in ids {
                if pastRepairDeadline { break }
                outcomes.append(relocatingOutcome(id, depth: depth, locked: locked))
            }
            outcomes += Array(repeating: nil, count: ids.count - outcomes.count)
            return outcomes
        }
        var copies = [SearchChain](repeating: self, count: threads)
        var outcomes = [(value: Double, deficit: Double)?](repeating: nil, count: ids.count)
        copies.withUnsafeMutableBufferPointer { chains in
            outcomes.withUnsafeMutableBufferPointer { results in
                let chainSlots = DisjointSlots(base: chains.baseAddress!)
                let resultSlots = DisjointSlots(base: results.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: threads) { thread in
                    // Each thread writes only the results at its own positions.
                    for position in stride(from: thread, to: ids.count, by: threads) {
                        if chainSlots.base[thread].pastRepairDeadline { break }
                        resultSlots.base[position] = chainSlots.base[thread].relocatingOutcome(
                            ids[position], depth: depth, locked: locked)
                    }
                }
            }
        }
        return outcomes
    }

    /// The fewest tries worth handing to each extra thread: below this, copying the chain
    /// costs more than the tries.
    static let triesPerThread = 8
}
