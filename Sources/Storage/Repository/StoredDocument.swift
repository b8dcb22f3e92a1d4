import Consortium
import Foundation
import Orbits

/// A record as stored, not decoded: its JSON document with its version and timestamps.
///
/// For responses that return records as they are (lists of spacecraft, stations…): the
/// document is the record's `Codable` JSON, keys sorted, exactly as encoded when it was
/// written, so a server can copy it into a response instead of decoding and re-encoding it
/// (JSON coding is most of the cost of a list). Records that a reader may see only in part
/// (a partner's contacts) need the decoded value: use `list` for those.
public struct StoredDocument: Sendable, Hashable {
    /// The record's id.
    public var id: String
    /// The record's version, as in `Stored.version`.
    public var version: Int
    /// When the record was created (UTC).
    public var createdAt: Instant
    /// When it last changed (UTC).
    public var updatedAt: Instant
    /// The record's JSON object (UTF-8), e.g. `{"id":"iss","name":"International Space Station",…}`.
    public var json: Substring

    /// Creates a stored document.
    public init(id: String, version: Int, createdAt: Instant, updatedAt: Instant, json: Substring) {
        self.id = id
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.json = json
    }
}

/// One page of stored documents, with the cursor of the next page (`nil` on the last page).
public struct DocumentPage: Sendable, Hashable {
    /// The documents, ordered by id.
    public var items: [StoredDocument]
    /// Pass as `PageRequest.after` to get the next page; `nil` when there is none.
    public var nextCursor: String?

    /// Creates a page.
    public init(items: [StoredDocument], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

extension RegistryReading {
    /// The default `listDocuments`: `list`, each value encoded with sorted keys (stores that
    /// keep documents answer without decoding, as `SQLRepository` does).
    public func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage {
        let records = try await list(type, scope: scope, filter: filter, page: page)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var items: [StoredDocument] = []
        for record in records.items {
            guard let data = try? encoder.encode(record.value) else {
                throw StorageError(
                    .invalid, field: "id", detail: "\(E.kind.rawValue) '\(record.value.id)' cannot be written as JSON")
            }
            items.append(
                StoredDocument(
                    id: record.value.id.rawValue, version: record.version, createdAt: record.createdAt,
                    updatedAt: record.updatedAt, json: Substring(String(decoding: data, as: UTF8.self))))
        }
        return DocumentPage(items: items, nextCursor: records.nextCursor)
    }
}
