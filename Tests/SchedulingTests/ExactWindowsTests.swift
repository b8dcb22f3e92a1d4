import Testing

@testable import Scheduling

/// The exact windows (`Scheduler.exactWindows`), solved with CBC when `cbc` is on PATH.
@Suite("Solver: exact windows")
struct ExactWindowsTests {
    /// Random full-pass instances (12 spacecraft, 3 antennas, 3000 s: one day window holds
    /// them all) started from one contact: the windows return a valid schedule, worth no less,
    /// within the brute-force optimum over the same candidates, and reach it on most seeds
    /// (the support is a heuristic, so not on all).
    @Test(
        "from one contact to a valid schedule no worse, mostly the optimum",
        .enabled(if: CBCSolver.onPath() != nil, "cbc not on PATH: skipped"))
    func fromOneContact() throws {
        let solver = try #require(CBCSolver.onPath())
        var optimal = 0
        for seed in UInt64(1)...8 {
            var random = TestRandom(seed: seed)
            let problem = SolverTests.randomInstance(&random, spacecraft: 6, antennas: 2)
            let compiled = try CompiledProblem(problem)
            let set = CandidateSet(problem: compiled)
            let first = set.candidates[0]
            let start = [Stretcher.Placed(first)]
            let scheduler = Scheduler(
                problem: compiled, options: SchedulerOptions(seed: 1, timeLimitSeconds: nil, epochs: 1, threads: 2))
            let placed = scheduler.exactWindows(
                start, over: set, solver: solver, floor: nil, deadline: nil, started: 0
            ).placed
            let schedule = Schedule(contacts: placed.map { $0.contact(in: compiled) })
            #expect(ScheduleValidator(problem: problem).violations(of: schedule).isEmpty, "seed \(seed)")
            let served = Double(placed.trackingMillis) / 1000
            let optimum = BruteForce.optimum(problem)
            #expect(served >= Double(first.length) / 1000, "seed \(seed)")
            #expect(served <= optimum + 1e-6, "seed \(seed)")
            if abs(served - optimum) < 1e-3 { optimal += 1 }
        }
        #expect(optimal >= 6)
    }

    /// Two windows solved at once each get half of every mission's room above its floor (the
    /// floor capped by what the mission held); a mission below it gets no room.
    @Test("two windows at once share each mission's room above its floor")
    func halvedRoom() throws {
        let set = CandidateSet(problem: try CompiledProblem(SettleTests.problem()), byMission: true)
        var state = SearchState(set: set)
        state.insert(Int32(set.candidates.firstIndex { $0.request == 0 }!))
        #expect(state.received == [1_000_000, 0])
        let context = WindowContext(
            keeps: [], floorMillis: [600_000, 500_000], held: [2_000_000, 300_000], deadline: nil)
        let halves = context.halved(at: state)
        #expect(halves.floorMillis == [800_000, 300_000])
        #expect(halves.held == [.max, .max])
        let free = WindowContext(keeps: [], floorMillis: nil, held: [0, 0], deadline: nil)
        #expect(free.halved(at: state).floorMillis == nil)
    }

    /// The budget: the windows' share comes off the search's limit only when the windows run
    /// (a solver given, under a mission floor or without fairness).
    @Test("the windows' share of the time limit")
    func budgetShare() {
        /// Within a nanosecond (the fractions are binary).
        func near(_ value: UInt64?, _ expected: UInt64) -> Bool {
            guard let value else { return false }
            return (value > expected ? value - expected : expected - value) <= 1
        }
        var options = SchedulerOptions(seed: 1, timeLimitSeconds: 10)
        options.exactWindowShare = 0.2
        #expect(near(Budget(options: options, started: 0).limit, 10_000_000_000))
        options.windowSolver = CBCSolver(executable: "/usr/bin/cbc")
        #expect(near(Budget(options: options, started: 0).limit, 10_000_000_000), "partner guarantee: no windows")
        options.missionFloor = MissionFloor()
        let budget = Budget(options: options, started: 5)
        #expect(near(budget.limit, 8_000_000_000))
        #expect(near(budget.wholeLimit, 10_000_000_000))
        #expect(near(budget.windowsEnd, 9_500_000_005))
        options.missionFloor = nil
        options.enforceFairness = false
        #expect(near(Budget(options: options, started: 0).limit, 8_000_000_000))
    }

    /// The windows' batches: every window once; two at a time, three windows apart (half a
    /// window between them).
    @Test("windows in batches cover each window once")
    func batches() {
        for count in [1, 2, 5, 14, 15] {
            for parallel in [false, true] {
                let batches = Scheduler.windowBatches(count: count, parallel: parallel)
                #expect(batches.flatMap { $0 }.sorted() == Array(0..<count))
                for batch in batches where batch.count == 2 { #expect(batch[1] - batch[0] == 3) }
                if !parallel { #expect(batches.allSatisfy { $0.count == 1 }) }
            }
        }
    }
}
