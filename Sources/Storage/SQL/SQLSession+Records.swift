import Consortium
import SQLKit

extension SQLSession {
    /// The records of `E` that meet `conditions`, in id order, at most `limit`, in one statement
    /// (`AggregatedRows`). Documents already decoded from the same text come from `cache`.
    func fetch<E: Entity>(
        _ type: E.Type, where conditions: [SQLQueryString], limit: Int?
    ) async throws(StorageError) -> [Stored<E>] {
        let rows = try await fetchRows(E.kind, where: conditions, limit: limit)
        return try assemble(E.self, rows)
    }

    /// The stored documents of `kind` that meet `conditions`, undecoded, in id order, at most `limit`.
    func fetchDocuments(
        _ kind: EntityKind, where conditions: [SQLQueryString], limit: Int?
    ) async throws(StorageError) -> [StoredDocument] {
        let rows = try await fetchRows(kind, where: conditions, limit: limit)
        var documents: [StoredDocument] = []
        documents.reserveCapacity(rows.count)
        for index in 0..<rows.count {
            let (version, created, updated) = try cache.metadata(rows.meta[index], parse: AggregatedRows.metadata)
            documents.append(
                StoredDocument(
                    id: String(rows.ids[index]), version: version, createdAt: created, updatedAt: updated,
                    json: rows.documents[index]))
        }
        return documents
    }

    /// Runs the aggregated query of `kind`.
    private func fetchRows(
        _ kind: EntityKind, where conditions: [SQLQueryString], limit: Int?
    ) async throws(StorageError) -> AggregatedRows {
        let table = EntityTable.of(kind)
        let query = AggregatedRows.query(table, where: conditions, limit: limit)
        let row = try await mapped { try await database.raw(query).first() }
        return try AggregatedRows(row, table: table)
    }

    /// The stored records of `rows`, taken from the cache or decoded (all misses in one pass).
    private func assemble<E: Entity>(_ type: E.Type, _ rows: AggregatedRows) throws(StorageError) -> [Stored<E>] {
        var records: [Stored<E>?] = []
        records.reserveCapacity(rows.count)
        var misses: [Int] = []
        for index in 0..<rows.count {
            let cached = cache.lookup(
                E.self, id: rows.ids[index], document: rows.documents[index], meta: rows.meta[index])
            records.append(cached)
            if cached == nil { misses.append(index) }
        }
        if !misses.isEmpty {
            let texts = misses.map { String(rows.documents[$0]) }
            let values = try coder.decode(E.self, documents: texts)
            for (index, (value, text)) in zip(misses, zip(values, texts)) {
                guard value.id.rawValue == rows.ids[index] else {
                    throw StorageError(
                        .database, detail: "the stored \(E.kind.rawValue) '\(rows.ids[index])' has another id")
                }
                let (version, created, updated) = try AggregatedRows.metadata(rows.meta[index])
                let stored = Stored(value: value, version: version, createdAt: created, updatedAt: updated)
                cache.insert(stored, document: text, meta: String(rows.meta[index]))
                records[index] = stored
            }
        }
        return records.compactMap { $0 }
    }
}
