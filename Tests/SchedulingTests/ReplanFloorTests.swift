import Scheduling
import Testing

/// The mission floor in the re-planner, on a hand-made case whose answers are worked out by hand.
///
/// Antennas A and B (setup and teardown 60 s), one partner, one full pass wanted per request:
/// - r1 (mission m1): A or B 1000–1600 s, announced on A;
/// - r2 (mission m2): B 900–1700 s (800 s) or B 3000–3300 s (300 s), announced on B 900–1700;
/// - r3 (mission m3): A 5000–5500 s, announced.
/// A fails 900–1700 s, which kills r1's contact. r1 can only go to B at the same time, where r2 is.
/// Keeping r2 (the throughput repair) serves 800 + 500 s and leaves m1 with nothing; moving r2 to
/// its short pass serves 600 + 300 + 500 s but moves r2, and with a keep bonus of 300 s the
/// throughput repair keeps r2 (800 + 300 > 600 + 300).
@Suite("Re-planning with a mission floor")
struct ReplanFloorTests {
    static let horizon = 8_000.0

    static func problem() -> ScheduleProblem {
        let antennas = ["A", "B"].map {
            ScheduleProblem.Antenna(id: $0, owner: "p", setupSeconds: 60, teardownSeconds: 60)
        }
        var requests = ["r1", "r2", "r3"].map { Fixture.pass($0, partner: "p", contacts: 1, horizon: horizon) }
        for index in requests.indices { requests[index].mission = "m\(index + 1)" }
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p")], antennas: antennas,
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                Fixture.periods("r1", "A", [(1000, 1600)]), Fixture.periods("r1", "B", [(1000, 1600)]),
                Fixture.periods("r2", "B", [(900, 1700), (3000, 3300)]),
                Fixture.periods("r3", "A", [(5000, 5500)]),
            ])
    }

    static func announced() -> Schedule {
        Schedule(contacts: [
            Fixture.contact("r1", "A", 1000, 1600), Fixture.contact("r2", "B", 900, 1700),
            Fixture.contact("r3", "A", 5000, 5500),
        ])
    }

    /// Repairs the announced schedule after A fails 900–1700 s, nothing frozen, with `floors`.
    static func repair(_ problem: ScheduleProblem, floors: [String: Double]?) throws -> ReplanResult {
        var options = ReplanOptions(keepBonusSeconds: 300, timeLimitSeconds: nil, epochs: 10, threads: 2)
        options.missionFloorSeconds = floors
        let result = Replanner(
            problem: try CompiledProblem(problem), announced: announced(), frozenUntil: Fixture.t(0), options: options
        ).replan()
        ReplanFixture.checkRepair(result, problem: problem, announced: announced(), frozenUntil: 0)
        return result
    }

    static func outage() throws -> ScheduleProblem {
        try problem().applying([.outage(antenna: "A", span: Fixture.span(900, 1700))])
    }

    @Test("without a floor the repair keeps r2 and leaves mission m1 with nothing")
    func withoutFloor() throws {
        let result = try Self.repair(Self.outage(), floors: nil)
        #expect(ReplanFixture.names(result.schedule.contacts) == ["r2@B", "r3@A"])
        #expect(result.metrics.servedSeconds == 1300)
        #expect(result.floorHolds == nil)
    }

    @Test("with the announced run's floor, r2 moves to its short pass so that m1 keeps its floor")
    func floorHeld() throws {
        // Floors of U = 0.7 (each mission alone gets what it wants): m1 0.3 × 600 = 180 s,
        // m2 0.3 × 800 = 240 s, m3 0.3 × 500 = 150 s. Only r1 on B and r2 on its 300 s pass holds them.
        let result = try Self.repair(Self.outage(), floors: ["m1": 180, "m2": 240, "m3": 150])
        #expect(result.floorHolds == true)
        #expect(result.floorShortfalls.isEmpty)
        #expect(result.changes.reassigned.map(\.revised) == [Fixture.contact("r1", "B", 1000, 1600)])
        #expect(result.changes.shifted.map(\.revised) == [Fixture.contact("r2", "B", 3000, 3300)])
        #expect(result.moved == 2 && result.discretionaryMoves == 1)
        #expect(result.metrics.servedSeconds == 1400)
    }

    @Test("floors that cannot all hold are reported: contested, or out of reach")
    func floorsReported() throws {
        // U = 0.5: m1 300 s, m2 400 s. r1 on B and r2 at 900–1700 collide, and r2's other pass
        // (300 s) is below m2's floor: every schedule leaves one short. Short m2 by 100 s costs
        // less than short m1 by 300 s, so m2 is reported, contested (alone it reaches 800 s).
        let contested = try Self.repair(Self.outage(), floors: ["m1": 300, "m2": 400, "m3": 250])
        #expect(contested.floorHolds == false)
        #expect(
            contested.floorShortfalls == [
                FloorShortfall(
                    mission: "m2", floorSeconds: 400, receivedSeconds: 300, reachableSeconds: 800, reason: .contested)
            ])
        #expect(contested.metrics.servedSeconds == 1400)
        // With r1's pass on B gone too, m1 cannot reach its floor whatever moves: out of reach,
        // and the repair keeps r2 where it was.
        let gone = try Self.outage().applying([.viewPeriods(request: "r1", resource: "B", periods: [])])
        let unreachable = try Self.repair(gone, floors: ["m1": 180, "m2": 240, "m3": 150])
        #expect(unreachable.floorHolds == false)
        #expect(
            unreachable.floorShortfalls == [
                FloorShortfall(
                    mission: "m1", floorSeconds: 180, receivedSeconds: 0, reachableSeconds: 0, reason: .outOfReach)
            ])
        #expect(ReplanFixture.names(unreachable.schedule.contacts) == ["r2@B", "r3@A"])
        #expect(unreachable.moved == 1)
    }
}

