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
            let start = [
                Stretcher.Placed(
                    request: Int(first.request), resource: Int(first.resource), track: first.track,
                    setup: first.track.start - first.busy.start, teardown: first.busy.end - first.track.end)
            ]
            let scheduler = Scheduler(
                problem: compiled, options: SchedulerOptions(seed: 1, timeLimitSeconds: nil, epochs: 1, threads: 2))
            let placed = scheduler.exactWindows(
                start, over: set, solver: solver, floorMillis: nil, deadline: nil, started: 0)
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
