/// How the solver runs: its seed, its budget and how many threads it uses.
///
/// The result is a deterministic function of the problem, the seed, `threads` and the number
/// of epochs run. With an `epochs` budget alone a run is exactly repeatable; with a time
/// limit it stops at the first epoch boundary past the limit and reports the epochs it ran
/// (`SchedulerResult.epochs`), so a run can be repeated by giving that number.
public struct SchedulerOptions: Sendable, Hashable {
    /// The seed of every random choice.
    public var seed: UInt64
    /// Wall-clock budget, seconds; nil for none (then `epochs` must be set).
    public var timeLimitSeconds: Double?
    /// Budget in epochs of the main search; nil for none.
    public var epochs: Int?
    /// Ruin-and-recreate moves each chain makes per epoch.
    public var movesPerEpoch: Int
    /// Parallel search chains (one per core); chains share the best selection after each epoch.
    public var threads: Int
    /// True to hold every partner within the problem's tolerance of its entitlement guarantee;
    /// false to maximise served time alone.
    public var enforceFairness: Bool
    /// Each partner's contact time with the network to itself, seconds, when known (for
    /// example from an exact solver); computed by the solver when nil.
    public var aloneSeconds: [Double]?
    /// True to run the time limit on CPU time (the process's, divided by `threads`) instead of
    /// wall-clock time: on a machine shared with other work the run then does the same
    /// computing as on a quiet one. Results stay deterministic only with an `epochs` budget.
    public var cpuBudget: Bool = false
    /// A floor under every mission (`MissionFloor`), held as a hard constraint in place of the
    /// partner guarantee; nil (the default) for none.
    public var missionFloor: MissionFloor? = nil
    /// Every how many epochs of the throughput search the candidate set grows around the
    /// best schedule (`CandidateSet.refined(around:)`: flexible tracks fitted to the free
    /// time the schedule leaves); 0 never grows it. Problems with full-pass requests only
    /// gain nothing from it.
    public var refineEvery: Int = 4
    /// Whether the final contacts slide along their antennas so that others can grow into the
    /// time a neighbour blocked (`Shifter`): no contact shortens, so every floor and guarantee
    /// still holds. On by default; off reproduces the stretched schedule alone.
    public var shiftsContacts: Bool = true
    /// Whether, under a mission floor, settling and the relowering run over the candidate set
    /// grown by a finer grid of flexible tracks (`CandidateSet.withFinerGrid()`): more
    /// lengths and positions for the swaps that pack the fair schedule. On by default; off
    /// settles over the search's own set.
    public var settlesOnFinerGrid: Bool = true
    /// The share of the time limit kept, at the end, for re-choosing the schedule's windows
    /// exactly with `windowSolver` (`Scheduler.exactWindows`): 0 (the default) for none. The
    /// windows run under a mission floor or without fairness, not under the partner guarantee.
    public var exactWindowShare: Double = 0
    /// The MILP solver of the exact windows (`CBCSolver.onPath()` finds Debian's `cbc`); nil
    /// (the default) for none, and then `exactWindowShare` goes to the search.
    public var windowSolver: CBCSolver? = nil

    /// Creates options; the defaults run two chains for up to 10 s with fairness enforced.
    public init(
        seed: UInt64 = 1, timeLimitSeconds: Double? = 10, epochs: Int? = nil, movesPerEpoch: Int = 10,
        threads: Int = 2, enforceFairness: Bool = true, aloneSeconds: [Double]? = nil
    ) {
        self.seed = seed
        self.timeLimitSeconds = timeLimitSeconds
        self.epochs = epochs
        self.movesPerEpoch = movesPerEpoch
        self.threads = threads
        self.enforceFairness = enforceFairness
        self.aloneSeconds = aloneSeconds
    }
}
