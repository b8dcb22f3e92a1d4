import Dispatch

/// The scheduling engine: finds a conflict-free schedule that serves as much contact time as
/// it can while holding every partner within the problem's tolerance of its entitlement
/// guarantee (`FairnessGuarantee`).
///
/// The run has three phases, sharing the budget 15 / 35 / 50%:
/// 1. each partner's contact time with the network to itself (the guarantee's cap), by the
///    same search on that partner's requests alone, partners in parallel;
/// 2. throughput: every chain builds a schedule by coordinate ascent (each antenna's best
///    response by weighted interval scheduling), then improves it by ruin-and-recreate and
///    ejection moves; chains run on separate cores and share the best schedule each epoch;
/// 3. fairness: from the throughput schedule, moves are judged by served time less a
///    penalty on every partner's deficit, while partners short of their guarantee gain
///    weight in the best responses until none is short; the end of the budget (the last
///    quarter; under a mission floor, all the floor search leaves) settles the fair schedule
///    (`settle`): the throughput phase's local search, its recreate giving the partners a ruin
///    left short their time back first. Under a floor found on a time budget, settling pauses
///    at 82% to lower the floor from the packed schedule (`relowerFloor`).
/// Flexible contacts are finally stretched into the free time around them.
public struct Scheduler: Sendable {
    /// The problem solved.
    public let problem: CompiledProblem
    /// How the solver runs.
    public var options: SchedulerOptions

    /// Prepares a run.
    public init(problem: CompiledProblem, options: SchedulerOptions = SchedulerOptions()) {
        self.problem = problem
        self.options = options
    }

