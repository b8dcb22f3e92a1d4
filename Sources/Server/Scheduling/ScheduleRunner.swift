import Dispatch
import Foundation

/// Runs the scheduler off the server's cooperative threads, one run at a time.
///
/// A run is CPU-bound for its whole time limit and uses both cores; running it on a Swift
/// concurrency thread would stall other requests, and two at once would halve each. A second
/// `POST /api/v1/schedules` while one runs gets a 409 and may try again.
final class ScheduleRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var busy = false

    /// Creates an idle runner.
    init() {}

    /// Runs `work` on a dispatch thread and returns its result; a 409 when a run is under way.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let claimed = lock.withLock {
            if busy { return false }
            busy = true
            return true
        }
        guard claimed else {
            throw Problem(.conflict, detail: "another schedule is being computed; try again when it is done")
        }
        defer { lock.withLock { busy = false } }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
