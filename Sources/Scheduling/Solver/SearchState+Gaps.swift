extension SearchState {
    /// Makes a best response's choice on an antenna when some request sets a minimum gap
    /// between its contacts (`minGapSeconds`). The dynamic programme sees the gap only against
    /// contacts on other antennas, so it may choose two contacts of one request closer than the
    /// gap on this one. The choice is placed in time order; a contact that breaks the gap to one
    /// placed before it is replaced by the most valuable of its request's candidates inside its
    /// own tracking span that keeps the gap (``trimmedToGap(_:)``; the stretcher then extends it
    /// to meet the gap exactly), or left out when none does (a full pass). The new contacts are
    /// judged by what was actually placed: when that is worth less than the antenna's old
    /// contacts, everything is undone and the old contacts stay.
    ///
    /// `choice` holds positions in `ids` in ascending order; `displaced` the contacts each
    /// position's candidate ejects. Returns the antennas that lost ejected contacts.
    mutating func placeKeepingGaps(
        choice: [Int], ids: [Int32], displaced: [(Int32, Int32)], old: [Int32], oldWorth: Double,
        weights: [Double]
    ) -> [Int] {
        let start = mark()
        var touched: [Int] = []
        var placed = 0.0
        for j in choice {
            for k in 0..<2 {
                let holder = k == 0 ? displaced[j].0 : displaced[j].1
                guard holder >= 0 && selected[Int(holder)] else { continue }
                touched.append(contentsOf: set.problem.resources[Int(set.candidates[Int(holder)].resource)].members)
                placed -= worthOf(holder, weights: weights)
                remove(holder)
            }
        }
        for j in choice {
            let id = ids[j]
            if fits(id) {
                insert(id)
                placed += worthOf(id, weights: weights)
            } else if let trimmed = trimmedToGap(id) {
                insert(trimmed)
                placed += worthOf(trimmed, weights: weights)
            }
        }
        if placed + 1e-9 < oldWorth {
            undo(to: start)
            commit()
            for id in old { insert(id) }
            return []
        }
        commit()
        return touched
    }

    /// The most valuable candidate of `id`'s request on the same resource whose tracking lies
    /// inside `id`'s and that fits (so keeps the request's minimum gap to its chosen contacts),
    /// the lowest id among equals; nil when the request sets no gap or none fits. Its busy
    /// time lies inside `id`'s, so it frees what `id` would have held.
    func trimmedToGap(_ id: Int32) -> Int32? {
        let candidate = set.candidates[Int(id)]
        guard set.problem.requests[Int(candidate.request)].minGapMillis > 0 else { return nil }
        var best: Int32? = nil
        var bestValue = 0.0
        for other in set.byRequest[Int(candidate.request)] where other != id {
            let shorter = set.candidates[Int(other)]
            guard shorter.resource == candidate.resource, shorter.value > bestValue,
                candidate.track.contains(shorter.track), candidate.busy.contains(shorter.busy), fits(other)
            else { continue }
            best = other
            bestValue = shorter.value
        }
        return best
    }
}
