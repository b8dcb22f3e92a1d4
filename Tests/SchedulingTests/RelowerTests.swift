import Testing

@testable import Scheduling

/// A found floor lowered from the settled schedule (`Scheduler.relowerFloor`).
@Suite("Solver: lowering a found floor after settling")
struct RelowerTests {
    @Test("From r + t (m2 with nothing, U 1.0), the floor falls to r + s's 0.512, the lowest any schedule holds")
    func lowersToTheLowestHeld() throws {
        // SettleTests.problem(): m1 wants r + t (2050 s), m2 wants q + s (1900 s) but q and s
        // overlap, so m2 gets 1000 s at most. By hand: {r, t} leaves m2 unsatisfied 1.0;
        // {q, t} 0.526 (m2 900 of 1900); {r, s} 0.512 (m1 1000 of 2050, m2 1000 of 1900): the
        // lowest U_MAX of any schedule.
        let compiled = try CompiledProblem(SettleTests.problem())
        var options = SchedulerOptions(seed: 1, timeLimitSeconds: 2, threads: 1)
        options.missionFloor = MissionFloor(unsatisfied: nil)
        let scheduler = Scheduler(problem: compiled, options: options)
        let start = try SettleTests.chainOnRAndT(seed: 5)
        var chains = [start]
        let wanted = [2_050_000, 1_900_000]
        let alone = [2_050_000, 1_000_000]
        let budget = Budget(options: options, started: scheduler.clock.now())
        let lowered = scheduler.relowerFloor(
            &chains, found: 1.0, wanted: wanted, alone: alone, aloneSchedules: [[], []],
            guide: LagrangianGuide(set: start.state.set), budget: budget, atLeast: 0)
        #expect(abs(lowered.unsatisfied - (1 - 1000.0 / 2050)) < 1e-6)
        #expect(SettleTests.requests(chains[0]).sorted() == [0, 3])
        let state = chains[0].state
        #expect(lowered.guarantee.holds(received: state.received, delivered: state.delivered))
    }

    @Test("A floor no schedule lowers stays as found")
    func keepsTheFoundFloor() throws {
        let compiled = try CompiledProblem(SettleTests.problem())
        var options = SchedulerOptions(seed: 1, timeLimitSeconds: 1, threads: 1)
        options.missionFloor = MissionFloor(unsatisfied: nil)
        let scheduler = Scheduler(problem: compiled, options: options)
        var start = try SettleTests.chain(m2Floor: 1_000_000, withQ: false, seed: 5)
        for request: Int32 in [0, 3] { start.state.insert(SettleTests.candidate(of: request, in: start)) }
        var chains = [start]
        let found = 1 - 1000.0 / 2050
        let budget = Budget(options: options, started: scheduler.clock.now())
        let lowered = scheduler.relowerFloor(
            &chains, found: found, wanted: [2_050_000, 1_900_000], alone: [2_050_000, 1_000_000],
            aloneSchedules: [[], []], guide: LagrangianGuide(set: start.state.set), budget: budget, atLeast: 0)
        #expect(abs(lowered.unsatisfied - found) < 1e-6)
        #expect(SettleTests.requests(chains[0]).sorted() == [0, 3])
    }
}
