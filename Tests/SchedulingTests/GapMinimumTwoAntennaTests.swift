import Orbits
import Scheduling
import Testing

/// A standing order's minimum gap and minimum number of passes acting together on two
/// antennas: the request can hold the minimum only with contacts trimmed to the gap on both
/// antennas, around another spacecraft's pass.
@Suite("Solver: minimum gap and minimum contacts on two antennas")
struct GapMinimumTwoAntennaTests {
    /// Request `r` (flexible, 100–500 s contacts, at most 4, `least` at least, 700 s gap) sees
    /// its spacecraft on A over 0–500 and 1800–2300 and on B over 1000–1400; request `q` (full
    /// pass, another spacecraft) has B over 1150–1800.
    static func problem(least: Int?) -> ScheduleProblem {
        let horizon = 3_000.0
        let r = ScheduleProblem.Request(
            id: "r", spacecraft: "r", partner: "p", window: Fixture.span(0, horizon), contacts: 4,
            minContactSeconds: 100, maxContactSeconds: 500, placement: .flexible, minContacts: least,
            minGapSeconds: 700)
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p"), .init(id: "B", owner: "p")],
            spacecraft: [.init(id: "r"), .init(id: "q")],
            requests: [r, Fixture.pass("q", partner: "p", contacts: 1, horizon: horizon)],
            viewPeriods: [
                Fixture.periods("r", "A", [(0, 500), (1800, 2300)]), Fixture.periods("r", "B", [(1000, 1400)]),
                Fixture.periods("q", "B", [(1150, 1800)]),
            ])
    }

    /// The most contact time (seconds) of any valid schedule, by enumeration through the
    /// validator: `q`'s pass or not, and in each of `r`'s three periods no contact or one from
    /// a 100 s grid of starts and ends. One contact per period suffices (the 700 s gap is longer
    /// than any period), and the grid is exact: every time in the problem is a multiple of
    /// 100 s, and for a fixed choice of periods the constraints are differences of two times
    /// bounded by such multiples, whose optimum lies on them.
    static func bruteForce(_ problem: ScheduleProblem) -> Double {
        let validator = ScheduleValidator(problem: problem)
        func options(_ resource: String, _ start: Double, _ end: Double) -> [Contact?] {
            var list: [Contact?] = [nil]
            for a in stride(from: start, to: end, by: 100) {
                for b in stride(from: a + 100, through: end, by: 100) {
                    list.append(Fixture.contact("r", resource, a, b))
                }
            }
            return list
        }
        var best = 0.0
        for q in [nil, Fixture.contact("q", "B", 1150, 1800)] {
            for first in options("A", 0, 500) {
                for middle in options("B", 1000, 1400) {
                    for last in options("A", 1800, 2300) {
                        let contacts = [q, first, middle, last].compactMap { $0 }
                        let served = contacts.reduce(0.0) { $0 + ($1.durationSeconds * 1000).rounded() / 1000 }
                        guard served > best else { continue }
                        if validator.violations(of: Schedule(contacts: contacts)).isEmpty { best = served }
                    }
                }
            }
        }
        return best
    }

    @Test("At least 3 contacts: 300 + 100 + 500 s of r beside q's 650 s (1550 s), not r's two whole passes")
    func minimumMetByTrimming() throws {
        // By hand: three contacts of r (A, B, A) must leave 700 s between them, so
        // end(A1) ≤ start(B) − 700 and start(A2) ≥ end(B) + 700; q keeps B from 1150. r then
        // serves at most 900 s (e.g. 0–300, 1000–1100, 1800–2300), and with q's 650 s that is
        // 1550 s; without q r still serves at most 900 s. Two contacts are not allowed.
        let problem = Self.problem(least: 3)
        #expect(Self.bruteForce(problem) == 1550)
        let schedule = try RequestRulesSolverTests.solve(problem)
        let served = schedule.contacts.reduce(0.0) { $0 + $1.durationSeconds }
        #expect(abs(served - 1550) < 1e-6)
        let ofR = schedule.contacts.filter { $0.request == "r" }
        #expect(ofR.count == 3)
        #expect(Set(ofR.map(\.resource)) == ["A", "B"])
        #expect(abs(ofR.reduce(0.0) { $0 + $1.durationSeconds } - 900) < 1e-6)
        #expect(schedule.contacts.contains { $0.request == "q" })
    }

    @Test("Without the minimum, r's two whole passes on A beside q (1650 s)")
    func withoutMinimum() throws {
        let problem = Self.problem(least: nil)
        #expect(Self.bruteForce(problem) == 1650)
        let schedule = try RequestRulesSolverTests.solve(problem)
        let served = schedule.contacts.reduce(0.0) { $0 + $1.durationSeconds }
        #expect(abs(served - 1650) < 1e-6)
        #expect(schedule.contacts.filter { $0.request == "r" }.count == 2)
    }
}
