import Foundation
import Orbits
import Testing

@testable import Scheduling

/// The final contacts slid so that others grow (`Shifter`, `Schedule.shifted(in:)`): by hand on
/// two small antennas, and against the exact timing LP on a random week-like instance.
@Suite("Solver: contacts slid so that others grow")
struct ShifterTests {
    /// The shifted schedule, checked by the validator.
    static func shift(_ schedule: Schedule, in problem: ScheduleProblem) throws -> Schedule {
        let shifted = schedule.shifted(in: try CompiledProblem(problem))
        let violations = ScheduleValidator(problem: problem).violations(of: shifted)
        #expect(violations.isEmpty, "\(violations)")
        return shifted
    }

    /// The contacts as (request, start, end) seconds from the origin.
    static func spans(_ schedule: Schedule) -> [String: [Double]] {
        Dictionary(
            uniqueKeysWithValues: schedule.contacts.map {
                ($0.request, [$0.start.seconds(since: Fixture.origin), $0.end.seconds(since: Fixture.origin)])
            })
    }

    @Test("A fixed-length neighbour slides later so that a flexible contact grows to its longest")
    func neighbourSlides() throws {
        // Antenna A, setup 100 s, teardown 50 s. a: one contact of 1000–2000 s, visible 100–2600;
        // b: exactly 1000 s, visible 1000–4500. As given, b's setup starts where a's teardown
        // ends, so a cannot grow by itself and b cannot grow at all. By hand: b slides 1000 s
        // later (2250–3250), a grows to 100–2100, its longest; 1000 s more served.
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 5000), partners: [.init(id: "p")],
            antennas: [.init(id: "A", owner: "p", setupSeconds: 100, teardownSeconds: 50)],
            spacecraft: [.init(id: "a"), .init(id: "b")],
            requests: [
                .init(
                    id: "a", spacecraft: "a", partner: "p", window: Fixture.span(0, 5000), contacts: 1,
                    minContactSeconds: 1000, maxContactSeconds: 2000),
                .init(
                    id: "b", spacecraft: "b", partner: "p", window: Fixture.span(0, 5000), contacts: 1,
                    minContactSeconds: 1000, maxContactSeconds: 1000),
            ],
            viewPeriods: [Fixture.periods("a", "A", [(100, 2600)]), Fixture.periods("b", "A", [(1000, 4500)])])
        let given = Schedule(contacts: [Fixture.contact("a", "A", 100, 1100), Fixture.contact("b", "A", 1250, 2250)])
        #expect(ScheduleValidator(problem: problem).violations(of: given).isEmpty)
        let shifted = try Self.shift(given, in: problem)
        #expect(Self.spans(shifted) == ["a": [100, 2100], "b": [2250, 3250]])
    }

    @Test(
        "Free time both can reach goes to the more unsatisfied mission",
        arguments: [("a", [0.0, 1200], [1200.0, 2200]), ("c", [0.0, 1000], [1000.0, 2200])])
    func mostUnsatisfiedFirst(longer: String, a: [Double], c: [Double]) throws {
        // Antenna A, no setup. a (mission ma) at 0–1000, visible 0–3000; c (mission mc) at
        // 1000–2000, visible 1000–2200. The 200 s before 2200 go either to c (stretched) or to a
        // (c slid later). The request with the longer maximum, 4000 s against 1200 s, is the
        // more unsatisfied (0.75 against 0.17) and gets them.
        func request(_ id: String) -> ScheduleProblem.Request {
            .init(
                id: id, spacecraft: id, partner: "p", mission: "m\(id)", window: Fixture.span(0, 3000), contacts: 1,
                minContactSeconds: 500, maxContactSeconds: id == longer ? 4000 : 1200)
        }
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 3000), partners: [.init(id: "p")], antennas: [.init(id: "A", owner: "p")],
            spacecraft: [.init(id: "a"), .init(id: "c")], requests: [request("a"), request("c")],
            viewPeriods: [Fixture.periods("a", "A", [(0, 3000)]), Fixture.periods("c", "A", [(1000, 2200)])])
        let given = Schedule(contacts: [Fixture.contact("a", "A", 0, 1000), Fixture.contact("c", "A", 1000, 2000)])
        let shifted = try Self.shift(given, in: problem)
        #expect(Self.spans(shifted) == ["a": a, "c": c])
    }

    @Test("A schedule naming a request the problem lacks comes back unchanged")
    func unknownRequest() throws {
        let problem = Fixture.twoAntennas()
        let given = Schedule(contacts: [Fixture.contact("nobody", "A", 0, 100)])
        #expect(given.shifted(in: try CompiledProblem(problem)) == given)
    }
}
