import Foundation
import Orbits
import Scheduling

/// Builders for small hand-made problems, times in seconds from a fixed origin.
enum Fixture {
    /// 2026-03-19T00:00:00Z, the epoch day of the catalog used elsewhere.
    static let origin = try! Instant(iso8601: "2026-03-19T00:00:00Z")

    /// The instant `seconds` after the origin.
    static func t(_ seconds: Double) -> Instant { origin.adding(seconds: seconds) }

    /// The span from `start` to `end` seconds after the origin.
    static func span(_ start: Double, _ end: Double) -> TimeSpan { TimeSpan(start: t(start), end: t(end)) }

    /// A contact from `start` to `end` seconds after the origin.
    static func contact(_ request: String, _ resource: String, _ start: Double, _ end: Double) -> Contact {
        Contact(request: request, resource: resource, start: t(start), end: t(end))
    }

    /// View periods of one request on one resource, as (start, end) seconds.
    static func periods(
        _ request: String, _ resource: String, _ spans: [(Double, Double)]
    ) -> ScheduleProblem.ViewPeriods {
        ScheduleProblem.ViewPeriods(request: request, resource: resource, periods: spans.map { span($0.0, $0.1) })
    }

    /// A full-pass request of its own spacecraft (named like the request) over the whole horizon.
    static func pass(_ id: String, partner: String, contacts: Int = 10, horizon: Double) -> ScheduleProblem.Request {
        ScheduleProblem.Request(
            id: id, spacecraft: id, partner: partner, window: span(0, horizon), contacts: contacts, placement: .fullPass
        )
    }

    /// The JSON of `problem` read back through `ScheduleProblem.decode`, so every fixture also
    /// passes the format's checks.
    static func roundTrip(_ problem: ScheduleProblem) throws -> ScheduleProblem {
        try ScheduleProblem.decode(problem.encoded())
    }

    /// Two antennas (setup and teardown 60 s), five spacecraft, full passes, one partner.
    /// Optimum 2480 s (worked out by hand in `SolverTests.handMadeOptimum`).
    static func twoAntennas() -> ScheduleProblem {
        let horizon = 2_000.0
        let antennas = ["A", "B"].map {
            ScheduleProblem.Antenna(id: $0, owner: "p", setupSeconds: 60, teardownSeconds: 60)
        }
        let requests = ["s1", "s2", "s3", "s4", "s5"].map { pass($0, partner: "p", horizon: horizon) }
        return ScheduleProblem(
            horizon: span(0, horizon), partners: [.init(id: "p", share: 1)], antennas: antennas,
            spacecraft: requests.map { .init(id: $0.spacecraft) }, requests: requests,
            viewPeriods: [
                periods("s1", "A", [(0, 1000)]), periods("s1", "B", [(0, 1000)]),
                periods("s2", "A", [(0, 500)]), periods("s3", "A", [(620, 1300)]),
                periods("s4", "B", [(1100, 1700)]), periods("s5", "B", [(200, 900)]),
            ])
    }
}
