import Consortium
import Orbits
import SQLKit

extension SQLSession {
    /// The columns of `data_audit`, in the order `auditEntry(from:)` reads them.
    static let auditColumns =
        "seq, at, action, outcome, user_id, partner_id, product_id, producer_id, detail, previous_hash, hash"

    /// Appends `record` as the next entry, chained to the last one. Must run inside a write
    /// transaction: on PostgreSQL the table is locked so that two appends cannot take the same
    /// number; on SQLite write transactions are serialised already.
    func appendAudit(_ record: AuditRecord) async throws -> AuditEntry {
        if dialect == .postgres {
            try await database.raw("LOCK TABLE data_audit IN EXCLUSIVE MODE").run()
        }
        let last = try await database.raw("SELECT seq, hash FROM data_audit ORDER BY seq DESC LIMIT 1").first()
        let sequence = try last.map { try $0.decode(column: "seq", as: Int64.self) } ?? 0
        let previous = try last.map { try $0.decode(column: "hash", as: String.self) } ?? AuditEntry.genesisHash
        var entry = AuditEntry(
            sequence: sequence + 1, time: DocumentCoder.timestamp(record.at), action: record.action,
            outcome: record.outcome, user: record.user, partner: record.partner, product: record.product,
            producer: record.producer, detail: record.detail, previousHash: previous, hash: "")
        entry.hash = entry.computedHash
        let values: [EntityTable.Bind] = [
            entry.sequence, entry.time, entry.action.rawValue, entry.outcome.rawValue, entry.user, entry.partner,
            entry.product, entry.producer, entry.detail, entry.previousHash, entry.hash,
        ]
        try await database.raw("INSERT INTO data_audit (\(unsafeRaw: Self.auditColumns)) VALUES (\(binds: values))")
            .run()
        return entry
    }

    /// Entries newest first, before sequence `before`, of `producers`' products (all when `nil`).
    func auditEntries(
        producers: Set<Partner.ID>?, before: Int64?, limit: Int
    ) async throws(StorageError)
        -> [AuditEntry]
    {
        var conditions: [SQLQueryString] = []
        if let producers {
            guard !producers.isEmpty else { return [] }
            conditions.append("producer_id IN (\(binds: producers.map(\.rawValue).sorted()))")
        }
        if let before { conditions.append("seq < \(bind: before)") }
        let condition: SQLQueryString = conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.auditColumns) FROM data_audit WHERE \(condition) \
                ORDER BY seq DESC LIMIT \(bind: limit)
                """
            ).all()
        }
        var entries: [AuditEntry] = []
        for row in rows { entries.append(try Self.auditEntry(from: row)) }
        return entries
    }

    /// Entries in order from sequence `after` + 1, at most `limit`.
    func auditEntries(after: Int64, limit: Int) async throws(StorageError) -> [AuditEntry] {
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.auditColumns) FROM data_audit WHERE seq > \(bind: after) \
                ORDER BY seq LIMIT \(bind: limit)
                """
            ).all()
        }
        var entries: [AuditEntry] = []
        for row in rows { entries.append(try Self.auditEntry(from: row)) }
        return entries
    }

    /// The entry of a row selected with `auditColumns`.
    static func auditEntry(from row: any SQLRow) throws(StorageError) -> AuditEntry {
        do {
            func text(_ column: String) throws -> String? {
                try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: String.self)
            }
            let action = try row.decode(column: "action", as: String.self)
            let outcome = try row.decode(column: "outcome", as: String.self)
            return AuditEntry(
                sequence: try row.decode(column: "seq", as: Int64.self),
                time: try row.decode(column: "at", as: String.self),
                // An unknown action or outcome is kept visible (as `read`/`rejected`); the hash
                // check then fails on it, since the canonical bytes differ.
                action: AuditEntry.Action(rawValue: action) ?? .read,
                outcome: AuditEntry.Outcome(rawValue: outcome) ?? .rejected,
                user: try text("user_id"), partner: try text("partner_id"), product: try text("product_id"),
                producer: try text("producer_id"), detail: try row.decode(column: "detail", as: String.self),
                previousHash: try row.decode(column: "previous_hash", as: String.self),
                hash: try row.decode(column: "hash", as: String.self))
        } catch {
            throw DriverError.storageError(error)
        }
    }
}
