/// The SQL dialects the repository speaks, and the few places where they differ.
///
/// Everything else (tables, queries, parameters) is the same text on both: `TEXT`, `BIGINT`,
/// `RETURNING`, `EXISTS`, savepoints and `ON DELETE RESTRICT` mean the same on SQLite ≥ 3.35 and
/// PostgreSQL ≥ 12; bound parameters are rendered by SQLKit (`?` or `$1`).
enum SQLDialectKind: String, Sendable, Hashable {
    case sqlite, postgres

    /// The statement that opens a write transaction.
    ///
    /// SQLite: `BEGIN IMMEDIATE` takes the write lock at once, so a transaction that reads and
    /// then writes cannot fail halfway with `SQLITE_BUSY` (a deferred transaction cannot wait to
    /// upgrade its lock). PostgreSQL: a plain `BEGIN` (read committed) with the row locks below.
    var beginWrite: String {
        switch self {
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
    }

    /// The column type of ids. PostgreSQL orders text by the database's collation (`en_US`
    /// ignores hyphens); `COLLATE "C"` orders ids bytewise as SQLite does, so that pages and
    /// cursors are the same on both.
    var idType: String {
        switch self {
        case .sqlite: "TEXT"
        case .postgres: "TEXT COLLATE \"C\""
        }
    }

    /// Appended to a `SELECT` of a row the transaction is about to change: locks it until commit
    /// on PostgreSQL; nothing on SQLite, where `BEGIN IMMEDIATE` already serialises writers.
    var lockForUpdate: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE"
        }
    }

    /// Appended to a `SELECT` of referenced rows: keeps them from changing owner until commit on
    /// PostgreSQL; nothing on SQLite.
    var lockForShare: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR SHARE"
        }
    }

    /// A statement that makes concurrent migrations of the same database wait for each other,
    /// run first in the migration's transaction (SQLite: the `BEGIN IMMEDIATE` lock suffices).
    var migrationLock: String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(7201940213)"
        }
    }

    /// Statements that refresh the query planner's statistics, run after opening and after a
    /// bulk import. Without them SQLite plans a scoped list (`owner_id IN (…) OR id IN (…)`) as
    /// index lookups plus a sort of every match; with them it walks the primary key in order
    /// and stops at the page's end when the table is small, and keeps the lookups for a
    /// selective scope of a large table. `analysis_limit` bounds the work on large tables.
    var refreshStatistics: [String] {
        switch self {
        case .sqlite: ["PRAGMA analysis_limit = 1000", "ANALYZE"]
        case .postgres: ["ANALYZE"]
        }
    }
}
