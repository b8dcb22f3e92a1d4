import Scheduling
import Testing

/// The ejection chain on a case worked out by hand: the outage's casualty can only come back by
/// moving two other contacts one antenna along, which no single insertion or best response finds.
///
/// Antennas A, B, C (setup and teardown 60 s), one partner, one full pass wanted per spacecraft:
/// - s1: A or B 1000–1600 s, announced on A;
/// - s2: B or C 900–1700 s, announced on B;
/// - s3: C 800–1800 s or A 2000–3000 s, announced on C.
/// A fails 900–1700 s and kills s1. s1 fits on B only if s2 goes to C, and s2 fits there only if s3
/// goes to A after the outage: 600 + 800 + 1000 = 2400 s served with s2 and s3 moved, against
/// 800 + 1000 = 1800 s keeping both; with a keep bonus of 200 s the chain gains 2400 − 2200 = 200.
@Suite("Re-planning: ejection chains")
struct ReplanEjectionChainTests {
    static func problem() -> ScheduleProblem {
        let antennas = ["A", "B", "C"].map {
            ScheduleProblem.Antenna(id: $0, owner: "p", setupSeconds: 60, teardownSeconds: 60)
        }
        let requests = ["s1", "s2", "s3"].map { Fixture.pass($0, partner: "p", contacts: 1, horizon: 8_000) }
        return ScheduleProblem(
            horizon: Fixture.span(0, 8_000), partners: [.init(id: "p")], antennas: antennas,
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                Fixture.periods("s1", "A", [(1000, 1600)]), Fixture.periods("s1", "B", [(1000, 1600)]),
                Fixture.periods("s2", "B", [(900, 1700)]), Fixture.periods("s2", "C", [(900, 1700)]),
                Fixture.periods("s3", "C", [(800, 1800)]), Fixture.periods("s3", "A", [(2000, 3000)]),
            ])
    }

    static let announced = Schedule(contacts: [
        Fixture.contact("s1", "A", 1000, 1600), Fixture.contact("s2", "B", 900, 1700),
        Fixture.contact("s3", "C", 800, 1800),
    ])

    /// The repair with no relaxation and no ruin-and-recreate, chains on or off.
    static func repair(chains: Bool) throws -> ReplanResult {
        let problem = try problem().applying([.outage(antenna: "A", span: Fixture.span(900, 1700))])
        var options = ReplanOptions(
            keepBonusSeconds: 200, timeLimitSeconds: nil, epochs: 0, threads: 2, relaxation: false)
        options.ejectionChains = chains
        let result = Replanner(
            problem: try CompiledProblem(problem), announced: announced, frozenUntil: Fixture.t(0), options: options
        ).replan()
        ReplanFixture.checkRepair(result, problem: problem, announced: announced, frozenUntil: 0)
        return result
    }

    @Test("a two-level chain brings the killed contact back by moving two others one antenna along")
    func twoLevelChain() throws {
        let result = try Self.repair(chains: true)
        #expect(ReplanFixture.names(result.schedule.contacts) == ["s1@B", "s2@C", "s3@A"])
        #expect(result.metrics.servedSeconds == 2400)
        #expect(result.moved == 3 && result.discretionaryMoves == 2)
        // Without the chains (and with nothing else that searches), s1 stays out.
        let without = try Self.repair(chains: false)
        #expect(ReplanFixture.names(without.schedule.contacts) == ["s2@B", "s3@C"])
        #expect(without.metrics.servedSeconds == 1800)
        #expect(without.moved == 1)
    }
}
