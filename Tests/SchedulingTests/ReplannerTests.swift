import Scheduling
import Testing

@Suite("Re-planning")
struct ReplannerTests {
    @Test("an antenna outage moves the one contact it kills to the free antenna and nothing else")
    func outageMovesToFreeAntenna() throws {
        // A is down 900–1700 s: s1 (A, 1000–1600) cannot stay; B is free then (s3 starts its
        // setup at 1940 s), so the only move needed is s1 to B, same times.
        let problem = try ReplanFixture.problem().applying([.outage(antenna: "A", span: Fixture.span(900, 1700))])
        let result = try ReplanFixture.replan(problem, frozenUntil: 300)
        #expect(result.moved == 1)
        #expect(result.discretionaryMoves == 0)
        #expect(ReplanFixture.names(result.changes.kept) == ["s0@A", "s2@A", "s3@B"])
        #expect(result.changes.reassigned.map { "\($0.announced.resource)>\($0.revised.resource)" } == ["A>B"])
        #expect(result.changes.reassigned.first?.revised == Fixture.contact("s1", "B", 1000, 1600))
        #expect(result.invalidated.map(\.reason) == [.downtime])
        #expect(result.frozenKept == [Fixture.contact("s0", "A", 100, 400)])
        #expect(result.metrics.servedSeconds == 1900)
    }

    @Test("a frozen contact the outage kills is dropped, never moved; unfrozen, it moves")
    func frozenDropped() throws {
        // A down 0–450 s kills s0 (A, 100–400). Frozen until 300 s, s0 may not move to B (its
        // setup there would start at 40 s, inside the frozen horizon): dropped and reported.
        let problem = try ReplanFixture.problem().applying([.outage(antenna: "A", span: Fixture.span(0, 450))])
        let frozen = try ReplanFixture.replan(problem, frozenUntil: 300)
        #expect(frozen.frozenDropped == [Fixture.contact("s0", "A", 100, 400)])
        #expect(frozen.invalidated.map(\.frozen) == [true])
        #expect(frozen.changes.removed == [Fixture.contact("s0", "A", 100, 400)])
        #expect(frozen.moved == 1)
        #expect(frozen.metrics.servedSeconds == 1600)
        // With nothing frozen, the same outage moves s0 to B.
        let free = try ReplanFixture.replan(problem, frozenUntil: 0)
        #expect(free.frozenDropped.isEmpty)
        #expect(free.changes.reassigned.map(\.revised) == [Fixture.contact("s0", "B", 100, 400)])
        #expect(free.moved == 1)
        #expect(free.metrics.servedSeconds == 1900)
    }

    @Test("a new request is inserted without moving anything when there is room")
    func newRequestWithRoom() throws {
        let request = Fixture.pass("s4", partner: "p", contacts: 1, horizon: ReplanFixture.horizon)
        var problem = ReplanFixture.problem()
        problem.spacecraft.append(.init(id: "s4"))
        problem = try problem.applying([
            .addRequest(request, viewPeriods: [Fixture.periods("s4", "B", [(3000, 3400)])])
        ])
        let result = try ReplanFixture.replan(problem, frozenUntil: 300)
        #expect(result.moved == 0)
        #expect(result.changes.kept.count == 4)
        #expect(result.changes.added == [Fixture.contact("s4", "B", 3000, 3400)])
        #expect(result.metrics.servedSeconds == 2300)
    }

    @Test("a critical request displaces one contact to the other antenna; the greedy baseline cannot")
    func newRequestNeedsOneMove() throws {
        // s5 (critical, 10× weight) sees only A 5000–5500, where s2 is; s2 can go to B.
        var request = Fixture.pass("s5", partner: "p", contacts: 1, horizon: ReplanFixture.horizon)
        request.priority = .critical
        var problem = ReplanFixture.problem()
        problem.spacecraft.append(.init(id: "s5"))
        problem = try problem.applying([
            .addRequest(request, viewPeriods: [Fixture.periods("s5", "A", [(5000, 5500)])])
        ])
        let result = try ReplanFixture.replan(problem, frozenUntil: 300)
        #expect(result.moved == 1)
        #expect(result.changes.reassigned.map(\.revised) == [Fixture.contact("s2", "B", 5000, 5500)])
        #expect(result.changes.added == [Fixture.contact("s5", "A", 5000, 5500)])
        #expect(result.metrics.weightedServedSeconds == 1900 + 5000)
        let greedy = Replanner(
            problem: try CompiledProblem(problem), announced: ReplanFixture.announced(), frozenUntil: Fixture.t(300)
        ).greedyRepair()
        ReplanFixture.checkRepair(greedy, problem: problem, announced: ReplanFixture.announced(), frozenUntil: 300)
        #expect(greedy.moved == 0)
        #expect(greedy.metrics.weightedServedSeconds == 1900)
    }

    @Test("a removed view period forces exactly its contact to move; a withdrawn request frees its time")
    func changedPasses() throws {
        // s3's pass on B is gone and replaced by one at 6000–6400 s; s2's request is withdrawn.
        let problem = try ReplanFixture.problem().applying([
            .viewPeriods(request: "s3", resource: "B", periods: [Fixture.span(6000, 6400)]),
            .removeRequest(id: "s2"),
        ])
        let result = try ReplanFixture.replan(problem, frozenUntil: 300)
        #expect(Set(result.invalidated.map(\.reason)) == [.outsideViewPeriod, .unknownRequest])
        #expect(result.changes.shifted.map(\.revised) == [Fixture.contact("s3", "B", 6000, 6400)])
        #expect(result.changes.removed == [Fixture.contact("s2", "A", 5000, 5500)])
        #expect(result.moved == 2 && result.discretionaryMoves == 0)
        #expect(ReplanFixture.names(result.changes.kept) == ["s0@A", "s1@A"])
    }

    @Test("with nothing changed, a solved schedule is kept exactly")
    func nothingChanged() throws {
        var generator = TestRandom(seed: 4242)
        let problem = SolverTests.randomInstance(&generator, spacecraft: 12, antennas: 4)
        let compiled = try CompiledProblem(problem)
        let solved = Scheduler(
            problem: compiled,
            options: SchedulerOptions(timeLimitSeconds: nil, epochs: 10, enforceFairness: false)
        ).solve()
        let result = Replanner(
            problem: compiled, announced: solved.schedule, frozenUntil: Fixture.t(500),
            options: ReplanOptions(timeLimitSeconds: nil, epochs: 10)
        ).replan()
        ReplanFixture.checkRepair(result, problem: problem, announced: solved.schedule, frozenUntil: 500)
        #expect(result.moved == 0)
        #expect(result.metrics.servedSeconds >= solved.metrics.servedSeconds)
    }

    @Test("a change naming an unknown antenna is refused, naming the change")
    func unknownAntenna() throws {
        let error = #expect(throws: SchedulingError.self) {
            try ReplanFixture.problem().applying([.outage(antenna: "Z", span: Fixture.span(0, 10))])
        }
        #expect(error?.code == .unknownReference)
        #expect(error?.field == "changes[0].antenna")
    }
}
