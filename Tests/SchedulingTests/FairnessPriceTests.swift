import Scheduling
import Testing

/// The fairness goal on instances small enough to solve exactly: with the guarantee's
/// tolerance at 0 and 2%, the solver holds the guarantee exactly and gives up no more served
/// time than the exact price of that tolerance plus one percentage point. The exact values come
/// from enumerating every subset of whole view periods through the validator (`BruteForce`),
/// sharing nothing with the solver.
@Suite("Fairness price")
struct FairnessPriceTests {
    /// A random three-partner problem (shares 0.5, 0.3, 0.2; requests dealt round-robin).
    static func instance(
        _ random: inout TestRandom, tolerance: Double, spacecraft: Int = 6, antennas: Int = 2
    ) -> ScheduleProblem {
        var problem = SolverTests.randomInstance(&random, spacecraft: spacecraft, antennas: antennas)
        let partners = ["p", "q", "r"]
        for index in problem.requests.indices { problem.requests[index].partner = partners[index % 3] }
        problem.partners = [.init(id: "p", share: 0.5), .init(id: "q", share: 0.3), .init(id: "r", share: 0.2)]
        problem.fairnessTolerance = tolerance
        return problem
    }

    @Test("holds the guarantee at 0% and 2% tolerance within the exact price plus one point", arguments: [0.0, 0.02])
    func priceWithinOnePoint(tolerance: Double) throws {
        var random = TestRandom(seed: 4_242)
        var checked = 0
        for instance in 0..<40 where checked < 8 {
            let problem = Self.instance(&random, tolerance: tolerance)
            let exact = BruteForce.fairOptimum(problem)
            // Skipped when only the empty schedule holds the guarantee (every partner's guarantee
            // is then 0): on most of these instances any contact leaves some partner below its
            // share of what is delivered.
            guard let fairBest = exact.fair, fairBest > 0 else { continue }
            let compiled = try CompiledProblem(problem)
            let options = SchedulerOptions(
                seed: UInt64(instance + 1), timeLimitSeconds: nil, epochs: 20, movesPerEpoch: 20, threads: 2,
                enforceFairness: true, aloneSeconds: exact.alone)
            let result = Scheduler(problem: compiled, options: options).solve()
            let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
            #expect(violations.isEmpty, "instance \(instance): \(violations)")
            #expect(result.metrics.guaranteeHolds, "instance \(instance)")
            let served = result.metrics.servedSeconds
            #expect(
                served >= fairBest - 0.01 * exact.throughput - 1e-6, "instance \(instance): \(served) vs \(fairBest)")
            checked += 1
        }
        #expect(checked >= 4, "too few instances with a fair schedule to check")
    }
}

extension FairnessPriceTests {
    /// Beyond enumeration (12 spacecraft, 3 antennas, up to 36 candidates, seed 31) at 2%: the
    /// solver holds the guarantee exactly and serves something on every instance. Measured in
    /// session 6: the session 5 repairs left 4 of the 6 short (2.4–12% below the guarantee);
    /// with the exact neighbourhoods (`SearchChain.repairByWindows`), all 6 hold, serving
    /// 2665–4821 s of 4149–4950 s of throughput.
    @Test("holds the guarantee at 2% on instances too large to enumerate")
    func holdsBeyondEnumeration() throws {
        for (instance, result, problem) in try Self.solvedBeyondEnumeration(seed: 31) {
            #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty, "instance \(instance)")
            #expect(result.metrics.guaranteeHolds, "instance \(instance): \(result.metrics.partners)")
            #expect(result.metrics.servedSeconds > 0, "instance \(instance)")
        }
    }

    /// The same on seven more seeds (42 instances). Measured in session 21: neighbourhoods of 16
    /// candidates alone leave 5 of them short (4 with the small partners' weight in the score);
    /// the second pass at 24 candidates holds all 42. Since session 22 (the fair schedule packed
    /// by exact neighbourhoods) 38 serve something; on the other 4 the exact MILP finds that only
    /// the empty schedule holds (with shares 5:3:2 and a 2% tolerance the partners' contact
    /// times must nearly keep those ratios, which a few whole contacts often cannot). This test
    /// runs without Python and uses the solver's own alone times, so it asserts the guarantee;
    /// the served time is checked against the MILP in
    /// `priceWithinOnePointBeyondEnumeration(seed:)`.
    @Test(
        "holds the guarantee at 2% on seven more seeds of instances too large to enumerate",
        arguments: [7, 99, 2026, 5, 11, 13, 17] as [UInt64])
    func holdsBeyondEnumerationOnMoreSeeds(seed: UInt64) throws {
        for (instance, result, problem) in try Self.solvedBeyondEnumeration(seed: seed) {
            let name = "seed \(seed), instance \(instance)"
            #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty, "\(name)")
            #expect(result.metrics.guaranteeHolds, "\(name): \(result.metrics.partners)")
        }
    }

    /// Six random instances of 12 spacecraft on 3 antennas (three partners, shares 0.5, 0.3 and
    /// 0.2, tolerance 2%) from `seed`, each solved with fairness enforced (10 epochs, 2 threads).
    static func solvedBeyondEnumeration(
        seed: UInt64
    ) throws -> [(instance: Int, result: SchedulerResult, problem: ScheduleProblem)] {
        var random = TestRandom(seed: seed)
        var solved: [(instance: Int, result: SchedulerResult, problem: ScheduleProblem)] = []
        for instance in 0..<6 {
            let problem = beyondEnumeration(&random)
            let options = SchedulerOptions(
                seed: UInt64(instance + 1), timeLimitSeconds: nil, epochs: 10, movesPerEpoch: 10, threads: 2,
                enforceFairness: true)
            solved.append(
                (instance, Scheduler(problem: try CompiledProblem(problem), options: options).solve(), problem))
        }
        return solved
    }

