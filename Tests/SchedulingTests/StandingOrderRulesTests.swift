import Foundation
import Orbits
import Scheduling
import Testing

/// The optional request fields that carry 902.9 standing orders: `allowedSpans`,
/// `minContacts`, `minGapSeconds` — in the format, the validator and the compiled model.
@Suite("Standing order rules of a request")
struct StandingOrderRulesTests {
    /// One antenna, one spacecraft, one request over a day with view periods every 4 hours
    /// (00:00–00:20, 04:00–04:20, …), allowed only 03:00–09:00 and 15:00–18:00.
    static func problem(
        minContacts: Int? = nil, minGapSeconds: Double? = nil, placement: ScheduleProblem.Placement = .flexible
    ) -> ScheduleProblem {
        let request = ScheduleProblem.Request(
            id: "so", spacecraft: "sat", partner: "p", window: Fixture.span(0, 86_400), contacts: 4,
            maxContactSeconds: 1_200, placement: placement,
            allowedSpans: [Fixture.span(3 * 3_600, 9 * 3_600), Fixture.span(15 * 3_600, 18 * 3_600)],
            minContacts: minContacts, minGapSeconds: minGapSeconds)
        let periods = (0..<6).map { (Double($0) * 14_400, Double($0) * 14_400 + 1_200) }
        return ScheduleProblem(
            horizon: Fixture.span(0, 86_400), partners: [.init(id: "p")],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "sat")], requests: [request],
            viewPeriods: [Fixture.periods("so", "A", periods)])
    }

    @Test("the fields round-trip through JSON; files without them read as before")
    func format() throws {
        let problem = try Fixture.roundTrip(Self.problem(minContacts: 2, minGapSeconds: 3_600))
        #expect(problem.requests[0].minContacts == 2)
        #expect(problem.requests[0].minGapSeconds == 3_600)
        #expect(problem.requests[0].allowedSpans?.count == 2)
        let plain = try Fixture.roundTrip(Fixture.twoAntennas())
        #expect(
            plain.requests.allSatisfy { $0.allowedSpans == nil && $0.minContacts == nil && $0.minGapSeconds == nil })
        let json = String(decoding: try plain.encoded(), as: UTF8.self)
        #expect(!json.contains("allowedSpans") && !json.contains("minContacts") && !json.contains("minGapSeconds"))
    }

    @Test("bad values are errors naming the field")
    func validation() {
        func error(_ edit: (inout ScheduleProblem.Request) -> Void) -> SchedulingError? {
            var problem = Self.problem()
            edit(&problem.requests[0])
            do {
                try problem.validate()
                return nil
            } catch { return error }
        }
        #expect(error { $0.minContacts = 0 }?.field == "requests[0].minContacts")
        let tooMany = error { $0.minContacts = 5 }
        #expect(tooMany?.code == .inconsistent && tooMany?.field == "requests[0].minContacts")
        #expect(error { $0.minGapSeconds = -1 }?.code == .outOfRange)
        #expect(error { $0.allowedSpans = [] }?.field == "requests[0].allowedSpans")
        let outside = error { $0.allowedSpans = [Fixture.span(80_000, 90_000)] }
        #expect(outside?.code == .invalidSpan && outside?.field == "requests[0].allowedSpans[0]")
        let reversed = error { $0.allowedSpans = [Fixture.span(5_000, 4_000)] }
        #expect(reversed?.field == "requests[0].allowedSpans[0].end")
    }

    @Test("the compiled model keeps only view periods inside the allowed spans")
    func model() throws {
        let compiled = try CompiledProblem(Self.problem())
        // Periods start at 0, 4, 8, 12, 16, 20 h; 04:00 lies in 03–09 and 16:00 in 15–18; the
        // 08:00–08:20 period fits 03–09 too.
        let starts = compiled.requests[0].periods.map { $0.span.start / 3_600_000 }
        #expect(starts == [4, 8, 16])
        #expect(compiled.requests[0].minContacts == 1 && compiled.requests[0].minGapMillis == 0)
    }

    @Test("the validator reports tracking outside the allowed spans, too few contacts and contacts too close")
    func validator() {
        let validator = ScheduleValidator(problem: Self.problem(minContacts: 3, minGapSeconds: 14_000))
        let outside = validator.violations(of: Schedule(contacts: [Fixture.contact("so", "A", 0, 600)]))
        #expect(outside.map(\.kind).contains(.outsideAllowedSpans))
        let two = Schedule(contacts: [
            Fixture.contact("so", "A", 14_400, 15_000), Fixture.contact("so", "A", 28_800, 29_400),
        ])
        let kinds = validator.violations(of: two).map(\.kind)
        // 28 800 − 15 000 = 13 800 s < 14 000 s; 2 contacts < 3.
        #expect(kinds == [.tooFewContacts, .tooClose])
        let three = Schedule(contacts: [
            // 28 800 − 14 800 = 14 000 s: exactly the minimum gap, allowed.
            Fixture.contact("so", "A", 14_400, 14_800), Fixture.contact("so", "A", 28_800, 29_400),
            Fixture.contact("so", "A", 57_600, 58_800),
        ])
        #expect(validator.violations(of: three).isEmpty)
        #expect(validator.violations(of: Schedule(contacts: [])).isEmpty)  // none is allowed
    }

    @Test("a full pass is a view period clipped to the window and the allowed span")
    func fullPass() {
        var problem = Self.problem(placement: .fullPass)
        problem.requests[0].allowedSpans = [Fixture.span(14_400 + 300, 86_400)]
        let validator = ScheduleValidator(problem: problem)
        #expect(validator.violations(of: Schedule(contacts: [Fixture.contact("so", "A", 14_700, 15_600)])).isEmpty)
        let kinds = validator.violations(of: Schedule(contacts: [Fixture.contact("so", "A", 14_400, 15_600)]))
            .map(\.kind)
        #expect(kinds == [.outsideAllowedSpans, .notFullPass])
    }

    @Test("the solver schedules inside the allowed spans only")
    func solver() throws {
        let problem = try Fixture.roundTrip(Self.problem())
        let options = SchedulerOptions(
            seed: 3, timeLimitSeconds: nil, epochs: 5, movesPerEpoch: 10, threads: 1, enforceFairness: false)
        let result = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty)
        // Three usable periods of 1 200 s each (contacts ≤ 4): all of them, nothing else.
        #expect(result.metrics.servedSeconds == 3_600)
        #expect(
            result.schedule.contacts.map { Int($0.start.seconds(since: Fixture.origin).rounded()) }
                == [14_400, 28_800, 57_600])
    }
}
