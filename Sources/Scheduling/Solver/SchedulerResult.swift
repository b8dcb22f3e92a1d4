/// What a solver run produced: the schedule, its metrics and how the run went.
public struct SchedulerResult: Sendable {
    /// The schedule found.
    public var schedule: Schedule
    /// Its metrics, with the guarantee checked against ``aloneSeconds``.
    public var metrics: ScheduleMetrics
    /// Served time of the best schedule found while maximising throughput alone, seconds
    /// (before fairness was enforced); with ``ScheduleMetrics/servedSeconds`` it estimates the
    /// price of fairness.
    public var throughputServedSeconds: Double
    /// Each partner's contact time with the network to itself, seconds (given or computed).
    public var aloneSeconds: [Double]
    /// Served time of the first complete schedule (coordinate ascent from nothing), seconds.
    public var constructionServedSeconds: Double
    /// Epochs of the main search run (throughput and fairness phases together).
    public var epochs: Int
    /// Ruin-and-recreate moves made by all chains.
    public var moves: Int
    /// Candidate contacts considered.
    public var candidateCount: Int
    /// An upper bound on the served time (priority-weighted) of any schedule, from the
    /// Lagrangian relaxation; nil when the problem has groups (the relaxation leaves them out).
    public var upperBoundSeconds: Double?
    /// Subgradient iterations of the relaxation.
    public var guideIterations: Int
    /// Time taken, seconds, on the budget's clock (wall-clock, or CPU time per thread with
    /// `SchedulerOptions.cpuBudget`).
    public var elapsedSeconds: Double
    /// With a mission floor: the floor's unsatisfied fraction `U` held (given or found).
    public var floorUnsatisfied: Double? = nil
    /// With a mission floor: each mission's floor, seconds, in the order of
    /// `CompiledProblem.missions`.
    public var floorSeconds: [Double]? = nil
    /// With a mission floor: each mission's alone time, seconds (given or computed).
    public var missionAloneSeconds: [Double]? = nil
    /// With a mission floor: true when every mission of the schedule receives its floor (to 1 ms,
    /// each request counted up to its want).
    public var floorHolds: Bool? = nil

    /// The price of fairness: the fraction of throughput-only served time given up.
    public var priceOfFairness: Double {
        throughputServedSeconds > 0 ? max(0, 1 - metrics.servedSeconds / throughputServedSeconds) : 0
    }
}

extension SchedulerResult {
    /// Records a mission floor's outcome: `U`, each mission's floor and alone time, and whether
    /// the schedule serving `served[r]` to request `r` gives every mission its floor (each
    /// request counted up to its want, to 1 ms).
    mutating func recordFloor(
        unsatisfied: Double, floorMillis: [Int], aloneMillis: [Int], served: [Int], problem: CompiledProblem
    ) {
        var received = [Int](repeating: 0, count: problem.missions.count)
        for (index, request) in problem.requests.enumerated() {
            received[request.mission] += min(served[index], request.wantedMillis)
        }
        floorUnsatisfied = unsatisfied
        floorSeconds = floorMillis.map { Double($0) / 1000 }
        missionAloneSeconds = aloneMillis.map { Double($0) / 1000 }
        floorHolds = received.indices.allSatisfy { received[$0] >= floorMillis[$0] - 1 }
    }
}
