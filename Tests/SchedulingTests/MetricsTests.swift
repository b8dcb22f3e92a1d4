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

    @Test(
        "the score weighs a small partner's deficit up towards its fraction, at most tenfold; floors are not weighted")
    func scoredDeficit() {
        // 10 000 s delivered, no tolerance: guarantees 6000, 3000 and 1000 s, mean 3333.3 s.
        let guarantee = FairnessGuarantee(
            shares: [0.6, 0.3, 0.1], aloneMillis: [Int](repeating: 1 << 40, count: 3), tolerance: 0)
        let received = [5_000_000, 2_500_000, 500_000]
        #expect(guarantee.totalDeficitMillis(received: received, delivered: 10_000_000) == 2_000_000)
        // 1000 s × 1 (above the mean) + 500 s × 10/9 + 500 s × 10/3.
        let scored = guarantee.scoredDeficitMillis(received: received, delivered: 10_000_000)
        #expect(abs(scored - 3_222_222.222) < 0.01)
        #expect(guarantee.scoredDeficitMillis(received: [6_000_000, 3_000_000, 1_000_000], delivered: 10_000_000) == 0)
        // A guarantee of 100 s beside a mean of 3333.3 s would weigh 33.3: capped at 10.
        let tiny = FairnessGuarantee(
            shares: [0.5, 0.49, 0.01], aloneMillis: [Int](repeating: 1 << 40, count: 3), tolerance: 0)
        #expect(tiny.scoredDeficitMillis(received: [5_000_000, 4_900_000, 0], delivered: 10_000_000) == 1_000_000)
        // Mission floors are fixed targets: their deficits count in plain milliseconds.
        let floor = FairnessGuarantee.floor([1_000_000, 1_000])
        #expect(floor.scoredDeficitMillis(received: [0, 0], delivered: 0) == 1_001_000)
    }
}
