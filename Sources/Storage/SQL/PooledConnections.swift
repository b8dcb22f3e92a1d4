import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A pool of database connections (async-kit's `EventLoopGroupConnectionPool`) handing out one
/// connection at a time as an `SQLDatabase`, so that reads run concurrently on several.
///
/// The pool is thread-safe (it locks internally) but not marked `Sendable`; this wrapper is,
/// and owns the pool's shutdown together with the SQLite thread pool when there is one.
final class PooledConnections<Source: ConnectionPoolSource>: @unchecked Sendable
where Source.Connection: Sendable {
    private let pool: EventLoopGroupConnectionPool<Source>
    private let makeDatabase: @Sendable (Source.Connection) -> any SQLDatabase
    private let threadPool: NIOThreadPool?
    private let logger: Logger

    /// Creates a pool of at most `connectionsPerLoop` connections on each loop of `group`.
    ///
    /// - Parameters:
    ///   - threadPool: a thread pool the connections run on, shut down after the pool (SQLite).
    ///   - makeDatabase: the SQLKit view of a connection.
    init(
        source: Source, group: any EventLoopGroup, connectionsPerLoop: Int, threadPool: NIOThreadPool?,
        logger: Logger, makeDatabase: @escaping @Sendable (Source.Connection) -> any SQLDatabase
    ) {
        self.pool = EventLoopGroupConnectionPool(
            source: source, maxConnectionsPerEventLoop: connectionsPerLoop, requestTimeout: .seconds(30),
            logger: logger, on: group)
        self.makeDatabase = makeDatabase
        self.threadPool = threadPool
        self.logger = logger
    }
}

extension PooledConnections: SQLConnections {
    func withConnection<T: Sendable>(
        _ body: @Sendable (any SQLDatabase, _ discard: @Sendable () async -> Void) async throws -> T
    ) async throws -> T {
        let connection = try await pool.requestConnection(logger: logger).get()
        defer { pool.releaseConnection(connection, logger: logger) }
        // A connection left in an unknown state (a failed ROLLBACK) is closed, and the pool,
        // seeing it closed on release, drops it instead of handing it out again.
        let discard: @Sendable () async -> Void = { try? await connection.close().get() }
        return try await body(makeDatabase(connection), discard)
    }

    func shutdown() async {
        do {
            try await pool.shutdownAsync()
        } catch {
            logger.warning("closing the database connections failed: \(error)")
        }
        if let threadPool {
            try? await threadPool.shutdownGracefully()
        }
    }
}
