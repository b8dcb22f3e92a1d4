extension SearchChain {
    /// Targeted repairs for partners short of their guarantee: for each such partner (the
    /// shortest first), its candidates not chosen are tried, most valuable first; a try
    /// removes what blocks the candidate (contacts on its antennas and spacecraft, and, when
    /// its request is full, the request's least valuable contact), adds it, refills the
    /// free time on the antennas it freed (their contacts kept), and is kept only when the
    /// score rises. At most
    /// `limit` tries; stops once the guarantee holds.
    mutating func repairDeficits(limit: Int = 200) {
        guard let guarantee else { return }
        let problem = state.set.problem
        var tries = 0
        while tries < limit {
            let deficits = guarantee.shares.indices.map {
                guarantee.deficitMillis($0, received: state.received[$0], delivered: state.delivered)
            }
            guard let short = deficits.indices.filter({ deficits[$0] > 1 }).max(by: { deficits[$0] < deficits[$1] })
            else { return }
            var options: [Int32] = []
            for (request, model) in problem.requests.enumerated() where state.set.account(of: model) == short {
                for id in state.set.byRequest[request] where !state.selected[Int(id)] { options.append(id) }
            }
            options.sort { state.set.candidates[Int($0)].value > state.set.candidates[Int($1)].value }
            var improved = false
            for id in options where tries < limit {
                tries += 1
                if tryInsert(id) {
                    improved = true
                    break
                }
            }
            if !improved { return }
        }
    }

    /// Inserts `id` by removing whatever blocks it and refilling; keeps the change when the
    /// score rises. Returns true when kept.
    mutating func tryInsert(_ id: Int32) -> Bool {
        let candidate = state.set.candidates[Int(id)]
        let before = score
        let mark = state.mark()
        var blockers = state.blockers(of: id)
        if !state.hasRoom(request: Int(candidate.request), length: candidate.length) {
            guard let holder = state.roomMaker(for: candidate, besides: -1) else {
                state.commit()
                return false
            }
            if !blockers.contains(holder) { blockers.append(holder) }
        }
        var touched: [Int] = []
        for blocker in blockers where state.selected[Int(blocker)] {
            for member in state.set.problem.resources[Int(state.set.candidates[Int(blocker)].resource)].members
            where !touched.contains(member) {
                touched.append(member)
            }
            state.remove(blocker)
        }
        if state.fits(id) {
            state.insert(id)
            for antenna in touched { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
        }
        let kept = score > before + 1e-9
        if !kept { state.undo(to: mark) }
        state.commit()
        return kept
    }

    /// Rebuilds around the alone schedules of the partners short of an alone-capped guarantee
    /// (what each could get with the network to itself): those schedules go in first (the
    /// shortest partner's first, as far as they fit together), the current contacts that still
    /// fit follow, then every antenna's free time is filled (its
    /// contacts kept). Kept when the score rises.
    mutating func seedAloneCapped(_ schedules: [[Int32]]) {
        guard let guarantee else { return }
        let delivered = state.delivered
        let short = guarantee.shares.indices.filter { partner in
            !guarantee.isShareBased(partner, delivered: delivered)
                && guarantee.deficitMillis(partner, received: state.received[partner], delivered: delivered) > 1
        }.sorted {
            guarantee.deficitMillis($0, received: state.received[$0], delivered: delivered)
                > guarantee.deficitMillis($1, received: state.received[$1], delivered: delivered)
        }
        guard !short.isEmpty else { return }
        let before = score
        let mark = state.mark()
        let previous = state.chosen
        for id in previous { state.remove(id) }
        for partner in short {
            for id in schedules[partner] where state.fits(id) { state.insert(id) }
        }
        for id in previous where state.fits(id) { state.insert(id) }
        for antenna in random.shuffled(Array(0..<state.set.problem.antennas.count)) {
            state.bestResponse(antenna: antenna, weights: weights, keep: true)
        }
        trace("seed \(short): before \(before), after \(score)", 0)
        if score <= before { state.undo(to: mark) }
        state.commit()
    }
}