extension ReplanFloorTests {
    @Test("on tiny instances the repair holds the announced floor whenever some schedule does")
    func floorAgainstBruteForce() throws {
        var random = TestRandom(seed: 4_711)
        var held = 0
        var impossible = 0
        for instance in 0..<6 {
            let base = MissionFloorTests.instance(&random)
            let lowest = try BruteForce.missionFloorOptimum(base, unsatisfied: 1).lowestUMax
            let solved = try MissionFloorTests.solve(
                base, floor: MissionFloor(unsatisfied: min(1, lowest + 0.3)), seed: UInt64(instance + 1))
            let compiled = try CompiledProblem(base)
            let floorSeconds = try #require(solved.floorSeconds)
            let floors = Dictionary(uniqueKeysWithValues: zip(compiled.missions, floorSeconds))
            // Antenna A0 fails from 1200 s to 1800 s; the first 400 s are frozen.
            let problem = try base.applying([.outage(antenna: "A0", span: Fixture.span(1200, 1800))])
            var options = ReplanOptions(
                keepBonusSeconds: 100, seed: UInt64(instance + 1), timeLimitSeconds: nil, epochs: 10)
            options.missionFloorSeconds = floors
            let result = Replanner(
                problem: try CompiledProblem(problem), announced: solved.schedule, frozenUntil: Fixture.t(400),
                options: options
            ).replan()
            ReplanFixture.checkRepair(result, problem: problem, announced: solved.schedule, frozenUntil: 400)
            // Does any schedule that keeps the frozen rule give every mission its floor?
            let changed = try CompiledProblem(problem)
            let all = ReplanBruteForceTests.enumerate(problem, announced: solved.schedule, frozenUntil: 400) { _, _ in
                true
            }
            let possible = all.contains { schedule in
                var received = [String: Double]()
                var served = [String: Double]()
                for contact in schedule.contacts { served[contact.request, default: 0] += contact.durationSeconds }
                for request in changed.requests {
                    received[changed.missions[request.mission], default: 0] += min(
                        served[request.id] ?? 0, Double(request.wantedMillis) / 1000)
                }
                return floors.allSatisfy { (received[$0.key] ?? 0) >= $0.value - 0.001 }
            }
            if possible {
                #expect(result.floorHolds == true, "instance \(instance): \(result.floorShortfalls)")
                held += 1
            } else {
                #expect(result.floorHolds == false, "instance \(instance)")
                #expect(!result.floorShortfalls.isEmpty)
                impossible += 1
            }
            for short in result.floorShortfalls where short.reason == .outOfReach {
                #expect(short.reachableSeconds < short.floorSeconds, "instance \(instance): \(short)")
            }
        }
        // Measured: 5 of the 6 instances have a schedule holding every floor (the repair holds it on
        // all 5); on the sixth none does and the repair reports it.
        #expect(held + impossible == 6)
        #expect(held >= 4, "only \(held) instances where the floor can be held")
    }
}
