import ArgumentParser
import Orbits
import Scheduling

/// `--outage ANTENNA@FROM/TO` of `concord schedule replan`: an antenna out of service over a
/// span, e.g. `cebreros@2026-03-19T06:00Z/2026-03-19T18:00Z`.
struct OutageArgument: ExpressibleByArgument, Sendable {
    /// The antenna's id in the problem.
    var antenna: String
    /// When it is out of service.
    var span: TimeSpan

    /// Parses `ANTENNA@FROM/TO`; nil (a usage error naming the option) when malformed or when
    /// the span is empty.
    init?(argument: String) {
        guard let at = argument.lastIndex(of: "@") else { return nil }
        let antenna = String(argument[..<at])
        let times = argument[argument.index(after: at)...].split(separator: "/", omittingEmptySubsequences: false)
        guard !antenna.isEmpty, times.count == 2,
            let from = try? Instant(iso8601: String(times[0])), let to = try? Instant(iso8601: String(times[1])),
            to > from
        else { return nil }
        self.antenna = antenna
        self.span = TimeSpan(start: from, end: to)
    }

    /// The change the re-planner repairs for.
    var change: ProblemChange { .outage(antenna: antenna, span: span) }
}
