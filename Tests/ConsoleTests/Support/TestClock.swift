import Foundation
import Orbits
import Server

/// A server clock a test moves forward (to pass an embargo's end), starting at `start`.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Instant

    /// A clock reading `start` until it is set.
    init(_ start: Instant) {
        instant = start
    }

    /// The current reading.
    var now: Instant { lock.withLock { instant } }

    /// Sets the reading to `time`.
    func set(_ time: Instant) {
        lock.withLock { instant = time }
    }

    /// The server clock reading this one.
    var serverClock: ServerClock {
        ServerClock { [self] in now }
    }
}
