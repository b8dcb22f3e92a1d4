extension SearchState {
    /// Re-chooses the contacts of one antenna as well as possible while everything else stays:
    /// weighted interval scheduling by dynamic programming over the antenna's candidates
    /// (sorted by busy end, with their precomputed predecessors), each candidate worth its
    /// value times its partner's weight and usable only when its spacecraft, its request's
    /// limits and the antenna's group contacts allow it.
    ///
    /// With `ejecting`, a candidate whose spacecraft is held by exactly one contact elsewhere
    /// is also usable, worth its value less that contact's, which it then displaces; the
    /// antennas it was displaced from are returned so the caller can refill them.
    ///
    /// Requests limited in count or total can be over-chosen by the recursion; the excess is
    /// banned and the programme rerun (three rounds, then the lowest-valued excess dropped).
    /// The old contacts are kept when the new choice is worth less.
    @discardableResult
    mutating func bestResponse(antenna: Int, weights: [Double], ejecting: Bool = false) -> [Int] {
        let ids = set.byAntenna[antenna]
        guard !ids.isEmpty else { return [] }
        let old = onAntenna[antenna].filter { Int(set.candidates[Int($0)].resource) == antenna }
        var oldWorth = 0.0
        for id in old {
            oldWorth += set.candidates[Int(id)].value * weights[Int(set.candidates[Int(id)].partner)]
            remove(id)
        }
        let antennaHasGroups = !onAntenna[antenna].isEmpty
        let count = ids.count
        var worth = [Double](repeating: -1, count: count)
        var displaced = [Int32](repeating: -1, count: count)
        for (j, id) in ids.enumerated() {
            let candidate = set.candidates[Int(id)]
            guard !antennaHasGroups || antennaFree(antenna, candidate.busy),
                hasRoom(request: Int(candidate.request), length: candidate.length)
            else { continue }
            let own = candidate.value * weights[Int(candidate.partner)]
            if craftFree(Int(candidate.spacecraft), candidate.track) {
                worth[j] = own
            } else if ejecting, let holder = soleHolder(of: candidate) {
                let loss = set.candidates[Int(holder)].value * weights[Int(set.candidates[Int(holder)].partner)]
                if own > loss {
                    worth[j] = own - loss
                    displaced[j] = holder
                }
            }
        }
        var choice = solveIntervals(ids: ids, predecessor: set.predecessor[antenna], worth: &worth)
        var newWorth = choice.reduce(0.0) { total, j in
            let candidate = set.candidates[Int(ids[j])]
            return total + candidate.value * weights[Int(candidate.partner)]
        }
        for j in choice where displaced[j] >= 0 {
            let holder = set.candidates[Int(displaced[j])]
            newWorth -= holder.value * weights[Int(holder.partner)]
        }
        if newWorth + 1e-9 < oldWorth {
            for id in old { insert(id) }
            return []
        }
        var touched: [Int] = []
        for j in choice where displaced[j] >= 0 && selected[Int(displaced[j])] {
            let holder = displaced[j]
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
        for other in onCraft[Int(candidate.spacecraft)] where set.candidates[Int(other)].track.overlaps(candidate.track) {
            if holder != nil { return nil }
            holder = other
        }
        return holder
    }

    /// The positions of the best set of compatible candidates, respecting the requests' room;
    /// `worth[j] < 0` marks an unusable candidate (over-chosen ones are marked so too).
    func solveIntervals(ids: [Int32], predecessor: [Int32], worth: inout [Double]) -> [Int] {
        let count = ids.count
        var best = [Double](repeating: 0, count: count + 1)
        var chosen: [Int] = []
        for round in 0..<4 {
            for j in 0..<count {
                let take = worth[j] > 0 ? worth[j] + best[Int(predecessor[j])] : -1
                best[j + 1] = take > best[j] ? take : best[j]
            }
            chosen.removeAll(keepingCapacity: true)
            var j = count
            while j > 0 {
                if worth[j - 1] > 0 && best[j] != best[j - 1] {
                    chosen.append(j - 1)
                    j = Int(predecessor[j - 1])
                } else {
                    j -= 1
                }
            }
            let excess = overChosen(chosen, ids: ids, worth: worth)
            if excess.isEmpty { return chosen }
            for j in excess { worth[j] = -1 }
            if round == 3 { return chosen.filter { !excess.contains($0) } }
        }
        return chosen
    }

    /// The chosen positions to drop so that every request keeps within its count and total:
    /// for each request, its chosen candidates by descending worth are kept while they fit.
    func overChosen(_ chosen: [Int], ids: [Int32], worth: [Double]) -> [Int] {
        let ordered = chosen.sorted { worth[$0] != worth[$1] ? worth[$0] > worth[$1] : $0 < $1 }
        var extraCount: [Int32: Int] = [:]
        var extraTotal: [Int32: Int] = [:]
        var excess: [Int] = []
        for j in ordered {
            let candidate = set.candidates[Int(ids[j])]
            let request = candidate.request
            let model = set.problem.requests[Int(request)]
            let newCount = count[Int(request)] + extraCount[request, default: 0] + 1
            let newTotal = total[Int(request)] + extraTotal[request, default: 0] + candidate.length
            if newCount <= model.maxContacts && newTotal <= model.maxTotalMillis {
                extraCount[request, default: 0] += 1
                extraTotal[request, default: 0] += candidate.length
            } else {
                excess.append(j)
            }
        }
        return excess
    }
}
