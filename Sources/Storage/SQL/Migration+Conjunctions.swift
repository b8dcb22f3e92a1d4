extension Migration {
    /// Version 3: space safety: the public catalog, screening runs, conjunction events and
    /// their history.
    ///
    /// `catalog_objects` hold the last imported catalog (replaced as a whole by each import).
    /// `screening_runs` keep each run as JSON with its status; a partial unique index lets at
    /// most one run be `running`, so two servers on one database cannot screen at once.
    /// `conjunction_events` keep each event's summary and latest observation as JSON with the
    /// columns lists filter on; `conjunction_event_partners` who may see it (in SQL);
    /// `conjunction_observations` one row per event and run (the history). Events are history:
    /// they keep partner and spacecraft ids without foreign keys, as schedules do.
    static let conjunctions = Migration(
        version: 3, summary: "space safety: catalog, screening runs, conjunction events"
    ) { dialect in
        let id = dialect.idType
        let real = dialect == .postgres ? "DOUBLE PRECISION" : "REAL"
        return [
            """
            CREATE TABLE catalog_objects (
                norad_id BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                format TEXT NOT NULL CHECK (format IN ('tle', 'omm')),
                elements TEXT NOT NULL,
                epoch TEXT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE screening_runs (
                id \(id) PRIMARY KEY,
                status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
                created_at TEXT NOT NULL,
                finished_at TEXT,
                document TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX screening_runs_one_running ON screening_runs (status) WHERE status = 'running'",
            "CREATE INDEX screening_runs_created_at ON screening_runs (created_at, id)",
            """
            CREATE TABLE conjunction_events (
                id \(id) PRIMARY KEY,
                primary_norad BIGINT NOT NULL,
                secondary_norad BIGINT NOT NULL,
                tca TEXT NOT NULL,
                miss_km \(real) NOT NULL,
                max_pc \(real) NOT NULL,
                first_run \(id) NOT NULL,
                last_run \(id) NOT NULL,
                first_seen_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX conjunction_events_tca ON conjunction_events (tca)",
            "CREATE INDEX conjunction_events_updated_at ON conjunction_events (updated_at, id)",
            """
            CREATE TABLE conjunction_event_partners (
                event_id \(id) NOT NULL REFERENCES conjunction_events (id) ON DELETE CASCADE,
                partner_id \(id) NOT NULL,
                PRIMARY KEY (event_id, partner_id)
            )
            """,
            "CREATE INDEX conjunction_event_partners_partner_id ON conjunction_event_partners (partner_id, event_id)",
            """
            CREATE TABLE conjunction_observations (
                event_id \(id) NOT NULL REFERENCES conjunction_events (id) ON DELETE CASCADE,
                run_id \(id) NOT NULL REFERENCES screening_runs (id) ON DELETE CASCADE,
                screened_at TEXT NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (event_id, run_id)
            )
            """,
            "CREATE INDEX conjunction_observations_run_id ON conjunction_observations (run_id)",
        ]
    }
}
