extension SearchState {
    /// Makes a best response's choice on an antenna where some request sets a minimum gap
    /// between its contacts (`minGapSeconds`). The recursion (``gapIntervals(ids:predecessor:gaps:worth:best:from:top:)``)
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
    /// sets a gap follows the best set of a prefix of the candidates: the longest prefix, up to
    /// those ending before its busy start (`predecessor`), whose best set holds no contact of its
    /// request ending less than the gap before its tracking start (found by walking the set's
    /// members back through that span and, at each such contact, retrying with the prefix
    /// before it), or the prefix of those ending by its tracking start less the gap (`gaps`, the
    /// antenna's `CandidateSet.gapPredecessor`, which can hold no such contact) when that is
    /// worth more. `from[j]` records the prefix followed, and `top[k]` the latest member of the
    /// best set of the first `k` candidates (−1 for none), so every set the recursion builds
    /// keeps the gaps. Exact when the gap request is alone on the antenna; with others it may
    /// leave the gap's span to them less well than possible. Returns the positions of the set
    /// chosen, latest first.
    func gapIntervals(
        ids: [Int32], predecessor: [Int32], gaps: [Int32], worth: [Double], best: inout [Double],
        from: inout [Int32], top: inout [Int32]
    ) -> [Int] {
        let count = worth.count
        best[0] = 0
        top[0] = -1
        for j in 0..<count {
            var take = -1.0
            if worth[j] > 0 {
                let (own, apart) = (Int(predecessor[j]), Int(gaps[j]))
                var prefix = own
                if apart < own {
                    let candidate = set.candidates[Int(ids[j])]
                    let limit = candidate.track.start - set.problem.requests[Int(candidate.request)].minGapMillis
                    prefix = clearPrefix(
                        below: own, request: candidate.request, limit: limit, ids: ids, from: from, top: top)
                    if best[apart] > best[prefix] { prefix = apart }
                }
                from[j] = Int32(prefix)
                take = worth[j] + best[prefix]
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
            j = Int(top[Int(from[j])])
        }
        return chosen
    }

    /// The longest prefix of at most `start` candidates whose best set (as the recursion builds
    /// it) holds no candidate of `request` whose tracking ends after `limit`.
    private func clearPrefix(
        below start: Int, request: Int32, limit: Int, ids: [Int32], from: [Int32], top: [Int32]
    ) -> Int {
        var prefix = start
        var member = Int(top[prefix])
        while member >= 0 {
            let candidate = set.candidates[Int(ids[member])]
            // Candidates are sorted by busy end, and tracking ends before busy time does.
            if candidate.busy.end <= limit { return prefix }
            if candidate.request == request && candidate.track.end > limit {
                prefix = member
                member = Int(top[prefix])
            } else {
                member = Int(top[Int(from[member])])
            }
        }
        return prefix
    }
}
