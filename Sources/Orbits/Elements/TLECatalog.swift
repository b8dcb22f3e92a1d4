/// The element sets read from a TLE / 3LE file, and the errors for those that could not be.
///
/// Reads 2-line and 3-line sets mixed in any order: name lines with or without the `0 `
/// prefix, LF or CRLF line ends, trailing blanks, blank lines and (by default) `#` comment
/// lines. A bad set is reported in `errors` and never stops the load nor swallows the next
/// set: a line 1 not followed by a line 2 is reported and the scan resumes at the next line.
/// Works on UTF-8 bytes (the full 25,587-object catalog parses in a few milliseconds).
public struct TLECatalog: Sendable {
    /// The file name given to the reader (used in errors), if any.
    public var file: String?
    /// The element sets that parsed, in file order.
    public var entries: [Entry]
    /// One error per element set (or stray line) that did not parse, in file order.
    public var errors: [TLEError]

    /// The parsed element sets, in file order.
    public var elements: [MeanElements] { entries.map(\.elements) }

    /// Creates a catalog from parts (e.g. to merge or filter loaded catalogs).
    public init(file: String? = nil, entries: [Entry], errors: [TLEError] = []) {
        self.file = file
        self.entries = entries
        self.errors = errors
    }

    /// Reads TLE / 3LE text. `file` is only used in error messages.
    public init(text: String, file: String? = nil, options: TLEParseOptions = .strict) {
        var text = text
        let result = text.withUTF8 { TLECatalog.scan($0, file: file, options: options) }
        self = result
    }

    /// Reads TLE / 3LE UTF-8 bytes (e.g. `Data` or `[UInt8]`). `file` is only used in errors.
    public init<Bytes: Collection<UInt8>>(bytes: Bytes, file: String? = nil, options: TLEParseOptions = .strict) {
        if let result = bytes.withContiguousStorageIfAvailable({ TLECatalog.scan($0, file: file, options: options) }) {
            self = result
        } else {
            self = Array(bytes).withUnsafeBufferPointer { TLECatalog.scan($0, file: file, options: options) }
        }
    }

    /// A line of the file: byte range without CR/LF and trailing blanks, and its number.
    struct Line {
        var start: Int
        var end: Int
        var number: Int
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String?, options: TLEParseOptions) -> TLECatalog {
        var catalog = TLECatalog(file: file, entries: [], errors: [])
        catalog.entries.reserveCapacity(bytes.count / 160)
        let parser = TLEParser(file: file, options: options)
        var pendingName: Line?
        var pendingLine1: (line: Line, name: Line?)?

        func structureError(_ kind: TLEError.Kind, _ line: Line) -> TLEError {
            TLEError(kind, field: .structure, text: text(bytes, line), file: file, line: line.number)
        }

        var position = 0
        var number = 0
        let count = bytes.count
        while position < count {
            number += 1
            var end = position
            while end < count, bytes[end] != 10 { end += 1 }
            let next = end + 1
            while end > position, bytes[end - 1] == 13 || bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
            let line = Line(start: position, end: end, number: number)
            position = next

            let length = end - line.start
            if length == 0 { continue }
            var firstNonBlank = line.start
            while firstNonBlank < end, bytes[firstNonBlank] == 32 { firstNonBlank += 1 }
            if options.skipsCommentLines, bytes[firstNonBlank] == UInt8(ascii: "#") { continue }

            let first = bytes[line.start]
            let elementLine = length >= 20 && bytes[line.start + 1] == 32
            let kind: Int  // 0 name, 1 line 1, 2 line 2
            if elementLine && first == UInt8(ascii: "1") {
                kind = 1
            } else if elementLine && first == UInt8(ascii: "2") {
                kind = 2
            } else if length >= 60 {
                kind = pendingLine1 == nil ? 1 : 2  // a damaged element line, reported by the parser
            } else {
                kind = 0
            }

            switch kind {
            case 1:
                if let previous = pendingLine1 { catalog.errors.append(structureError(.missingLine2, previous.line)) }
                pendingLine1 = (line, pendingName)
                pendingName = nil
            case 2:
                if let (line1, name) = pendingLine1 {
                    switch parsePair(bytes, name: name, line1: line1, line2: line, parser: parser) {
                    case .success(let elements):
                        catalog.entries.append(
                            Entry(elements: elements, line: line1.number, trailingText: trailing(bytes, line)))
                    case .failure(let error):
                        catalog.errors.append(error)
                    }
                } else {
                    catalog.errors.append(structureError(.missingLine1, line))
                }
                pendingLine1 = nil
                pendingName = nil
            default:
                if let previous = pendingLine1 { catalog.errors.append(structureError(.missingLine2, previous.line)) }
                if let previous = pendingName { catalog.errors.append(structureError(.missingLine1, previous)) }
                pendingLine1 = nil
                pendingName = line
            }
        }
        if let previous = pendingLine1 { catalog.errors.append(structureError(.missingLine2, previous.line)) }
        if let previous = pendingName { catalog.errors.append(structureError(.missingLine1, previous)) }
        return catalog
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]), as: UTF8.self)
    }

    /// Columns 70 and later of a line 2 (e.g. start/stop/step in `SGP4-VER.TLE`), trimmed.
    static func trailing(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> String? {
        var start = line.start + 69
        while start < line.end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        guard start < line.end else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<line.end]), as: UTF8.self)
    }

    /// The object name of a name line: without a `0 ` prefix, trimmed; `nil` when empty.
    static func name(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> String? {
        var start = line.start
        if line.end - start >= 2, bytes[start] == UInt8(ascii: "0"), bytes[start + 1] == 32 { start += 2 }
        while start < line.end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        guard start < line.end else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<line.end]), as: UTF8.self)
    }

    /// Parses a pair, copying lines shorter than 69 columns into a blank-padded buffer first.
    static func parsePair(
        _ bytes: UnsafeBufferPointer<UInt8>, name: Line?, line1: Line, line2: Line, parser: TLEParser
    ) -> Result<MeanElements, TLEError> {
        let nameText = name.flatMap { TLECatalog.name(bytes, $0) }
        let length1 = line1.end - line1.start
        let length2 = line2.end - line2.start
        if length1 >= 69 && length2 >= 69 {
            let view1 = TLELineView(bytes: bytes, start: line1.start, length: length1, number: line1.number)
            let view2 = TLELineView(bytes: bytes, start: line2.start, length: length2, number: line2.number)
            return Result { () throws(TLEError) in try parser.parse(name: nameText, line1: view1, line2: view2) }
        }
        var padded = [UInt8](repeating: 32, count: 138)
        for i in 0..<min(length1, 69) { padded[i] = bytes[line1.start + i] }
        for i in 0..<min(length2, 69) { padded[69 + i] = bytes[line2.start + i] }
        return padded.withUnsafeBufferPointer { buffer in
            let view1 = TLELineView(bytes: buffer, start: 0, length: min(length1, 69), number: line1.number)
            let view2 = TLELineView(bytes: buffer, start: 69, length: min(length2, 69), number: line2.number)
            return Result { () throws(TLEError) in try parser.parse(name: nameText, line1: view1, line2: view2) }
        }
    }
}
