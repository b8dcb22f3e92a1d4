/// One step of the schema's history: a version number and the statements that bring a
/// database from the previous version to it.
///
/// Steps are applied in order at start (`Migrator`), each recorded in `schema_migrations`;
/// a step once released never changes, a change of schema is a new step appended to `all`.
struct Migration: Sendable {
    /// The version the database has after this step, 1, 2, 3…
    let version: Int
    /// What the step does, for the log.
    let summary: String
    /// The statements, written for `dialect` (they differ only in `SQLDialectKind`'s spots).
    let statements: @Sendable (SQLDialectKind) -> [String]

    /// Every step, in order. The last one's version is the schema version of this program.
    static let all: [Migration] = [registry, scheduling, conjunctions, dataProducts, tokenKinds]

    /// The highest version this program knows.
    static var latestVersion: Int { all.last?.version ?? 0 }

    /// Version 1: the registry's tables, link tables, API tokens and the generation counter.
    static let registry = Migration(version: 1, summary: "registry tables, links, API tokens") { dialect in
        let id = dialect.idType
        func table(_ name: String, _ columns: String) -> String {
            """
            CREATE TABLE \(name) (
                id \(id) PRIMARY KEY,
                \(columns),
                document TEXT NOT NULL,
                version BIGINT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """
        }
        func partner(_ column: String) -> String {
            "\(column) \(id) NOT NULL REFERENCES partners (id) ON DELETE RESTRICT"
        }
        func link(_ name: String, _ key: String, _ owner: String, _ value: String, _ target: String) -> [String] {
            [
                """
                CREATE TABLE \(name) (
                    \(key) \(id) NOT NULL REFERENCES \(owner) (id) ON DELETE CASCADE,
                    \(value) \(id) NOT NULL REFERENCES \(target) (id) ON DELETE RESTRICT,
                    PRIMARY KEY (\(key), \(value))
                )
                """,
                "CREATE INDEX \(name)_\(value) ON \(name) (\(value), \(key))",
            ]
        }
        func index(_ table: String, _ column: String) -> String {
            "CREATE INDEX \(table)_\(column) ON \(table) (\(column), id)"
        }
        return [
            table("partners", "kind TEXT NOT NULL, country TEXT NOT NULL"),
            index("partners", "kind"), index("partners", "country"),
            table("stations", "\(partner("owner_id")), network TEXT"),
            index("stations", "owner_id"), index("stations", "network"),
            table(
                "spacecraft", "\(partner("owner_id")), status TEXT NOT NULL, norad_id BIGINT, cospar_id TEXT"),
            index("spacecraft", "owner_id"), index("spacecraft", "status"),
            index("spacecraft", "norad_id"), index("spacecraft", "cospar_id"),
            table("agreements", "kind TEXT NOT NULL, status TEXT NOT NULL"),
            index("agreements", "kind"), index("agreements", "status"),
            table("missions", "\(partner("lead_id")), status TEXT NOT NULL"),
            index("missions", "lead_id"), index("missions", "status"),
            table("users", "\(partner("partner_id")), role TEXT NOT NULL"),
            index("users", "partner_id"), index("users", "role"),
        ]
            + link("agreement_parties", "agreement_id", "agreements", "partner_id", "partners")
            + link("agreement_stations", "agreement_id", "agreements", "station_id", "stations")
            + link("mission_participants", "mission_id", "missions", "partner_id", "partners")
            + link("mission_spacecraft", "mission_id", "missions", "spacecraft_id", "spacecraft")
            + [
                """
                CREATE TABLE api_tokens (
                    id \(id) PRIMARY KEY,
                    user_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    label TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    expires_at TEXT,
                    revoked_at TEXT
                )
                """,
                "CREATE INDEX api_tokens_user_id ON api_tokens (user_id, created_at)",
                "CREATE TABLE registry_generation (id BIGINT PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)",
                "INSERT INTO registry_generation (id, value) VALUES (1, 0)",
            ]
    }

    /// Version 2: the shared network's schedule requests and schedules.
    ///
    /// `schedule_requests` keep each request's JSON with the columns lists filter on (partner,
    /// spacecraft, window); they go with their spacecraft or partner. `schedules` keep the problem snapshot,
    /// the schedule, its metrics and run as JSON, with `schedule_parties` (the agreement's parties
    /// when the schedule was made, and whether each manages the pool) for scoping reads in SQL.
    /// Schedules are history: they keep their agreement and parties' ids without foreign keys,
    /// so that no later change of the registry is blocked by them or rewrites them.
    static let scheduling = Migration(version: 2, summary: "scheduling: schedule requests and schedules") { dialect in
        let id = dialect.idType
        return [
            """
            CREATE TABLE schedule_requests (
                id \(id) PRIMARY KEY,
                partner_id \(id) NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
                spacecraft_id \(id) NOT NULL REFERENCES spacecraft (id) ON DELETE CASCADE,
                window_start TEXT NOT NULL,
                window_end TEXT NOT NULL,
                document TEXT NOT NULL,
                created_by \(id) NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX schedule_requests_partner_id ON schedule_requests (partner_id, id)",
            "CREATE INDEX schedule_requests_spacecraft_id ON schedule_requests (spacecraft_id, id)",
            "CREATE INDEX schedule_requests_window ON schedule_requests (window_start, window_end)",
            """
            CREATE TABLE schedules (
                id \(id) PRIMARY KEY,
                agreement_id \(id) NOT NULL,
                horizon_start TEXT NOT NULL,
                horizon_end TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
                problem TEXT NOT NULL,
                schedule TEXT NOT NULL,
                metrics TEXT NOT NULL,
                run TEXT NOT NULL,
                created_by \(id) NOT NULL,
                created_by_partner \(id) NOT NULL,
                created_at TEXT NOT NULL,
                published_at TEXT
            )
            """,
            "CREATE INDEX schedules_agreement_id ON schedules (agreement_id, id)",
            """
            CREATE TABLE schedule_parties (
                schedule_id \(id) NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
                partner_id \(id) NOT NULL,
                manages BIGINT NOT NULL CHECK (manages IN (0, 1)),
                PRIMARY KEY (schedule_id, partner_id)
            )
            """,
            "CREATE INDEX schedule_parties_partner_id ON schedule_parties (partner_id, schedule_id)",
        ]
    }
}
