import ArgumentParser
import Orbits

/// A UTC instant given on the command line in ISO-8601 (`2026-03-19T00:00:00Z`,
/// `2026-03-19T06:30`, `2026-078T00:00:00`, `2026-03-19`): see `Instant(iso8601:)`.
///
/// There is deliberately no `now`: a command's output depends only on its arguments.
struct UTCTime: ExpressibleByArgument, Sendable {
    /// The instant.
    var instant: Instant

    /// Parses an ISO-8601 UTC time; `nil` (a usage error naming the option) when invalid.
    init?(argument: String) {
        guard let instant = try? Instant(iso8601: argument) else { return nil }
        self.instant = instant
    }

    /// Wraps an instant.
    init(_ instant: Instant) { self.instant = instant }
}
