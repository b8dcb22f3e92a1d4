import Logging
import SQLKit

/// Brings a database's schema to this program's version at start, in one transaction.
///
/// The applied versions are recorded in `schema_migrations(version, applied_at)`. Opening a
/// database a second time applies nothing; a database stamped with a version this program does
/// not know (written by a newer Concord) is refused with `.schemaTooNew` rather than used.
struct Migrator: Sendable {
    /// The dialect the statements are written for.
    let dialect: SQLDialectKind
    /// The steps, in order (`Migration.all` outside tests).
    let migrations: [Migration]
    /// Where applied steps are logged.
    let logger: Logger

    /// Creates a migrator for `migrations`.
    init(dialect: SQLDialectKind, migrations: [Migration] = Migration.all, logger: Logger) {
        self.dialect = dialect
        self.migrations = migrations
        self.logger = logger
    }

    /// Applies the missing steps on `database` (one connection) and returns the schema version.
    func migrate(_ database: any SQLDatabase) async throws(StorageError) -> Int {
        let latest = migrations.last?.version ?? 0
        do {
            try await database.raw(SQLQueryString(dialect.beginWrite)).run()
        } catch {
            throw DriverError.storageError(error)
        }
        do {
            if let lock = dialect.migrationLock {
                try await database.raw(SQLQueryString(lock)).run()
            }
            try await database.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)"
            ).run()
            let row = try await database.raw("SELECT MAX(version) AS version FROM schema_migrations").first()
            var current = 0
            if let row, try !row.decodeNil(column: "version") {
                current = try row.decode(column: "version", as: Int.self)
            }
            guard current <= latest else {
                throw StorageError(
                    .schemaTooNew,
                    detail: "the database has schema version \(current), newer than this program's \(latest); "
                        + "use a newer Concord or another database")
            }
            for migration in migrations where migration.version > current {
                for statement in migration.statements(dialect) {
                    try await database.raw(SQLQueryString(statement)).run()
                }
                let now = DocumentCoder.timestamp(DocumentCoder.now())
                try await database.raw(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (\(bind: migration.version), \(bind: now))"
                ).run()
                logger.info(
                    "applied schema migration",
                    metadata: ["version": "\(migration.version)", "summary": "\(migration.summary)"])
            }
            try await database.raw("COMMIT").run()
            return max(current, latest)
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw DriverError.storageError(error)
        }
    }
}
