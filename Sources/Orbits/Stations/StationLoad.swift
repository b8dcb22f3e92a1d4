import Foundation

/// What a station loader read from one source: the valid stations, in file order, and one
/// error for every record it skipped.
///
/// Real station lists hold a few broken records (SatNOGS' 2024 list has stations at
/// latitude 501,120° or 838 km altitude); skipping them with a precise error keeps the
/// other thousands usable. Callers that want all-or-nothing call ``requireAllValid()``.
public struct StationLoad: Sendable, Hashable {
    /// The stations that passed validation, in source order.
    public var stations: [GroundStation]
    /// One error per record that was skipped (out of range, missing field, duplicate id…).
    public var rejected: [StationError]

    /// Creates a load result.
    public init(stations: [GroundStation] = [], rejected: [StationError] = []) {
        self.stations = stations
        self.rejected = rejected
    }

    /// The stations, or the first rejection if any record was skipped.
    public func requireAllValid() throws(StationError) -> [GroundStation] {
        if let first = rejected.first { throw first }
        return stations
    }

    /// Appends `other`'s stations and rejections (e.g. to merge several brahe files).
    public mutating func append(_ other: StationLoad) {
        stations += other.stations
        rejected += other.rejected
    }

    /// Reads a whole file as bytes, mapping I/O failures to ``StationError/Kind/unreadableFile``.
    static func readData(_ url: URL) throws(StationError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw StationError(.unreadableFile, reason: "cannot read: \(error.localizedDescription)", file: url.path)
        }
    }

    /// Reads a whole file as UTF-8 text (a leading BOM is dropped).
    static func readText(_ url: URL) throws(StationError) -> String {
        let data = try readData(url)
        guard var text = String(data: data, encoding: .utf8) else {
            throw StationError(.unreadableFile, reason: "not UTF-8 text", file: url.path)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Parses JSON, mapping syntax errors to ``StationError/Kind/malformedFile``.
    static func parseJSON(_ data: Data, file: String?) throws(StationError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw StationError(.malformedFile, reason: "not valid JSON: \(error.localizedDescription)", file: file)
        }
    }
}
