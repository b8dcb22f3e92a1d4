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
    /// every candidate's worth (by id), e.g. with the relaxation's reduced worths.
    @discardableResult
    mutating func bestResponse(
        antenna: Int, weights: [Double], ejecting: Bool = false, worthOverride: [Double]? = nil
    ) -> [Int] {
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
            let own = worthOverride?[Int(id)] ?? candidate.value * weights[Int(candidate.partner)]
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
    /// The recursion ignores the requests' limits. While it over-chooses requests, each such
    /// request's candidates are charged a price (per contact when its count is exceeded, per
    /// second when its total is), found by a bisection run for all of them at once: raised
    /// while the request is over-chosen, lowered once it is not (twelve rounds). The prices
    /// at which each request last kept its limits are used for the final choice; any excess
    /// left is dropped, lowest worth first.
    mutating func solveIntervals(ids: [Int32], predecessor: [Int32], worth: inout [Double]) -> [Int] {
        var best = [Double](repeating: 0, count: ids.count + 1)
        var chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
        var excess = overChosen(chosen, ids: ids, worth: worth)
        guard !excess.isEmpty else { return chosen }
        let base = worth
        var prices = RequestPrices(slots: priceSlots)
        priceSlots = []
        defer { priceSlots = prices.clear() }
        for _ in 0..<12 {
            var over: [Int32] = []
            for j in excess where !over.contains(set.candidates[Int(ids[j])].request) {
                over.append(set.candidates[Int(ids[j])].request)
            }
            for request in over where prices.index(of: request) == nil {
                let model = set.problem.requests[Int(request)]
                let perSecond = model.maxTotalMillis != Int.max && model.maxContacts == Int.max
                var top = 1.0
                for j in chosen where set.candidates[Int(ids[j])].request == request {
                    let length = Double(set.candidates[Int(ids[j])].length) / 1000
                    top = max(top, perSecond ? base[j] / length : base[j])
                }
                prices.add(request, top: top, perSecond: perSecond)
            }
            prices.bisect(over: over)
            applyPrices(prices, ids: ids, base: base, worth: &worth, final: false)
            chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
            excess = overChosen(chosen, ids: ids, worth: worth)
            if excess.isEmpty { return chosen }
        }
        applyPrices(prices, ids: ids, base: base, worth: &worth, final: true)
        chosen = Self.intervals(predecessor: predecessor, worth: worth, best: &best)
        excess = overChosen(chosen, ids: ids, worth: worth)
        return chosen.filter { !excess.contains($0) }
    }

    /// Sets each priced request's candidates' worth to their base worth less its price (the
    /// current one, or with `final` the lowest at which the request was seen within limits).
    func applyPrices(_ prices: RequestPrices, ids: [Int32], base: [Double], worth: inout [Double], final: Bool) {
        for j in ids.indices where base[j] > 0 {
            let candidate = set.candidates[Int(ids[j])]
            guard let k = prices.index(of: candidate.request) else { continue }
            let charge = final ? prices.high[k] : prices.now[k]
            worth[j] = base[j] - charge * (prices.perSecond[k] ? Double(candidate.length) / 1000 : 1)
        }
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
    /// Tallies in the state's scratch arrays (left zeroed), so the common case — nothing
    /// over-chosen — costs one pass.
    mutating func overChosen(_ chosen: [Int], ids: [Int32], worth: [Double]) -> [Int] {
        var over = false
        for j in chosen {
            let candidate = set.candidates[Int(ids[j])]
            let request = Int(candidate.request)
            extraCount[request] += 1
            extraTotal[request] += candidate.length
            let model = set.problem.requests[request]
            if count[request] + extraCount[request] > model.maxContacts
                || total[request] + extraTotal[request] > model.maxTotalMillis
            {
                over = true
            }
        }
        for j in chosen {
            let request = Int(set.candidates[Int(ids[j])].request)
            extraCount[request] = 0
            extraTotal[request] = 0
        }
        guard over else { return [] }
        // Only the over-chosen requests' candidates are sorted and trimmed.
        var flagged: [Int] = []
        for j in chosen {
            let candidate = set.candidates[Int(ids[j])]
            let request = Int(candidate.request)
            extraCount[request] += 1
            extraTotal[request] += candidate.length
        }
        for j in chosen {
            let request = Int(set.candidates[Int(ids[j])].request)
            let model = set.problem.requests[request]
            if count[request] + extraCount[request] > model.maxContacts
                || total[request] + extraTotal[request] > model.maxTotalMillis
            {
                flagged.append(j)
            }
        }
        for j in chosen {
            let request = Int(set.candidates[Int(ids[j])].request)
            extraCount[request] = 0
            extraTotal[request] = 0
        }
        flagged.sort { worth[$0] != worth[$1] ? worth[$0] > worth[$1] : $0 < $1 }
        var excess: [Int] = []
        for j in flagged {
            let candidate = set.candidates[Int(ids[j])]
            let request = Int(candidate.request)
            let model = set.problem.requests[request]
            if count[request] + extraCount[request] + 1 <= model.maxContacts
                && total[request] + extraTotal[request] + candidate.length <= model.maxTotalMillis
            {
                extraCount[request] += 1
                extraTotal[request] += candidate.length
            } else {
                excess.append(j)
            }
        }
        for j in flagged {
            let request = Int(set.candidates[Int(ids[j])].request)
            extraCount[request] = 0
            extraTotal[request] = 0
        }
        return excess
    }
}
