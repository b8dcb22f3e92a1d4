import Orbits
import Testing

@testable import Scheduling

/// The per-antenna best response keeps a request's minimum gap in its recursion
/// (`SearchState.gapIntervals`), checked on one best response from an empty selection, with no
/// search around it.
@Suite("Best response with minimum gaps")
struct GapIntervalsTests {
    /// The contact time (milliseconds) one best response on antenna 0 places from nothing,
    /// after checking the selection through the validator.
    static func bestResponse(_ problem: ScheduleProblem) throws -> Int {
        let compiled = try CompiledProblem(problem)
        var state = SearchState(set: CandidateSet(problem: compiled))
        state.bestResponse(antenna: 0, weights: [1])
        let contacts = state.chosen.map { id in
            let candidate = state.set.candidates[Int(id)]
            return Contact(
                request: problem.requests[Int(candidate.request)].id, resource: "A",
                start: compiled.instant(candidate.track.start), end: compiled.instant(candidate.track.end))
        }
        let violations = ScheduleValidator(problem: problem).violations(of: Schedule(contacts: contacts))
        #expect(violations.isEmpty, "\(violations)")
        return state.delivered
    }

    @Test("Full passes: the long pass rather than the two short ones the gap leaves around it")
    func longPass() throws {
        // Passes 0–100, 500–1400, 1900–2000, gap 600: the long pass alone (900 s) or the two
        // short ones (200 s); choosing all three and dropping what breaks the gap gives 200 s.
        var request = Fixture.pass("s1", partner: "p", contacts: 3, horizon: 3_000)
        request.minGapSeconds = 600
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 3_000), partners: [.init(id: "p")], antennas: [.init(id: "A", owner: "p")],
            spacecraft: [.init(id: "s1")], requests: [request],
            viewPeriods: [Fixture.periods("s1", "A", [(0, 100), (500, 1400), (1900, 2000)])])
        #expect(try Self.bestResponse(problem) == 900_000)
    }

    @Test("Flexible: one whole pass, then the grid's 300 s contacts 700 s after each")
    func flexiblePasses() throws {
        // RequestRulesSolverTests' ten 400 s passes 600 s apart with a 700 s gap: 3100 s at
        // most (see there), reached on the grid without stretching.
        #expect(
            try Self.bestResponse(RequestRulesSolverTests.problem(gap: 700, least: nil, flexible: true)) == 3_100_000)
    }

    @Test("A gap request alone on its antenna: the recursion is exact", arguments: 1...30)
    func exactAlone(seed: Int) throws {
        // Six full passes one after another (50–400 s, 0–400 s apart), setup 0–60 s and
        // teardown 0–30 s, a gap of 100–900 s; the optimum by enumerating every subset.
        var random = TestRandom(seed: UInt64(seed))
        var spans: [(Double, Double)] = []
        var time = Double(random.int(0...200))
        for _ in 0..<6 {
            let length = Double(random.int(50...400))
            spans.append((time, time + length))
            time += length + Double(random.int(0...400))
        }
        var request = Fixture.pass("s1", partner: "p", contacts: 6, horizon: time + 100)
        request.minGapSeconds = Double(random.int(100...900))
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, time + 100), partners: [.init(id: "p")],
            antennas: [
                .init(
                    id: "A", owner: "p", setupSeconds: Double(random.int(0...60)),
                    teardownSeconds: Double(random.int(0...30)))
            ],
            spacecraft: [.init(id: "s1")], requests: [request], viewPeriods: [Fixture.periods("s1", "A", spans)])
        #expect(Double(try Self.bestResponse(problem)) / 1000 == BruteForce.optimum(problem))
    }
}
