/// How the re-planner runs: how strongly it holds on to announced contacts, its budget, its
/// seed and threads, and the fairness guarantee it checks.
///
/// With an `epochs` budget and no time limit a run is exactly repeatable (like
/// `SchedulerOptions`).
public struct ReplanOptions: Sendable, Hashable {
    /// The worth of keeping an announced contact exactly as announced, in seconds of routine
    /// contact time: a change that moves announced contacts is made only when it gains more
    /// than this for each contact it moves. 0 makes the repair a plain warm start.
    public var keepBonusSeconds: Double
    /// The seed of every random choice.
    public var seed: UInt64
    /// Wall-clock budget of the search after the first repair, seconds; nil for none (then
    /// `epochs` bounds it).
    public var timeLimitSeconds: Double?
    /// Epochs of ruin-and-recreate after the first repair; nil for none.
    public var epochs: Int?
    /// Ruin-and-recreate moves each chain makes per epoch.
    public var movesPerEpoch: Int
    /// Parallel search chains; they share the best selection after each epoch.
    public var threads: Int
    /// Each partner's contact time with the network to itself, seconds (e.g. the
    /// `SchedulerResult.aloneSeconds` of the announced schedule's run). When given, the repair
    /// holds the entitlement guarantee (`FairnessGuarantee`) with these caps, each lowered to
    /// what the partner could still get alone after the change (`ReplanResult.aloneSeconds`);
    /// when nil the guarantee is only reported, checked against each partner's wanted time.
    public var aloneSeconds: [Double]?
    /// True to run the solver's Lagrangian relaxation (rounding and dives) over the repair's
    /// candidates, bonuses included, for up to 60% of the time limit after the first repair.
    public var relaxation: Bool
    /// True to run the time limit on CPU time (the process's, divided by `threads`) instead of
    /// wall-clock time, as `SchedulerOptions.cpuBudget`: on a machine shared with other work the
    /// repair then does the same computing as on a quiet one.
    public var cpuBudget: Bool = false
    /// True to improve the first repair by ejection chains (insert a contact for a request that
    /// lost one by relocating what blocks it to another antenna or pass, two levels deep), for up
    /// to 30% of the time limit, before the relaxation.
    public var ejectionChains: Bool = true
    /// Each mission's floor, seconds, by mission id, when the announced schedule was solved with
    /// a mission floor (`SchedulerOptions.missionFloor`: pair `SchedulerResult.floorSeconds` with
    /// `CompiledProblem.missions`). The repair then holds these floors as hard constraints in
    /// place of the partner guarantee (a mission not named has none) and reports each mission it
    /// leaves short, and why, in `ReplanResult.floorShortfalls`. Nil (the default) for none.
    public var missionFloorSeconds: [String: Double]? = nil

    /// Creates options; the defaults hold each announced contact at 120 s (the best trade of
    /// moves against objective measured, docs/scheduling-log.md) and search for 1 s on two chains.
    public init(
        keepBonusSeconds: Double = 120, seed: UInt64 = 1, timeLimitSeconds: Double? = 1, epochs: Int? = nil,
        movesPerEpoch: Int = 10, threads: Int = 2, aloneSeconds: [Double]? = nil, relaxation: Bool = true
    ) {
        self.relaxation = relaxation
        self.keepBonusSeconds = keepBonusSeconds
        self.seed = seed
        self.timeLimitSeconds = timeLimitSeconds
        self.epochs = epochs
        self.movesPerEpoch = movesPerEpoch
        self.threads = threads
        self.aloneSeconds = aloneSeconds
    }
}
