extension Scheduler {
    /// Grows the candidate set around chain 0's schedule (`SearchChain.refine()`) and moves
    /// every chain onto the grown set with that schedule. Returns the number of candidates added.
    @discardableResult
    func refine(_ chains: inout [SearchChain]) -> Int {
        let added = chains[0].refine()
        guard added > 0 else { return 0 }
        for index in chains.indices.dropFirst() { chains[index].state = chains[0].state }
        return added
    }
}

extension Scheduler {
    /// Moves every chain onto the set grown by the finer grid (`CandidateSet.withFinerGrid()`),
    /// with chain 0's schedule. Returns the number of candidates added.
    @discardableResult
    func moveToFinerGrid(_ chains: inout [SearchChain]) -> Int {
        let (grown, added) = chains[0].state.set.withFinerGrid()
        guard added > 0 else { return 0 }
        let state = chains[0].state.moved(to: grown)
        for index in chains.indices { chains[index].state = state }
        trace("finer grid: +\(added) candidates, value \(state.value)", 0)
        return added
    }
}

extension SearchChain {
    /// Grows the candidate set around the selection (`CandidateSet.refined(around:)`) and
    /// moves the selection onto the grown set, its flexible contacts stretched. Returns the
    /// number of candidates added.
    @discardableResult
    mutating func refine() -> Int {
        let refinement = state.set.refined(around: state)
        guard refinement.added > 0 else { return 0 }
        var grown = SearchState(set: refinement.set)
        for id in refinement.chosen where grown.fits(id) { grown.insert(id) }
        if grown.value + 1e-9 < state.value {
            // A stretched contact did not fit (it should not happen): keep the selection as it
            // was, over the grown set.
            grown = SearchState(set: refinement.set)
            for id in state.chosen { grown.insert(id) }
        }
        state = grown
        trace("refine: +\(refinement.added) candidates, value \(state.value)", 0)
        return refinement.added
    }
}

extension LagrangianGuide {
    /// The guide over a grown candidate set (`CandidateSet.refined(around:)`), keeping the
    /// request and partner prices and the fairness relaxed (the clique prices start again at 0).
    func moved(to grown: CandidateSet) -> LagrangianGuide {
        guard grown.candidates.count != set.candidates.count else { return self }
        var moved = LagrangianGuide(set: grown)
        moved.countPrice = countPrice
        moved.totalPrice = totalPrice
        moved.fairness = fairness
        moved.fairPrice = fairPrice
        moved.shareCapped = shareCapped
        return moved
    }
}
