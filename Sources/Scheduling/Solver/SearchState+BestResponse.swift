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
        var displaced = [(Int32, Int32)](repeating: (-1, -1), count: count)
        for (j, id) in ids.enumerated() {
            let candidate = set.candidates[Int(id)]
            guard !antennaHasGroups || antennaFree(antenna, candidate.busy) else { continue }
            let own = candidate.value * weights[Int(candidate.partner)]
            let room = hasRoom(request: Int(candidate.request), length: candidate.length)
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
        var choice = solveIntervals(ids: ids, predecessor: set.predecessor[antenna], worth: &worth)
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
        for other in onCraft[Int(candidate.spacecraft)] where set.candidates[Int(other)].track.overlaps(candidate.track) {
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
            if count[request] - 1 < model.maxContacts && total[request] - freed + candidate.length <= model.maxTotalMillis {
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

    /// The positions of the best set of compatible candidates, respecting the requests' room;
    /// `worth[j] <= 0` marks an unusable candidate.
    ///
    /// The recursion ignores the requests' limits. When it over-chooses a request's count
    /// with at most three candidates, each is banned in turn and the ban leaving the most
    /// worth is kept; otherwise the request's candidates are charged the lowest price (per
    /// second when its total is exceeded, per contact otherwise) at which the recursion keeps
    /// within its limits. Up to eight rounds, then the lowest-worth excess is dropped.
    func solveIntervals(ids: [Int32], predecessor: [Int32], worth: inout [Double]) -> [Int] {
        var best = [Double](repeating: 0, count: ids.count + 1)
        var chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
        for _ in 0..<8 {
            let excess = overChosen(chosen, ids: ids, worth: worth)
            guard let first = excess.first else { return chosen }
            let request = set.candidates[Int(ids[first])].request
            let rivals = chosen.filter { set.candidates[Int(ids[$0])].request == request }
            let model = set.problem.requests[Int(request)]
            let overTotal =
                model.maxTotalMillis != Int.max
                && rivals.reduce(total[Int(request)]) { $0 + set.candidates[Int(ids[$1])].length } > model.maxTotalMillis
            if rivals.count <= 3 && !overTotal {
                var bestBan = rivals[0]
                var bestTotal = -Double.infinity
                for ban in rivals {
                    let saved = worth[ban]
                    worth[ban] = -1
                    _ = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
                    if best[ids.count] > bestTotal {
                        bestTotal = best[ids.count]
                        bestBan = ban
                    }
                    worth[ban] = saved
                }
                worth[bestBan] = -1
            } else {
                price(
                    request: request, perMillisecond: overTotal, ids: ids, predecessor: predecessor, worth: &worth,
                    best: &best)
            }
            chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
        }
        let excess = overChosen(chosen, ids: ids, worth: worth)
        return chosen.filter { !excess.contains($0) }
    }

    /// Charges the request's candidates the lowest price (per millisecond of tracking when its
    /// total binds, per contact when its count does) at which the recursion chooses within the
    /// request's limits (bisection, 14 steps).
    func price(
        request: Int32, perMillisecond: Bool, ids: [Int32], predecessor: [Int32], worth: inout [Double],
        best: inout [Double]
    ) {
        let positions = ids.indices.filter { set.candidates[Int(ids[$0])].request == request && worth[$0] > 0 }
        let base = positions.map { worth[$0] }
        let lengths = positions.map { perMillisecond ? Double(set.candidates[Int(ids[$0])].length) : 1 }
        var low = 0.0
        var high = zip(base, lengths).map { $0 / $1 }.max() ?? 0
        func apply(_ price: Double) {
            for (k, j) in positions.enumerated() { worth[j] = base[k] - price * lengths[k] }
        }
        for _ in 0..<14 {
            let middle = (low + high) / 2
            apply(middle)
            let chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
            let fits = overChosen(chosen, ids: ids, worth: worth).allSatisfy {
                set.candidates[Int(ids[$0])].request != request
            }
            if fits { high = middle } else { low = middle }
        }
        apply(high)
    }

    /// Weighted interval scheduling: `best[j]` is the most worth among the first `j`
    /// candidates; returns the positions of one best set (latest first).
    static func intervals(predecessor: [Int32], worth: [Double], best: inout [Double]) -> [Int] {
        let count = worth.count
        best[0] = 0
        for j in 0..<count {
            let take = worth[j] > 0 ? worth[j] + best[Int(predecessor[j])] : -1
            best[j + 1] = take > best[j] ? take : best[j]
        }
        var chosen: [Int] = []
        var j = count
        while j > 0 {
            if worth[j - 1] > 0 && best[j] != best[j - 1] {
                chosen.append(j - 1)
                j = Int(predecessor[j - 1])
            } else {
                j -= 1
            }
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
