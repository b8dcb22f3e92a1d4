import Scheduling
import Testing

@Suite("What-if")
struct WhatIfTests {
    static let options = SchedulerOptions(seed: 5, timeLimitSeconds: nil, epochs: 20, movesPerEpoch: 20, threads: 2)

    /// One antenna of p. p: four back-to-back 1000 s passes; q: one 1000 s pass across p's
    /// second and third (the solver suite's fairness case). Shares ½ and ½.
    static func oneAntenna() -> ScheduleProblem {
        let horizon = 5_000.0
        var requests = (1...4).map { Fixture.pass("p\($0)", partner: "p", contacts: 1, horizon: horizon) }
        requests.append(Fixture.pass("q", partner: "q", contacts: 1, horizon: horizon))
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 0.5), .init(id: "q", share: 0.5)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: requests.map { .init(id: $0.spacecraft) },
            requests: requests,
            viewPeriods: [
                Fixture.periods("p1", "A", [(0, 1000)]), Fixture.periods("p2", "A", [(1000, 2000)]),
                Fixture.periods("p3", "A", [(2000, 3000)]), Fixture.periods("p4", "A", [(3000, 4000)]),
                Fixture.periods("q", "A", [(1500, 2500)]),
            ])
    }

    @Test("taking q's entitlement away gives p the two passes q's one blocked")
    func shares() throws {
        // Base (½, ½): q's guarantee min(½ × delivered, 1000 s alone) forces q in: p1 + q + p4,
        // p 2000 s, q 1000 s. With q's share 0 its guarantee is 0: all four of p's, 4000 s.
        let report = try WhatIf.compare(base: Self.oneAntenna(), scenario: .shares(["p": 1]), options: Self.options)
        let rows = report.partners
        #expect(rows.map(\.partner) == ["p", "q"])
        #expect(rows.map(\.base.servedSeconds) == [2000, 1000])
        #expect(rows.map(\.scenario.servedSeconds) == [4000, 0])
        #expect(rows.map(\.servedDeltaSeconds) == [2000, -1000])
        #expect(rows.map(\.entitlementDelta) == [0.5, -0.5])
        #expect(abs(rows[1].receivedShareDelta + 1.0 / 3) < 1e-12)
        #expect(report.servedDeltaSeconds == 1000)
        #expect(report.base.guaranteeHolds && report.scenarioMetrics.guaranteeHolds)
        let validator = ScheduleValidator(problem: report.scenarioProblem)
        #expect(validator.violations(of: report.scenarioResult.schedule).isEmpty)
        #expect(report.table.contains("q | 1000 | 0 | -1000 | 33.3% → 0.0% | 50.0% → 0.0%"))
    }

    /// A (p's) and B (q's), both all horizon. p1: A 0–1000; p2: A or B 0–1000; q1: B 2000–2600.
    static func twoOwners() -> ScheduleProblem {
        let horizon = 4_000.0
        let requests = [
            Fixture.pass("p1", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("p2", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("q1", partner: "q", contacts: 1, horizon: horizon),
        ]
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p"), .init(id: "q")],
            antennas: [.init(id: "A", owner: "p"), .init(id: "B", owner: "q")],
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                Fixture.periods("p1", "A", [(0, 1000)]), Fixture.periods("p2", "A", [(0, 1000)]),
                Fixture.periods("p2", "B", [(0, 1000)]), Fixture.periods("q1", "B", [(2000, 2600)]),
            ])
    }

    @Test("a partner withdrawing its antenna loses its passes and its entitlement, and so does the other")
    func withdrawal() throws {
        // Base: p1@A, p2@B, q1@B: p 2000 s, q 600 s; contribution shares ½ and ½.
        // q withdraws B: only A is left (p1 or p2, 1000 s); q1 is never in view; shares 1 and 0.
        let report = try WhatIf.compare(
            base: Self.twoOwners(), scenario: .withdrawAntennas(ofPartner: "q"), options: Self.options)
        let rows = report.partners
        #expect(rows.map(\.base.servedSeconds) == [2000, 600])
        #expect(rows.map(\.scenario.servedSeconds) == [1000, 0])
        #expect(rows.map(\.servedDeltaSeconds) == [-1000, -600])
        #expect(rows.map(\.base.share) == [0.5, 0.5])
        #expect(rows.map(\.scenario.share) == [1, 0])
        #expect(report.scenarioProblem.antennas.map(\.id) == ["A"])
        #expect(report.scenarioProblem.viewPeriods.allSatisfy { $0.resource == "A" })
        #expect(report.servedDeltaSeconds == -1600)
    }

    @Test("shares by contribution follow each partner's antenna time less downtime")
    func contributionRule() throws {
        // Explicit ⅒ / ⁹⁄₁₀; by contribution A (p, 4000 s) and B (q, 4000 − 2000 s down): ⅔ and ⅓.
        var problem = Self.twoOwners()
        problem.partners = [.init(id: "p", share: 0.1), .init(id: "q", share: 0.9)]
        problem.antennas[1].downtime = [Fixture.span(2000, 4000)]
        let report = try WhatIf.compare(base: problem, scenario: .proportionalToContribution, options: Self.options)
        let shares = report.partners.map(\.scenario.share)
        #expect(abs(shares[0] - 2.0 / 3) < 1e-12 && abs(shares[1] - 1.0 / 3) < 1e-12)
        #expect(report.partners.map(\.base.share) == [0.1, 0.9])
        // q1's pass on B is now in downtime: q gets nothing in either run.
        #expect(report.partners.map(\.scenario.servedSeconds) == [2000, 0])
    }

    @Test("a scenario naming an unknown partner is refused, naming the field")
    func unknownPartner() {
        let error = #expect(throws: SchedulingError.self) {
            try Self.oneAntenna().applying(WhatIfScenario.shares(["nasa": 1]))
        }
        #expect(error?.code == .unknownReference)
        #expect(error?.field == "scenario.shares.nasa")
    }
}
