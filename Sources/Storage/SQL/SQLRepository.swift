import Consortium
import Logging
import Orbits
import SQLKit

/// The registry's store, implemented once over SQLKit for SQLite (the embedded default) and
/// PostgreSQL (production). Open one with `SQLRepository.open(_:logger:)`.
///
/// Reads take a pooled connection each and run concurrently. Every write is one transaction:
/// its checks (rules, references, versions) and its changes commit together or not at all;
/// `transaction(_:)` groups several. On SQLite, write transactions are serialised in process
/// (`WriteGate`) and start with `BEGIN IMMEDIATE`; other processes wait up to the busy timeout.
public struct SQLRepository: Repository {
    /// The pooled connections.
    let connections: any SQLConnections
    /// The database's dialect.
    let dialect: SQLDialectKind
    /// The JSON coder of documents, shared by every session.
    let coder: DocumentCoder
    /// Decoded records, shared by every session.
    let cache: RecordCache
    /// Serialises write transactions on SQLite; `nil` on PostgreSQL.
    let writeGate: WriteGate?
    /// Where failures are logged.
    let logger: Logger

    /// Runs `body` with a session on a pooled connection, outside any transaction (reads).
    func reading<T: Sendable>(
        _ body: @Sendable (SQLSession) async throws(StorageError) -> T
    ) async throws(StorageError) -> T {
        do {
            return try await connections.withConnection { database, _ in
                try await body(SQLSession(database: database, dialect: dialect, coder: coder, cache: cache))
            }
        } catch {
            throw DriverError.storageError(error)
        }
    }

    /// Runs `body` with a session inside one write transaction: `COMMIT` if it returns,
    /// `ROLLBACK` if it throws. Errors are passed on as thrown.
    func writing<T: Sendable>(_ body: @Sendable (SQLSession) async throws -> T) async throws -> T {
        if let writeGate {
            return try await writeGate.run { try await transact(body) }
        }
        return try await transact(body)
    }

    /// Runs `body` between `BEGIN` and `COMMIT` on one pooled connection.
    private func transact<T: Sendable>(_ body: @Sendable (SQLSession) async throws -> T) async throws -> T {
        try await connections.withConnection { database, discard in
            let session = SQLSession(database: database, dialect: dialect, coder: coder, cache: cache)
            try await database.raw(SQLQueryString(dialect.beginWrite)).run()
            do {
                let result = try await body(session)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                do {
                    try await database.raw("ROLLBACK").run()
                } catch let rollback {
                    logger.error("ROLLBACK failed; closing the connection: \(DriverError.message(of: rollback))")
                    await discard()
                }
                throw error
            }
        }
    }

    /// `writing` for one call of the repository's API, with typed errors.
    func writingOne<T: Sendable>(
        _ body: @Sendable (SQLSession) async throws(StorageError) -> T
    ) async throws(StorageError) -> T {
        do {
            return try await writing { session in try await body(session) }
        } catch {
            throw DriverError.storageError(error)
        }
    }

    /// Runs `body` in one transaction on one connection: `COMMIT` if it returns, `ROLLBACK` if
    /// it throws (its error is rethrown unchanged; driver failures become `.database`).
    ///
    /// Each write of the body runs in a savepoint, so a write that fails (and whose error the
    /// body catches) is undone alone and the transaction goes on. The body must use the writer
    /// it is handed, one call at a time, and not the repository: on SQLite the repository's own
    /// writes wait for this transaction to end.
    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any RegistryWriting) async throws -> T
    ) async throws -> T {
        do {
            return try await writing { session in try await body(session) }
        } catch let error as StorageError {
            throw error
        } catch {
            // Driver failures become `.database`; the body's own errors pass unchanged.
            if DriverError.isFromDriver(error) {
                throw DriverError.storageError(error)
            }
            throw error
        }
    }

    /// The counter of changes to agreements, missions, users and tokens (bumped in the same
    /// transaction as the change), for caches of the access policy and of principals.
    public func generation() async throws(StorageError) -> Int {
        try await reading { session throws(StorageError) in try await session.generation() }
    }

    /// Closes the connections; the repository cannot be used afterwards.
    public func shutdown() async {
        await connections.shutdown()
    }
}
