/// A Lagrangian relaxation of the packing problem: the spacecraft constraints (one contact at
/// a time, as clique inequalities over each spacecraft's candidates) and the requests' count
/// and total limits are moved into the objective with multipliers, which leaves one weighted
/// interval scheduling problem per antenna, each solved exactly by dynamic programming.
///
/// Every iteration gives an upper bound on the best schedule's worth (when the problem has no
/// groups: group candidates are left out of the relaxation) and a choice per antenna that is
/// nearly feasible; multipliers follow the subgradient with Polyak steps towards the best
/// known schedule. The search uses the choices as starting points and the bound to report how
/// far from optimal it can be.
struct LagrangianGuide: Sendable {
    let set: CandidateSet
    /// For each candidate, the range of its cliques in `cliqueList`.
    let cliqueStart: [Int32]
    let cliqueList: [Int32]
    /// For each clique, its candidates.
    let memberStart: [Int32]
    let memberList: [Int32]
    /// Per-clique multipliers.
    var cliquePrice: [Double]
    /// Per-request multipliers on the count and on the total (per second).
    var countPrice: [Double]
    var totalPrice: [Double]
    /// True when the relaxation's value bounds every schedule (no group candidates).
    let boundIsValid: Bool
    /// The lowest bound seen.
    var bestBound = Double.infinity
    /// The average of the relaxation's choices over the iterations (1 for a candidate chosen
    /// every time): it tends to the LP optimum, which is nearly integral for these problems.
    var average: [Double]
    /// The guarantee relaxed with the other constraints, when fairness is enforced.
    var fairness: FairnessGuarantee?
    /// For each partner, true when its guarantee is `share × delivered` (below its alone time)
    /// in the schedule the caller last reported, false when it is its alone time.
    var shareCapped: [Bool]
    /// The guarantee's multipliers, per partner (per second of the partner's contact time).
    var fairPrice: [Double]
    /// False for candidates left out (they conflict with contacts fixed by a dive).
    var available: [Bool]
    /// Contacts and tracking time (ms) each request already has from fixed contacts.
    var fixedCount: [Int]
    var fixedTotal: [Int]
    /// Each candidate's worth less its share of the multipliers, at the last iteration.
    var reduced: [Double] = []
    /// Iterations averaged.
    var averaged = 0
    /// Polyak step factor, halved when the bound stalls.
    var factor = 1.0
    var stalled = 0

    init(set: CandidateSet) {
        self.set = set
        let problem = set.problem
        var cliquesOf = [[Int32]](repeating: [], count: set.candidates.count)
        var members: [[Int32]] = []
        var byCraft = [[Int32]](repeating: [], count: problem.simultaneous.count)
        for antenna in set.byAntenna.indices {
            for id in set.byAntenna[antenna] { byCraft[Int(set.candidates[Int(id)].spacecraft)].append(id) }
        }
        for (craft, ids) in byCraft.enumerated() where !problem.simultaneous[craft] {
            for clique in Self.maximalCliques(ids.map { (set.candidates[Int($0)].track, $0) }) {
                for id in clique { cliquesOf[Int(id)].append(Int32(members.count)) }
                members.append(clique)
            }
        }
        (cliqueStart, cliqueList) = Self.compressed(cliquesOf)
        (memberStart, memberList) = Self.compressed(members)
        cliquePrice = [Double](repeating: 0, count: members.count)
        countPrice = [Double](repeating: 0, count: problem.requests.count)
        totalPrice = [Double](repeating: 0, count: problem.requests.count)
        boundIsValid = set.groupCandidates.isEmpty
        average = [Double](repeating: 0, count: set.candidates.count)
        shareCapped = [Bool](repeating: true, count: set.accountCount)
        fairPrice = [Double](repeating: 0, count: set.accountCount)
        available = [Bool](repeating: true, count: set.candidates.count)
        fixedCount = [Int](repeating: 0, count: problem.requests.count)
        fixedTotal = [Int](repeating: 0, count: problem.requests.count)
    }

