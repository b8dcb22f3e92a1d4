import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLiteKit

extension SQLRepository {
    /// Pooled connections on PostgreSQL (the server runs the queries): four per core.
    static var postgresConnections: Int { 4 * System.coreCount }
    /// Pooled connections on an SQLite file, two per core: WAL lets them read concurrently,
    /// and a query holds a thread of the pool's own thread pool while it runs.
    static var sqliteConnections: Int { 2 * System.coreCount }

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
            connections: connections, dialect: location.dialect, coder: DocumentCoder(), cache: RecordCache(),
            writeGate: location.dialect == .sqlite ? WriteGate() : nil, logger: logger)
        do {
            let migrator = Migrator(dialect: location.dialect, migrations: migrations, logger: logger)
            let version = try await repository.reading { session throws(StorageError) in
                try await migrator.migrate(session.database)
            }
            try await repository.refreshStatistics()
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
            return sqlitePool(.file(path), group: group, connections: sqliteConnections, logger: logger)
        case .sqliteMemory:
            // An in-memory database lives in its connection: exactly one.
            return sqlitePool(.memory, group: group, connections: 1, logger: logger)
        case .postgres(let url):
            let configuration = try PostgresURL.configuration(url)
            return ConnectionLender(
                group: group, maximum: postgresConnections, threadPool: nil, logger: logger,
                connect: { loop in
                    PostgresConnectionSource(sqlConfiguration: configuration).makeConnection(logger: logger, on: loop)
                },
                makeDatabase: { connection in connection.sql() })
        }
    }

    /// An SQLite pool with its own thread pool, one thread per connection, so that a connection
    /// waiting on a lock never keeps another from running.
    private static func sqlitePool(
        _ storage: SQLiteSource.Storage, group: any EventLoopGroup, connections: Int, logger: Logger
    ) -> any SQLConnections {
        let threadPool = NIOThreadPool(numberOfThreads: connections)
        threadPool.start()
        let source = SQLiteSource(storage: storage, threadPool: threadPool)
        return ConnectionLender(
            group: group, maximum: connections, threadPool: threadPool, logger: logger,
            connect: { loop in source.makeConnection(logger: logger, on: loop) },
            makeDatabase: { connection in connection.sql() })
    }
}
