import Scheduling

/// An exact reference for tiny full-pass problems that shares nothing with the solver: every
/// subset of the possible contacts (each view period of each request, whole) is checked by
/// the validator, and the best valid one's served time is the optimum.
enum BruteForce {
    /// The most contact time (seconds) any valid schedule of `problem` serves.
    static func optimum(_ problem: ScheduleProblem) -> Double {
        var contacts: [Contact] = []
        for entry in problem.viewPeriods {
            for period in entry.periods {
                contacts.append(
                    Contact(request: entry.request, resource: entry.resource, start: period.start, end: period.end))
            }
        }
        precondition(contacts.count <= 16, "too many contacts to enumerate")
        let validator = ScheduleValidator(problem: problem)
        var best = 0.0
        for mask in 0..<(1 << contacts.count) {
            let chosen = contacts.indices.filter { mask & (1 << $0) != 0 }.map { contacts[$0] }
            let served = chosen.reduce(0.0) { $0 + (($1.durationSeconds * 1000).rounded() / 1000) }
            guard served > best else { continue }
            if validator.violations(of: Schedule(contacts: chosen)).isEmpty { best = served }
        }
        return best
    }
}

/// A small deterministic generator for test instances (SplitMix64).
struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Int(z % UInt64(range.count))
    }
}

extension SolverTests {
    /// A random full-pass problem: `spacecraft` requests (1–2 contacts each) with 1–3 view
    /// periods of 200–700 s on random antennas within 3000 s, setup 30–120 s.
    static func randomInstance(_ random: inout TestRandom, spacecraft: Int = 6, antennas: Int = 3) -> ScheduleProblem {
        let horizon = 3_000.0
        let antennaList = (0..<antennas).map {
            ScheduleProblem.Antenna(
                id: "A\($0)", owner: "p", setupSeconds: Double(random.int(30...120)),
                teardownSeconds: Double(random.int(0...60)))
        }
        var requests: [ScheduleProblem.Request] = []
        var periods: [ScheduleProblem.ViewPeriods] = []
        var count = 0
        for index in 0..<spacecraft {
            let id = "s\(index)"
            requests.append(Fixture.pass(id, partner: "p", contacts: random.int(1...2), horizon: horizon))
            var byAntenna: [Int: [(Double, Double)]] = [:]
            for _ in 0..<random.int(1...3) where count < 14 || spacecraft > 6 {
                let start = Double(random.int(0...2_200))
                let antenna = random.int(0...(antennas - 1))
                if byAntenna[antenna]?.contains(where: { start < $0.1 && $0.0 < start + 700 }) == true { continue }
                byAntenna[antenna, default: []].append((start, start + Double(random.int(200...700))))
                count += 1
            }
            for antenna in byAntenna.keys.sorted() {
                periods.append(Fixture.periods(id, "A\(antenna)", byAntenna[antenna]!.sorted { $0.0 < $1.0 }))
            }
        }
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p")], antennas: antennaList,
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests, viewPeriods: periods)
    }
}
