import Consortium
import SQLKit

/// The registry's reads and writes on one connection, with no transaction handling of its own.
///
/// `SQLRepository` runs each call inside a transaction it opens (or the caller's, in
/// `transaction(_:)`); every write here runs in a savepoint, so that a write that fails inside a
/// longer transaction leaves the transaction usable (PostgreSQL otherwise aborts it) and the
/// failed write's partial effects are undone.
struct SQLSession: RegistryWriting {
    /// The connection.
    let database: any SQLDatabase
    /// Its dialect.
    let dialect: SQLDialectKind
    /// The JSON coder of documents.
    let coder: DocumentCoder
    /// Records already decoded, by the text they came from.
    let cache: RecordCache

    /// Runs `body` in a savepoint: its writes are kept if it returns, undone if it throws.
    func atomically<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await database.raw("SAVEPOINT concord_write").run()
        do {
            let result = try await body()
            try await database.raw("RELEASE SAVEPOINT concord_write").run()
            return result
        } catch {
            try await database.raw("ROLLBACK TO SAVEPOINT concord_write").run()
            try await database.raw("RELEASE SAVEPOINT concord_write").run()
            throw error
        }
    }

    /// Runs `body`, turning every error into a `StorageError` (driver errors as `.database`).
    func mapped<T: Sendable>(_ body: () async throws -> T) async throws(StorageError) -> T {
        do {
            return try await body()
        } catch {
            throw DriverError.storageError(error)
        }
    }

    /// Counts one more change of agreements, missions, users or tokens.
    func bumpGeneration() async throws {
        try await database.raw("UPDATE registry_generation SET value = value + 1 WHERE id = 1").run()
    }

    /// The current generation counter.
    func generation() async throws(StorageError) -> Int {
        try await mapped {
            let row = try await database.raw("SELECT value FROM registry_generation WHERE id = 1").first()
            return try row?.decode(column: "value", as: Int.self) ?? 0
        }
    }
}
