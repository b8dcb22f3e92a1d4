import Scheduling
import Testing

@Suite("Solver")
struct SolverTests {
    /// Solves `problem` with a fixed epoch budget and checks the schedule with the validator.
    func solve(
        _ problem: ScheduleProblem, fair: Bool = false, epochs: Int = 20, seed: UInt64 = 7
    ) throws
        -> SchedulerResult
    {
        let compiled = try CompiledProblem(problem)
        let options = SchedulerOptions(
            seed: seed, timeLimitSeconds: nil, epochs: epochs, movesPerEpoch: 20, threads: 2, enforceFairness: fair)
        let result = Scheduler(problem: compiled, options: options).solve()
        let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
        #expect(violations.isEmpty, "\(violations)")
        return result
    }

    @Test("finds the hand-worked optimum where taking the longest pass first loses")
    func handMadeOptimum() throws {
        // On A, s1 (1000 s) blocks s2 + s3 (500 + 680 s, compatible: s2's teardown ends at
        // 560 s, s3's setup starts there); on B, s1 blocks s5 + s4 (700 + 600 s; 960 ≤ 1040).
        // s1 can use only one antenna, so the optimum leaves it out: 1180 + 1300 = 2480 s.
        let problem = try Fixture.roundTrip(Fixture.twoAntennas())
        let result = try solve(problem)
        #expect(result.metrics.servedSeconds == 2480)
        #expect(
            Set(result.schedule.contacts.map { "\($0.request)@\($0.resource)" }) == ["s2@A", "s3@A", "s5@B", "s4@B"])
        #expect(result.candidateCount == 6)
        // The relaxation proves it: its bound comes down to the optimum.
        #expect(abs((result.upperBoundSeconds ?? 0) - 2480) < 1)
    }

    @Test("matches a brute-force optimum on small random instances with binding contact limits")
    func bruteForce() throws {
        var generator = TestRandom(seed: 2026)
        for instance in 0..<6 {
            let problem = Self.randomInstance(&generator)
            let best = BruteForce.optimum(problem)
            let result = try solve(problem, seed: UInt64(instance + 1))
            #expect(result.metrics.servedSeconds == best, "instance \(instance)")
            // The relaxation's bound holds (to rounding of the subgradient arithmetic).
            let bound = try #require(result.upperBoundSeconds)
            #expect(bound >= best - 1e-6, "instance \(instance)")
        }
    }

    @Test("prefers an array when it serves more than the single antennas it blocks")
    func arrays() throws {
        let horizon = 2_000.0
        let requests = [
            Fixture.pass("deep", partner: "p", horizon: horizon), Fixture.pass("a", partner: "p", horizon: horizon),
            Fixture.pass("b", partner: "p", horizon: horizon),
        ]
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p")],
            antennas: [.init(id: "A", owner: "p"), .init(id: "B", owner: "p")],
            groups: [.init(id: "AB", members: ["A", "B"])], spacecraft: requests.map { .init(id: $0.spacecraft) },
            requests: requests,
            viewPeriods: [
                Fixture.periods("deep", "AB", [(0, 1000)]), Fixture.periods("a", "A", [(0, 400)]),
                Fixture.periods("b", "B", [(500, 900)]),
            ])
        let result = try solve(problem)
        #expect(result.metrics.servedSeconds == 1000)
        #expect(result.schedule.contacts.map(\.resource) == ["AB"])
    }

    @Test("holds the entitlement guarantee at its exact price")
    func fairness() throws {
        // One antenna. p: four back-to-back 1000 s passes; q: one 1000 s pass across p's second
        // and third. Throughput takes p's four (4000 s, q nothing). Fair (5%): q's guarantee is
        // min(½ × delivered, 1000 s alone); the best fair schedule is p1 + q + p4 = 3000 s.
        let horizon = 5_000.0
        var requests = (1...4).map { Fixture.pass("p\($0)", partner: "p", horizon: horizon) }
        requests.append(Fixture.pass("q", partner: "q", horizon: horizon))
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 0.5), .init(id: "q", share: 0.5)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: requests.map { .init(id: $0.spacecraft) },
            requests: requests,
            viewPeriods: [
                Fixture.periods("p1", "A", [(0, 1000)]), Fixture.periods("p2", "A", [(1000, 2000)]),
                Fixture.periods("p3", "A", [(2000, 3000)]), Fixture.periods("p4", "A", [(3000, 4000)]),
                Fixture.periods("q", "A", [(1500, 2500)]),
            ])
        let throughput = try solve(problem)
        #expect(throughput.metrics.servedSeconds == 4000)
        #expect(throughput.metrics.partners[1].servedSeconds == 0)
        let fair = try solve(problem, fair: true)
        #expect(fair.aloneSeconds == [4000, 1000])
        #expect(fair.metrics.servedSeconds == 3000)
        #expect(fair.metrics.partners.map(\.servedSeconds) == [2000, 1000])
        #expect(fair.metrics.guaranteeHolds)
        #expect(fair.throughputServedSeconds == 4000)
        #expect(abs(fair.priceOfFairness - 0.25) < 1e-12)
    }

    @Test("splits a long request into tracks and stretches a flexible contact into free time")
    func splitAndStretch() throws {
        // One antenna, setup 600 s, teardown 300 s. r: 4 h in tracks ≥ 1 h, view 0–4 h and
        // 6–10 h; s: one contact of 1–2 h, view 2–8 h. Both fit whole: 4 h + 2 h.
        let hour = 3_600.0
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 12 * hour), partners: [.init(id: "p")],
            antennas: [.init(id: "A", owner: "p", setupSeconds: 600, teardownSeconds: 300)],
            spacecraft: [.init(id: "r"), .init(id: "s")],
            requests: [
                .init(
                    id: "r", spacecraft: "r", partner: "p", window: Fixture.span(0, 12 * hour), totalSeconds: 4 * hour,
                    split: .init(minTrackSeconds: hour)),
                .init(
                    id: "s", spacecraft: "s", partner: "p", window: Fixture.span(0, 12 * hour),
                    minContactSeconds: hour, maxContactSeconds: 2 * hour),
            ],
            viewPeriods: [
                Fixture.periods("r", "A", [(0, 4 * hour), (6 * hour, 10 * hour)]),
                Fixture.periods("s", "A", [(2 * hour, 8 * hour)]),
            ])
        let result = try solve(problem)
        #expect(result.metrics.servedSeconds == 6 * hour)
        #expect(result.metrics.partnerUMax == 0)
    }

    @Test("keeps every rule on a problem with all of them, and serves at least a hand-made schedule")
    func everyRule() throws {
        // Flexible and split requests, full passes, a group, downtime, a reservation and an
        // excluded partner (Fixture.everyRule): the hand-made valid schedule serves 2700 s.
        let result = try solve(Fixture.everyRule(), fair: true)
        #expect(result.metrics.servedSeconds >= 2700)
        #expect(result.metrics.contactCount >= 5)
    }

    @Test("gives the same schedule for the same seed and budget")
    func deterministic() throws {
        var generator = TestRandom(seed: 99)
        let problem = Self.randomInstance(&generator, spacecraft: 12, antennas: 4)
        let first = try solve(problem, fair: true, epochs: 6, seed: 3)
        let second = try solve(problem, fair: true, epochs: 6, seed: 3)
        #expect(first.schedule == second.schedule)
        #expect(first.epochs == 6 && first.moves == second.moves)
    }
}
