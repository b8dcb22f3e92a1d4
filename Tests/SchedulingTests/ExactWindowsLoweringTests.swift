import Testing

@testable import Scheduling

/// The exact windows' lowering of a mission floor (`Scheduler.lowerFloor`), solved with CBC
/// when `cbc` is on PATH.
@Suite("Solver: exact windows lower the floor")
struct ExactWindowsLoweringTests {
    /// Two missions, each one spacecraft asking for four full passes of 250 s on one antenna,
    /// at the same four times: every schedule serves at most 1000 s, and the fairest gives each
    /// mission two passes (U = 0.5 each).
    static func problem() -> ScheduleProblem {
        let horizon = 1_200.0
        let times: [(Double, Double)] = [(0, 250), (300, 550), (600, 850), (900, 1150)]
        var requests = [
            Fixture.pass("a", partner: "p", contacts: 4, horizon: horizon),
            Fixture.pass("b", partner: "p", contacts: 4, horizon: horizon),
        ]
        requests[0].mission = "m1"
        requests[1].mission = "m2"
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "a"), .init(id: "b")],
            requests: requests,
            viewPeriods: [Fixture.periods("a", "A", times), Fixture.periods("b", "A", times)])
    }

    /// From a schedule giving every pass to one mission (U = 1 for the other), with a floor of
    /// 0 asked for, the lowering sweeps step the floor down until no sweep lowers it: they end
    /// at the fairest floor, 0.5, with two passes each, the same 1000 s served, and a valid
    /// schedule. Without a floor asked for, nothing is lowered.
    @Test(
        "toward a floor asked for, from one mission's schedule to the fairest floor",
        .enabled(if: CBCSolver.onPath() != nil, "cbc not on PATH: skipped"))
    func lowersToFairest() throws {
        let solver = try #require(CBCSolver.onPath())
        let problem = Self.problem()
        let compiled = try CompiledProblem(problem)
        let set = CandidateSet(problem: compiled, byMission: true)
        let first = set.candidates.filter { $0.request == 0 }
        #expect(first.count == 4)
        let start = first.map(Stretcher.Placed.init)
        let scheduler = Scheduler(
            problem: compiled, options: SchedulerOptions(seed: 1, timeLimitSeconds: nil, epochs: 1, threads: 2))
        let found = WindowFloor(unsatisfied: 1, wanted: [1_000_000, 1_000_000], alone: [1_000_000, 1_000_000])
        #expect(found.held(by: [1_000_000, 0]) == 1)
        let kept = scheduler.exactWindows(start, over: set, solver: solver, floor: found, deadline: nil, started: 0)
        #expect(kept.floor == found)
        #expect(kept.placed.filter { $0.request == 0 }.count == 4)
        let floor = WindowFloor(
            unsatisfied: 1, given: 0, wanted: [1_000_000, 1_000_000], alone: [1_000_000, 1_000_000])
        let result = scheduler.exactWindows(start, over: set, solver: solver, floor: floor, deadline: nil, started: 0)
        let lowered = try #require(result.floor)
        #expect(abs(lowered.unsatisfied - 0.5) < 1e-9)
        #expect(lowered.millis == [500_000, 500_000])
        let perRequest = [0, 1].map { request in result.placed.filter { $0.request == request }.count }
        #expect(perRequest == [2, 2])
        #expect(result.placed.trackingMillis == 1_000_000)
        let schedule = Schedule(contacts: result.placed.map { $0.contact(in: compiled) })
        #expect(ScheduleValidator(problem: problem).violations(of: schedule).isEmpty)
    }

    /// Without a floor there is nothing to lower: the floor stays nil.
    @Test(
        "no floor, no lowering", .enabled(if: CBCSolver.onPath() != nil, "cbc not on PATH: skipped"))
    func noFloor() throws {
        let solver = try #require(CBCSolver.onPath())
        let compiled = try CompiledProblem(Self.problem())
        let set = CandidateSet(problem: compiled, byMission: true)
        let start = [Stretcher.Placed(set.candidates[0])]
        let scheduler = Scheduler(
            problem: compiled, options: SchedulerOptions(seed: 1, timeLimitSeconds: nil, epochs: 1, threads: 2))
        let result = scheduler.exactWindows(start, over: set, solver: solver, floor: nil, deadline: nil, started: 0)
        #expect(result.floor == nil)
        #expect(result.placed.trackingMillis == 1_000_000)
    }
}
