import AsyncKit
import PostgresNIO
import SQLiteNIO

/// What a database driver's error means to the repository: a broken unique or foreign key
/// constraint (which become `.conflict`, `.missingReference` or `.inUse`), or a failure.
///
/// SQLite reports constraints as extended result codes (`SQLITE_CONSTRAINT_UNIQUE`, …),
/// PostgreSQL as SQLSTATE `23505` and `23503`; both are read here and nowhere else.
enum DriverError: Equatable {
    case uniqueViolation
    case foreignKeyViolation
    case other

    /// Classifies `error`.
    init(_ error: any Error) {
        if let error = error as? SQLiteError {
            switch error.reason {
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed:
                self = .uniqueViolation
            case .constraintForeignKeyFailed:
                self = .foreignKeyViolation
            default:
                // Some statements (e.g. `DELETE … RETURNING`) report only the primary code or
                // a generic one; SQLite's message names the constraint in every case.
                if error.message.contains("FOREIGN KEY constraint failed") {
                    self = .foreignKeyViolation
                } else if error.message.contains("UNIQUE constraint failed") {
                    self = .uniqueViolation
                } else {
                    self = .other
                }
            }
        } else if let error = error as? PSQLError {
            switch error.serverInfo?[.sqlState] {
            case "23505": self = .uniqueViolation
            case "23503": self = .foreignKeyViolation
            default: self = .other
            }
        } else {
            self = .other
        }
    }

    /// A `StorageError` for an error that is not a constraint the caller explains better: a
    /// `StorageError` as it is, anything else as `.database` with the driver's message (never
    /// the SQL text or the bound values).
    static func storageError(_ error: any Error) -> StorageError {
        if let error = error as? StorageError { return error }
        switch DriverError(error) {
        case .uniqueViolation:
            return StorageError(.conflict, detail: "a record with the same key exists already")
        case .foreignKeyViolation:
            return StorageError(
                .missingReference, detail: "a referenced record does not exist, or is still referred to")
        case .other:
            return StorageError(.database, detail: "the database failed: \(message(of: error))")
        }
    }

    /// Whether `error` comes from a database driver or the connection pool (not from a caller's code).
    static func isFromDriver(_ error: any Error) -> Bool {
        error is SQLiteError || error is PSQLError || error is ConnectionPoolError
    }

    /// The driver's own message for `error`, short and without SQL.
    static func message(of error: any Error) -> String {
        if let error = error as? SQLiteError {
            return "SQLite: \(error.message.prefix(300))"
        }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState] ?? "?"
                return "PostgreSQL \(state): \(message.prefix(300))"
            }
            let cause = error.underlying.map { ": " + String(String(describing: $0).prefix(300)) } ?? ""
            return "PostgreSQL \(error.code)\(cause)"
        }
        return String(String(describing: error).prefix(300))
    }
}
