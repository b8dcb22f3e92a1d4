extension Scheduler {
    /// The share of the budget at which settling under a found floor pauses to try lower floors
    /// (``relowerFloor(_:found:wanted:alone:aloneSchedules:guide:budget:atLeast:)``).
    static let relowerFrom = 0.82
    /// The share of the budget at which that try ends and settling resumes.
    static let relowerUntil = 0.92

    /// A found floor lowered from the settled schedule. The floor search ends on a schedule
    /// repaired to its floor, not packed; settling then adds hours at that floor (10–30 h on
    /// the DSN weeks), and from the packed schedule a lower floor is often a small repair. So
    /// settling pauses at ``relowerFrom`` of the budget, `U` is lowered by `floorStep` at a
    /// time from there (`smallestFloor` without its bisection and first test) until
    /// ``relowerUntil``, and settling then resumes at the lowest floor held to the end of the
    /// budget. The chains end on the schedule of that floor (the settled one when no lower
    /// floor holds). With a `margin`, settling resumes at that floor plus the margin (never
    /// above `found`, and none at the lowest floor possible, `MissionFloor.lowest`): the
    /// schedule holds it already, and the last packing may trade a little of the fairness won
    /// for served time. Returns the floor's `U` (never above `found`, nor below `atLeast`), its
    /// guarantee and the settling epochs run.
    func relowerFloor(
        _ chains: inout [SearchChain], found: Double, wanted: [Int], alone: [Int], aloneSchedules: [[Int32]],
        guide: LagrangianGuide, budget: Budget, atLeast: Double, margin: Double = 0
    ) -> (unsatisfied: Double, guarantee: FairnessGuarantee, epochs: Int) {
        let lowered = smallestFloor(
            &chains, wanted: wanted, alone: alone, aloneSchedules: aloneSchedules, guide: guide, steps: 0,
            deadline: budget.phaseDeadline(Self.relowerUntil), epochs: nil, atLeast: atLeast, triesLowest: false)
        // At the lowest floor any schedule can hold (a mission's alone time binds), no
        // schedule is fairer: the margin would only give that away.
        let atBound = lowered <= max(atLeast, MissionFloor.lowest(wanted: wanted, alone: alone)) + 1e-9
        // A given floor (`atLeast`) is held as given, even when a test held a lower one.
        let unsatisfied = max(atLeast, min(found, lowered + (atBound ? 0 : margin)))
        trace("relower: \(found) -> \(lowered), settling at \(unsatisfied)", 0)
        let guarantee = FairnessGuarantee.floor(
            MissionFloor.millis(unsatisfied: unsatisfied, wanted: wanted, alone: alone))
        for index in chains.indices {
            chains[index].guarantee = guarantee
            chains[index].repairDeadline = budget.end
            chains[index].repairClock = clock
        }
        defer { for index in chains.indices { chains[index].repairDeadline = nil } }
        let epochs = settle(&chains, guarantee: guarantee, epochs: nil, deadline: budget.phaseDeadline(1.0))
        return (unsatisfied, guarantee, epochs)
    }
}
