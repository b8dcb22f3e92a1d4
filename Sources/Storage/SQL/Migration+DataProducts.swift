extension Migration {
    /// Version 4: data products, their grants and keywords, each partner's quota usage, and the
    /// append-only, hash-chained audit log of the data exchange.
    ///
    /// Products keep their producer, mission and agreement ids without foreign keys (history: a
    /// later change of the registry neither is blocked by them nor rewrites them). The columns
    /// lists filter on are copied out of the JSON `document`; `data_product_grants` holds the
    /// named partners (`named`) and early-access partners (`early`) so that the visibility rule
    /// runs in SQL. `data_audit` refuses `UPDATE` and `DELETE` (triggers on SQLite, rules on
    /// PostgreSQL); each row carries the SHA-256 of the previous row's canonical bytes.
    static let dataProducts = Migration(version: 4, summary: "data products") { dialect in
        let id = dialect.idType
        let appendOnly: [String]
        switch dialect {
        case .sqlite:
            appendOnly = [
                """
                CREATE TRIGGER data_audit_no_update BEFORE UPDATE ON data_audit \
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """,
                """
                CREATE TRIGGER data_audit_no_delete BEFORE DELETE ON data_audit \
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """,
            ]
        case .postgres:
            appendOnly = [
                """
                CREATE FUNCTION data_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS \
                $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """,
                """
                CREATE TRIGGER data_audit_append_only BEFORE UPDATE OR DELETE ON data_audit \
                FOR EACH ROW EXECUTE FUNCTION data_audit_refuse()
                """,
            ]
        }
        return [
            """
            CREATE TABLE data_products (
                id \(id) PRIMARY KEY,
                producer_id \(id) NOT NULL,
                mission_id \(id) NOT NULL,
                agreement_id \(id) NOT NULL,
                product_type TEXT NOT NULL,
                observation_start TEXT,
                observation_end TEXT,
                sha256 TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                access TEXT NOT NULL CHECK (access IN ('public', 'consortium', 'namedParties')),
                embargo_end TEXT NOT NULL,
                uploaded_at TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX data_products_producer_id ON data_products (producer_id, id)",
            "CREATE INDEX data_products_mission_id ON data_products (mission_id, id)",
            "CREATE INDEX data_products_agreement_id ON data_products (agreement_id, id)",
            "CREATE INDEX data_products_sha256 ON data_products (sha256)",
            "CREATE INDEX data_products_embargo_end ON data_products (embargo_end, id)",
            """
            CREATE TABLE data_product_grants (
                product_id \(id) NOT NULL REFERENCES data_products (id) ON DELETE CASCADE,
                partner_id \(id) NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('named', 'early')),
                PRIMARY KEY (product_id, kind, partner_id)
            )
            """,
            "CREATE INDEX data_product_grants_partner_id ON data_product_grants (partner_id, kind, product_id)",
            """
            CREATE TABLE data_product_keywords (
                product_id \(id) NOT NULL REFERENCES data_products (id) ON DELETE CASCADE,
                keyword TEXT NOT NULL,
                PRIMARY KEY (product_id, keyword)
            )
            """,
            "CREATE INDEX data_product_keywords_keyword ON data_product_keywords (keyword, product_id)",
            "CREATE TABLE data_quota_usage (partner_id \(id) PRIMARY KEY, used_bytes BIGINT NOT NULL)",
            """
            CREATE TABLE data_audit (
                seq BIGINT PRIMARY KEY,
                at TEXT NOT NULL,
                action TEXT NOT NULL,
                outcome TEXT NOT NULL,
                user_id TEXT,
                partner_id TEXT,
                product_id TEXT,
                producer_id TEXT,
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX data_audit_producer_id ON data_audit (producer_id, seq)",
        ] + appendOnly
    }
}
