import Foundation
import Orbits

/// Turns records into the JSON stored in `document` columns and back, and instants into the
/// timestamp text stored in `*_at` columns.
///
/// One encoder and one decoder are made per repository and shared: they are only read after
/// configuration, which is safe from any thread (hence `@unchecked Sendable`; Foundation on
/// Linux does not mark them `Sendable`). Keys are sorted so that equal records store equal text.
struct DocumentCoder: @unchecked Sendable {
    private let encoder: JSONEncoder
    private let decoder: JSONDecoder

    /// Creates a coder with sorted keys.
    init() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.encoder = encoder
        self.decoder = JSONDecoder()
    }

    /// The JSON text of `value`.
    func encode<T: Encodable>(_ value: T, kind: String) throws(StorageError) -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StorageError(.invalid, detail: "the \(kind) cannot be written as JSON: \(error)")
        }
    }

    /// Decodes the stored documents `texts` in one pass (one JSON array), which costs less
    /// than one decoder run per record.
    func decode<T: Decodable>(_ type: T.Type, documents texts: [String]) throws(StorageError) -> [T] {
        guard !texts.isEmpty else { return [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(2) { $0 + $1.utf8.count + 1 })
        bytes.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: text.utf8)
        }
        bytes.append(UInt8(ascii: "]"))
        do {
            return try decoder.decode([T].self, from: Data(bytes))
        } catch {
            throw StorageError(.database, detail: "a stored \(T.self) document does not decode: \(error)")
        }
    }

    /// The stored form of `instant`: ISO-8601 UTC to the microsecond with a `Z`, fixed width,
    /// so that text order is time order (`2026-03-19T06:00:00.000000Z`).
    static func timestamp(_ instant: Instant) -> String {
        instant.iso8601(fractionDigits: 6, zulu: true)
    }

    /// The instant of a stored timestamp.
    static func instant(_ text: String) throws(StorageError) -> Instant {
        do {
            return try Instant(iso8601: text)
        } catch {
            throw StorageError(.database, detail: "a stored timestamp '\(text.prefix(40))' does not parse")
        }
    }

    /// The current UTC time (leap seconds ignored, as POSIX time does), to the microsecond, so
    /// that the value returned by a write equals the one read back.
    static func now() -> Instant {
        let seconds = Date().timeIntervalSince1970
        let days = (seconds / 86_400).rounded(.down)
        let instant = Instant(julianDay: 2_440_587.5 + days, fraction: (seconds - days * 86_400) / 86_400)
        return (try? Instant(iso8601: timestamp(instant))) ?? instant
    }
}
