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
