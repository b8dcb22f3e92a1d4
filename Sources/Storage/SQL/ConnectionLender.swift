import AsyncKit
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLKit

/// A pool of database connections that lends one to a task at a time, opening up to `maximum`
/// on demand, so that reads run concurrently on several.
///
/// async-kit's `EventLoopGroupConnectionPool` hands connections out and takes them back on an
/// event loop: two thread hops per query, about a tenth of the CPU time of a list on SQLite
/// (measured with `Benchmarks/storage-benchmarks`). Here an idle connection is taken and given
/// back under a lock, on the calling thread; only a task that finds none idle and the pool full
/// waits (in arrival order). Connections are made by an async-kit `ConnectionPoolSource`
/// (`SQLiteSource`, postgres-kit's `PostgresConnectionSource`).
final class ConnectionLender<Connection: ConnectionPoolItem & Sendable>: Sendable {
    private typealias Waiter = CheckedContinuation<Connection?, any Error>

    private struct State {
        var idle: [Connection] = []
        var opened = 0
        /// Tasks waiting for a connection; resumed with one, or with `nil` to open one themselves.
        var waiters: [Waiter] = []
        var isShutDown = false
    }

    /// What a task looking for a connection does.
    private enum Step {
        case use(Connection)
        case open
        case wait
        case fail
    }

    private let state = NIOLockedValueBox(State())
    private let connect: @Sendable (any EventLoop) -> EventLoopFuture<Connection>
    private let group: any EventLoopGroup
    private let maximum: Int
    private let threadPool: NIOThreadPool?
    private let logger: Logger
    private let makeDatabase: @Sendable (Connection) -> any SQLDatabase

    /// Creates an empty pool of at most `maximum` connections on `group`'s loops.
    ///
    /// - Parameters:
    ///   - connect: opens a connection (`source.makeConnection(logger:on:)`).
    ///   - threadPool: a thread pool the connections run on, shut down after them (SQLite).
    ///   - makeDatabase: the SQLKit view of a connection.
    init(
        group: any EventLoopGroup, maximum: Int, threadPool: NIOThreadPool?, logger: Logger,
        connect: @escaping @Sendable (any EventLoop) -> EventLoopFuture<Connection>,
        makeDatabase: @escaping @Sendable (Connection) -> any SQLDatabase
    ) {
        self.connect = connect
        self.group = group
        self.maximum = max(1, maximum)
        self.threadPool = threadPool
        self.logger = logger
        self.makeDatabase = makeDatabase
    }

    /// Takes an idle connection, opens one if the pool is not full, or waits for one.
    private func acquire() async throws -> Connection {
        let step = try state.withLockedValue { state throws -> Step in
            guard !state.isShutDown else { throw ConnectionPoolError.shutdown }
            if let connection = state.idle.popLast() { return .use(connection) }
            if state.opened < maximum {
                state.opened += 1
                return .open
            }
            return .wait
        }
        switch step {
        case .use(let connection):
            guard !connection.isClosed else {
                state.withLockedValue { $0.opened -= 1 }
                return try await acquire()
            }
            return connection
        case .open:
            return try await open()
        case .fail:
            throw ConnectionPoolError.shutdown
        case .wait:
            let handed = try await withCheckedThrowingContinuation { (waiter: Waiter) in
                // Look again: a connection may have come back since the first look.
                let now = state.withLockedValue { state -> Step in
                    if state.isShutDown { return .fail }
                    if let connection = state.idle.popLast() { return .use(connection) }
                    if state.opened < maximum {
                        state.opened += 1
                        return .open
                    }
                    state.waiters.append(waiter)
                    return .wait
                }
                switch now {
                case .use(let connection): waiter.resume(returning: connection)
                case .open: waiter.resume(returning: nil)
                case .fail: waiter.resume(throwing: ConnectionPoolError.shutdown)
                case .wait: break
                }
            }
            if let handed { return handed }
            return try await open()
        }
    }

    /// Opens a connection for a slot already counted in `opened`.
    private func open() async throws -> Connection {
        do {
            return try await connect(group.any()).get()
        } catch {
            // Give the slot back; a waiting task gets the chance to try in turn.
            let next = state.withLockedValue { state -> Waiter? in
                guard !state.waiters.isEmpty else {
                    state.opened -= 1
                    return nil
                }
                return state.waiters.removeFirst()
            }
            next?.resume(returning: nil)
            throw error
        }
    }

    /// Gives `connection` back: to the longest waiter, or to the idle list.
    private func release(_ connection: Connection) {
        let usable = !connection.isClosed
        let (waiter, closeIt) = state.withLockedValue { state -> (Waiter?, Bool) in
            if state.isShutDown || !usable {
                if state.waiters.isEmpty || state.isShutDown {
                    state.opened -= 1
                    return (nil, usable)
                }
                return (state.waiters.removeFirst(), usable)
            }
            if !state.waiters.isEmpty { return (state.waiters.removeFirst(), false) }
            state.idle.append(connection)
            return (nil, false)
        }
        if closeIt { _ = connection.close() }
        waiter?.resume(returning: usable && !closeIt ? connection : nil)
    }
}

extension ConnectionLender: SQLConnections {
    func withConnection<T: Sendable>(
        _ body: @Sendable (any SQLDatabase, _ discard: @Sendable () async -> Void) async throws -> T
    ) async throws -> T {
        let connection = try await acquire()
        defer { release(connection) }
        // A connection left in an unknown state (a failed ROLLBACK) is closed; `release` then
        // drops it instead of lending it again.
        let discard: @Sendable () async -> Void = { try? await connection.close().get() }
        return try await body(makeDatabase(connection), discard)
    }

    func shutdown() async {
        let (idle, waiters) = state.withLockedValue { state in
            state.isShutDown = true
            defer {
                state.opened -= state.idle.count
                state.idle = []
                state.waiters = []
            }
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.resume(throwing: ConnectionPoolError.shutdown) }
        for connection in idle {
            do {
                try await connection.close().get()
            } catch {
                logger.warning("closing a database connection failed: \(DriverError.message(of: error))")
            }
        }
        if let threadPool {
            try? await threadPool.shutdownGracefully()
        }
    }
}
