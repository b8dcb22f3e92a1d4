extension SearchChain {
    /// Inserts `id` as a bounded ejection chain, inside the caller's open mark: what blocks it
    /// (contacts on its antennas and spacecraft, too close to its request's, and — when its
    /// request is full — the request's least valuable contact) is removed, `id` goes in, and
    /// every request that lost a contact is given another of its candidates: the most valuable
    /// one that fits (another antenna, or another of its passes), or, `depth` levels deep, one
    /// whose own blockers are worth less than it and are relocated in turn. Contacts placed by
    /// the chain (`locked`) are never displaced again. The antennas contacts were removed from
    /// are added to `touched` (for the caller to refill). Returns false, with the state
    /// partly changed, when `id` cannot go in (a blocker is locked, or no room can be made).
    mutating func insertRelocating(_ id: Int32, depth: Int, locked: inout [Int32], touched: inout [Int]) -> Bool {
        let candidate = state.set.candidates[Int(id)]
        var blockers = state.blockers(of: id)
        if !state.hasRoom(request: Int(candidate.request), length: candidate.length) {
            guard let holder = state.roomMaker(for: candidate, besides: -1) else { return false }
            if !blockers.contains(holder) { blockers.append(holder) }
        }
        guard !blockers.contains(where: { locked.contains($0) }) else { return false }
        var displaced: [Int] = []
        for blocker in blockers where state.selected[Int(blocker)] {
            let other = state.set.candidates[Int(blocker)]
            for member in state.set.problem.resources[Int(other.resource)].members where !touched.contains(member) {
                touched.append(member)
            }
            if other.request != candidate.request && !displaced.contains(Int(other.request)) {
                displaced.append(Int(other.request))
            }
            state.remove(blocker)
        }
        guard state.fits(id) else { return false }
        state.insert(id)
        locked.append(id)
        for request in displaced { relocate(request: request, depth: depth, locked: &locked, touched: &touched) }
        return true
    }

    /// Gives `request` (which just lost a contact) another contact if it can: the most
    /// valuable of its candidates that fits; else, with `depth` left, the most valuable whose
    /// blockers (none locked, the request with room for it) are worth less than it, inserted
    /// by ``insertRelocating(_:depth:locked:touched:)`` one level shallower. A try that fails
    /// is undone.
    mutating func relocate(request: Int, depth: Int, locked: inout [Int32], touched: inout [Int]) {
        // A request's candidates share one account: under a positive weight, the order by
        // value is the order by worth, and the searches below can stop early.
        let ids = state.set.byRequestByValue[request]
        guard let first = ids.first else { return }
        guard weights[Int(state.set.candidates[Int(first)].partner)] > 0 else {
            relocateScanning(request: request, depth: depth, locked: &locked, touched: &touched)
            return
        }
        guard depth > 0 else {
            for id in ids where state.fits(id) {
                state.insert(id)
                locked.append(id)
                return
            }
            return
        }
        // One pass for both searches: a candidate with room and no blocker fits, and the first
        // in value order is the most valuable that does. Until one is found, the three best
        // options by net worth (ties by id) are kept, as the full scan sorts them.
        var options: [(id: Int32, net: Double)] = []
        options.reserveCapacity(4)
        for id in ids where !state.selected[Int(id)] {
            let candidate = state.set.candidates[Int(id)]
            guard state.hasRoom(request: request, length: candidate.length),
                let blockers = state.fewBlockers(of: id)
            else { continue }
            if blockers.count == 0 {
                state.insert(id)
                locked.append(id)
                return
            }
            guard let net = ejectionNet(id, blockers: blockers, locked: locked), net > 0 else { continue }
            var at = options.count
            while at > 0 && (options[at - 1].net < net || (options[at - 1].net == net && options[at - 1].id > id)) {
                at -= 1
            }
            if at < 3 {
                options.insert((id, net), at: at)
                if options.count > 3 { options.removeLast() }
            }
        }
        tryOptions(options, depth: depth, locked: &locked, touched: &touched)
    }

    /// ``relocate(request:depth:locked:touched:)`` for any weight: every candidate scanned.
    mutating func relocateScanning(request: Int, depth: Int, locked: inout [Int32], touched: inout [Int]) {
        let ids = state.set.byRequest[request]
        var best: Int32? = nil
        for id in ids where state.fits(id) {
            if best == nil || state.worthOf(id, weights: weights) > state.worthOf(best!, weights: weights) { best = id }
        }
        if let best {
            state.insert(best)
            locked.append(best)
            return
        }
        guard depth > 0 else { return }
        var options: [(id: Int32, net: Double)] = []
        for id in ids where !state.selected[Int(id)] {
            let candidate = state.set.candidates[Int(id)]
            guard state.hasRoom(request: request, length: candidate.length) else { continue }
            guard let blockers = state.fewBlockers(of: id),
                let net = ejectionNet(id, blockers: blockers, locked: locked)
            else { continue }
            if net > 0 { options.append((id, net)) }
        }
        options.sort { $0.net != $1.net ? $0.net > $1.net : $0.id < $1.id }
        tryOptions(Array(options.prefix(3)), depth: depth, locked: &locked, touched: &touched)
    }

    /// The net worth of ejecting `blockers` for `id`: its worth less theirs; nil when a blocker
    /// is `locked` (placed earlier in the same chain).
    private func ejectionNet(_ id: Int32, blockers: SearchState.FewBlockers, locked: [Int32]) -> Double? {
        guard !locked.contains(where: { blockers.contains($0) }) else { return nil }
        var loss = 0.0
        if blockers.first >= 0 { loss += state.worthOf(blockers.first, weights: weights) }
        if blockers.second >= 0 { loss += state.worthOf(blockers.second, weights: weights) }
        return state.worthOf(id, weights: weights) - loss
    }

    /// Inserts the first of `options` that an ejection chain one level shallower can place.
    private mutating func tryOptions(
        _ options: [(id: Int32, net: Double)], depth: Int, locked: inout [Int32], touched: inout [Int]
    ) {
        for option in options {
            let mark = state.mark()
            let lockedCount = locked.count
            let touchedCount = touched.count
            if insertRelocating(option.id, depth: depth - 1, locked: &locked, touched: &touched) {
                state.commit()
                return
            }
            state.undo(to: mark)
            state.commit()
            locked.removeLast(locked.count - lockedCount)
            touched.removeLast(touched.count - touchedCount)
        }
    }

    /// The objective and the guarantee's scored deficit (ms, weighted as the score weighs it:
    /// `FairnessGuarantee.scoredDeficitMillis`) after inserting `id` by an ejection chain, with
    /// everything undone; nil when `id` cannot go in.
    mutating func relocatingOutcome(
        _ id: Int32, depth: Int, locked given: [Int32] = []
    ) -> (
        value: Double, deficit: Double
    )? {
        let mark = state.mark()
        var locked = given
        var touched: [Int] = []
        var result: (value: Double, deficit: Double)? = nil
        if insertRelocating(id, depth: depth, locked: &locked, touched: &touched) {
            let deficit = guarantee?.scoredDeficitMillis(received: state.received, delivered: state.delivered) ?? 0
            result = (state.value, deficit)
        }
        state.undo(to: mark)
        state.commit()
        return result
    }

    /// Inserts `id` by an ejection chain, refills the touched antennas' free time, and keeps
    /// the change when the score rises. Returns true when kept.
    mutating func applyRelocating(_ id: Int32, depth: Int) -> Bool {
        let before = score
        let mark = state.mark()
        var locked: [Int32] = []
        var touched: [Int] = []
        var kept = false
        if insertRelocating(id, depth: depth, locked: &locked, touched: &touched) {
            for antenna in touched { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
            kept = score > before + 1e-9
        }
        if !kept { state.undo(to: mark) }
        state.commit()
        return kept
    }

    /// Two ejection chains made together, for when no single one lowers the guarantee's total
    /// deficit (the first takes what another partner needs): the `firsts` are tried in turn,
    /// and with each in place, every candidate not chosen of each partner then short (at most
    /// `limit` tries in all). The pair that removes the most deficit per unit of objective
    /// given up is made, the touched antennas refilled, and kept when the score rises.
    /// Returns true when kept.
    mutating func repairByPairs(_ firsts: [Int32], limit: Int) -> Bool {
        guard let guarantee else { return false }
        let problem = state.set.problem
        let deficit = guarantee.scoredDeficitMillis(received: state.received, delivered: state.delivered)
        let value = state.value
        var best: (first: Int32, second: Int32, cost: Double)? = nil
        var tries = 0
        for first in firsts where tries < limit {
            let mark = state.mark()
            var locked: [Int32] = []
            var touched: [Int] = []
            if insertRelocating(first, depth: 2, locked: &locked, touched: &touched) {
                let short = shortAccounts(guarantee)
                var seconds: [Int32] = []
                for (request, model) in problem.requests.enumerated()
                where short.contains(state.set.account(of: model)) {
                    for id in state.set.byRequest[request] where !state.selected[Int(id)] && tries < limit {
                        tries += 1
                        seconds.append(id)
                    }
                }
                for (id, outcome) in zip(seconds, relocatingOutcomes(seconds, depth: 2, locked: locked)) {
                    guard let after = outcome else { continue }
                    let gain = deficit - after.deficit
                    guard gain > 1 else { continue }
                    let cost = (value - after.value) / gain
                    if best == nil || cost < best!.cost { best = (first, id, cost) }
                }
            }
            state.undo(to: mark)
            state.commit()
        }
        guard let best else { return false }
        let before = score
        let mark = state.mark()
        var locked: [Int32] = []
        var touched: [Int] = []
        var kept = false
        if insertRelocating(best.first, depth: 2, locked: &locked, touched: &touched),
            insertRelocating(best.second, depth: 2, locked: &locked, touched: &touched)
        {
            for antenna in touched { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
            kept = score > before + 1e-9
        }
        if !kept { state.undo(to: mark) }
        state.commit()
        return kept
    }
}
