import Consortium
import GroundNetwork
import Orbits
import SQLKit
import Scheduling

extension SQLSession {
    func createScheduleRequest(
        _ request: ScheduleRequest, by user: User.ID, at time: Instant
    ) async throws(StorageError) -> StoredScheduleRequest {
        do {
            try request.validate()
        } catch {
            throw StorageError(error)
        }
        let document = try coder.encode(request, kind: "schedule request")
        try await write {
            let craft = try await database.raw(
                """
                SELECT owner_id FROM spacecraft WHERE id = \(bind: request.spacecraft.rawValue)\
                \(unsafeRaw: dialect.lockForShare)
                """
            ).first()
            guard let craft else {
                throw StorageError(
                    .missingReference, field: "spacecraft", detail: "no spacecraft '\(request.spacecraft)'")
            }
            let owner = try craft.decode(column: "owner_id", as: String.self)
            guard owner == request.partner.rawValue else {
                throw StorageError(
                    .missingReference, field: "spacecraft",
                    detail: "spacecraft '\(request.spacecraft)' belongs to '\(owner)', not '\(request.partner)'")
            }
            if let mission = request.mission {
                let found = try await database.raw(
                    "SELECT id FROM missions WHERE id = \(bind: mission.rawValue)\(unsafeRaw: dialect.lockForShare)"
                ).first()
                guard found != nil else {
                    throw StorageError(.missingReference, field: "mission", detail: "no mission '\(mission)'")
                }
            }
            let values: [EntityTable.Bind] = [
                request.id.rawValue, request.partner.rawValue, request.spacecraft.rawValue,
                DocumentCoder.timestamp(request.window.start), DocumentCoder.timestamp(request.window.end), document,
                user.rawValue, DocumentCoder.timestamp(time),
            ]
            do {
                try await database.raw(
                    """
                    INSERT INTO schedule_requests (id, partner_id, spacecraft_id, window_start, window_end, document, \
                    created_by, created_at) VALUES (\(binds: values))
                    """
                ).run()
            } catch  where DriverError(error) == .uniqueViolation {
                throw StorageError(.conflict, field: "id", detail: "a schedule request '\(request.id)' exists already")
            }
        }
        return StoredScheduleRequest(request: request, createdBy: user, createdAt: time)
    }

    func scheduleRequests(
        partners: Set<Partner.ID>?, spacecraft: Spacecraft.ID?, overlapping span: TimeSpan?, page: PageRequest
    ) async throws(StorageError) -> ListPage<StoredScheduleRequest> {
        var conditions: [SQLQueryString] = []
        if let partners {
            guard !partners.isEmpty else { return ListPage(items: [], nextCursor: nil) }
            conditions.append("partner_id IN (\(binds: partners.map(\.rawValue).sorted()))")
        }
        if let spacecraft { conditions.append("spacecraft_id = \(bind: spacecraft.rawValue)") }
        if let span {
            conditions.append(
                """
                window_start < \(bind: DocumentCoder.timestamp(span.end)) \
                AND window_end > \(bind: DocumentCoder.timestamp(span.start))
                """)
        }
        if let after = page.after { conditions.append("id > \(bind: after)") }
        let condition: SQLQueryString = conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT id, document, created_by, created_at FROM schedule_requests WHERE \(condition) \
                ORDER BY id LIMIT \(bind: page.limit + 1)
                """
            ).all()
        }
        var items: [StoredScheduleRequest] = []
        var documents: [String] = []
        var creators: [(User.ID, Instant)] = []
        for row in rows.prefix(page.limit) {
            do {
                documents.append(try row.decode(column: "document", as: String.self))
                let user = try row.decode(column: "created_by", as: String.self)
                creators.append(
                    (
                        User.ID(rawValue: user) ?? "unknown",
                        try DocumentCoder.instant(row.decode(column: "created_at", as: String.self))
                    ))
            } catch {
                throw DriverError.storageError(error)
            }
        }
        let requests = try coder.decode(ScheduleRequest.self, documents: documents)
        for (request, creator) in zip(requests, creators) {
            items.append(StoredScheduleRequest(request: request, createdBy: creator.0, createdAt: creator.1))
        }
        let next = rows.count > page.limit ? items.last?.request.id.rawValue : nil
        return ListPage(items: items, nextCursor: next)
    }

    func deleteScheduleRequest(id: ScheduleRequest.ID, partners: Set<Partner.ID>?) async throws(StorageError) {
        try await write {
            var condition: SQLQueryString = "id = \(bind: id.rawValue)"
            if let partners {
                condition = condition + " AND partner_id IN (\(binds: [""] + partners.map(\.rawValue).sorted()))"
            }
            let rows = try await database.raw("DELETE FROM schedule_requests WHERE \(condition) RETURNING id").all()
            guard !rows.isEmpty else {
                throw StorageError(.notFound, field: "id", detail: "no schedule request '\(id)'")
            }
        }
    }
}
