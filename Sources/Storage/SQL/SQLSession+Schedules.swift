import Consortium
import GroundNetwork
import Orbits
import SQLKit
import Scheduling

extension SQLSession {
    /// The summary columns of `schedules`, in the order `schedule(from:)` reads them.
    static let scheduleColumns =
        "id, agreement_id, horizon_start, horizon_end, status, created_by, created_by_partner, created_at, published_at"

    func createSchedule(_ record: ScheduleRecord) async throws(StorageError) {
        guard Identifier<ScheduleRecord>.isValid(record.id) else {
            throw StorageError(.invalid, field: "id", detail: "'\(record.id.prefix(80))' is not a schedule id")
        }
        guard let documents = record.documents else {
            throw StorageError(.invalid, field: "documents", detail: "a schedule is stored with its documents")
        }
        try await write {
            let values: [EntityTable.Bind] = [
                record.id, record.agreement.rawValue, DocumentCoder.timestamp(record.horizon.start),
                DocumentCoder.timestamp(record.horizon.end), record.status.rawValue, record.createdBy.rawValue,
                record.createdByPartner.rawValue, DocumentCoder.timestamp(record.createdAt),
                record.publishedAt.map(DocumentCoder.timestamp), documents.problem, documents.schedule,
                documents.metrics, documents.run,
            ]
            do {
                try await database.raw(
                    """
                    INSERT INTO schedules (\(unsafeRaw: Self.scheduleColumns), problem, schedule, metrics, run) \
                    VALUES (\(binds: values))
                    """
                ).run()
            } catch  where DriverError(error) == .uniqueViolation {
                throw StorageError(.conflict, field: "id", detail: "a schedule '\(record.id)' exists already")
            }
            for party in record.parties {
                try await database.raw(
                    """
                    INSERT INTO schedule_parties (schedule_id, partner_id, manages) \
                    VALUES (\(bind: record.id), \(bind: party.partner.rawValue), \(bind: party.manages ? 1 : 0))
                    """
                ).run()
            }
        }
    }

    /// The SQL condition of `scope` on the table aliased `s`.
    static func condition(_ scope: ScheduleScope) -> SQLQueryString {
        switch scope {
        case .all:
            return "1 = 1"
        case .partner(let partner, let drafts):
            let visible: SQLQueryString =
                drafts ? "(s.status = 'published' OR p.manages = 1)" : "s.status = 'published'"
            return """
                EXISTS (SELECT 1 FROM schedule_parties p WHERE p.schedule_id = s.id \
                AND p.partner_id = \(bind: partner.rawValue) AND \(visible))
                """
        }
    }

