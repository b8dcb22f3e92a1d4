import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLiteKit

extension SQLRepository {
    /// Pooled connections per event loop on PostgreSQL (the server runs the queries).
    static let postgresConnectionsPerLoop = 4
    /// Pooled connections per event loop on an SQLite file; WAL lets them read concurrently.
    static let sqliteConnectionsPerLoop = 2

    /// Opens the database at `location`, creating an SQLite file if missing, and brings its
    /// schema to this program's version (`Migration.all`) before returning.
    ///
    /// Throws `.schemaTooNew` for a database written by a newer Concord, `.invalidLocation` for
    /// an unusable URL and `.database` when the database cannot be reached or opened.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws(StorageError) -> SQLRepository {
        try await open(location, logger: logger, migrations: Migration.all)
    }

    /// `open(_:logger:)` with the migration steps given (tests add steps of their own).
    static func open(
        _ location: DatabaseLocation, logger: Logger, migrations: [Migration]
    ) async throws(StorageError) -> SQLRepository {
        let connections = try connect(location, logger: logger)
        let repository = SQLRepository(
            connections: connections, dialect: location.dialect, coder: DocumentCoder(),
            writeGate: location.dialect == .sqlite ? WriteGate() : nil, logger: logger)
        do {
            let migrator = Migrator(dialect: location.dialect, migrations: migrations, logger: logger)
            let version = try await repository.reading { session throws(StorageError) in
                try await migrator.migrate(session.database)
            }
            logger.info("opened the registry database", metadata: ["database": "\(location)", "schema": "\(version)"])
        } catch {
            await connections.shutdown()
            throw error
        }
        return repository
    }

    /// The connection pool for `location`, without touching the database yet.
    static func connect(_ location: DatabaseLocation, logger: Logger) throws(StorageError) -> any SQLConnections {
        let group = MultiThreadedEventLoopGroup.singleton
        switch location {
        case .sqliteFile(let path):
            return sqlitePool(.file(path), group: group, connectionsPerLoop: sqliteConnectionsPerLoop, logger: logger)
        case .sqliteMemory:
            // An in-memory database lives in its connection: exactly one, on one loop.
            return sqlitePool(.memory, group: group.next(), connectionsPerLoop: 1, logger: logger)
        case .postgres(let url):
            let configuration = try PostgresURL.configuration(url)
            return PooledConnections(
                source: PostgresConnectionSource(sqlConfiguration: configuration), group: group,
                connectionsPerLoop: postgresConnectionsPerLoop, threadPool: nil, logger: logger
            ) { connection in connection.sql() }
        }
    }

    /// An SQLite pool with its own thread pool, one thread per connection, so that a connection
    /// waiting on a lock never keeps another from running.
    private static func sqlitePool(
        _ storage: SQLiteSource.Storage, group: any EventLoopGroup, connectionsPerLoop: Int, logger: Logger
    ) -> any SQLConnections {
        let loops = group.makeIterator().reduce(0) { count, _ in count + 1 }
        let threadPool = NIOThreadPool(numberOfThreads: max(1, loops * connectionsPerLoop))
        threadPool.start()
        return PooledConnections(
            source: SQLiteSource(storage: storage, threadPool: threadPool), group: group,
            connectionsPerLoop: connectionsPerLoop, threadPool: threadPool, logger: logger
        ) { connection in connection.sql() }
    }
}
