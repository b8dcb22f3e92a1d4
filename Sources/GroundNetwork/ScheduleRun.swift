/// How a solver run went, kept with the schedule: the options and the solver's own figures.
public struct ScheduleRun: Codable, Sendable, Hashable {
    /// The seed.
    public var seed: UInt64
    /// The time limit, seconds.
    public var timeLimitSeconds: Double
    /// Wall-clock time of the solve, seconds.
    public var elapsedSeconds: Double
    /// The Lagrangian upper bound on priority-weighted served time, seconds, when valid.
    public var upperBoundSeconds: Double?
    /// Served time given up for fairness, a fraction.
    public var priceOfFairness: Double
    /// The default requests the builder added.
    public var defaultRequests: Int
    /// What the builder left out, one sentence each.
    public var notes: [String]

    /// Creates a run summary.
    public init(
        seed: UInt64, timeLimitSeconds: Double, elapsedSeconds: Double, upperBoundSeconds: Double?,
        priceOfFairness: Double, defaultRequests: Int, notes: [String]
    ) {
        self.seed = seed
        self.timeLimitSeconds = timeLimitSeconds
        self.elapsedSeconds = elapsedSeconds
        self.upperBoundSeconds = upperBoundSeconds
        self.priceOfFairness = priceOfFairness
        self.defaultRequests = defaultRequests
        self.notes = notes
    }
}
