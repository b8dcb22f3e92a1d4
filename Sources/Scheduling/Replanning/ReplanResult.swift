/// What a re-plan produced: the repaired schedule, how it differs from the announced one and
/// why, its metrics and how the run went.
public struct ReplanResult: Sendable {
    /// The repaired schedule, valid for the changed problem.
    public var schedule: Schedule
    /// Contact by contact against the announced schedule (see `ScheduleChanges` for what
    /// counts as moved).
    public var changes: ScheduleChanges
    /// Announced contacts the change forbids: the moves no repair can avoid.
    public var invalidated: [InvalidatedContact]
    /// Announced contacts inside the frozen horizon, all kept exactly unless invalidated.
    public var frozenKept: [Contact]
    /// Frozen contacts the change forbids (dropped and reported, never moved).
    public var frozenDropped: [Contact]
    /// The repaired schedule's metrics (the guarantee checked against
    /// `ReplanOptions.aloneSeconds`, or each partner's wanted time).
    public var metrics: ScheduleMetrics
    /// With `ReplanOptions.aloneSeconds`: each partner's alone time the repair held and its
    /// metrics check, seconds: the given one, capped by what the partner could still get with
    /// the network to itself after the change (`Replanner.aloneAfterChange`). Nil otherwise.
    public var aloneSeconds: [Double]? = nil
    /// With `ReplanOptions.missionFloorSeconds`: true when every mission receives its floor
    /// (to 1 ms, each request counted up to its want); nil without a floor.
    public var floorHolds: Bool? = nil
    /// With a floor: the missions left below it, and why (empty when it holds).
    public var floorShortfalls: [FloorShortfall] = []
    /// Ruin-and-recreate epochs run after the first repair.
    public var epochs: Int
    /// Wall-clock time, seconds.
    public var elapsedSeconds: Double

    /// Announced contacts not kept exactly (`changes.moved`).
    public var moved: Int { changes.moved }
    /// Moves beyond those the change forces (`moved − invalidated`).
    public var discretionaryMoves: Int { max(0, changes.moved - invalidated.count) }
}