    /// What one second of each partner's contact time is worth under the guarantee's
    /// multipliers: `1 + ν_Q − (1 − tol) Σ_{P share-capped} ν_P share_P` (1 without fairness),
    /// at least 0.05. The search's best responses use these weights.
    var partnerWeights: [Double] {
        guard let fairness else { return [Double](repeating: 1, count: fairPrice.count) }
        let common =
            (1 - fairness.tolerance)
            * fairPrice.indices.reduce(0.0) { total, partner in
                total + (shareCapped[partner] ? fairPrice[partner] * fairness.shares[partner] : 0)
            }
        return fairPrice.map { max(0.05, 1 + $0 - common) }
    }

    /// Relaxes the guarantee too, with each partner's guarantee share-based or alone-based as
    /// in a schedule delivering `delivered` ms; `restart` resets the step control (the
    /// problem's bound changes when the guarantee is first added).
    mutating func enforce(_ guarantee: FairnessGuarantee, delivered: Int, restart: Bool = true) {
        fairness = guarantee
        for partner in shareCapped.indices {
            shareCapped[partner] = guarantee.isShareBased(partner, delivered: delivered)
        }
        guard restart else { return }
        bestBound = .infinity
        factor = max(factor, 0.25)
        stalled = 0
    }

    /// The relaxation of what is left once `state`'s contacts are fixed: only candidates that
    /// still fit stay available, requests keep the room left. Multipliers are kept (a warm
    /// start), the average restarts.
    func residual(after state: SearchState) -> LagrangianGuide {
        var copy = self
        for id in copy.available.indices { copy.available[id] = state.fits(Int32(id)) }
        copy.fixedCount = state.count
        copy.fixedTotal = state.total
        copy.average = [Double](repeating: 0, count: set.candidates.count)
        copy.averaged = 0
        copy.bestBound = .infinity
        copy.factor = max(factor, 0.1)
        copy.stalled = 0
        return copy
    }

    /// The candidates worth trying, most often chosen by the relaxation first (ties by value):
    /// the rounding order of the averaged solution.
    /// With `noise`, each candidate's average is perturbed by up to that much (uniformly, from
    /// `random`), for varied roundings.
    func roundingOrder(threshold: Double = 0.02, noise: Double = 0, random: inout SplitMix) -> [Int32] {
        let ids = average.indices.filter { average[$0] > threshold }
        let keys = ids.map { average[$0] + (noise > 0 ? noise * random.unit() : 0) }
        return ids.indices.sorted { a, b in
            keys[a] != keys[b]
                ? keys[a] > keys[b]
                : (set.candidates[ids[a]].value != set.candidates[ids[b]].value
                    ? set.candidates[ids[a]].value > set.candidates[ids[b]].value : ids[a] < ids[b])
        }.map { Int32(ids[$0]) }
    }

    /// Maximal cliques (two or more members) of half-open spans: the members open just
    /// before each end that follows a start.
    static func maximalCliques(_ spans: [(MilliSpan, Int32)]) -> [[Int32]] {
        var events: [(time: Int, opens: Bool, id: Int32)] = []
        for (span, id) in spans {
            events.append((span.start, true, id))
            events.append((span.end, false, id))
        }
        events.sort {
            $0.time != $1.time ? $0.time < $1.time : (!$0.opens && $1.opens) || ($0.opens == $1.opens && $0.id < $1.id)
        }
        var open: [Int32] = []
        var cliques: [[Int32]] = []
        var grew = false
        for event in events {
            if event.opens {
                open.append(event.id)
                grew = true
            } else {
                if grew && open.count > 1 { cliques.append(open.sorted()) }
                open.removeAll { $0 == event.id }
                grew = false
            }
        }
        return cliques
    }

    /// Lists as one flat array with start offsets.
    static func compressed(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for list in lists {
            flat.append(contentsOf: list)
            starts.append(Int32(flat.count))
        }
        return (starts, flat)
    }
}
