extension LagrangianGuide {
    /// The available candidates on some antenna's near-optimal path at the current reduced
    /// worths (``reduced``, from the last ``iterate(weights:target:threads:)``): those through
    /// which the antenna's best chain of non-overlapping candidates, of positive reduced worth,
    /// falls short of the antenna's best by at most `slack`.
    ///
    /// The subgradient settles on one of many choices of nearly equal reduced worth, so the
    /// candidates it chooses (or averages) are too few for an exact solve to improve on; the
    /// near-optimal paths keep the alternatives (session 25: within 900 s, 824 of a day
    /// window's 15 355 candidates, holding half of what the whole window gains). A forward and
    /// a backward interval recursion per antenna give, for each candidate, the best chain
    /// through it.
    func nearOptimal(within slack: Double) -> [Int32] {
        guard !reduced.isEmpty else { return [] }
        var found: [Int32] = []
        for antenna in set.byAntenna.indices {
            let list = set.byAntenna[antenna]
            let n = list.count
            guard n > 0 else { continue }
            let predecessor = set.predecessor[antenna]
            let worth = list.map { available[Int($0)] ? max(0, reduced[Int($0)]) : 0 }
            // Forward: best[j + 1] is the best chain among the first j + 1 (by busy end), the
            // recursion of the relaxation's own step.
            var best = [Double](repeating: 0, count: n + 1)
            _ = SearchState.intervals(predecessor: predecessor, worth: worth, best: &best)
            // Backward, over the candidates by busy start: suffix[i] is the best chain among
            // those starting at or after the i-th start.
            let byStart = (0..<n).sorted {
                set.candidates[Int(list[$0])].busy.start < set.candidates[Int(list[$1])].busy.start
            }
            let starts = byStart.map { set.candidates[Int(list[$0])].busy.start }
            func firstStart(atLeast time: Int) -> Int {
                var (lo, hi) = (0, n)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid] < time { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            let after = list.map { firstStart(atLeast: set.candidates[Int($0)].busy.end) }
            var suffix = [Double](repeating: 0, count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                let j = byStart[i]
                suffix[i] = max(suffix[i + 1], worth[j] > 0 ? worth[j] + suffix[after[j]] : 0)
            }
            let optimum = best[n]
            for j in 0..<n where worth[j] > 0 {
                let through = best[Int(predecessor[j])] + worth[j] + suffix[after[j]]
                if through >= optimum - slack { found.append(list[j]) }
            }
        }
        return found
    }
}
