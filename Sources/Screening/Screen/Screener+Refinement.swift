import Dispatch
import Orbits

extension Screener {
    /// Refines every candidate pair (in parallel) and returns the conjunctions by TCA.
    func refine(
        _ windows: [CandidateWindow], statistics: inout ScreeningStatistics,
        progress: (@Sendable (ScreeningProgress) -> Void)?
    ) -> [Conjunction] {
        let windows = windows.sorted { ($0.pairKey, $0.node) < ($1.pairKey, $1.node) }
        var groups: [Range<Int>] = []
        var start = 0
        while start < windows.count {
            var end = start + 1
            while end < windows.count && windows[end].pairKey == windows[start].pairKey { end += 1 }
            groups.append(start..<end)
            start = end
        }
        statistics.candidatePairs = groups.count
        let workers = Swift.max(1, options.threads)
        let chunks = Swift.max(1, Swift.min(groups.count, workers * 16))
        let results = SlotBuffer(repeating: PairResults(), count: chunks)
        let work: (Int) -> Void = { chunk in
            results.update(chunk) { result in
                for g in (groups.count * chunk / chunks)..<(groups.count * (chunk + 1) / chunks) {
                    refinePair(windows[groups[g]], into: &result)
                }
            }
        }
        nonisolated(unsafe) let shared = work
        if workers == 1 {
            for c in 0..<chunks { work(c) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks) { shared($0) }
        }
        progress?(
            ScreeningProgress(
                phase: .refinement, completed: groups.count, total: groups.count,
                candidates: windows.count))
        var conjunctions: [Conjunction] = []
        for result in results.values {
            conjunctions.append(contentsOf: result.conjunctions)
            statistics.refinementEvaluations += result.evaluations
            statistics.comovingPairs += result.comovingPairs
        }
        conjunctions.sort {
            ($0.tcaSeconds, $0.primary.index, $0.secondary.index) < (
                $1.tcaSeconds, $1.primary.index, $1.secondary.index
            )
        }
        return conjunctions
    }

    /// The window of node `k`: `[(k − ½)h, (k + ½)h]` clipped to the span (the ends are
    /// computed from the same odd multiple of h/2 by both neighbours, so they agree exactly).
    func window(_ node: Int) -> (low: Double, high: Double) {
        let low = Swift.max(0, Double(2 * node - 1) * step / 2)
        let high = Swift.min(options.spanSeconds, Double(2 * node + 1) * step / 2)
        return (low, high)
    }

    /// The minima of one pair: one per window whose Δr·Δv goes from negative to
    /// non-negative (plus minima at the ends of the span); the co-moving path instead when
    /// the pair moves together.
    func refinePair(_ group: ArraySlice<CandidateWindow>, into result: inout PairResults) {
        let i = Int(group.first!.first)
        let j = Int(group.first!.second)
        var motion = PairMotion(
            first: propagators[i], second: propagators[j], firstStart: startMinutes[i], secondStart: startMinutes[j])
        defer { result.evaluations += motion.evaluations }
        let slow = Float(options.comovingSpeed)
        var found: [Conjunction] = []
        var comoving = group.contains { $0.speed < slow }
        if !comoving {
            for w in group {
                let (low, high) = window(Int(w.node))
                guard low < high, let fl = motion.rangeRate(at: low), let fh = motion.rangeRate(at: high) else {
                    continue
                }
                var time: Double?
                var flags: ConjunctionFlags = []
                if fl < 0 && fh >= 0 {
                    time = motion.closestApproach(low: low, high: high, start: Double(w.node) * step)
                } else if low == 0 && fl > 0 {
                    (time, flags) = (0, .spanStart)
                } else if high == options.spanSeconds && fh < 0 {
                    (time, flags) = (high, .spanEnd)
                }
                guard let time, let c = conjunction(i, j, at: time, flags: flags, motion: &motion) else { continue }
                if c.relativeSpeed < options.comovingSpeed { comoving = true }
                if options.threshold.contains(rtn: c.rtnPosition) { found.append(c) }
            }
        }
        if comoving {
            result.comovingPairs += 1
            if let c = comovingMinimum(group, i, j, motion: &motion), options.threshold.contains(rtn: c.rtnPosition) {
                result.conjunctions.append(c)
            }
            return
        }
        result.conjunctions.append(contentsOf: found)
    }
}

/// What one worker's share of the refinement produced.
struct PairResults {
    var conjunctions: [Conjunction] = []
    var evaluations = 0
    var comovingPairs = 0
}
