import Foundation

/// Reading and writing any encoding through one entry point.
extension OMM {
    /// Reads every OMM in `text`: KVN messages back to back, an NDM/XML `<omm>` or `<ndm>`, a JSON
    /// array, or CSV rows. Records with errors are skipped and reported in ``OMMReadResult/errors``.
    ///
    /// - Parameters:
    ///   - format: the encoding; detected from the text (``OMMFormat/detect(_:)``) when `nil`.
    ///   - file: name used in errors.
    /// - Throws: ``OMMError`` when the file as a whole cannot be read (malformed XML or JSON, CSV
    ///   without the element columns) or holds no OMM and no record error to report.
    public static func readAll(
        _ text: String, format: OMMFormat? = nil, file: String? = nil
    ) throws(OMMError)
        -> OMMReadResult
    {
        let result: OMMReadResult
        switch format ?? OMMFormat.detect(text) {
        case .kvn: result = readKVN(text, file: file)
        case .xml: result = try OMMXMLReader(file: file).read(Data(text.utf8))
        case .json:
            var reader = OMMJSONReader(text, file: file)
            result = try reader.read()
        case .csv:
            var reader = OMMCSVReader(text, file: file)
            result = try reader.read()
        }
        guard !result.messages.isEmpty || !result.errors.isEmpty else { throw OMMError(.noMessage, file: file) }
        return result
    }

    /// Reads the one OMM in `text` (any encoding, detected when `format` is `nil`).
    ///
    /// - Throws: ``OMMError``: the first error in the text, ``OMMError/Kind/noMessage`` or
    ///   ``OMMError/Kind/multipleMessages(count:)``.
    public init(_ text: String, format: OMMFormat? = nil, file: String? = nil) throws(OMMError) {
        let result = try Self.readAll(text, format: format, file: file)
        if let first = result.errors.first { throw first }
        guard result.messages.count == 1 else {
            throw OMMError(.multipleMessages(count: result.messages.count), file: file)
        }
        self = result.messages[0]
    }

    /// Reads every OMM in the file at `path` (encoding detected from its content), naming the
    /// file in errors.
    public static func readAll(contentsOfFile path: String, format: OMMFormat? = nil) throws(OMMError) -> OMMReadResult
    {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OMMError(.syntax(detail: "file cannot be read"), file: path)
        }
        return try readAll(String(decoding: data, as: UTF8.self), format: format, file: path)
    }

    /// Messages in `format`: KVN messages back to back (blank line between), one NDM/XML document,
    /// a JSON array (CelesTrak style) or CelesTrak CSV.
    public static func encode(_ messages: [OMM], as format: OMMFormat) -> String {
        switch format {
        case .kvn: messages.map(\.kvn).joined(separator: "\n")
        case .xml: xml(messages)
        case .json: json(messages)
        case .csv: csv(messages)
        }
    }

    /// This message in `format` (see ``encode(_:as:)``).
    public func encoded(as format: OMMFormat) -> String { Self.encode([self], as: format) }
}
