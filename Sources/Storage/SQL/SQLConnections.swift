import SQLKit

/// Something that lends database connections one at a time: the pool behind a repository.
///
/// Kept as a protocol so that `SQLRepository` is one non-generic type over SQLite and
/// PostgreSQL pools alike.
protocol SQLConnections: Sendable {
    /// Runs `body` with one connection, returned to the pool afterwards.
    ///
    /// `discard` closes the connection so that the pool drops it instead of reusing it (for a
    /// connection whose transaction state is unknown after a failed `ROLLBACK`).
    func withConnection<T: Sendable>(
        _ body: @Sendable (any SQLDatabase, _ discard: @Sendable () async -> Void) async throws -> T
    ) async throws -> T

    /// Closes every connection; the pool cannot be used afterwards.
    func shutdown() async
}
