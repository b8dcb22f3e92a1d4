/// Reads OMM CSV as CelesTrak publishes it: a header row of OMM keywords (any order), then one
/// message per row. Cells may be quoted (RFC 4180: `"…"`, `""` for a quote, commas and line
/// breaks inside); lines may end in CRLF; blank lines are skipped. Columns that are not OMM
/// keywords are kept as user-defined parameters.
///
/// A bad row is skipped with an error naming its row and line; the other rows are kept.
struct OMMCSVReader {
    private let bytes: [UInt8]
    private let file: String?
    private var position = 0
    private var line = 1

    /// Keywords the header must name (the SGP4 elements); the others are optional.
    private static let requiredColumns: [OMMKey] = [
        .epoch, .meanMotion, .eccentricity, .inclination,
        .rightAscension, .argumentOfPericenter, .meanAnomaly, .noradCatalogID, .elementSetNumber,
        .revolutionAtEpoch, .bstar, .meanMotionDot, .meanMotionDDot,
    ]

    private enum Column {
        case key(OMMKey)
        case userDefined(String)
    }

    init(_ text: String, file: String?) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    /// Reads every row; throws only for a missing or unusable header.
    mutating func read() throws(OMMError) -> OMMReadResult {
        var result = OMMReadResult()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var header: [String] = []
        while header.isEmpty || header == [""] {
            guard position < bytes.count else { throw OMMError(.noMessage, file: file, line: line) }
            header = try readRow()
        }
        var columns: [Column] = []
        for name in header {
            let name = String(name.trimmingBlanks())
            if let key = OMMKey(keyword: name) {
                columns.append(.key(key))
            } else if name.hasPrefix("USER_DEFINED_") {
                columns.append(.userDefined(String(name.dropFirst(13))))
            } else {
                columns.append(.userDefined(name))
            }
        }
        for key in Self.requiredColumns
        where !columns.contains(where: { if case .key(let k) = $0 { k == key } else { false } }) {
            throw OMMError(.missingKey, file: file, line: 1, key: key.keyword)
        }
        var record = 0
        var builder = OMMBuilder(profile: .flat, file: file, record: nil, startLine: nil)
        while position < bytes.count {
            let rowLine = line
            let cells = try readRow()
            if cells.count == 1 && cells[0].isEmpty { continue }
            record += 1
            guard cells.count == columns.count else {
                result.errors.append(
                    OMMError(
                        .syntax(detail: "\(cells.count) cells where the header names \(columns.count) columns"),
                        file: file, line: rowLine, record: record))
                continue
            }
            builder.reset(record: record, startLine: rowLine)
            do throws(OMMError) {
                for (column, cell) in zip(columns, cells) {
                    switch column {
                    case .key(let key):
                        if key == .comment {
                            if !cell.isEmpty { builder.addComment(cell) }
                        } else if !cell.isEmpty || key.valueKind == .text {
                            try builder.set(key, cell, line: rowLine)
                        }
                    case .userDefined(let name): builder.addUserDefined(name: name, value: cell)
                    }
                }
                result.messages.append(try builder.build())
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    /// The cells of the next row (unquoted cells trimmed of blanks); moves past its line end.
    private mutating func readRow() throws(OMMError) -> [String] {
        var cells: [String] = []
        while true {
            var cell: String
            if position < bytes.count, bytes[position] == 0x22 {
                let startLine = line
                position += 1
                var raw: [UInt8] = []
                while true {
                    guard position < bytes.count else {
                        throw OMMError(.syntax(detail: "unterminated quoted cell"), file: file, line: startLine)
                    }
                    let byte = bytes[position]
                    position += 1
                    if byte == 0x22 {
                        guard position < bytes.count, bytes[position] == 0x22 else { break }
                        position += 1
                    } else if byte == 0x0A {
                        line += 1
                    }
                    raw.append(byte)
                }
                cell = String(decoding: raw, as: UTF8.self)
                while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            } else {
                let start = position
                while position < bytes.count, bytes[position] != 0x2C, bytes[position] != 0x0A, bytes[position] != 0x0D
                {
                    position += 1
                }
                var end = position
                var first = start
                while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                cell = String(decoding: bytes[first..<end], as: UTF8.self)
            }
            cells.append(cell)
            guard position < bytes.count else { return cells }
            switch bytes[position] {
            case 0x2C:
                position += 1
            case 0x0D, 0x0A:
                if bytes[position] == 0x0D { position += 1 }
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                line += 1
                return cells
            default:
                throw OMMError(.syntax(detail: "text after a closing quote"), file: file, line: line)
            }
        }
    }
}