    /// Runs the solver.
    public func solve() -> SchedulerResult {
        let started = clock.now()
        let floor = options.missionFloor
        var set = CandidateSet(problem: problem, byMission: floor != nil)
        let budget = Budget(options: options, started: started)
        let enforce = options.enforceFairness || floor != nil
        // The floor search takes a larger share: throughput to 40%, the floor to 65%.
        let findsFloor = floor != nil
        var alone: [Int]
        var aloneSchedules = [[Int32]](repeating: [], count: set.accountCount)
        let requesting = Set(problem.requests.map { set.account(of: $0) })
        if enforce && (requesting.count > 1 || floor != nil) {
            let found = aloneMillis(
                until: budget.phaseDeadline(0.15), epochs: budget.epochs.map { max(1, $0 / 4) }, full: set,
                solver: floor != nil && options.exactWindowShare > 0 ? options.windowSolver : nil)
            alone = found.millis
            (set, aloneSchedules) = set.including(found.schedules)
        } else {
            alone = wantedMillis(set)
        }
        if let given = floor == nil ? options.aloneSeconds : floor?.aloneSeconds {
            alone = given.map { Int(($0 * 1000).rounded()) }
        }
        var guarantee = FairnessGuarantee(
            shares: problem.shares, aloneMillis: alone, tolerance: problem.problem.fairnessTolerance)
        let threads = max(1, options.threads)
        var chains = (0..<threads).map { index in
            SearchChain(
                state: SearchState(set: set), random: SplitMix(seed: Self.mix(options.seed, UInt64(index))),
                weights: [Double](repeating: 1, count: set.accountCount), guarantee: nil, index: index)
        }
        trace("candidates \(set.candidates.count), alone \(alone)", started)
        Self.parallel(&chains) { $0.descend(rounds: 2) }
        Self.synchronise(&chains)
        let construction = chains[0].state.delivered
        trace("construction \(construction)", started)
        var guide = LagrangianGuide(set: set)
        var iterations = guidePhase(
            &chains, guide: &guide, until: budget.phaseDeadline(enforce ? (findsFloor ? 0.3 : 0.35) : 0.7),
            limit: budget.epochs.map { $0 * 10 })
        let bound = guide.boundIsValid && guide.bestBound.isFinite ? guide.bestBound / 1 : nil
        let refineEvery = options.refineEvery
        if refineEvery > 0 { refine(&chains) }
        var throughputEpochs = 0
        var epochs = runEpochs(
            &chains, epochs: budget.epochs.map { enforce ? max(1, $0 / 2) : $0 },
            deadline: budget.phaseDeadline(enforce ? (findsFloor ? 0.4 : 0.5) : 1.0),
            adapt: refineEvery <= 0
                ? nil
                : { chains in
                    throughputEpochs += 1
                    if throughputEpochs % refineEvery == 0 { self.refine(&chains) }
                })
        guide = guide.moved(to: chains[0].state.set)
        let throughput = chains[0].state.delivered
        trace("throughput \(throughput), bound \(bound ?? .nan), epochs \(epochs)", started)
        var floorU: Double? = nil
        if enforce {
            var throughputState = chains[0].state
            var guidedUntil = 0.6
            var settleFrom = 0.75
            if let floor {
                let wanted = wantedMillis(set)
                // A given floor is where the search stops: reached from the throughput schedule
                // through the floors above it, as a found one is.
                let found = smallestFloor(
                    &chains, wanted: wanted, alone: alone, aloneSchedules: aloneSchedules, guide: guide,
                    steps: floor.bisectionSteps, deadline: budget.phaseDeadline(Self.floorSearchUntil),
                    epochs: budget.epochs,
                    atLeast: floor.unsatisfied ?? 0)
                // A floor test may reach below a given floor; settling holds the floor given,
                // which leaves the most room for served time.
                let held = max(found, floor.unsatisfied ?? 0)
                floorU = held
                // Under a floor, settling packs better than the guided and dual phases: it
                // takes all the time the floor search leaves (which may end before 65%).
                guidedUntil = 0
                settleFrom = 0
                guarantee = .floor(MissionFloor.millis(unsatisfied: held, wanted: wanted, alone: alone))
                // Settling packs over a finer grid; every schedule and relaxation the fair
                // phases start from moves onto it.
                if options.settlesOnFinerGrid && moveToFinerGrid(&chains) > 0 {
                    guide = guide.moved(to: chains[0].state.set)
                    throughputState = throughputState.moved(to: chains[0].state.set)
                }
            }
            // Under a floor found on a time budget, settling pauses to try lower floors from the
            // packed schedule (`relowerFloor`).
            let relowers = floor != nil && budget.epochs == nil
            let (fairIterations, fairEpochs) = fairPhases(
                &chains, guide: guide, guarantee: guarantee, aloneSchedules: aloneSchedules,
                throughputState: throughputState, guidedUntil: guidedUntil, settleFrom: settleFrom,
                budget: budget, settleUntil: relowers ? Self.relowerFrom : 1.0)
            iterations += fairIterations
            epochs += fairEpochs
            if relowers, let floor, let found = floorU {
                // A given floor is held as given: no margin above it.
                let lowered = relowerFloor(
                    &chains, found: found, wanted: wantedMillis(set), alone: alone, aloneSchedules: aloneSchedules,
                    guide: guide, budget: budget, atLeast: floor.unsatisfied ?? 0,
                    margin: floor.unsatisfied == nil ? floor.margin : 0)
                floorU = lowered.unsatisfied
                guarantee = lowered.guarantee
                epochs += lowered.epochs
            }
            trace("fair \(chains[0].state.delivered), epochs \(epochs)", started)
        }
        var final = chains[0].state
        final.completingShortRequests(guarantee: enforce ? guarantee : nil)
        final.droppingShortRequests()
        var contacts = grown(final)
        if let solver = options.windowSolver, options.exactWindowShare > 0, floor != nil || !enforce {
            let windowFloor = floorU.map {
                WindowFloor(
                    unsatisfied: $0, given: floor?.unsatisfied, wanted: wantedMillis(final.set), alone: alone)
            }
            let windows = exactWindows(
                contacts, over: final.set, solver: solver, floor: windowFloor, deadline: budget.windowsEnd,
                started: started)
            contacts = windows.placed
            if let lowered = windows.floor, lowered != windowFloor {
                floorU = lowered.unsatisfied
                guarantee = .floor(lowered.millis)
            }
        }
        if enforce && floor == nil,
            !guarantee.holds(
                received: Self.receivedMillis(contacts, problem: problem), delivered: contacts.trackingMillis),
            guarantee.holds(received: final.received, delivered: final.delivered)
        {
            // The growth broke a partner guarantee the search held (the share part of every
            // guarantee grows with the time delivered): as little of it is given back as
            // holds it again.
            let grownMillis = contacts.trackingMillis
            contacts = GrowthTrim(problem: problem, guarantee: guarantee).trimmed(
                contacts, baseReceived: final.received, baseDelivered: final.delivered)
            trace(
                "growth \(final.delivered) -> \(grownMillis) breaks the guarantee, trimmed to \(contacts.trackingMillis)",
                0)
        }
        let schedule = Schedule(problem: problem.problem.name, contacts: contacts.map { $0.contact(in: problem) })
        let served = Self.servedMillis(contacts, requestCount: problem.requests.count)
        let metrics = ScheduleMetrics(
            problem: problem, servedMillis: served, contactCount: contacts.count,
            aloneMillis: floor == nil ? alone : nil)
        let elapsed = Double(clock.now() - started) / 1e9
        var result = SchedulerResult(
            schedule: schedule, metrics: metrics, throughputServedSeconds: Double(throughput) / 1000,
            aloneSeconds: floor == nil ? alone.map { Double($0) / 1000 } : [],
            constructionServedSeconds: Double(construction) / 1000,
            epochs: epochs, moves: chains.reduce(0) { $0 + $1.moves }, candidateCount: final.set.candidates.count,
            upperBoundSeconds: bound, guideIterations: iterations,
            elapsedSeconds: elapsed)
        if let floorU {
            result.recordFloor(
                unsatisfied: floorU, floorMillis: guarantee.aloneMillis, aloneMillis: alone, served: served,
                problem: problem)
        }
        return result
    }

    /// The clock the budget runs on.
    var clock: SolverClock { SolverClock(cpu: options.cpuBudget, threads: max(1, options.threads)) }

    /// Each account's (partner's, or mission's when `set` accounts by mission) wanted time, the
    /// stand-in for its alone time when it is not computed.
    func wantedMillis(_ set: CandidateSet) -> [Int] {
        var wanted = [Int](repeating: 0, count: set.accountCount)
        for request in problem.requests { wanted[set.account(of: request)] += request.wantedMillis }
        return wanted
    }

    /// Tracking time per request of placed contacts, milliseconds.
    static func servedMillis(_ placed: [Stretcher.Placed], requestCount: Int) -> [Int] {
        var served = [Int](repeating: 0, count: requestCount)
        for contact in placed { served[contact.request] += contact.track.length }
        return served
    }

    /// A seed for chain `index` derived from the run's seed.
    static func mix(_ seed: UInt64, _ index: UInt64) -> UInt64 {
        var generator = SplitMix(seed: seed &+ 0x632B_E59B_D9B4_E019 &* (index + 1))
        return generator.next()
    }
}
