extension SearchChain {
    /// A ruin aimed at a partner short of the guarantee: one of its candidates not chosen, at
    /// random, goes in with what blocks it removed (the recreate then restores and refills).
    /// Returns the antennas touched, or nil when no partner is short or the candidate's request
    /// has no room for it.
    mutating func makeRoomForShort() -> [Int]? {
        guard let guarantee else { return nil }
        let short = guarantee.shares.indices.filter {
            guarantee.deficitMillis($0, received: state.received[$0], delivered: state.delivered) > 1
        }
        guard !short.isEmpty else { return nil }
        let account = short[random.below(short.count)]
        let problem = state.set.problem
        let options = unchosenCandidates(of: account)
        guard !options.isEmpty else { return nil }
        let id = options[random.below(options.count)]
        let candidate = state.set.candidates[Int(id)]
        guard state.hasRoom(request: Int(candidate.request), length: candidate.length) else { return nil }
        var touched = problem.resources[Int(candidate.resource)].members
        for blocker in state.blockers(of: id) where state.selected[Int(blocker)] {
            for member in problem.resources[Int(state.set.candidates[Int(blocker)].resource)].members
            where !touched.contains(member) {
                touched.append(member)
            }
            state.remove(blocker)
        }
        guard state.fits(id) else { return touched }
        state.insert(id)
        return touched
    }
}
