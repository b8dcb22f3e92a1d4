/// Minimal RFC 4180 line splitting for the station CSV files (NDOSL, Concord's own format).
///
/// Fields are separated by commas; a field may be wrapped in double quotes (then it may hold
/// commas, and `""` is a literal quote). Unquoted fields are trimmed of blanks. Quoted fields
/// cannot span lines. Lines are numbered from 1; blank lines and lines starting with `#` are
/// skipped; CRLF and a leading BOM are accepted.
enum StationCSV {
    /// One non-blank, non-comment line and its 1-based number.
    struct Line {
        let number: Int
        let fields: [String]
    }

    /// Splits `text` into data lines.
    static func lines(_ text: String, file: String?) throws(StationError) -> [Line] {
        var result: [Line] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let trimmed = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let fields = split(trimmed) else {
                throw StationError(.malformedFile, reason: "unterminated quoted field", file: file, line: number)
            }
            result.append(Line(number: number, fields: fields))
        }
        return result
    }

    /// The fields of one line, or `nil` when a quote is left open.
    static func split(_ line: Substring) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "," {
                fields.append(wasQuoted ? field : trim(field))
                field = ""
                wasQuoted = false
            } else if c == "\"" && trim(field).isEmpty {
                field = ""
                quoted = true
                wasQuoted = true
            } else {
                field.append(c)
            }
        }
        if quoted { return nil }
        fields.append(wasQuoted ? field : trim(field))
        return fields
    }

    /// `s` without leading and trailing blanks.
    static func trim(_ s: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = s.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = s.lastIndex(where: { !isBlank($0) })!
        return String(s[start...end])
    }

    /// Parses a required decimal number from `fields[index]`, naming `field` on failure.
    static func number(_ fields: [String], _ index: Int, field: String) throws(StationError) -> Double {
        let text = index < fields.count ? fields[index] : ""
        guard !text.isEmpty else {
            throw StationError(.missingField, field: field, reason: "required number is empty")
        }
        guard let value = Double(text), value.isFinite else {
            throw StationError(.invalidValue, field: field, value: text, reason: "not a decimal number")
        }
        return value
    }

    /// Quotes a field for output when it holds a comma, quote or leading/trailing blank.
    static func quote(_ field: String) -> String {
        let needs = field.contains(",") || field.contains("\"") || field != trim(field) || field.hasPrefix("#")
        return needs
            ? "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
            : field
    }
}
