import Orbits
import Scheduling
import Testing

/// A small announced schedule to repair: antennas A and B (setup and teardown 60 s), one
/// partner, one full pass wanted per spacecraft (times in seconds):
/// - s0: A or B 100–400, announced on A (frozen when the horizon is frozen until 300 s);
/// - s1: A or B 1000–1600, announced on A;
/// - s2: A or B 5000–5500, announced on A;
/// - s3: B 2000–2500, announced on B.
/// Everything is served: 1900 s.
enum ReplanFixture {
    static let horizon = 8_000.0

    static func problem() -> ScheduleProblem {
        let antennas = ["A", "B"].map {
            ScheduleProblem.Antenna(id: $0, owner: "p", setupSeconds: 60, teardownSeconds: 60)
        }
        let requests = ["s0", "s1", "s2", "s3"].map { Fixture.pass($0, partner: "p", contacts: 1, horizon: horizon) }
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p")], antennas: antennas,
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                Fixture.periods("s0", "A", [(100, 400)]), Fixture.periods("s0", "B", [(100, 400)]),
                Fixture.periods("s1", "A", [(1000, 1600)]), Fixture.periods("s1", "B", [(1000, 1600)]),
                Fixture.periods("s2", "A", [(5000, 5500)]), Fixture.periods("s2", "B", [(5000, 5500)]),
                Fixture.periods("s3", "B", [(2000, 2500)]),
            ])
    }

    static func announced() -> Schedule {
        Schedule(contacts: [
            Fixture.contact("s0", "A", 100, 400), Fixture.contact("s1", "A", 1000, 1600),
            Fixture.contact("s2", "A", 5000, 5500), Fixture.contact("s3", "B", 2000, 2500),
        ])
    }

    /// Repairs `announced` for `problem` with a fixed budget (deterministic).
    static func replan(
        _ problem: ScheduleProblem, announced: Schedule = announced(), frozenUntil seconds: Double,
        keepBonus: Double = 300
    ) throws -> ReplanResult {
        let compiled = try CompiledProblem(problem)
        let options = ReplanOptions(keepBonusSeconds: keepBonus, timeLimitSeconds: nil, epochs: 10, threads: 2)
        let result = Replanner(
            problem: compiled, announced: announced, frozenUntil: Fixture.t(seconds), options: options
        )
        .replan()
        checkRepair(result, problem: problem, announced: announced, frozenUntil: seconds)
        return result
    }

    /// The checks every repaired schedule must pass: the validator finds nothing; every frozen
    /// announced contact the change allows is there exactly; nothing else starts (setup
    /// included) inside the frozen horizon.
    static func checkRepair(_ result: ReplanResult, problem: ScheduleProblem, announced: Schedule, frozenUntil: Double)
    {
        let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
        #expect(violations.isEmpty, "\(violations)")
        let validator = ScheduleValidator(problem: problem)
        func busyStart(_ contact: Contact) -> Double {
            let setup = problem.antennas.first { $0.id == contact.resource }?.setupSeconds ?? 0
            return contact.start.seconds(since: Fixture.origin) - setup
        }
        let revised = Set(result.schedule.contacts)
        for contact in announced.contacts where busyStart(contact) < frozenUntil - 1e-6 {
            let allowed = validator.violations(of: Schedule(contacts: [contact])).isEmpty
            #expect(revised.contains(contact) == allowed, "frozen \(contact.request)@\(contact.resource)")
        }
        let before = Set(announced.contacts)
        for contact in result.schedule.contacts where !before.contains(contact) {
            #expect(busyStart(contact) >= frozenUntil - 1e-6, "new \(contact.request) inside the frozen horizon")
        }
    }

    /// "request@resource" of each contact, sorted.
    static func names(_ contacts: [Contact]) -> [String] { contacts.map { "\($0.request)@\($0.resource)" }.sorted() }
}
