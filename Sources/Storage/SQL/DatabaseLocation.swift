/// Where the registry lives: an SQLite file (the embedded default), a private in-memory SQLite
/// database (tests), or a PostgreSQL server (production).
///
/// Parsed from the `--database` argument:
/// - `postgres://user:pass@host:port/db` or `postgresql://…` → PostgreSQL;
/// - `sqlite:///absolute/path.sqlite`, `sqlite://relative.sqlite` or `sqlite:relative.sqlite` → SQLite file;
/// - `sqlite::memory:` → a private in-memory SQLite database (one connection, gone on shutdown);
/// - anything without a `scheme://` prefix, e.g. `concord.sqlite` or `/var/lib/concord/db.sqlite` → SQLite file.
///
/// Any other scheme (`mysql://`, `http://`) is refused with `.invalidLocation`.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite database file, created if missing.
    case sqliteFile(path: String)
    /// A private in-memory SQLite database.
    case sqliteMemory
    /// A PostgreSQL server, by its connection URL.
    case postgres(url: String)

    /// Parses a database URL or a file path, throwing `.invalidLocation` (field `database`) otherwise.
    public init(parsing text: String) throws(StorageError) {
        let trimmed = String(text.trimmingCharacters(in: " \t\n\r"))
        guard !trimmed.isEmpty else {
            throw Self.invalid("the database location is empty; use a file path, sqlite:///path or postgres://…")
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            guard PostgresURL.isUsable(trimmed) else {
                throw Self.invalid(
                    "not a usable PostgreSQL URL; expected postgres://user:password@host:port/database")
            }
            self = .postgres(url: trimmed)
        } else if lower == "sqlite::memory:" {
            self = .sqliteMemory
        } else if lower.hasPrefix("sqlite:") {
            var path = trimmed.dropFirst("sqlite:".count)
            if path.hasPrefix("//") { path = path.dropFirst(2) }
            guard !path.isEmpty else {
                throw Self.invalid("an SQLite URL needs a path, e.g. sqlite:///var/lib/concord/concord.sqlite")
            }
            self = .sqliteFile(path: String(path))
        } else if let range = trimmed.range(of: "://") {
            let scheme = trimmed[..<range.lowerBound].prefix(20)
            throw Self.invalid(
                "unsupported database scheme '\(scheme)'; use postgres://…, sqlite:///path, sqlite::memory: or a file path"
            )
        } else {
            self = .sqliteFile(path: trimmed)
        }
    }

    /// Which SQL dialect the location speaks.
    var dialect: SQLDialectKind {
        switch self {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// The location for logs and messages, with any password replaced by `***`.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "sqlite://\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url): PostgresURL.redacted(url)
        }
    }

    private static func invalid(_ detail: String) -> StorageError {
        StorageError(.invalidLocation, field: "database", detail: detail)
    }
}

extension String {
    /// The text without leading and trailing characters of `set` (ASCII white space).
    func trimmingCharacters(in set: String) -> Substring {
        let skip = Set(set)
        guard let first = firstIndex(where: { !skip.contains($0) }),
            let last = lastIndex(where: { !skip.contains($0) })
        else { return "" }
        return self[first...last]
    }
}
