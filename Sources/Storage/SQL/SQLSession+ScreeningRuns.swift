import Consortium
import Orbits
import SQLKit
import SpaceSafety

extension SQLSession {
    func startScreeningRun(_ run: ScreeningRunRecord) async throws(StorageError) {
        guard Identifier<ScreeningRunRecord>.isValid(run.id) else {
            throw StorageError(.invalid, field: "id", detail: "'\(run.id.prefix(80))' is not a run id")
        }
        let document = try coder.encode(run, kind: "screening run")
        try await write {
            do {
                try await database.raw(
                    """
                    INSERT INTO screening_runs (id, status, created_at, finished_at, document) \
                    VALUES (\(bind: run.id), \(bind: run.status.rawValue), \
                    \(bind: DocumentCoder.timestamp(run.createdAt)), \(bind: run.finishedAt.map(DocumentCoder.timestamp)), \
                    \(bind: document))
                    """
                ).run()
            } catch  where DriverError(error) == .uniqueViolation {
                throw StorageError(
                    .conflict, field: "status", detail: "another screening run is under way; try again when it is done")
            }
        }
    }

    func finishScreeningRun(_ run: ScreeningRunRecord, events: [ConjunctionEventRecord]) async throws(StorageError) {
        let document = try coder.encode(run, kind: "screening run")
        var eventDocuments: [String] = []
        var observationDocuments: [String] = []
        for event in events {
            var summary = event
            summary.history = []
            eventDocuments.append(try coder.encode(summary, kind: "conjunction event"))
            guard let last = event.history.last, last.run == run.id else {
                throw StorageError(
                    .invalid, field: "events[\(event.id)].history", detail: "the run's observation must come last")
            }
            observationDocuments.append(try coder.encode(last, kind: "conjunction observation"))
        }
        try await write {
            let updated = try await database.raw(
                """
                UPDATE screening_runs SET status = \(bind: run.status.rawValue), \
                finished_at = \(bind: run.finishedAt.map(DocumentCoder.timestamp)), document = \(bind: document) \
                WHERE id = \(bind: run.id) AND status = 'running' RETURNING id
                """
            ).all()
            guard !updated.isEmpty else {
                throw StorageError(.notFound, field: "id", detail: "no running screening run '\(run.id.prefix(80))'")
            }
            for (index, event) in events.enumerated() {
                try await upsert(event, document: eventDocuments[index])
                try await database.raw(
                    """
                    INSERT INTO conjunction_observations (event_id, run_id, screened_at, document) \
                    VALUES (\(bind: event.id), \(bind: run.id), \(bind: DocumentCoder.timestamp(run.createdAt)), \
                    \(bind: observationDocuments[index]))
                    """
                ).run()
            }
        }
    }

    /// Inserts or replaces an event's row and its partners.
    private func upsert(_ event: ConjunctionEventRecord, document: String) async throws {
        let values: [EntityTable.Bind] = [
            event.id, event.primary.noradID, event.secondary.noradID, DocumentCoder.timestamp(event.latest.tca),
            event.latest.missDistanceKm, event.latest.maximumPc, event.firstRun, event.lastRun,
            DocumentCoder.timestamp(event.firstSeenAt), DocumentCoder.timestamp(event.updatedAt), document,
        ]
        try await database.raw(
            """
            INSERT INTO conjunction_events (id, primary_norad, secondary_norad, tca, miss_km, max_pc, first_run, \
            last_run, first_seen_at, updated_at, document) VALUES (\(binds: values)) \
            ON CONFLICT (id) DO UPDATE SET tca = excluded.tca, miss_km = excluded.miss_km, \
            max_pc = excluded.max_pc, last_run = excluded.last_run, updated_at = excluded.updated_at, \
            document = excluded.document
            """
        ).run()
        try await database.raw("DELETE FROM conjunction_event_partners WHERE event_id = \(bind: event.id)").run()
        for partner in Set(event.partners).sorted() {
            try await database.raw(
                """
                INSERT INTO conjunction_event_partners (event_id, partner_id) \
                VALUES (\(bind: event.id), \(bind: partner.rawValue))
                """
            ).run()
        }
    }

    func abandonScreeningRuns(at time: Instant, reason: String) async throws(StorageError) -> Int {
        try await write {
            let rows = try await database.raw("SELECT document FROM screening_runs WHERE status = 'running'").all()
            var runs = try coder.decode(
                ScreeningRunRecord.self, documents: try rows.map { try $0.decode(column: "document", as: String.self) })
            for index in runs.indices {
                runs[index].status = .failed
                runs[index].finishedAt = time
                runs[index].error = reason
                let document = try coder.encode(runs[index], kind: "screening run")
                try await database.raw(
                    """
                    UPDATE screening_runs SET status = 'failed', finished_at = \(bind: DocumentCoder.timestamp(time)), \
                    document = \(bind: document) WHERE id = \(bind: runs[index].id)
                    """
                ).run()
            }
            return runs.count
        }
    }

    func screeningRun(id: String) async throws(StorageError) -> ScreeningRunRecord? {
        let row = try await mapped {
            try await database.raw("SELECT document FROM screening_runs WHERE id = \(bind: id)").first()
        }
        guard let row else { return nil }
        let text: String
        do {
            text = try row.decode(column: "document", as: String.self)
        } catch {
            throw DriverError.storageError(error)
        }
        return try coder.decode(ScreeningRunRecord.self, documents: [text]).first
    }
}
