import Testing

@testable import Scheduling

/// A found floor lowered from the settled schedule (`Scheduler.relowerFloor`).
@Suite("Solver: lowering a found floor after settling")
struct RelowerTests {
    /// `start` relowered from `found` on `SettleTests.problem()` (m1 wants 2050 s and could
    /// have it all; m2 wants 1900 s and could have 1000 s), with a time budget of `seconds`.
    static func relowered(
        _ start: SearchChain, found: Double, seconds: Double, margin: Double = 0,
        alone: [Int] = [2_050_000, 1_000_000], atLeast: Double = 0
    ) -> (chain: SearchChain, unsatisfied: Double, guarantee: FairnessGuarantee) {
        var options = SchedulerOptions(seed: 1, timeLimitSeconds: seconds, threads: 1)
        options.missionFloor = MissionFloor(unsatisfied: nil)
        let scheduler = Scheduler(problem: start.state.set.problem, options: options)
        var chains = [start]
        let lowered = scheduler.relowerFloor(
            &chains, found: found, wanted: [2_050_000, 1_900_000], alone: alone,
            aloneSchedules: [[], []], guide: LagrangianGuide(set: start.state.set),
            budget: Budget(options: options, started: scheduler.clock.now()), atLeast: atLeast, margin: margin)
        return (chains[0], lowered.unsatisfied, lowered.guarantee)
    }

    @Test("From r + t (m2 with nothing, U 1.0), the floor falls to r + s's 0.512, the lowest any schedule holds")
    func lowersToTheLowestHeld() throws {
        // SettleTests.problem(): q and s overlap, so m2 gets 1000 s at most. By hand: {r, t}
        // leaves m2 unsatisfied 1.0; {q, t} 0.526 (m2 900 of 1900); {r, s} 0.512 (m1 1000 of
        // 2050, m2 1000 of 1900): the lowest U_MAX of any schedule.
        let result = Self.relowered(try SettleTests.chainOnRAndT(seed: 5), found: 1.0, seconds: 2)
        #expect(abs(result.unsatisfied - (1 - 1000.0 / 2050)) < 1e-6)
        #expect(SettleTests.requests(result.chain).sorted() == [0, 3])
        let state = result.chain.state
        #expect(result.guarantee.holds(received: state.received, delivered: state.delivered))
    }

    @Test("A floor no schedule lowers stays as found")
    func keepsTheFoundFloor() throws {
        var start = try SettleTests.chain(m2Floor: 1_000_000, withQ: false, seed: 5)
        for request: Int32 in [0, 3] { start.state.insert(SettleTests.candidate(of: request, in: start)) }
        let found = 1 - 1000.0 / 2050
        let result = Self.relowered(start, found: found, seconds: 1)
        #expect(abs(result.unsatisfied - found) < 1e-6)
        #expect(SettleTests.requests(result.chain).sorted() == [0, 3])
    }

    @Test("With a margin, settling resumes that far above the lowest floor held, on a schedule that holds it")
    func settlesAboveWithAMargin() throws {
        // The relowering reaches 0.512 ({r, s}); the lowest any schedule could hold is m2's
        // 1 − 1000/1900 = 0.474, so the margin applies.
        let result = Self.relowered(try SettleTests.chainOnRAndT(seed: 5), found: 1.0, seconds: 2, margin: 0.1)
        #expect(abs(result.unsatisfied - (1 - 1000.0 / 2050 + 0.1)) < 1e-6)
        let state = result.chain.state
        #expect(result.guarantee.holds(received: state.received, delivered: state.delivered))
        // {r, t} (m2 with nothing) still breaks the looser floor, so {r, s} stays.
        #expect(SettleTests.requests(result.chain).sorted() == [0, 3])
    }

    @Test("A given floor is held as given, though the relowering reaches a lower one")
    func holdsAGivenFloor() throws {
        // From {r, t} the steps reach {r, s} (0.512, below the 0.6 given); settling then holds
        // 0.6, not 0.512, which would ask m2 for more than the user's floor.
        let result = Self.relowered(try SettleTests.chainOnRAndT(seed: 5), found: 1.0, seconds: 2, atLeast: 0.6)
        #expect(abs(result.unsatisfied - 0.6) < 1e-6)
        let state = result.chain.state
        #expect(result.guarantee.holds(received: state.received, delivered: state.delivered))
        #expect(abs(Double(result.guarantee.aloneMillis[1]) - 0.4 * 1_900_000) < 1)
    }

    @Test("No margin at the lowest floor any schedule can hold")
    func noMarginAtTheBound() throws {
        // With m1's alone time 1000 s, {r, s} gives both missions all they could have alone:
        // the floor held is 0 (`MissionFloor.held`), the lowest possible, and stays so.
        let result = Self.relowered(
            try SettleTests.chainOnRAndT(seed: 5), found: 1.0, seconds: 2, margin: 0.1, alone: [1_000_000, 1_000_000])
        #expect(abs(result.unsatisfied) < 1e-6)
        #expect(SettleTests.requests(result.chain).sorted() == [0, 3])
    }
}
