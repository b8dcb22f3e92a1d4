import Orbits
import SQLKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The records of one query as one row: ids, `version created_at updated_at` and documents,
/// each joined by `string_agg`, cut apart again here, in id order.
///
/// A driver hands rows over one at a time, with a cost per row and per column (sqlite-nio
/// schedules each row on an event loop); one row for a page keeps that cost flat. SQLite
/// (≥ 3.44) and PostgreSQL spell `string_agg` alike. The three aggregates see the rows in one
/// order, the same for the three; SQL does not promise it is the subquery's, so id order is
/// restored here when it is not.
struct AggregatedRows: Sendable {
    /// Separates documents: ASCII record separator, which JSON text never holds unescaped
    /// (control characters are always escaped in JSON strings).
    static let documentSeparator: UInt8 = 0x1E

    /// The records' ids.
    var ids: [Substring] = []
    /// Each record's `version created_at updated_at`.
    var meta: [Substring] = []
    /// Each record's JSON document.
    var documents: [Substring] = []

    /// The statement selecting the records of `table` that meet `conditions`, in id order, at
    /// most `limit`, as one row.
    static func query(_ table: EntityTable, where conditions: [SQLQueryString], limit: Int?) -> SQLQueryString {
        var inner: SQLQueryString = "SELECT id, document, version, created_at, updated_at FROM \(unsafeRaw: table.name)"
        if !conditions.isEmpty {
            inner += " WHERE " + conditions.joined(separator: " AND ")
        }
        inner += " ORDER BY id"
        if let limit { inner += " LIMIT \(literal: limit)" }
        return """
            SELECT COUNT(*) AS n, string_agg(id, ',') AS ids, \
            string_agg(CAST(version AS TEXT) || ' ' || created_at || ' ' || updated_at, ',') AS meta, \
            string_agg(document, \(bind: String(UnicodeScalar(documentSeparator)))) AS documents \
            FROM (\(inner)) AS page
            """
    }

    /// Cuts the row of `query` apart.
    init(_ row: (any SQLRow)?, table: EntityTable) throws(StorageError) {
        guard let row else { return }
        let (count, ids, meta, documents): (Int, String, String, String)
        do {
            count = try row.decode(column: "n", as: Int.self)
            guard count > 0 else { return }
            ids = try row.decode(column: "ids", as: String.self)
            meta = try row.decode(column: "meta", as: String.self)
            documents = try row.decode(column: "documents", as: String.self)
        } catch {
            throw StorageError(
                .database, detail: "the \(table.name) rows do not read: \(DriverError.message(of: error))")
        }
        self.ids = Self.split(ids, UInt8(ascii: ","))
        self.meta = Self.split(meta, UInt8(ascii: ","))
        self.documents = Self.split(documents, Self.documentSeparator)
        guard self.ids.count == count, self.meta.count == count, self.documents.count == count else {
            throw StorageError(.database, detail: "the \(table.name) rows do not read: \(count) rows, pieces differ")
        }
        let sorted = self.ids.indices.dropFirst().allSatisfy { index in
            self.ids[index - 1].utf8.lexicographicallyPrecedes(self.ids[index].utf8)
        }
        if !sorted {
            let order = self.ids.indices.sorted { self.ids[$0].utf8.lexicographicallyPrecedes(self.ids[$1].utf8) }
            self.ids = order.map { self.ids[$0] }
            self.meta = order.map { self.meta[$0] }
            self.documents = order.map { self.documents[$0] }
        }
    }

    /// The number of records.
    var count: Int { ids.count }

    /// The version and timestamps in `meta` (`version created_at updated_at`).
    static func metadata(
        _ meta: Substring
    ) throws(StorageError) -> (version: Int, createdAt: Instant, updatedAt: Instant) {
        let parts = meta.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, let version = Int(parts[0]) else {
            throw StorageError(.database, detail: "a stored version or timestamp is malformed")
        }
        return (version, try DocumentCoder.instant(String(parts[1])), try DocumentCoder.instant(String(parts[2])))
    }

    /// `text` cut at every `byte` (an ASCII byte, so cuts fall between characters), found
    /// with `memchr` (a page's documents are tens of kilobytes).
    static func split(_ text: String, _ byte: UInt8) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let offsets: [Int] =
            text.utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
                guard let base = bytes.baseAddress else { return [] }
                var offsets: [Int] = []
                var position = 0
                while position < bytes.count,
                    let found = memchr(base + position, Int32(byte), bytes.count - position)
                {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    offsets.append(offset)
                    position = offset + 1
                }
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
}
