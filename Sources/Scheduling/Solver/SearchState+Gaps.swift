extension SearchState {
    /// Makes a best response's choice on an antenna where some request sets a minimum gap
    /// between its contacts (`minGapSeconds`). The recursion (``gapIntervals(ids:predecessor:gaps:worth:best:via:top:)``)
    /// keeps the gaps among the contacts it chooses here, and candidates too close to the
    /// request's contacts on other antennas are never offered to it, so every choice should fit;
    /// placing in time order is the safety net: a contact that does not fit is replaced by the
    /// most valuable of its request's candidates inside its own tracking span that does
    /// (``trimmedToGap(_:)``; the stretcher then extends it up to the gap), or left out when
    /// none does (a full pass). The new contacts are judged by what was actually placed: when
    /// that is worth less than the antenna's old contacts, everything is undone and the old
    /// contacts stay.
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

extension SearchState {
    /// Weighted interval scheduling (as ``intervals(predecessor:worth:best:)``) that also keeps
    /// the minimum gap between contacts of one request on the antenna. A candidate whose request
    /// sets a gap may follow the best set of the candidates ending before its busy start
    /// (`predecessor`) only when that set holds no contact of its request ending less than the
    /// gap before its tracking start (checked by walking the set's members back through that
    /// span); otherwise, or when it is worth more, it follows the best set of those ending by
    /// its tracking start less the gap (`gaps`, the antenna's `CandidateSet.gapPredecessor`),
    /// which can hold no such contact. `via[j]` records which, and `top[k]` the latest member of
    /// the best set of the first `k` candidates (−1 for none), so every set the recursion builds
    /// keeps the gaps and the walk visits members only. Exact when the gap request is alone on
    /// the antenna; with others it may leave the gap's span to them less well than possible.
    /// Returns the positions of the set chosen, latest first.
    func gapIntervals(
        ids: [Int32], predecessor: [Int32], gaps: [Int32], worth: [Double], best: inout [Double], via: inout [Bool],
        top: inout [Int32]
    ) -> [Int] {
        let count = worth.count
        best[0] = 0
        top[0] = -1
        for j in 0..<count {
            var take = -1.0
            if worth[j] > 0 {
                let (own, apart) = (Int(predecessor[j]), Int(gaps[j]))
                via[j] = false
                if apart < own {
                    let candidate = set.candidates[Int(ids[j])]
                    let limit = candidate.track.start - set.problem.requests[Int(candidate.request)].minGapMillis
                    if clear(
                        from: own, request: candidate.request, limit: limit, ids: ids, predecessor: predecessor,
                        gaps: gaps, via: via, top: top)
                    {
                        take = worth[j] + best[own]
                    }
                    if worth[j] + best[apart] > take {
                        take = worth[j] + best[apart]
                        via[j] = true
                    }
                } else {
                    take = worth[j] + best[own]
                }
            }
            if take > best[j] {
                best[j + 1] = take
                top[j + 1] = Int32(j)
            } else {
                best[j + 1] = best[j]
                top[j + 1] = top[j]
            }
        }
        var chosen: [Int] = []
        var j = Int(top[count])
        while j >= 0 {
            chosen.append(j)
            j = Int(top[via[j] ? Int(gaps[j]) : Int(predecessor[j])])
        }
        return chosen
    }

    /// True when the best set of the first `start` candidates (as the recursion builds it)
    /// holds no candidate of `request` whose tracking ends after `limit`.
    private func clear(
        from start: Int, request: Int32, limit: Int, ids: [Int32], predecessor: [Int32], gaps: [Int32],
        via: [Bool], top: [Int32]
    ) -> Bool {
        var member = Int(top[start])
        while member >= 0 {
            let candidate = set.candidates[Int(ids[member])]
            // Candidates are sorted by busy end, and tracking ends before busy time does.
            if candidate.busy.end <= limit { return true }
            if candidate.request == request && candidate.track.end > limit { return false }
            member = Int(top[via[member] ? Int(gaps[member]) : Int(predecessor[member])])
        }
        return true
    }
}
