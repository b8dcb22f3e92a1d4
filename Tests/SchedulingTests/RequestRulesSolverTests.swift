import Orbits
import Scheduling
import Testing

/// The solver honours the standing-order rules `minGapSeconds` and `minContacts` (CCSDS
/// 902.9 minimum interval between passes, minimum passes): every schedule it returns passes
/// the validator, and the rules bind where they should.
@Suite("Solver and standing-order request rules")
struct RequestRulesSolverTests {
    /// One antenna, one spacecraft with ten passes every 1000 s (300 s long, or 400 s when
    /// `flexible`). `gap` and `least` set the request's rules.
    static func problem(gap: Double?, least: Int?, flexible: Bool = false) -> ScheduleProblem {
        let horizon = 10_000.0
        let length = flexible ? 400.0 : 300.0
        let passes = (0..<10).map { (Double($0) * 1000, Double($0) * 1000 + length) }
        var ruled = Fixture.pass("s1", partner: "p", contacts: 10, horizon: horizon)
        ruled.minGapSeconds = gap
        ruled.minContacts = least
        if flexible {
            ruled.placement = .flexible
            ruled.minContactSeconds = 100
            ruled.maxContactSeconds = 400
        }
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "s1")],
            requests: [ruled], viewPeriods: [Fixture.periods("s1", "A", passes)])
    }

    static func solve(_ problem: ScheduleProblem) throws -> Schedule {
        let options = SchedulerOptions(seed: 7, timeLimitSeconds: nil, epochs: 6, enforceFairness: false)
        let result = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
        #expect(violations.isEmpty, "\(violations)")
        return result.schedule
    }

    @Test("A 1500 s minimum gap leaves every other pass: 5 of the 10")
    func gapBinds() throws {
        #expect(try Self.solve(Self.problem(gap: nil, least: nil)).contacts.count == 10)
        // Passes end at k·1000+300 and start 700 s later: a gap of 1500 s skips exactly one.
        let gapped = try Self.solve(Self.problem(gap: 1500, least: nil))
        #expect(gapped.contacts.count == 5)
        let starts = gapped.contacts.map { $0.start.seconds(since: Fixture.origin) }.sorted()
        for (a, b) in zip(starts, starts.dropFirst()) { #expect(b - a >= 1800 - 1e-6) }
    }

    @Test("Flexible contacts are not stretched into the gap")
    func stretchingKeepsTheGap() throws {
        // 400 s passes 600 s apart and a 700 s gap: a contact on every pass beats five whole
        // passes (2000 s), and none may be stretched to the whole pass. With contact k from
        // offset o_k to e_k in pass k, the gap asks e_k − o_(k+1) ≤ 300 s, so ten contacts
        // serve at most e_9 − o_0 + 9 × 300 ≤ 3100 s (one whole pass, then nine of 300 s);
        // skipping a pass splits the chain and leaves at most 800 + 7 × 300 = 2900 s.
        let schedule = try Self.solve(Self.problem(gap: 700, least: nil, flexible: true))
        let spans = schedule.contacts.map {
            ($0.start.seconds(since: Fixture.origin), $0.end.seconds(since: Fixture.origin))
        }.sorted { $0.0 < $1.0 }
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(b.0 - a.1 >= 700 - 1e-6) }
        #expect(spans.count == 10)
        #expect(abs(spans.reduce(0) { $0 + $1.1 - $1.0 } - 3100) < 1e-6)
    }

    @Test("Two 400 s passes 600 s apart, a 700 s gap: two contacts, the second not stretched back")
    func stretchingStopsAtTheGap() throws {
        var problem = Self.problem(gap: 700, least: nil, flexible: true)
        problem.viewPeriods = [Fixture.periods("s1", "A", [(0, 400), (1000, 1400)])]
        let schedule = try Self.solve(problem)
        let spans = schedule.contacts.map {
            ($0.start.seconds(since: Fixture.origin), $0.end.seconds(since: Fixture.origin))
        }.sorted { $0.0 < $1.0 }
        // Best: 700 s in all, e.g. 0–400 and 1100–1400 (stretching the second back to 1000
        // would leave a 600 s gap).
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(b.0 - a.1 >= 700 - 1e-6) }
        #expect(spans.count == 2)
        #expect(abs(spans.reduce(0) { $0 + $1.1 - $1.0 } - 700) < 1e-6)
    }

    @Test("minContacts more than can fit: the request gets none rather than too few")
    func minimumOrNothing() throws {
        // A gap of 1500 s allows 5 passes; asking for at least 6 must leave none.
        #expect(try Self.solve(Self.problem(gap: 1500, least: 6)).contacts.isEmpty)
        #expect(try Self.solve(Self.problem(gap: 1500, least: 5)).contacts.count == 5)
    }
}

extension RequestRulesSolverTests {
    @Test("Full passes: one long pass beats the two short ones a 600 s gap leaves around it")
    func gapWeighsPasses() throws {
        // Passes 0–100, 500–1400 and 1900–2000 on one antenna, a 600 s gap: the long pass is
        // 400 s from the first and 500 s from the last, so it goes alone (900 s) or the two
        // short ones go together (200 s). Taking passes in time order while they keep the gap
        // would give 200 s; the exact optimum comes from enumerating every subset.
        var request = Fixture.pass("s1", partner: "p", contacts: 3, horizon: 3_000)
        request.minGapSeconds = 600
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 3_000), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "s1")], requests: [request],
            viewPeriods: [Fixture.periods("s1", "A", [(0, 100), (500, 1400), (1900, 2000)])])
        #expect(BruteForce.optimum(problem) == 900)
        let schedule = try Self.solve(problem)
        #expect(schedule.contacts.count == 1)
        #expect(abs(schedule.contacts.reduce(0) { $0 + $1.durationSeconds } - 900) < 1e-6)
    }
}
