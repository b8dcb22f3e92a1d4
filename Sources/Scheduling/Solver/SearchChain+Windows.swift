extension SearchChain {
    /// The last resort of the fairness repair, for when no chain, pair or removal of
    /// ``repairDeficits(limit:)`` helps (a partner can be short by a fraction of a second and
    /// still need several contacts of other partners traded at once): neighbourhoods of
    /// `size` candidates close in time (by busy midpoint, on every antenna) are re-chosen
    /// exactly by ``reselect(_:nodes:)`` (the least total deficit, then the most objective).
    /// Neighbourhoods are centred on each candidate of each short partner not chosen, in id
    /// order, at most `windows` of them, none begun past `repairDeadline`; the first that holds
    /// the guarantee ends the repair.
    /// On instances of at most `size` candidates, unless the node limit ends the search, this
    /// is the exact fair optimum (for the alone times given). Deterministic; returns true when
    /// the guarantee holds at the end.
    @discardableResult
    mutating func repairByWindows(size: Int = 16, nodes: Int = 20_000, windows: Int = 16) -> Bool {
        guard let guarantee else { return true }
        let all = state.set.candidates
        guard !all.isEmpty else { return guarantee.holds(received: state.received, delivered: state.delivered) }
        let order = busyMidpointOrder()
        var position = [Int](repeating: 0, count: all.count)
        for (index, id) in order.enumerated() { position[Int(id)] = index }
        let width = min(size, order.count)
        func window(_ id: Int32) -> Int { min(max(0, position[Int(id)] - width / 2), order.count - width) }
        var tried: [Int] = []
        var made = 0
        while made < windows, !pastRepairDeadline,
            !guarantee.holds(received: state.received, delivered: state.delivered)
        {
            let short = shortAccounts(guarantee)
            var start: Int? = nil
            for (id, candidate) in all.enumerated()
            where !state.selected[id] && short.contains(Int(candidate.partner)) {
                let first = window(Int32(id))
                if !tried.contains(first) {
                    start = first
                    break
                }
            }
            guard let start else { break }
            tried.append(start)
            made += 1
            reselect(Array(order[start..<(start + width)]).sorted(), nodes: nodes)
        }
        return guarantee.holds(received: state.received, delivered: state.delivered)
    }

    /// Packs a schedule that holds the guarantee by exact neighbourhoods: windows of `size`
    /// candidates in busy-midpoint order, sliding by half their width over the whole order, are
    /// each re-chosen by ``reselect(_:nodes:)`` for the most objective that still holds it; a
    /// pass over every window repeats while it gains, at most `passes` times, and no window is
    /// begun past `repairDeadline`. The repairs stop at the first schedule that holds, and the
    /// local search rarely leaves it when every trade must keep the partners' ratios (whole
    /// passes at a tolerance of 2%: 14 of 48 instances of 22–36 candidates ended 1.6–100% below
    /// the exact fair optimum). On instances of at most `size` candidates one window is the
    /// exact fair optimum (for the alone times given), unless the node limit ends its search.
    /// Deterministic; returns the objective gained.
    @discardableResult
    mutating func improveByWindows(size: Int = 24, nodes: Int = 200_000, passes: Int = 3) -> Double {
        guard let guarantee, guarantee.holds(received: state.received, delivered: state.delivered),
            !state.set.candidates.isEmpty
        else { return 0 }
        let order = busyMidpointOrder()
        let width = min(size, order.count)
        let stride = max(1, width / 2)
        let before = state.value
        for _ in 0..<passes {
            let pass = state.value
            var start = 0
            while !pastRepairDeadline {
                let first = min(start, order.count - width)
                reselect(Array(order[first..<(first + width)]).sorted(), nodes: nodes)
                if first + width >= order.count { break }
                start += stride
            }
            if state.value <= pass + 1e-9 || pastRepairDeadline { break }
        }
        return state.value - before
    }

    /// Re-chooses the candidates `ids` exactly, the rest of the schedule fixed: the subset that
    /// fits with the least total deficit, then the most objective, found depth first (at most
    /// `nodes` nodes; the best found so far when the limit ends the search). Kept only when it
    /// lowers the deficit, or keeps it and raises the objective. Returns true when kept.
    @discardableResult
    mutating func reselect(_ ids: [Int32], nodes: Int) -> Bool {
        guard let guarantee else { return false }
        func key() -> (deficit: Double, value: Double) {
            let deficit = guarantee.totalDeficitMillis(received: state.received, delivered: state.delivered)
            return (deficit <= 1 ? 0 : deficit, state.value)
        }
        func better(_ a: (deficit: Double, value: Double), _ b: (deficit: Double, value: Double)) -> Bool {
            a.deficit != b.deficit ? a.deficit < b.deficit : a.value > b.value + 1e-9
        }
        let before = key()
        let mark = state.mark()
        for id in ids where state.selected[Int(id)] { state.remove(id) }
        // What the candidates not yet decided could still add to the objective.
        var rest = [Double](repeating: 0, count: ids.count + 1)
        for index in ids.indices.reversed() {
            rest[index] = rest[index + 1] + state.set.candidates[Int(ids[index])].value
        }
        var best = before
        var bestChoice: [Int32]? = nil
        var choice: [Int32] = []
        var visited = 0
        func search(_ index: Int) {
            visited += 1
            // Once a schedule holding the guarantee is known, only more objective can beat it.
            if best.deficit == 0 && state.value + rest[index] <= best.value + 1e-9 { return }
            if index == ids.count {
                let reached = key()
                if better(reached, best) {
                    best = reached
                    bestChoice = choice
                }
                return
            }
            let id = ids[index]
            if visited < nodes && state.fits(id) {
                let inner = state.mark()
                state.insert(id)
                choice.append(id)
                search(index + 1)
                choice.removeLast()
                state.undo(to: inner)
                state.commit()
            }
            // Past the node limit, the branches left end by leaving the rest out.
            search(index + 1)
        }
        search(0)
        trace("window \(ids.count): \(visited) nodes", 0)
        guard let bestChoice else {
            state.undo(to: mark)
            state.commit()
            return false
        }
        for id in bestChoice { state.insert(id) }
        state.commit()
        trace(
            "reselect \(ids.count): deficit \(before.deficit) -> \(best.deficit), value \(before.value) -> \(best.value)",
            0)
        return true
    }
}

extension SearchChain {
    /// Every candidate id, in order of its antenna time's midpoint (ties by id): candidates
    /// close in this order overlap or follow each other on some antenna.
    func busyMidpointOrder() -> [Int32] {
        let all = state.set.candidates
        return all.indices.map { Int32($0) }.sorted {
            let a = all[Int($0)].busy
            let b = all[Int($1)].busy
            let (ma, mb) = (a.start + a.end, b.start + b.end)
            return ma != mb ? ma < mb : $0 < $1
        }
    }
}
