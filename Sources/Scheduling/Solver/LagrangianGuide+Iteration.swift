import Dispatch

extension LagrangianGuide {
    /// One subgradient iteration: solves the relaxation at the current multipliers (antennas
    /// in parallel), returns its value (a bound on the worth of any schedule when
    /// `boundIsValid`) and the candidates it chose (highest reduced worth first), then moves the multipliers towards
    /// `target` (the worth of the best schedule known).
    mutating func iterate(weights: [Double], target: Double, threads: Int) -> (bound: Double, chosen: [Int32]) {
        let problem = set.problem
        var reduced = [Double](repeating: 0, count: set.candidates.count)
        // The guarantee's multipliers, as a price per second of each partner's contact time.
        let fairWeights = partnerWeights.map { $0 - 1 }
        for (id, candidate) in set.candidates.enumerated() {
            guard available[id] else {
                reduced[id] = -1
                continue
            }
            var worth = candidate.value * weights[Int(candidate.partner)]
            worth += fairWeights[Int(candidate.partner)] * Double(candidate.length) / 1000
            worth -=
                countPrice[Int(candidate.request)] + totalPrice[Int(candidate.request)] * Double(candidate.length)
                / 1000
            for k in Int(cliqueStart[id])..<Int(cliqueStart[id + 1]) { worth -= cliquePrice[Int(cliqueList[k])] }
            reduced[id] = worth
        }
        self.reduced = reduced
        let antennaCount = problem.antennas.count
        var values = [Double](repeating: 0, count: antennaCount)
        var picks = [[Int32]](repeating: [], count: antennaCount)
        let set = self.set
        let worths = reduced
        values.withUnsafeMutableBufferPointer { valueBuffer in
            picks.withUnsafeMutableBufferPointer { pickBuffer in
                let valueSlots = DisjointSlots(base: valueBuffer.baseAddress!)
                let pickSlots = DisjointSlots(base: pickBuffer.baseAddress!)
                let work: @Sendable (Int) -> Void = { antenna in
                    let ids = set.byAntenna[antenna]
                    let worth = ids.map { worths[Int($0)] }
                    var best = [Double](repeating: 0, count: ids.count + 1)
                    let chosen = SearchState.intervals(predecessor: set.predecessor[antenna], worth: worth, best: &best)
                    valueSlots.base[antenna] = best[ids.count]
                    pickSlots.base[antenna] = chosen.map { ids[$0] }
                }
                if threads <= 1 {
                    for antenna in 0..<antennaCount { work(antenna) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: antennaCount, execute: work)
                }
            }
        }
        // Most valuable first (by reduced worth), so that a repair keeps the better of two rivals.
        let chosen = picks.flatMap { $0 }.sorted { a, b in
            let (x, y) = (reduced[Int(a)], reduced[Int(b)])
            return x != y ? x > y : a < b
        }
        var bound = values.reduce(0, +) + cliquePrice.reduce(0, +)
        for (index, request) in problem.requests.enumerated() {
            if countPrice[index] > 0 { bound += countPrice[index] * Double(request.maxContacts - fixedCount[index]) }
            if totalPrice[index] > 0 {
                bound += totalPrice[index] * Double(request.maxTotalMillis - fixedTotal[index]) / 1000
            }
        }
        // Ergodic average of the choices: 1/(k+1) at first, then a window of about 50 iterations.
        averaged += 1
        let rate = max(1 / Double(averaged), 0.02)
        for k in average.indices { average[k] *= 1 - rate }
        for id in chosen { average[Int(id)] += rate }
        if let fairness {
            for partner in fairPrice.indices where !shareCapped[partner] {
                bound -= fairPrice[partner] * (1 - fairness.tolerance) * Double(fairness.aloneMillis[partner]) / 1000
            }
        }
        step(chosen: chosen, bound: bound, target: target)
        return (bound, chosen)
    }

    /// Moves every multiplier against its subgradient with the Polyak step
    /// `factor × (bound − target) / ‖g‖²`, keeping them non-negative.
    mutating func step(chosen: [Int32], bound: Double, target: Double) {
        let problem = set.problem
        if !bestBound.isFinite || bound < bestBound - 1e-9 * max(1, abs(bestBound)) {
            bestBound = bound
            stalled = 0
        } else {
            stalled += 1
            if stalled >= 10 {
                factor = max(factor / 2, 1e-4)
                stalled = 0
            }
        }
        var received = [Double](repeating: 0, count: fairPrice.count)
        var inClique = [Int](repeating: 0, count: cliquePrice.count)
        var count = [Int](repeating: 0, count: problem.requests.count)
        var total = [Double](repeating: 0, count: problem.requests.count)
        for id in chosen {
            let candidate = set.candidates[Int(id)]
            for k in Int(cliqueStart[Int(id)])..<Int(cliqueStart[Int(id) + 1]) { inClique[Int(cliqueList[k])] += 1 }
            count[Int(candidate.request)] += 1
            received[Int(candidate.partner)] += Double(candidate.length) / 1000
            total[Int(candidate.request)] += Double(candidate.length) / 1000
        }
        // Subgradients (constraint slack, negated: positive when violated), projected so that
        // a multiplier at zero is not pushed below it.
        var cliqueGradient = [Double](repeating: 0, count: cliquePrice.count)
        var countGradient = [Double](repeating: 0, count: countPrice.count)
        var totalGradient = [Double](repeating: 0, count: totalPrice.count)
        var norm = 0.0
        for k in cliquePrice.indices {
            let g = Double(inClique[k] - 1)
            if g > 0 || cliquePrice[k] > 0 { cliqueGradient[k] = g; norm += g * g }
        }
        for (r, request) in problem.requests.enumerated() {
            if request.maxContacts != Int.max {
                let g = Double(count[r] - (request.maxContacts - fixedCount[r]))
                if g > 0 || countPrice[r] > 0 { countGradient[r] = g; norm += g * g }
            }
            if request.maxTotalMillis != Int.max {
                let g = (total[r] - Double(request.maxTotalMillis - fixedTotal[r]) / 1000) / 3600
                if g > 0 || totalPrice[r] > 0 { totalGradient[r] = g; norm += g * g }
            }
        }
        // The guarantee, in hours: positive when a partner receives less than it should.
        var fairGradient = [Double](repeating: 0, count: fairPrice.count)
        if let fairness {
            let delivered = received.reduce(0, +)
            for partner in fairPrice.indices {
                let owed =
                    shareCapped[partner]
                    ? fairness.shares[partner] * delivered : Double(fairness.aloneMillis[partner]) / 1000
                let g = ((1 - fairness.tolerance) * owed - received[partner]) / 3600
                if g > 0 || fairPrice[partner] > 0 { fairGradient[partner] = g; norm += g * g }
            }
        }
        guard norm > 0 else { return }
        let size = factor * max(bound - target, 1e-6 * max(1, abs(bound))) / norm
        for k in cliquePrice.indices where cliqueGradient[k] != 0 {
            cliquePrice[k] = max(0, cliquePrice[k] + size * cliqueGradient[k])
        }
        for partner in fairPrice.indices where fairGradient[partner] != 0 {
            fairPrice[partner] = max(0, fairPrice[partner] + size * fairGradient[partner] / 3600)
        }
        for r in countPrice.indices {
            if countGradient[r] != 0 { countPrice[r] = max(0, countPrice[r] + size * countGradient[r]) }
            if totalGradient[r] != 0 { totalPrice[r] = max(0, totalPrice[r] + size * totalGradient[r] / 3600) }
        }
    }
}
