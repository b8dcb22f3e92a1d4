import Scheduling
import Testing

@Suite("Schedule metrics")
struct MetricsTests {
    @Test("served time, unsatisfied fractions, guarantee shortfall and Jain's index of a known schedule")
    func knownSchedule() throws {
        let problem = try CompiledProblem(Fixture.everyRule())
        let schedule = Schedule(contacts: Fixture.everyRuleValid)
        // Alone: a could get 1600 s, b 2300 s (given, as an exact solver would).
        let metrics = ScheduleMetrics(problem: problem, schedule: schedule, aloneSeconds: [1600, 2300])
        #expect(metrics.servedSeconds == 2700)
        #expect(metrics.contactCount == 6)
        // Wanted: r1 2 × 800 = 1600; r2 its three longest full passes 500 + 400 + 400 = 1300
        // (3800–4200 is clipped to 200 by the window); r3 1000.
        #expect(metrics.wantedSeconds == 3900)
        let a = metrics.partners[0]
        let b = metrics.partners[1]
        #expect(a.servedSeconds == 900)
        #expect(b.servedSeconds == 1800)
        #expect(abs(a.unsatisfied - (1 - 900.0 / 1600)) < 1e-12)
        #expect(abs(b.unsatisfied - (1 - 1800.0 / 2300)) < 1e-12)
        #expect(abs(a.receivedShare - 1.0 / 3) < 1e-12)
        // Guarantee min(0.5 × 2700, alone): 1350 for both; a is 450 s (one third) short.
        #expect(a.guaranteeSeconds == 1350)
        #expect(b.guaranteeSeconds == 1350)
        #expect(abs(a.shortfall - 1.0 / 3) < 1e-12)
        #expect(b.shortfall == 0)
        #expect(abs(metrics.maxShortfall - 1.0 / 3) < 1e-12)
        #expect(!metrics.guaranteeHolds)
        // Jain over received / guarantee = 2/3 and 4/3: 2² / (2 × (4/9 + 16/9)) = 0.9.
        #expect(abs(metrics.jainIndex - 0.9) < 1e-12)
        #expect(abs(metrics.partnerUMax - 0.4375) < 1e-12)
        let rms = ((0.4375 * 0.4375 + (500.0 / 2300) * (500.0 / 2300)) / 2).squareRoot()
        #expect(abs(metrics.partnerURMS - rms) < 1e-12)
        // Missions default to spacecraft: s1 (r1 + r3) 1800 of 2600 s, s2 900 of 1300 s.
        #expect(metrics.missions.map(\.name) == ["s1", "s2"])
        #expect(abs(metrics.missions[0].unsatisfied - 800.0 / 2600) < 1e-12)
        #expect(abs(metrics.missions[1].unsatisfied - 400.0 / 1300) < 1e-12)
    }

    @Test("the guarantee caps a partner's entitlement at what it could use alone")
    func guaranteeCap() {
        let guarantee = FairnessGuarantee(shares: [0.5, 0.5], aloneMillis: [100_000, 10_000_000], tolerance: 0.05)
        // 1000 s delivered: a's guarantee is its alone 100 s, not 500 s.
        #expect(guarantee.guaranteeMillis(0, delivered: 1_000_000) == 100_000)
        #expect(guarantee.guaranteeMillis(1, delivered: 1_000_000) == 500_000)
        // 95 s of 100 s is within 5%; 94 s is not.
        #expect(guarantee.holds(received: [95_000, 905_000], delivered: 1_000_000))
        #expect(!guarantee.holds(received: [94_000, 906_000], delivered: 1_000_000))
        #expect(guarantee.deficitMillis(0, received: 94_000, delivered: 1_000_000) == 1_000)
    }
}
