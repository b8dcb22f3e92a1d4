import Consortium
import NIOConcurrencyHelpers
import Orbits

/// Decoded records by the exact text they were decoded from, so that a list of records that
/// have not changed costs string comparisons instead of JSON decoding.
///
/// Decoding a stored document is the dearest part of a read (Foundation's `JSONDecoder`, several
/// microseconds per record). An entry is used only when the stored document *and* its version
/// and timestamps are byte for byte those it was made from, so it can never return a value that
/// differs from decoding the row: no invalidation is needed, across processes included. The
/// cache holds at most `capacity` records and is emptied when full (the registry is small; the
/// limit only bounds memory if it is not).
final class RecordCache: Sendable {
    /// A record's identity in the cache.
    struct Key: Hashable, Sendable {
        let kind: EntityKind
        let id: String
    }

    /// A decoded record and the stored text it came from.
    struct Entry: Sendable {
        /// The `document` column.
        let document: String
        /// `version created_at updated_at` as stored.
        let meta: String
        /// The `Stored<E>` of the record's entity type.
        let stored: any Sendable
    }

    /// A record's version and timestamps, parsed.
    typealias Metadata = (version: Int, createdAt: Instant, updatedAt: Instant)

    /// The most records held.
    let capacity: Int
    private let entries = NIOLockedValueBox<[Key: Entry]>([:])
    /// Parsed `version created_at updated_at` texts (parsing two timestamps costs more than a lookup).
    private let metadata = NIOLockedValueBox<[String: Metadata]>([:])

    /// Creates an empty cache of at most `capacity` records.
    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The cached record `id` of `E` if it was decoded from exactly `document` and `meta`.
    func lookup<E: Entity>(_ type: E.Type, id: Substring, document: Substring, meta: Substring) -> Stored<E>? {
        let key = Key(kind: E.kind, id: String(id))
        guard let entry = entries.withLockedValue({ $0[key] }), entry.meta == meta, entry.document == document else {
            return nil
        }
        return entry.stored as? Stored<E>
    }

    /// Remembers `stored`, decoded from `document` and `meta`.
    func insert<E: Entity>(_ stored: Stored<E>, document: String, meta: String) {
        let key = Key(kind: E.kind, id: stored.value.id.rawValue)
        let entry = Entry(document: document, meta: meta, stored: stored)
        entries.withLockedValue { entries in
            if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }

    /// The parsed form of `meta` (`version created_at updated_at`), parsed with `parse` if not held.
    func metadata(
        _ meta: Substring, parse: (Substring) throws(StorageError) -> Metadata
    ) throws(StorageError) -> Metadata {
        let key = String(meta)
        if let known = metadata.withLockedValue({ $0[key] }) { return known }
        let parsed = try parse(meta)
        metadata.withLockedValue { metadata in
            if metadata.count >= capacity { metadata.removeAll(keepingCapacity: true) }
            metadata[key] = parsed
        }
        return parsed
    }

    /// The number of records held (for tests).
    var count: Int { entries.withLockedValue { $0.count } }
}