    /// The next random instance of 12 spacecraft on 3 antennas from `random`: three partners
    /// (shares 0.5, 0.3 and 0.2, requests dealt round-robin), tolerance 2% unless given.
    static func beyondEnumeration(_ random: inout TestRandom, tolerance: Double = 0.02) -> ScheduleProblem {
        instance(&random, tolerance: tolerance, spacecraft: 12, antennas: 3)
    }

    /// Worked by hand: q's only pass (A0, 100–300 s) lies under p1's pass on A0 (0–1000 s);
    /// p1 has a shorter pass on A1 (1500–2200 s) and p2 holds A1 from 0 to 1000 s. The
    /// throughput optimum (p1 on A0, p2 on A1: 2000 s) leaves q with nothing, below its
    /// guarantee (its alone time, 200 s, at tolerance 0). Removing p1 for q gives 1200 s; the
    /// fair optimum moves p1 to A1 instead: q 200 + p1 700 + p2 1000 = 1900 s.
    @Test("a short partner's only pass is freed by moving another partner's contact to another antenna")
    func movesTheBlockingContact() throws {
        let horizon = 3_000.0
        let antennas = ["A0", "A1"].map {
            ScheduleProblem.Antenna(id: $0, owner: "p", setupSeconds: 0, teardownSeconds: 0)
        }
        let requests = [
            Fixture.pass("p1", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("p2", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("q1", partner: "q", contacts: 1, horizon: horizon),
        ]
        var problem = ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 0.5), .init(id: "q", share: 0.5)],
            antennas: antennas, spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                Fixture.periods("p1", "A0", [(0, 1000)]), Fixture.periods("p1", "A1", [(1500, 2200)]),
                Fixture.periods("p2", "A1", [(0, 1000)]), Fixture.periods("q1", "A0", [(100, 300)]),
            ])
        problem.fairnessTolerance = 0
        let exact = BruteForce.fairOptimum(problem)
        #expect(exact.throughput == 2000 && exact.alone == [2000, 200] && exact.fair == 1900)
        let options = SchedulerOptions(
            seed: 1, timeLimitSeconds: nil, epochs: 1, movesPerEpoch: 1, threads: 1, enforceFairness: true,
            aloneSeconds: exact.alone)
        let result = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty)
        #expect(result.metrics.guaranteeHolds)
        #expect(abs(result.metrics.servedSeconds - 1900) < 1e-3, "served \(result.metrics.servedSeconds)")
        #expect(result.schedule.contacts.contains { $0.request == "p1" && $0.resource == "A1" })
    }
}

extension BruteForce {
    /// The exact throughput optimum, each partner's alone optimum (seconds, in the problem's
    /// partner order) and the best served time of a schedule holding the guarantee with those
    /// alone values (nil when none does) with that schedule's contacts, by enumerating every
    /// valid subset of whole periods.
    static func fairOptimum(
        _ problem: ScheduleProblem
    ) -> (throughput: Double, alone: [Double], fair: Double?, fairSchedule: [Contact]) {
        var contacts: [Contact] = []
        for entry in problem.viewPeriods {
            for period in entry.periods {
                contacts.append(
                    Contact(request: entry.request, resource: entry.resource, start: period.start, end: period.end))
            }
        }
        precondition(contacts.count <= 16, "too many contacts to enumerate")
        let partnerOf = Dictionary(uniqueKeysWithValues: problem.requests.map { ($0.id, $0.partner) })
        let partners = problem.partners.map(\.id)
        let validator = ScheduleValidator(problem: problem)
        var valid: [[Double]] = []  // per valid subset: each partner's served seconds
        var masks: [Int] = []  // per valid subset: its contacts
        for mask in 0..<(1 << contacts.count) {
            let chosen = contacts.indices.filter { mask & (1 << $0) != 0 }.map { contacts[$0] }
            guard validator.violations(of: Schedule(contacts: chosen)).isEmpty else { continue }
            var received = [Double](repeating: 0, count: partners.count)
            for contact in chosen {
                received[partners.firstIndex(of: partnerOf[contact.request]!)!] +=
                    (contact.durationSeconds * 1000).rounded() / 1000
            }
            valid.append(received)
            masks.append(mask)
        }
        let throughput = valid.map { $0.reduce(0, +) }.max() ?? 0
        // A partner alone: the best of its own time over schedules of its contacts only, which
        // are valid subsets whose other partners receive nothing.
        let alone = partners.indices.map { partner in
            valid.filter { row in row.indices.allSatisfy { $0 == partner || row[$0] == 0 } }.map { $0[partner] }.max()
                ?? 0
        }
        let total = problem.partners.compactMap(\.share).reduce(0, +)
        let shares = problem.partners.map { ($0.share ?? 0) / total }
        var fair: Double? = nil
        var fairMask = 0
        for (row, mask) in zip(valid, masks) {
            let delivered = row.reduce(0, +)
            let holds = partners.indices.allSatisfy { partner in
                row[partner] >= (1 - problem.fairnessTolerance) * min(shares[partner] * delivered, alone[partner])
                    - 1e-3
            }
            if holds && delivered > (fair ?? -1) {
                fair = delivered
                fairMask = mask
            }
        }
        let fairSchedule = contacts.indices.filter { fairMask & (1 << $0) != 0 }.map { contacts[$0] }
        return (throughput, alone, fair, fairSchedule)
    }
}
