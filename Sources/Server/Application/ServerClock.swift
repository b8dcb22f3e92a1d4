import Consortium
import Orbits
import Storage

/// Where the server reads the time: the system clock, or a fixed or stepped one in tests.
///
/// The time decides which tokens have expired and which agreements are in force today, so tests
/// that cross an expiry or a midnight set it instead of sleeping.
public struct ServerClock: Sendable {
    /// Returns the current instant (UTC).
    public var now: @Sendable () -> Instant

    /// Creates a clock reading `now`.
    public init(now: @escaping @Sendable () -> Instant) {
        self.now = now
    }

    /// The system clock (`Instant.now`: UTC from the Unix time, leap seconds not counted).
    public static let system = ServerClock { Instant.now }

    /// A clock that always reads `instant`.
    public static func fixed(_ instant: Instant) -> ServerClock {
        ServerClock { instant }
    }

    /// The UTC day of the current instant.
    public var today: Day { Day(now()) }
}
