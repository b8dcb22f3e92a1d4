import Consortium
import Orbits
import SQLKit
import SpaceSafety

extension SQLSession {
    /// The SQL condition of `scope` on the table aliased `e`.
    static func condition(_ scope: ConjunctionScope) -> SQLQueryString {
        switch scope {
        case .all:
            return "1 = 1"
        case .partner(let partner):
            return """
                EXISTS (SELECT 1 FROM conjunction_event_partners p WHERE p.event_id = e.id \
                AND p.partner_id = \(bind: partner.rawValue))
                """
        }
    }

    func conjunctionEvents(tcaFrom start: Instant, to end: Instant) async throws(StorageError)
        -> [ConjunctionEventRecord]
    {
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT e.document FROM conjunction_events e WHERE e.tca >= \(bind: DocumentCoder.timestamp(start)) \
                AND e.tca <= \(bind: DocumentCoder.timestamp(end)) ORDER BY e.id
                """
            ).all()
        }
        return try await withHistory(try decodeEvents(rows))
    }

    func conjunctionEvents(
        scope: ConjunctionScope, filter: ConjunctionFilter, page: PageRequest
    ) async throws(StorageError) -> ListPage<ConjunctionEventRecord> {
        var conditions = [Self.condition(scope)]
        if let after = filter.updatedAfter {
            conditions.append("e.updated_at > \(bind: DocumentCoder.timestamp(after))")
        }
        if let pc = filter.minimumPc { conditions.append("e.max_pc >= \(bind: pc)") }
        if let miss = filter.maximumMissKm { conditions.append("e.miss_km <= \(bind: miss)") }
        if let after = page.after { conditions.append("e.id > \(bind: after)") }
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT e.document FROM conjunction_events e WHERE \(conditions.joined(separator: " AND ")) \
                ORDER BY e.id LIMIT \(bind: page.limit + 1)
                """
            ).all()
        }
        let events = try decodeEvents(Array(rows.prefix(page.limit)))
        return ListPage(items: events, nextCursor: rows.count > page.limit ? events.last?.id : nil)
    }

    func conjunctionEvent(id: String, scope: ConjunctionScope) async throws(StorageError) -> ConjunctionEventRecord? {
        let row = try await mapped {
            try await database.raw(
                "SELECT e.document FROM conjunction_events e WHERE e.id = \(bind: id) AND \(Self.condition(scope))"
            ).first()
        }
        guard let row else { return nil }
        return try await withHistory(try decodeEvents([row])).first
    }

    /// The events of rows selected with `document`.
    private func decodeEvents(_ rows: [any SQLRow]) throws(StorageError) -> [ConjunctionEventRecord] {
        let texts: [String]
        do {
            texts = try rows.map { try $0.decode(column: "document", as: String.self) }
        } catch {
            throw DriverError.storageError(error)
        }
        return try coder.decode(ConjunctionEventRecord.self, documents: texts)
    }

    /// `events` with their observations, oldest first, read in one query.
    private func withHistory(_ events: [ConjunctionEventRecord]) async throws(StorageError) -> [ConjunctionEventRecord] {
        guard !events.isEmpty else { return events }
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT event_id, document FROM conjunction_observations \
                WHERE event_id IN (\(binds: events.map(\.id))) ORDER BY event_id, screened_at, run_id
                """
            ).all()
        }
        var ids: [String] = []
        var texts: [String] = []
        do {
            for row in rows {
                ids.append(try row.decode(column: "event_id", as: String.self))
                texts.append(try row.decode(column: "document", as: String.self))
            }
        } catch {
            throw DriverError.storageError(error)
        }
        let observations = try coder.decode(ConjunctionObservation.self, documents: texts)
        var history: [String: [ConjunctionObservation]] = [:]
        for (id, observation) in zip(ids, observations) { history[id, default: []].append(observation) }
        return events.map { event in
            var event = event
            event.history = history[event.id] ?? []
            return event
        }
    }
}
