import Orbits
import Scheduling
import Testing

@Suite("View periods from TLEs")
struct VisibilityTests {
    /// The ISS from the active catalog of 2026-03-19 (../shared/data/catalog).
    static let iss = [
        "1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991",
        "2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798",
    ]

    /// Two antennas 300 km apart in Germany, 10° minimum elevation, and the array of both.
    func problem(window: TimeSpan) -> ScheduleProblem {
        let sites = [("weilheim", 47.88, 11.08), ("bremen", 53.11, 8.85)]
        let antennas = sites.map {
            ScheduleProblem.Antenna(
                id: $0.0, owner: "dlr",
                site: .init(latitudeDegrees: $0.1, longitudeDegrees: $0.2, minimumElevationDegrees: 10))
        }
        let horizon = Fixture.span(0, 86_400)
        return ScheduleProblem(
            horizon: horizon, partners: [.init(id: "dlr")], antennas: antennas,
            groups: [.init(id: "both", members: ["weilheim", "bremen"])],
            spacecraft: [.init(id: "iss", tle: Self.iss)],
            requests: [
                .init(
                    id: "r", spacecraft: "iss", partner: "dlr", window: window, contacts: 20, placement: .fullPass,
                    resources: ["weilheim", "bremen", "both"])
            ])
    }

    @Test("are the pass predictor's passes, clipped to the window; a group's are the common spans")
    func computedPeriods() throws {
        let window = Fixture.span(3_600, 80_000)
        let resolved = try problem(window: window).resolvingViewPeriods(threads: 1)
        let byResource = Dictionary(uniqueKeysWithValues: resolved.viewPeriods.map { ($0.resource, $0.periods) })
        // The reference: PassPredictor on the same inputs, directly.
        let stations = try resolved.antennas.map { antenna in
            try GroundStation(
                id: antenna.id, name: antenna.id, latitudeDegrees: antenna.site!.latitudeDegrees,
                longitudeDegrees: antenna.site!.longitudeDegrees, horizonMask: HorizonMask(minimumElevationDegrees: 10))
        }
        let satellite = SGP4Propagator(try MeanElements(tle: Self.iss.joined(separator: "\n")))
        let passes = PassPredictor(satellites: [satellite], stations: stations)
            .passes(from: Fixture.t(0), to: Fixture.t(86_400), threads: 1).passes
        for (index, id) in ["weilheim", "bremen"].enumerated() {
            let expected = passes.filter { $0.station == index }.compactMap { pass -> TimeSpan? in
                let start = max(pass.aos, window.start)
                let end = min(pass.los, window.end)
                return start < end ? TimeSpan(start: start, end: end) : nil
            }
            #expect(byResource[id] == expected, "\(id)")
            // A LEO station sees the ISS a few times a day above 10°.
            #expect((3...8).contains(expected.count), "\(id): \(expected.count) passes")
        }
        let group = try #require(byResource["both"])
        #expect(!group.isEmpty)
        for span in group {
            #expect(byResource["weilheim"]!.contains { $0.start <= span.start && span.end <= $0.end })
            #expect(byResource["bremen"]!.contains { $0.start <= span.start && span.end <= $0.end })
        }
        // The resolved problem schedules: every computed period is a full-pass candidate.
        let result = Scheduler(
            problem: try CompiledProblem(resolved),
            options: SchedulerOptions(timeLimitSeconds: nil, epochs: 4, enforceFairness: false)
        ).solve()
        #expect(ScheduleValidator(problem: resolved).violations(of: result.schedule).isEmpty)
        #expect(result.metrics.contactCount > 0)
    }

    @Test("names the spacecraft without a TLE that a computation needs")
    func missingTLE() {
        var problem = problem(window: Fixture.span(0, 86_400))
        problem.spacecraft[0].tle = nil
        #expect(throws: SchedulingError.self) { try problem.resolvingViewPeriods() }
        do {
            _ = try problem.resolvingViewPeriods()
        } catch {
            #expect(error.field == "spacecraft[0].tle")
            #expect(error.code == .missingField)
        }
    }
}
