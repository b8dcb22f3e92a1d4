extension SearchState {
    /// Re-chooses the contacts of one antenna as well as possible while everything else stays:
    /// weighted interval scheduling by dynamic programming over the antenna's candidates
    /// (sorted by busy end, with their precomputed predecessors), each candidate worth its
    /// value times its partner's weight and usable only when its spacecraft, its request's
    /// limits and the antenna's group contacts allow it.
    ///
    /// With `ejecting`, a candidate whose spacecraft is held by exactly one contact elsewhere,
    /// or whose request is full, is also usable, worth its value less that of the contacts it
    /// displaces (the holder, and the request's least valuable contact that makes room); the
    /// antennas they are displaced from are returned so the caller can refill them.
    ///
    /// Requests limited in count or total can be over-chosen by the recursion; the excess is
    /// banned and the programme rerun (three rounds, then the lowest-valued excess dropped).
    /// The old contacts are kept when the new choice is worth less. `worthOverride` replaces
    /// every candidate's worth (by id), e.g. with the relaxation's reduced worths. With `keep`,
    /// the antenna's contacts stay and only the free time around them is filled.
    @discardableResult
    mutating func bestResponse(
        antenna: Int, weights: [Double], ejecting: Bool = false, worthOverride: [Double]? = nil, keep: Bool = false
    ) -> [Int] {
        let ids = set.byAntenna[antenna]
        guard !ids.isEmpty else { return [] }
        let old = keep ? [] : onAntenna[antenna].filter { Int(set.candidates[Int($0)].resource) == antenna }
        var oldWorth = 0.0
        for id in old {
            oldWorth += set.candidates[Int(id)].value * weights[Int(set.candidates[Int(id)].partner)]
            remove(id)
        }
        let antennaHasGroups = !onAntenna[antenna].isEmpty
        let count = ids.count
        var worth = [Double](repeating: -1, count: count)
        var displaced = [(Int32, Int32)](repeating: (-1, -1), count: count)
        // `antennaFree` as a sweep: the candidates come by busy end, so the first span starting
        // at or after a candidate's end only moves forward, and the span before it, which ends
        // last of those starting earlier, is the only one that can overlap.
        let spans = antennaBusy[antenna]
        let local = set.antennaCandidates[antenna]
        var next = 0
        for (j, id) in ids.enumerated() {
            let candidate = local[j]
            if antennaHasGroups {
                while next < spans.count && spans[next].start < candidate.busy.end { next += 1 }
                if next > 0 && spans[next - 1].end > candidate.busy.start { continue }
            }
            let own = worthOverride?[Int(id)] ?? candidate.value * weights[Int(candidate.partner)]
            let room = hasRoom(request: Int(candidate.request), length: candidate.length)
            // A candidate too close to its request's contacts elsewhere is never usable here.
            guard gapKept(candidate) else { continue }
            if room && craftFree(Int(candidate.spacecraft), candidate.track) {
                worth[j] = own
                continue
            }
            guard ejecting else { continue }
            // Displace the one contact holding the spacecraft, and (when the request is full)
            // the request's least valuable contact whose removal makes room.
            var loss = 0.0
            var holders: (Int32, Int32) = (-1, -1)
            if !craftFree(Int(candidate.spacecraft), candidate.track) {
                guard let holder = soleHolder(of: candidate) else { continue }
                holders.0 = holder
                loss += worthOf(holder, weights: weights)
            }
            if !room {
                guard let holder = roomMaker(for: candidate, besides: holders.0) else { continue }
                if holder != holders.0 {
                    holders.1 = holder
                    loss += worthOf(holder, weights: weights)
                }
            }
            if own > loss {
                worth[j] = own - loss
                displaced[j] = holders
            }
        }
        var choice = solveIntervals(
            ids: ids, predecessor: set.predecessor[antenna], worth: &worth, gaps: set.gapPredecessor[antenna])
        if !set.gapPredecessor[antenna].isEmpty {
            choice.sort()
            return placeKeepingGaps(
                choice: choice, ids: ids, displaced: displaced, old: old, oldWorth: oldWorth, weights: weights)
        }
        var newWorth = choice.reduce(0.0) { total, j in
            let candidate = set.candidates[Int(ids[j])]
            return total + candidate.value * weights[Int(candidate.partner)]
        }
        var losing: [Int32] = []
        for j in choice {
            for holder in [displaced[j].0, displaced[j].1] where holder >= 0 && !losing.contains(holder) {
                losing.append(holder)
                newWorth -= worthOf(holder, weights: weights)
            }
        }
        if newWorth + 1e-9 < oldWorth {
            for id in old { insert(id) }
            return []
        }
        var touched: [Int] = []
        for holder in losing where selected[Int(holder)] {
            for member in set.problem.resources[Int(set.candidates[Int(holder)].resource)].members {
                touched.append(member)
            }
            remove(holder)
        }
        choice.sort()
        for j in choice where fits(ids[j]) { insert(ids[j]) }
        return touched
    }

    /// The one chosen contact holding the candidate's spacecraft during its tracking, or nil
    /// when there are none or several.
    func soleHolder(of candidate: Candidate) -> Int32? {
        var holder: Int32? = nil
        for other in onCraft[Int(candidate.spacecraft)] where set.candidates[Int(other)].track.overlaps(candidate.track)
        {
            if holder != nil { return nil }
            holder = other
        }
        return holder
    }

    /// A chosen candidate's value times its partner's weight.
    @inline(__always)
    func worthOf(_ id: Int32, weights: [Double]) -> Double {
        let candidate = set.candidates[Int(id)]
        return candidate.value * weights[Int(candidate.partner)]
    }

    /// The least valuable chosen contact of the candidate's request whose removal (with
    /// `besides`, which goes anyway) leaves room for the candidate, or nil.
    func roomMaker(for candidate: Candidate, besides: Int32) -> Int32? {
        let request = Int(candidate.request)
        let model = set.problem.requests[request]
        var freed = 0
        var freedCount = 0
        if besides >= 0 && set.candidates[Int(besides)].request == candidate.request {
            freed = set.candidates[Int(besides)].length
            freedCount = 1
            if count[request] - 1 < model.maxContacts
                && total[request] - freed + candidate.length <= model.maxTotalMillis
            {
                return besides
            }
        }
        var best: Int32? = nil
        for id in onCraft[Int(candidate.spacecraft)] where set.candidates[Int(id)].request == candidate.request {
            let other = set.candidates[Int(id)]
            guard id != besides, count[request] - freedCount - 1 < model.maxContacts,
                total[request] - freed - other.length + candidate.length <= model.maxTotalMillis
            else { continue }
            if best == nil || other.value < set.candidates[Int(best!)].value { best = id }
        }
        return best
    }
}
