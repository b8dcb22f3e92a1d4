extension Scheduler {
    /// The fairness phases, from the chains' schedule (the throughput schedule, or one already
    /// repaired to hold `guarantee`): the guarantee joins the relaxation and the chains' score
    /// (`guidePhase` with the guarantee's multipliers as partner weights) until `guidedUntil` of
    /// the budget, then the dual phase (`dualPhase`, from `throughputState` and the throughput
    /// relaxation `guide`) until `settleFrom`; the chains take the best schedule that holds
    /// the guarantee of the first repaired one, the guided one (repaired at rising penalties
    /// first when a partner is short) and the dual one (the result repaired so when none
    /// holds); for a partner guarantee, exact neighbourhoods pack it (`improve`, at most a
    /// quarter of the time left), then the settling phase (`settle`) until `settleUntil` of the
    /// budget. Returns the relaxation's iterations and the epochs (dual rounds and settling
    /// epochs) run.
    func fairPhases(
        _ chains: inout [SearchChain], guide: LagrangianGuide, guarantee: FairnessGuarantee,
        aloneSchedules: [[Int32]], throughputState: SearchState, guidedUntil: Double, settleFrom: Double,
        budget: Budget, settleUntil: Double = 1.0
    ) -> (iterations: Int, epochs: Int) {
        for index in chains.indices {
            chains[index].guarantee = guarantee
            chains[index].aloneSchedules = aloneSchedules
            // No repair runs past the end of the budget.
            chains[index].repairDeadline = budget.end
            chains[index].repairClock = clock
        }
        defer { for index in chains.indices { chains[index].repairDeadline = nil } }
        Self.synchronise(&chains)
        var fairGuide = guide
        fairGuide.enforce(guarantee, delivered: chains[0].state.delivered)
        Self.escalate(&chains)
        // The guided phase's score prices a deficit at the penalty the repair stopped at, so it
        // may trade a schedule that holds for one that serves more and does not: the first
        // schedule that holds stays a candidate for the end.
        let repairedStart = chains[0].state
        var iterations = guidePhase(
            &chains, guide: &fairGuide, until: budget.phaseDeadline(guidedUntil), limit: budget.epochs.map { $0 * 5 })
        var guided = chains[0].state
        if !guarantee.holds(received: guided.received, delivered: guided.delivered) {
            // The guided phase's best score may still leave a partner short: a copy repaired at
            // rising penalties competes with the dual phase's schedule.
            var repaired = [chains[0]]
            Self.escalate(&repaired)
            guided = repaired[0].state
        }
        let (dual, dualRounds, dualIterations) = dualPhase(
            &chains, from: throughputState, guide: guide, guarantee: guarantee,
            rounds: budget.epochs.map { max(1, $0 - $0 / 2 - max(1, $0 / 4)) },
            deadline: budget.phaseDeadline(settleFrom))
        iterations += dualIterations
        var chosen = guided
        for state in [repairedStart, dual].compactMap({ $0 })
        where guarantee.holds(received: state.received, delivered: state.delivered) {
            let chosenHolds = guarantee.holds(received: chosen.received, delivered: chosen.delivered)
            if !chosenHolds || state.value > chosen.value { chosen = state }
        }
        let guidedHolds = guarantee.holds(received: guided.received, delivered: guided.delivered)
        for index in chains.indices { chains[index].state = chosen }
        trace(
            "start \(repairedStart.value), guided \(guided.value) (holds \(guidedHolds)), dual \(dual?.value ?? 0)", 0)
        if !guarantee.holds(received: chains[0].state.received, delivered: chains[0].state.delivered) {
            Self.escalate(&chains)
        }
        if !guarantee.fixed {
            // At most a quarter of the time left before settling ends.
            let repairDeadline = chains[0].repairDeadline
            if let end = budget.phaseDeadline(settleUntil) {
                let now = clock.now()
                chains[0].repairDeadline = now + (end > now ? (end - now) / 4 : 0)
            }
            Self.improve(&chains)
            chains[0].repairDeadline = repairDeadline
        }
        let settled = settle(
            &chains, guarantee: guarantee, epochs: budget.epochs.map { max(1, $0 / 4) },
            deadline: budget.phaseDeadline(settleUntil))
        return (iterations, dualRounds + settled)
    }
}

extension Scheduler {
    /// Chain 0 packs its schedule by exact neighbourhoods (`SearchChain.improveByWindows`) when
    /// it holds the guarantee; every chain then adopts it. On 200 spacecraft × 30 antennas × 7
    /// days (158 059 candidates) a pass takes 0.2 s.
    static func improve(_ chains: inout [SearchChain]) {
        let gained = chains[0].improveByWindows()
        guard gained > 0 else { return }
        trace("windows +\(gained)", 0)
        for index in chains.indices.dropFirst() { chains[index].state = chains[0].state }
    }
}
