import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage

/// Encodes stored records as API items (the record's JSON plus `version`, `createdAt` and
/// `updatedAt`) and pages of them as `{"items":[...],"nextCursor":...}`, once per record version.
///
/// The JSON of a record is a function of its kind, id, version, timestamps and of which keys are
/// hidden (a partner's contacts), so it is cached under those: a list of 50 records that were
/// listed before costs 50 dictionary look-ups and one buffer copy, not 50 encodings (a
/// spacecraft's encoding parses its TLE for the epoch). Every update raises the version and
/// `updatedAt`, so a cached entry can never be served for changed content; a record deleted and
/// re-created would need the same id, version and microsecond timestamps to collide. The cache is
/// bounded in bytes and emptied when full. Lists of records shown whole come from the store as
/// their stored JSON (`listDocuments`), which is copied, not decoded.
final class RecordEncoder: @unchecked Sendable {
    /// What a cached item is keyed by.
    struct Key: Hashable {
        var kind: EntityKind
        var id: String
        var version: Int
        var createdAt: Instant
        var updatedAt: Instant
        var hidden: Bool
    }

    private let lock = NSLock()
    private var cache: [Key: [UInt8]] = [:]
    private var cachedBytes = 0
    private let capacityBytes: Int
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Creates an encoder whose cache holds at most `capacityBytes` of JSON.
    init(capacityBytes: Int = 32 << 20) {
        self.capacityBytes = capacityBytes
    }

    /// The item JSON of `stored`, without the top-level keys in `hiding`.
    func item<E: Entity>(_ stored: Stored<E>, hiding: Set<String> = []) throws -> [UInt8] {
        let key = Key(
            kind: E.kind, id: stored.value.id.rawValue, version: stored.version, createdAt: stored.createdAt,
            updatedAt: stored.updatedAt, hidden: !hiding.isEmpty)
        if let bytes = lock.withLock({ cache[key] }) { return bytes }
        var bytes: [UInt8]
        if hiding.isEmpty {
            bytes = Array(try encoder.encode(stored.value))
        } else {
            bytes = Array(try encoder.encode(OmittingKeys(value: stored.value, omitted: hiding)))
        }
        Self.appendMetadata(
            to: &bytes, version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt)
        store(bytes, under: key)
        return bytes
    }

    /// The item JSON of a stored document of `kind`: its JSON as stored (the record's sorted-key
    /// encoding, as `item(_:)` makes it) with the metadata members, and nothing decoded.
    func item(_ document: StoredDocument, kind: EntityKind) -> [UInt8] {
        let key = Key(
            kind: kind, id: document.id, version: document.version, createdAt: document.createdAt,
            updatedAt: document.updatedAt, hidden: false)
        if let bytes = lock.withLock({ cache[key] }) { return bytes }
        var bytes = Array(document.json.utf8)
        Self.appendMetadata(
            to: &bytes, version: document.version, createdAt: document.createdAt, updatedAt: document.updatedAt)
        store(bytes, under: key)
        return bytes
    }

    /// Replaces the closing brace of the JSON object in `bytes` by the metadata members.
    static func appendMetadata(to bytes: inout [UInt8], version: Int, createdAt: Instant, updatedAt: Instant) {
        guard bytes.last == UInt8(ascii: "}") else { return }
        bytes.removeLast()
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: #""version":\#(version),"createdAt":""#.utf8)
        bytes.append(contentsOf: createdAt.iso8601(fractionDigits: 3, zulu: true).utf8)
        bytes.append(contentsOf: #"","updatedAt":""#.utf8)
        bytes.append(contentsOf: updatedAt.iso8601(fractionDigits: 3, zulu: true).utf8)
        bytes.append(contentsOf: #""}"#.utf8)
    }

    /// The page as `{"items":[...],"nextCursor":...}`, hiding `hiding(record)` of each record.
    func page<E: Entity>(_ page: Page<E>, hiding: (E) -> Set<String>) throws -> ByteBuffer {
        let items = try page.items.map { try item($0, hiding: hiding($0.value)) }
        return try assemble(items, nextCursor: page.nextCursor)
    }

    /// The page of stored documents of `kind` as `{"items":[...],"nextCursor":...}`.
    func page(_ page: DocumentPage, kind: EntityKind) throws -> ByteBuffer {
        try assemble(page.items.map { item($0, kind: kind) }, nextCursor: page.nextCursor)
    }

    /// One buffer holding the list body.
    private func assemble(_ items: [[UInt8]], nextCursor: String?) throws -> ByteBuffer {
        let cursor = try nextCursor.map { Array(try encoder.encode($0)) } ?? Array("null".utf8)
        var buffer = ByteBuffer()
        buffer.reserveCapacity(items.reduce(32 + cursor.count) { $0 + $1.count + 1 })
        buffer.writeString(#"{"items":["#)
        for (index, item) in items.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            buffer.writeBytes(item)
        }
        buffer.writeString(#"],"nextCursor":"#)
        buffer.writeBytes(cursor)
        buffer.writeString("}")
        return buffer
    }

    /// Encodes any other response body (tokens, `/me`, health).
    func encode<T: Encodable>(_ value: T) throws -> ByteBuffer {
        ByteBuffer(bytes: try encoder.encode(value))
    }

    /// The number of cached items (for tests).
    var cachedItemCount: Int { lock.withLock { cache.count } }

    private func store(_ bytes: [UInt8], under key: Key) {
        lock.withLock {
            if cachedBytes + bytes.count > capacityBytes {
                cache.removeAll(keepingCapacity: true)
                cachedBytes = 0
            }
            if cache.updateValue(bytes, forKey: key) == nil {
                cachedBytes += bytes.count
            }
        }
    }
}
