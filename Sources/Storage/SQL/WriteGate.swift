/// Lets one write transaction at a time through, in arrival order (SQLite only).
///
/// SQLite has one writer per database. Without the gate, concurrent writers would each take a
/// pooled connection and a thread of the SQLite thread pool and sleep in `busy_timeout` while
/// the writer holding the lock waits for a thread to run its next statement. Waiting here
/// instead costs neither a connection nor a thread. PostgreSQL needs no gate.
actor WriteGate {
    private var isHeld = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Creates an open gate.
    init() {}

    /// Waits until the gate is free and takes it.
    func enter() async {
        guard isHeld else {
            isHeld = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Frees the gate, handing it to the longest waiter if any.
    func leave() {
        if waiters.isEmpty {
            isHeld = false
        } else {
            waiters.removeFirst().resume()
        }
    }

    /// Runs `body` holding the gate.
    nonisolated func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }
}
