import Foundation
import Orbits

extension Instant {
    /// The current UTC time from the system clock (Unix time: a leap second is not counted,
    /// as POSIX clocks do not count it).
    public static var now: Instant {
        Instant(unixSeconds: Date().timeIntervalSince1970)
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z (Unix time).
    public init(unixSeconds seconds: Double) {
        let days = (seconds / 86_400).rounded(.down)
        self.init(julianDay: 2_440_587.5 + days, fraction: (seconds - days * 86_400) / 86_400)
    }
}
