extension Replanner {
    /// Each request's candidates, most valuable first (announced contacts first among equals:
    /// they carry the keep bonus), for the ejection chains.
    func rankedCandidates(_ setup: Setup) -> [[Int32]] {
        setup.set.byRequest.map { ids in
            ids.sorted {
                let a = setup.set.candidates[Int($0)].value
                let b = setup.set.candidates[Int($1)].value
                return a != b ? a > b : $0 < $1
            }
        }
    }

    /// The requests an ejection chain should serve better: those with fewer contacts in `state`
    /// than announced (the outage's and the chains' casualties) and those with none announced.
    func shortRequests(_ state: SearchState, announcedCount: [Int]) -> [Int] {
        problem.requests.indices.filter { request in
            state.count[request] < max(1, announcedCount[request])
                && state.count[request] < problem.requests[request].maxContacts
        }
    }

    /// Ejection chains from the first repair (`SearchChain.ejectionInsert`): every candidate of
    /// the short requests not chosen, most valuable first, is tried as a chain; passes repeat
    /// while one gains, until `until` (on the repair's clock) or `passes`. Each chain of the search
    /// works on its own order (chain 0 by request, the others shuffled) in parallel, and all adopt
    /// the best. Returns the passes run.
    @discardableResult
    func ejectionChains(_ chains: inout [SearchChain], setup: Setup, until: UInt64?, passes: Int = 4) -> Int {
        let ranked = rankedCandidates(setup)
        var announcedCount = [Int](repeating: 0, count: problem.requests.count)
        for contact in announced.contacts {
            if let request = problem.requestIndex[contact.request] { announcedCount[request] += 1 }
        }
        let clock = self.clock
        let limits = SearchChain.EjectionLimits()
        var run = 0
        for _ in 0..<passes {
            let short = shortRequests(chains[0].state, announcedCount: announcedCount)
            guard !short.isEmpty else { break }
            if let until, clock.now() >= until { break }
            let before = chains[0].score
            run += 1
            Scheduler.parallel(&chains) { chain in
                let order = chain.index == 0 ? short : chain.random.shuffled(short)
                outer: for request in order {
                    for id in ranked[request] where !chain.state.selected[Int(id)] {
                        if let until, clock.now() >= until { break outer }
                        _ = chain.ejectionInsert(id, ranked: ranked, limits: limits)
                    }
                }
            }
            Scheduler.synchronise(&chains)
            if chains[0].score <= before + 1e-9 { break }
        }
        return run
    }
}
