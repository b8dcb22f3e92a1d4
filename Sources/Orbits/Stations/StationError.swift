/// Why a ground station, a horizon mask or a station file was rejected.
///
/// Every error names what is known of where it happened: the file, the line (CSV) or the
/// record index (JSON arrays, 0-based), the record's identifier, the field and the offending
/// value, so a user can fix the file by hand. Match on ``kind``.
public struct StationError: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The file could not be read (missing, permissions, not UTF-8).
        case unreadableFile
        /// The file is not of the expected shape (not JSON, not a FeatureCollection, no header…).
        case malformedFile
        /// A required field is absent or empty.
        case missingField
        /// A field is present but not a number (or not of the expected JSON type).
        case invalidValue
        /// A number is out of its allowed range (latitude ±90°, longitude ±180°, height, elevation).
        case outOfRange
        /// A horizon mask is ill-formed (duplicate azimuths, bad `az:el` pair, no point).
        case invalidMask
        /// Two records in one file share an identifier.
        case duplicateIdentifier
    }

    /// What went wrong.
    public var kind: Kind
    /// The file path, when the data came from a file.
    public var file: String?
    /// The 1-based line number in a text (CSV) file.
    public var line: Int?
    /// The 0-based index of the record in a JSON array (SatNOGS list, GeoJSON features).
    public var recordIndex: Int?
    /// The record's identifier (station id, STDN code, name), when it could be read.
    public var recordID: String?
    /// The field involved (`lat`, `height_m`, `mask`, …).
    public var field: String?
    /// The offending value as written, when there is one.
    public var value: String?
    /// A short human-readable reason ("latitude must be within -90...90 deg").
    public var reason: String

    /// Creates an error; loaders fill in ``file``, ``line``/``recordIndex`` and ``recordID``.
    public init(
        _ kind: Kind, field: String? = nil, value: String? = nil, reason: String,
        file: String? = nil, line: Int? = nil, recordIndex: Int? = nil, recordID: String? = nil
    ) {
        self.kind = kind
        self.field = field
        self.value = value
        self.reason = reason
        self.file = file
        self.line = line
        self.recordIndex = recordIndex
        self.recordID = recordID
    }

    /// The same error located in `file` at `line` or `recordIndex`, for record `recordID`
    /// (fields already set are kept).
    public func located(
        file: String?, line: Int? = nil, recordIndex: Int? = nil, recordID: String? = nil
    )
        -> StationError
    {
        var copy = self
        copy.file = copy.file ?? file
        copy.line = copy.line ?? line
        copy.recordIndex = copy.recordIndex ?? recordIndex
        copy.recordID = copy.recordID ?? recordID
        return copy
    }
}

extension StationError: CustomStringConvertible {
    /// `file:line: record 12 (id 2114): field 'lat' = '501120': latitude must be within -90...90 deg`.
    public var description: String {
        var parts: [String] = []
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if !place.isEmpty { parts.append(place) }
        var record = ""
        if let recordIndex { record = "record \(recordIndex)" }
        if let recordID { record += record.isEmpty ? "id \(recordID)" : " (id \(recordID))" }
        if !record.isEmpty { parts.append(record) }
        if let field {
            parts.append(value.map { "field '\(field)' = '\($0)'" } ?? "field '\(field)'")
        }
        parts.append(reason)
        return parts.joined(separator: ": ")
    }
}
