extension SearchChain {
    /// Targeted repairs for partners short of their guarantee, cheapest first: every
    /// candidate of a short partner not chosen is tried as an ejection chain
    /// (``insertRelocating(_:depth:locked:touched:)``: what blocks it removed, and the
    /// requests that lose a contact given another, on another antenna or pass, two levels
    /// deep), and the one that gives up the least objective per millisecond of scored deficit
    /// (`FairnessGuarantee.scoredDeficitMillis`: a small partner's weighted up) it removes is
    /// made, the antennas it freed refilled (their contacts kept); it is kept only when the
    /// score rises, else the next cheapest is tried. When no single chain lowers the
    /// deficit, pairs of chains are tried (``repairByPairs(_:limit:)``), then the removal of one
    /// contact of a partner that is not short (``removeCheapest(short:deficit:)``). Stops once the
    /// guarantee holds, when nothing raises the score, or after `limit` moves.
    mutating func repairDeficits(limit: Int = 200) {
        guard let guarantee else { return }
        let problem = state.set.problem
        var moves = 0
        while moves < limit && !pastRepairDeadline {
            moves += 1
            let deficit = guarantee.scoredDeficitMillis(received: state.received, delivered: state.delivered)
            guard deficit > 1 else { return }
            let short = shortAccounts(guarantee)
            let value = state.value
            var ranked: [(id: Int32, cost: Double, gain: Double)] = []
            var stuck: [(id: Int32, deficit: Double)] = []
            var tries: [Int32] = []
            for (request, model) in problem.requests.enumerated() where short.contains(state.set.account(of: model)) {
                for id in state.set.byRequest[request] where !state.selected[Int(id)] { tries.append(id) }
            }
            let outcomes = relocatingOutcomes(tries, depth: 2)
            if pastRepairDeadline { return }
            for (id, outcome) in zip(tries, outcomes) {
                guard let after = outcome else { continue }
                let gain = deficit - after.deficit
                guard gain > 1 else {
                    stuck.append((id, after.deficit))
                    continue
                }
                ranked.append((id, (value - after.value) / gain, gain))
            }
            ranked.sort {
                $0.cost != $1.cost ? $0.cost < $1.cost : ($0.gain != $1.gain ? $0.gain > $1.gain : $0.id < $1.id)
            }
            var improved = false
            for option in ranked.prefix(8) where applyRelocating(option.id, depth: 2) {
                improved = true
                break
            }
            if !improved {
                // No single chain lowers the deficit: pairs, from the chains that leave the least;
                // then the removal of one contact of a partner that is not short.
                stuck.sort { $0.deficit != $1.deficit ? $0.deficit < $1.deficit : $0.id < $1.id }
                if repairByPairs(stuck.prefix(16).map(\.id), limit: 2_000) { continue }
                guard removeCheapest(short: short, deficit: deficit) else { return }
            }
        }
    }

    /// Removes the contact of a partner not in `short` (which lowers the share-based
    /// guarantees) that gives up the least objective per millisecond of the scored `deficit`
    /// removed; kept when the score rises. Returns true when a removal is kept.
    mutating func removeCheapest(short: [Int], deficit: Double) -> Bool {
        guard let guarantee else { return false }
        let value = state.value
        var ranked: [(id: Int32, cost: Double)] = []
        for id in state.chosen where !short.contains(Int(state.set.candidates[Int(id)].partner)) {
            let mark = state.mark()
            state.remove(id)
            let after = guarantee.scoredDeficitMillis(received: state.received, delivered: state.delivered)
            let lost = value - state.value
            state.undo(to: mark)
            state.commit()
            let gain = deficit - after
            if gain > 1 { ranked.append((id, lost / gain)) }
        }
        ranked.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.id < $1.id }
        return ranked.prefix(8).contains { applyRemoval($0.id) }
    }

    /// Removes the chosen `id`; kept when the score rises. Returns true when kept.
    mutating func applyRemoval(_ id: Int32) -> Bool {
        let before = score
        let mark = state.mark()
        state.remove(id)
        let kept = score > before + 1e-9
        if !kept { state.undo(to: mark) }
        state.commit()
        return kept
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
        // Second try: every alone-capped partner's alone schedule, the short ones first (with no
        // tolerance, an alone-capped partner needs all of its alone time, which the first try
        // may take from one that is not short yet).
        let capped = guarantee.shares.indices.filter {
            !short.contains($0) && !guarantee.isShareBased($0, delivered: delivered) && guarantee.aloneMillis[$0] > 0
        }
        seed(short, schedules)
        if !capped.isEmpty && !guarantee.holds(received: state.received, delivered: state.delivered) {
            seed(short + capped, schedules)
        }
    }

    /// Rebuilds with the alone schedules of `partners` first (in that order, as far as they fit
    /// together), then the current contacts that still fit, then every antenna's free time
    /// filled; kept when the score rises.
    mutating func seed(_ partners: [Int], _ schedules: [[Int32]]) {
        let short = partners
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
