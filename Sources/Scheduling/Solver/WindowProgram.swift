/// The 0-1 program of re-choosing a window's contacts with the rest of a schedule fixed:
/// maximize the chosen candidates' worth subject to every rule of the search (``SearchState``)
/// as linear rows. Antennas, spacecraft and a request's minimum gap become maximal-clique rows
/// (their conflicts are interval graphs, whose clique rows describe them exactly); a request's
/// count and total limits and each account's floor become one row each, with the room the
/// fixed contacts leave.
///
/// Built in plain Swift, so that it is tested without a solver; ``CBCSolver`` hands it to
/// COIN-OR CBC as MPS (``mps``).
struct WindowProgram: Sendable {
    /// One linear row: `lower ≤ Σ coefficient × x[column] ≤ upper`.
    struct Row: Sendable, Equatable {
        var lower: Double
        var upper: Double
        var columns: [Int32]
        var coefficients: [Double]
    }

    /// The candidate of each column.
    let candidates: [Int32]
    /// The worth of each column: the candidate's value, or what a caller prices it at (an
    /// alone schedule counts tracking seconds, `AloneSearch.solveExactly`).
    var worth: [Double]
    let rows: [Row]
    /// Soft lower targets (a floor being lowered toward): each row's `lower` is the time
    /// wanted, seconds; what is missing (the shortfall) costs `penalty` per second.
    let targets: [Row]
    /// The price of a second of shortfall below a target, in worth.
    let penalty: Double

    /// The program over `free` (candidates of `fixed.set`) with `fixed`'s contacts kept: only
    /// the free candidates that fit beside the fixed ones become columns. With `floorMillis`,
    /// each account must receive at least its floor in all, or what `fixed` plus `held` gives
    /// it when that is less (a floor the schedule does not hold is not asked for). With
    /// `targetMillis`, each account short of its target in all is asked for the rest softly:
    /// every second missing costs `penalty`.
    init(
        fixed: SearchState, free: [Int32], floorMillis: [Int]? = nil, held: [Int]? = nil, targetMillis: [Int]? = nil,
        penalty: Double = 0
    ) {
        let set = fixed.set
        let problem = set.problem
        let columns = free.filter { fixed.fits($0) }
        candidates = columns
        worth = columns.map { set.candidates[Int($0)].value }
        var column = [Int32: Int32](minimumCapacity: columns.count)
        for (index, id) in columns.enumerated() { column[id] = Int32(index) }
        var rows: [Row] = []
        func addCliques(_ spans: [(MilliSpan, Int32)]) {
            for clique in LagrangianGuide.maximalCliques(spans) {
                rows.append(
                    Row(
                        lower: -.infinity, upper: 1, columns: clique.map { column[$0]! },
                        coefficients: [Double](repeating: 1, count: clique.count)))
            }
        }
        var byAntenna = [[(MilliSpan, Int32)]](repeating: [], count: problem.antennas.count)
        var byCraft = [[(MilliSpan, Int32)]](repeating: [], count: problem.simultaneous.count)
        var byRequest = [Int: [Int32]]()
        for id in columns {
            let candidate = set.candidates[Int(id)]
            for antenna in problem.resources[Int(candidate.resource)].members {
                byAntenna[antenna].append((candidate.busy, id))
            }
            if !problem.simultaneous[Int(candidate.spacecraft)] {
                byCraft[Int(candidate.spacecraft)].append((candidate.track, id))
            }
            byRequest[Int(candidate.request), default: []].append(id)
        }
        byAntenna.forEach(addCliques)
        byCraft.forEach(addCliques)
        for (request, ids) in byRequest.sorted(by: { $0.key < $1.key }) {
            let model = problem.requests[request]
            if model.minGapMillis > 0 {
                let gap = model.minGapMillis
                addCliques(
                    ids.map {
                        (MilliSpan(set.candidates[Int($0)].track.start, set.candidates[Int($0)].track.end + gap), $0)
                    })
            }
            let roomCount = model.maxContacts - fixed.count[request]
            if roomCount < ids.count {
                rows.append(
                    Row(
                        lower: -.infinity, upper: Double(roomCount), columns: ids.map { column[$0]! },
                        coefficients: [Double](repeating: 1, count: ids.count)))
            }
            let lengths = ids.map { set.candidates[Int($0)].length }
            let roomTotal = model.maxTotalMillis - fixed.total[request]
            if roomTotal < lengths.reduce(0, +) {
                rows.append(
                    Row(
                        lower: -.infinity, upper: Double(roomTotal) / 1000, columns: ids.map { column[$0]! },
                        coefficients: lengths.map { Double($0) / 1000 }))
            }
        }
        var byAccount = [[Int32]](repeating: [], count: set.accountCount)
        for id in columns { byAccount[Int(set.candidates[Int(id)].partner)].append(id) }
        var targets: [Row] = []
        if let targetMillis {
            for account in byAccount.indices where !byAccount[account].isEmpty {
                let needed = targetMillis[account] - fixed.received[account]
                guard needed > 0 else { continue }
                let ids = byAccount[account]
                targets.append(
                    Row(
                        lower: Double(needed) / 1000, upper: .infinity, columns: ids.map { column[$0]! },
                        coefficients: ids.map { Double(set.candidates[Int($0)].length) / 1000 }))
            }
        }
        self.targets = targets
        self.penalty = penalty
        if let floorMillis {
            for account in byAccount.indices where !byAccount[account].isEmpty {
                let floor = min(floorMillis[account], held?[account] ?? Int.max)
                let needed = floor - fixed.received[account]
                guard needed > 0 else { continue }
                let ids = byAccount[account]
                rows.append(
                    Row(
                        lower: Double(needed) / 1000 - 1e-6, upper: .infinity, columns: ids.map { column[$0]! },
                        coefficients: ids.map { Double(set.candidates[Int($0)].length) / 1000 }))
            }
        }
        self.rows = rows
    }

    /// True for each candidate of `set` whose request has a minimum number of contacts ("none
    /// or at least that many"): no program has a row for that rule, so such contacts stay as
    /// the schedule has them (the exact windows and the exact alone schedules).
    static func keeps(in set: CandidateSet) -> [Bool] {
        set.candidates.map { set.problem.requests[Int($0.request)].minContacts > 1 }
    }

    /// The columns' worth, for a 0-1 choice, less the price of its shortfall below the
    /// targets.
    func worth(of choice: [Bool]) -> Double {
        zip(worth, choice).reduce(0) { $0 + ($1.1 ? $1.0 : 0) } - penalty * shortfall(of: choice)
    }

    /// Seconds missing below the targets, for a 0-1 choice.
    func shortfall(of choice: [Bool]) -> Double {
        targets.reduce(0) { total, target in
            var sum = 0.0
            for (column, coefficient) in zip(target.columns, target.coefficients) where choice[Int(column)] {
                sum += coefficient
            }
            return total + max(0, target.lower - sum)
        }
    }

    /// True when the 0-1 `choice` satisfies every row (within a microsecond of tracking).
    func isFeasible(_ choice: [Bool]) -> Bool {
        rows.allSatisfy { row in
            var sum = 0.0
            for (column, coefficient) in zip(row.columns, row.coefficients) where choice[Int(column)] {
                sum += coefficient
            }
            return sum >= row.lower - 1e-6 && sum <= row.upper + 1e-6
        }
    }
}
