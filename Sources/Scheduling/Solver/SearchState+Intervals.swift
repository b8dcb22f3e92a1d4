extension SearchState {
    /// The positions of the best set of compatible candidates, respecting the requests' room;
    /// `worth[j] <= 0` marks an unusable candidate.
    ///
    /// The recursion ignores the requests' limits. While it over-chooses requests, each such
    /// request's candidates are charged a price (per contact when its count is exceeded, per
    /// second when its total is), found by a bisection run for all of them at once: raised
    /// while the request is over-chosen, lowered once it is not (twelve rounds). The prices
    /// at which each request last kept its limits are used for the final choice; any excess
    /// left is dropped, lowest worth first. With `gaps` (the antenna's
    /// `CandidateSet.gapPredecessor`, empty when no request on it sets a minimum gap) the
    /// recursion keeps the requests' gaps too (``gapIntervals(ids:predecessor:gaps:worth:best:from:top:)``).
    mutating func solveIntervals(
        ids: [Int32], predecessor: [Int32], worth: inout [Double], gaps: [Int32] = []
    )
        -> [Int]
    {
        var best = [Double](repeating: 0, count: gaps.isEmpty ? 0 : ids.count + 1)
        var from = [Int32](repeating: 0, count: gaps.isEmpty ? 0 : ids.count)
        var top = [Int32](repeating: -1, count: gaps.isEmpty ? 0 : ids.count + 1)
        var compact = gaps.isEmpty ? CompactIntervals(predecessor: predecessor, worth: worth) : nil
        func intervals(_ worth: [Double]) -> [Int] {
            if compact != nil { return compact!.solve(worth: worth) }
            return gapIntervals(
                ids: ids, predecessor: predecessor, gaps: gaps, worth: worth, best: &best, from: &from, top: &top)
        }
        var chosen = intervals(worth)
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
            applyPrices(prices, ids: ids, base: base, worth: &worth, final: false, usable: compact?.positions)
            chosen = intervals(worth)
            excess = overChosen(chosen, ids: ids, worth: worth)
            if excess.isEmpty { return chosen }
        }
        applyPrices(prices, ids: ids, base: base, worth: &worth, final: true, usable: compact?.positions)
        chosen = intervals(worth)
        excess = overChosen(chosen, ids: ids, worth: worth)
        return chosen.filter { !excess.contains($0) }
    }

    /// Sets each priced request's candidates' worth to their base worth less its price (the
    /// current one, or with `final` the lowest at which the request was seen within limits).
    /// `usable`, when given, lists every position with `base > 0` (`CompactIntervals`).
    func applyPrices(
        _ prices: RequestPrices, ids: [Int32], base: [Double], worth: inout [Double], final: Bool,
        usable: [Int32]? = nil
    ) {
        func price(_ j: Int) {
            let candidate = set.candidates[Int(ids[j])]
            guard let k = prices.index(of: candidate.request) else { return }
            let charge = final ? prices.high[k] : prices.now[k]
            worth[j] = base[j] - charge * (prices.perSecond[k] ? Double(candidate.length) / 1000 : 1)
        }
        if let usable {
            for j in usable { price(Int(j)) }
        } else {
            for j in ids.indices where base[j] > 0 { price(j) }
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
