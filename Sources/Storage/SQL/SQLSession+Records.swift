import Consortium
import Orbits
import SQLKit

extension SQLSession {
    /// Separates documents in an aggregated result: ASCII record separator, which JSON text
    /// never holds unescaped (control characters are always escaped in JSON strings).
    static let documentSeparator = "\u{1E}"

    /// The records of `E` selected by `conditions`, in id order, at most `limit`.
    ///
    /// One statement that returns one row: the page's ids, versions and timestamps and documents
    /// each joined by `string_agg` (SQLite ≥ 3.44 and PostgreSQL spell it alike), in the same
    /// row order for the three. A driver
    /// hands rows over one at a time, with a cost per row and per column; one row for the page
    /// keeps that cost flat. Documents already decoded from the same text come from `cache`.
    func fetch<E: Entity>(
        _ type: E.Type, where conditions: [SQLQueryString], limit: Int?
    ) async throws(StorageError) -> [Stored<E>] {
        let table = EntityTable.of(E.kind)
        var inner: SQLQueryString = "SELECT id, document, version, created_at, updated_at FROM \(unsafeRaw: table.name)"
        if !conditions.isEmpty {
            inner += " WHERE " + conditions.joined(separator: " AND ")
        }
        inner += " ORDER BY id"
        if let limit { inner += " LIMIT \(literal: limit)" }
        let query: SQLQueryString = """
            SELECT COUNT(*) AS n, string_agg(id, ',') AS ids, \
            string_agg(CAST(version AS TEXT) || ' ' || created_at || ' ' || updated_at, ',') AS meta, \
            string_agg(document, \(bind: Self.documentSeparator)) AS documents \
            FROM (\(inner)) AS page
            """
        let row = try await mapped { try await database.raw(query).first() }
        guard let row else { return [] }
        let (count, ids, meta, documents): (Int, String, String, String)
        do {
            count = try row.decode(column: "n", as: Int.self)
            guard count > 0 else { return [] }
            ids = try row.decode(column: "ids", as: String.self)
            meta = try row.decode(column: "meta", as: String.self)
            documents = try row.decode(column: "documents", as: String.self)
        } catch {
            throw StorageError(.database, detail: "the \(table.name) rows do not read: \(DriverError.message(of: error))")
        }
        let idParts = Self.split(ids, UInt8(ascii: ","))
        let metaParts = Self.split(meta, UInt8(ascii: ","))
        let documentParts = Self.split(documents, 0x1E)
        guard idParts.count == count, metaParts.count == count, documentParts.count == count else {
            throw StorageError(.database, detail: "the \(table.name) rows do not read: \(count) rows, pieces differ")
        }
        let records = try assemble(E.self, ids: idParts, meta: metaParts, documents: documentParts)
        // The aggregates see the rows in one order, the same for the three; SQL does not
        // promise it is the subquery's, so the id order is restored here if needed.
        if idParts.indices.dropFirst().contains(where: { idParts[$0 - 1].utf8.lexicographicallyPrecedes(idParts[$0].utf8) == false }) {
            return records.sorted { $0.value.id < $1.value.id }
        }
        return records
    }

    /// The stored records of the pieces, taken from the cache or decoded (all misses in one pass).
    func assemble<E: Entity>(
        _ type: E.Type, ids: [Substring], meta: [Substring], documents: [Substring]
    ) throws(StorageError) -> [Stored<E>] {
        var records: [Stored<E>?] = []
        records.reserveCapacity(ids.count)
        var misses: [Int] = []
        for index in ids.indices {
            let cached = cache.lookup(E.self, id: ids[index], document: documents[index], meta: meta[index])
            records.append(cached)
            if cached == nil { misses.append(index) }
        }
        if !misses.isEmpty {
            let texts = misses.map { String(documents[$0]) }
            let values = try coder.decode(E.self, documents: texts)
            for (index, (value, text)) in zip(misses, zip(values, texts)) {
                let (version, created, updated) = try Self.parse(meta: meta[index])
                let stored = Stored(value: value, version: version, createdAt: created, updatedAt: updated)
                guard value.id.rawValue == ids[index] else {
                    throw StorageError(.database, detail: "the stored \(E.kind.rawValue) '\(ids[index])' has another id")
                }
                cache.insert(stored, document: text, meta: String(meta[index]))
                records[index] = stored
            }
        }
        return records.compactMap { $0 }
    }

    /// `version created_at updated_at` as aggregated.
    static func parse(meta: Substring) throws(StorageError) -> (Int, Instant, Instant) {
        let parts = split(meta: meta)
        guard parts.count == 3, let version = Int(parts[0]) else {
            throw StorageError(.database, detail: "a stored version or timestamp is malformed")
        }
        return (version, try DocumentCoder.instant(String(parts[1])), try DocumentCoder.instant(String(parts[2])))
    }

    /// `text` cut at every `byte` (an ASCII byte, so cuts fall between characters).
    static func split(_ text: String, _ byte: UInt8) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let offsets: [Int] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var offsets: [Int] = []
            for index in bytes.indices where bytes[index] == byte { offsets.append(index) }
            return offsets
        } ?? []
        var parts: [Substring] = []
        parts.reserveCapacity(offsets.count + 1)
        var start = text.utf8.startIndex
        for offset in offsets {
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            parts.append(text[start..<end])
            start = text.utf8.index(after: end)
        }
        parts.append(text[start...])
        return parts
    }

    /// `meta` cut at its two spaces.
    static func split(meta: Substring) -> [Substring] {
        meta.split(separator: " ", omittingEmptySubsequences: false)
    }
}
