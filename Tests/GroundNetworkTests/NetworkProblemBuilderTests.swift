import Consortium
import GroundNetwork
import Orbits
import Scheduling
import Testing

@Suite("Building the network's problem from the registry")
struct NetworkProblemBuilderTests {
    let builder = NetworkProblemBuilder(
        registry: NetworkFixtures.registry, requests: [NetworkFixtures.sentinelRequest],
        options: NetworkProblemBuilder.Options(setupSeconds: 120, teardownSeconds: 60, threads: 1))

    @Test("Partners, shares, antennas, downtime and reservations follow the agreement and the stations")
    func pool() throws {
        let built = try builder.build(span: NetworkFixtures.day)
        let problem = built.problem
        #expect(built.agreement == "iss-iga")
        #expect(built.parties == ["nasa", "esa", "jaxa"])
        #expect(built.contributors == ["nasa", "esa"])
        #expect(problem.partners.map(\.id) == ["nasa", "esa", "jaxa"])
        let shares = problem.partners.compactMap(\.share)
        #expect(shares.count == 3)
        for (share, expected) in zip(shares, [0.766, 0.106, 0.128]) { #expect(abs(share - expected) < 1e-12) }
        #expect(problem.antennas.map(\.id) == ["dsn-goldstone/DSS-14", "dsn-goldstone/DSS-24", "esa-kiruna"])
        #expect(problem.antennas.map(\.owner) == ["nasa", "nasa", "esa"])
        #expect(problem.antennas.allSatisfy { $0.setupSeconds == 120 && $0.teardownSeconds == 60 })
        let goldstone = problem.antennas[0]
        // The maintenance window as downtime; the reservation clipped to the span.
        #expect(
            goldstone.downtime == [
                TimeSpan(
                    start: NetworkFixtures.instant("2026-03-19T10:00:00Z"),
                    end: NetworkFixtures.instant("2026-03-19T12:00:00Z"))
            ])
        #expect(
            goldstone.reservations == [
                TimeSpan(start: NetworkFixtures.day.start, end: NetworkFixtures.instant("2026-03-19T02:00:00Z"))
            ])
        #expect(goldstone.site?.minimumElevationDegrees == 6)
        // Kiruna is offered 06:00-18:00 only: down before and after.
        #expect(
            problem.antennas[2].downtime == [
                TimeSpan(start: NetworkFixtures.day.start, end: NetworkFixtures.instant("2026-03-19T06:00:00Z")),
                TimeSpan(start: NetworkFixtures.instant("2026-03-19T18:00:00Z"), end: NetworkFixtures.day.end),
            ])
        // The parties' operational spacecraft with orbits; OrbitCo's is in no agreement.
        #expect(problem.spacecraft.map(\.id) == ["hst", "iss", "sentinel-2a"])
        #expect(problem.spacecraft[1].tle?.count == 3)
        #expect(built.notes == ["spacecraft 'esa-future' has no orbit; left out"])
    }

    @Test("Stored requests are clipped to the span; spacecraft without one get a default full-pass request")
    func requests() throws {
        let built = try builder.build(span: NetworkFixtures.day)
        let problem = built.problem
        #expect(problem.requests.map(\.id) == ["s2a-morning", "default-hst", "default-iss"])
        #expect(built.defaultRequests == ["default-hst", "default-iss"])
        let stored = problem.requests[0]
        #expect(stored.partner == "esa")
        #expect(
            stored.window
                == TimeSpan(start: NetworkFixtures.day.start, end: NetworkFixtures.instant("2026-03-19T12:00:00Z")))
        #expect(stored.contacts == 2 && stored.minContactSeconds == 300 && stored.maxContactSeconds == 600)
        #expect(stored.priority == .critical && stored.placement == .flexible)
        let iss = problem.requests[2]
        #expect(iss.partner == "nasa" && iss.placement == .fullPass && iss.priority == .routine)
        #expect(iss.window == NetworkFixtures.day && iss.minContactSeconds == 120)
        // As many contacts as distinct passes of 2 min or more over the pool (a pass seen from
        // both stations counting once).
        let passes = problem.viewPeriods.filter { $0.request == "default-iss" && $0.resource != "dsn-goldstone/DSS-24" }
            .flatMap(\.periods).filter { $0.durationSeconds >= 120 }.sorted { $0.start < $1.start }
        var distinct = 0
        var end: Instant?
        for pass in passes {
            if let current = end, pass.start < current {
                end = max(current, pass.end)
            } else {
                distinct += 1; end = pass.end
            }
        }
        #expect(iss.contacts == distinct)
        #expect(distinct >= 4, "the ISS passes over Goldstone or Kiruna several times a day")
    }

    @Test("View periods are the passes above each station's mask, clipped to the request's window")
    func viewPeriods() throws {
        let problem = try builder.build(span: NetworkFixtures.day).problem
        let issGoldstone = try #require(
            problem.viewPeriods.first { $0.request == "default-iss" && $0.resource == "dsn-goldstone/DSS-14" })
        let twin = try #require(
            problem.viewPeriods.first { $0.request == "default-iss" && $0.resource == "dsn-goldstone/DSS-24" })
        #expect(issGoldstone.periods == twin.periods)
        #expect(!issGoldstone.periods.isEmpty)
        // Independent geometry: SGP4 and look angles at each period's middle (above the 6° mask)
        // and 20 s outside it (below).
        let propagator = SGP4Propagator(try MeanElements(tle: NetworkFixtures.issTLE))
        let frame = TopocentricFrame(latitudeDegrees: 35.426667, longitudeDegrees: -116.89, height: 1.0)
        func elevation(_ instant: Instant) throws -> Double {
            let state = try propagator.state(at: instant)
            return frame.lookAngles(temePosition: state.position, velocity: state.velocity, at: instant)
                .elevationDegrees
        }
        for period in issGoldstone.periods {
            #expect(try elevation(period.start.adding(seconds: period.durationSeconds / 2)) > 6)
            if period.start > NetworkFixtures.day.start {
                #expect(try elevation(period.start.adding(seconds: -20)) < 6)
            }
            if period.end < NetworkFixtures.day.end { #expect(try elevation(period.end.adding(seconds: 20)) < 6) }
        }
        // The stored request's periods lie in its clipped window.
        for entry in problem.viewPeriods where entry.request == "s2a-morning" {
            #expect(entry.periods.allSatisfy { $0.end <= NetworkFixtures.instant("2026-03-19T12:00:00Z") })
        }
    }

    @Test("The agreement: the only one in force that pools stations, or the one named")
    func agreementChoice() throws {
        var registry = NetworkFixtures.registry
        #expect(throws: NetworkError.self) {
            try NetworkProblemBuilder(registry: registry, requests: []).build(
                span: NetworkFixtures.day, agreement: "nope")
        }
        var second = NetworkFixtures.iga
        second.id = "ksat-planet"
        registry.agreements.append(second)
        let two = NetworkProblemBuilder(registry: registry, requests: [])
        do {
            _ = try two.build(span: NetworkFixtures.day)
            Issue.record("two network agreements must be refused without --agreement")
        } catch {
            #expect(error.code == .ambiguousAgreement && error.field == "agreement")
            #expect(error.detail.contains("iss-iga, ksat-planet"))
        }
        #expect(try two.agreement("ksat-planet", for: NetworkFixtures.day).id == "ksat-planet")
        // Before the IGA applies, nothing pools stations.
        let early = TimeSpan(
            start: NetworkFixtures.instant("2000-01-01T00:00:00Z"), end: NetworkFixtures.instant("2000-01-02T00:00:00Z")
        )
        do {
            _ = try two.build(span: early)
            Issue.record("no agreement is in force in 2000")
        } catch {
            #expect(error.code == .noNetwork)
        }
    }

    @Test("The built problem solves into a valid schedule; each partner sees its own contacts only")
    func solveAndView() throws {
        let problem = try builder.build(span: NetworkFixtures.day).problem
        let result = Scheduler(
            problem: try CompiledProblem(problem), options: SchedulerOptions(timeLimitSeconds: nil, epochs: 20)
        )
        .solve()
        #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty)
        #expect(result.schedule.contacts.count >= 4)
        let byRequest = Dictionary(uniqueKeysWithValues: problem.requests.map { ($0.id, $0.partner) })
        let esaCount = result.schedule.contacts.filter { byRequest[$0.request] == "esa" }.count
        #expect(esaCount >= 1, "Sentinel-2A's critical request is served")
        let esa = PartnerScheduleView(schedule: result.schedule, problem: problem, metrics: result.metrics, for: "esa")
        #expect(esa.contacts.count == esaCount)
        #expect(esa.contacts.allSatisfy { $0.partner == "esa" && $0.spacecraft == "sentinel-2a" })
        #expect(esa.occupancy.count == result.schedule.contacts.count - esaCount)
        #expect(esa.metrics.missions.map(\.name) == ["sentinel-2a"])
        #expect(esa.metrics.partners.count == 3)
        let full = PartnerScheduleView(schedule: result.schedule, problem: problem, metrics: result.metrics, for: nil)
        #expect(full.contacts.count == result.schedule.contacts.count && full.occupancy.isEmpty)
    }

    @Test("Request rules name the field at fault")
    func requestRules() {
        var request = NetworkFixtures.sentinelRequest
        request.window.end = request.window.start
        #expect(throws: DomainError(.dateOrder, field: "window.end", detail: "the window ends before it starts")) {
            try request.validate()
        }
        request = NetworkFixtures.sentinelRequest
        request.minContactSeconds = 700
        #expect(performing: { try request.validate() }, throws: { ($0 as? DomainError)?.field == "minContactSeconds" })
        request = NetworkFixtures.sentinelRequest
        request.window.end = request.window.start.adding(seconds: 40 * 86_400)
        #expect(performing: { try request.validate() }, throws: { ($0 as? DomainError)?.field == "window.end" })
        request = NetworkFixtures.sentinelRequest
        request.contacts = 0
        #expect(performing: { try request.validate() }, throws: { ($0 as? DomainError)?.field == "contacts" })
        #expect(throws: Never.self) { try NetworkFixtures.sentinelRequest.validate() }
    }
}
