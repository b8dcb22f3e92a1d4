import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// Opens SQLite connections for the pool, each set up for a server: write-ahead log, foreign
/// keys, a busy timeout and `synchronous=NORMAL`.
///
/// - `journal_mode=WAL`: readers do not block the writer nor the writer the readers; the mode is
///   stored in the file, setting it again is a no-op.
/// - `foreign_keys=ON`: per connection in SQLite, off by default.
/// - `busy_timeout`: a writer waiting for another process's write lock sleeps and retries for
///   up to this long instead of spinning (sqlite-nio's default busy handler retries at once).
/// - `synchronous=NORMAL`: in WAL mode a commit survives a crash of the process; only a power
///   loss may lose the last transactions, never corrupt the file.
struct SQLiteSource: ConnectionPoolSource {
    /// Where the database is.
    enum Storage: Sendable {
        case file(String)
        case memory
    }

    /// How long a writer waits for another connection's write lock, in milliseconds.
    static let busyTimeoutMilliseconds = 10_000

    let storage: Storage
    let threadPool: NIOThreadPool

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        let storage: SQLiteConnection.Storage =
            switch self.storage {
            case .file(let path): .file(path: path)
            case .memory: .memory
            }
        let journal: [String] =
            switch self.storage {
            case .file: ["PRAGMA journal_mode = WAL"]
            case .memory: []
            }
        let pragmas =
            ["PRAGMA busy_timeout = \(Self.busyTimeoutMilliseconds)"] + journal
            + ["PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"]
        return SQLiteConnection.open(storage: storage, threadPool: threadPool, logger: logger, on: eventLoop)
            .flatMap { connection in
                Self.run(pragmas[...], on: connection)
                    .map { connection }
                    .flatMapError { error in connection.close().flatMapThrowing { throw error } }
            }
    }

    /// Runs `pragmas` one after the other.
    private static func run(_ pragmas: ArraySlice<String>, on connection: SQLiteConnection) -> EventLoopFuture<Void> {
        guard let first = pragmas.first else { return connection.eventLoop.makeSucceededVoidFuture() }
        return connection.query(first).flatMap { _ in run(pragmas.dropFirst(), on: connection) }
    }
}