    func schedules(
        scope: ScheduleScope, agreement: Agreement.ID?, status: ScheduleRecord.Status?, page: PageRequest
    ) async throws(StorageError) -> ListPage<ScheduleRecord> {
        var conditions = [Self.condition(scope)]
        if let agreement { conditions.append("s.agreement_id = \(bind: agreement.rawValue)") }
        if let status { conditions.append("s.status = \(bind: status.rawValue)") }
        if let after = page.after { conditions.append("s.id > \(bind: after)") }
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.prefixed(Self.scheduleColumns)) FROM schedules s \
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY s.id LIMIT \(bind: page.limit + 1)
                """
            ).all()
        }
        var records: [ScheduleRecord] = []
        for row in rows.prefix(page.limit) {
            records.append(try Self.schedule(from: row))
        }
        records = try await withParties(records)
        return ListPage(items: records, nextCursor: rows.count > page.limit ? records.last?.id : nil)
    }

    func schedule(id: String, scope: ScheduleScope) async throws(StorageError) -> ScheduleRecord? {
        let row = try await mapped {
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.prefixed(Self.scheduleColumns)), s.problem, s.schedule, s.metrics, s.run \
                FROM schedules s WHERE s.id = \(bind: id) AND \(Self.condition(scope))
                """
            ).first()
        }
        guard let row else { return nil }
        var record = try Self.schedule(from: row)
        do {
            record.documents = ScheduleRecord.Documents(
                problem: try row.decode(column: "problem", as: String.self),
                schedule: try row.decode(column: "schedule", as: String.self),
                metrics: try row.decode(column: "metrics", as: String.self),
                run: try row.decode(column: "run", as: String.self))
        } catch {
            throw DriverError.storageError(error)
        }
        return try await withParties([record])[0]
    }

    func publishSchedule(id: String, at time: Instant) async throws(StorageError) -> ScheduleRecord {
        try await write {
            let updated = try await database.raw(
                """
                UPDATE schedules SET status = 'published', published_at = \(bind: DocumentCoder.timestamp(time)) \
                WHERE id = \(bind: id) AND status = 'draft' RETURNING id
                """
            ).all()
            if updated.isEmpty {
                let exists = try await database.raw("SELECT id FROM schedules WHERE id = \(bind: id)").first()
                throw exists == nil
                    ? StorageError(.notFound, field: "id", detail: "no schedule '\(id.prefix(80))'")
                    : StorageError(.conflict, field: "status", detail: "schedule '\(id)' is published already")
            }
        }
        guard var record = try await schedule(id: id, scope: .all) else {
            throw StorageError(.notFound, field: "id", detail: "no schedule '\(id.prefix(80))'")
        }
        record.documents = nil
        return record
    }

    /// `columns` with each name prefixed by `s.`.
    static func prefixed(_ columns: String) -> String {
        columns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
    }

    /// `records` with their parties, read in one query.
    func withParties(_ records: [ScheduleRecord]) async throws(StorageError) -> [ScheduleRecord] {
        guard !records.isEmpty else { return records }
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT schedule_id, partner_id, manages FROM schedule_parties \
                WHERE schedule_id IN (\(binds: records.map(\.id))) ORDER BY schedule_id, partner_id
                """
            ).all()
        }
        var parties: [String: [ScheduleRecord.Party]] = [:]
        for row in rows {
            do {
                let schedule = try row.decode(column: "schedule_id", as: String.self)
                let partner = try row.decode(column: "partner_id", as: String.self)
                let manages = try row.decode(column: "manages", as: Int.self) == 1
                guard let partnerID = Partner.ID(rawValue: partner) else { continue }
                parties[schedule, default: []].append(ScheduleRecord.Party(partner: partnerID, manages: manages))
            } catch {
                throw DriverError.storageError(error)
            }
        }
        return records.map { record in
            var record = record
            record.parties = parties[record.id] ?? []
            return record
        }
    }

    /// The summary of a row selected with `scheduleColumns`.
    static func schedule(from row: any SQLRow) throws(StorageError) -> ScheduleRecord {
        do {
            func instant(_ column: String) throws -> Instant? {
                try row.decodeNil(column: column)
                    ? nil : try DocumentCoder.instant(row.decode(column: column, as: String.self))
            }
            guard let agreement = Agreement.ID(rawValue: try row.decode(column: "agreement_id", as: String.self)),
                let status = ScheduleRecord.Status(rawValue: try row.decode(column: "status", as: String.self)),
                let createdBy = User.ID(rawValue: try row.decode(column: "created_by", as: String.self)),
                let partner = Partner.ID(rawValue: try row.decode(column: "created_by_partner", as: String.self)),
                let start = try instant("horizon_start"), let end = try instant("horizon_end"),
                let createdAt = try instant("created_at")
            else {
                throw StorageError(.database, detail: "a stored schedule is malformed")
            }
            return ScheduleRecord(
                id: try row.decode(column: "id", as: String.self), agreement: agreement,
                horizon: TimeSpan(start: start, end: end), status: status, parties: [], createdBy: createdBy,
                createdByPartner: partner, createdAt: createdAt, publishedAt: try instant("published_at"))
        } catch {
            throw DriverError.storageError(error)
        }
    }
}
