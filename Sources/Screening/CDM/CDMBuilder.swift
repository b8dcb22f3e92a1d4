import Foundation
import Orbits

/// Collects a CDM's keywords as a reader meets them (KVN line by line, or XML element by
/// element), checks each value against the keyword tables, and assembles the ``CDM``.
///
/// Comments are attached to the block of the keyword that follows them, as the XML structure
/// places them. Object keywords must follow their `OBJECT` line; header and relative keywords
/// must precede the first one.
struct CDMBuilder {
    let file: String?
    var version = "1.0"
    private(set) var warnings: [CDMError] = []
    var pending: [String] = []
    var header = Section()
    var relative = Section()
    var objects: [ObjectSections] = []
    /// Line of the first `OBJECT`, where the relative block ends.
    var firstObjectLine: Int?
    var lastLine = 0

    /// Values and comments of one block.
    struct Section {
        var comments: [String] = []
        var texts: [String: String] = [:]
        var numbers: [String: Double] = [:]
        var dates: [String: Instant] = [:]
        var lines: [String: Int] = [:]
        var other: [CDMKeywordValue] = []
        var hasValues: Bool { !texts.isEmpty || !numbers.isEmpty || !dates.isEmpty }
    }

    struct ObjectSections {
        var line: Int
        var metadata = Section()
        var data = Section()  // only comments
        var od = Section()
        var additional = Section()
        var state = Section()
        var covariance = Section()
        var other: [CDMKeywordValue] = []
    }

    init(file: String?) { self.file = file }

    mutating func comment(_ text: String) { pending.append(text) }

    /// Comments met at the start of an XML `data` element belong to the data block itself.
    mutating func dataComment(_ text: String) {
        guard !objects.isEmpty else { return pending.append(text) }
        objects[objects.count - 1].data.comments.append(text)
    }

    /// One keyword with its value text (unit stripped) and unit as written.
    mutating func add(keyword: String, value raw: String, unit: String?, line: Int) throws(CDMError) {
        lastLine = line
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard let (block, entry) = CDMKeywords.all[keyword] else {
            guard !version.hasPrefix("1") else {
                throw CDMError(.unknownKeyword, file: file, line: line, keyword: keyword, value: value)
            }
            let kept = CDMKeywordValue(keyword: keyword, value: value, unit: unit)
            if objects.isEmpty {
                relative.comments += take()
                relative.other.append(kept)
            } else {
                objects[objects.count - 1].other.append(kept)
            }
            return
        }
        if keyword == "OBJECT" {
            guard objects.count < 2 else {
                throw CDMError(.misplacedKeyword, file: file, line: line, keyword: keyword, value: value)
            }
            if firstObjectLine == nil { firstObjectLine = line }
            objects.append(ObjectSections(line: line))
        }
        let isObjectBlock = ![.header, .relative].contains(block)
        if isObjectBlock == objects.isEmpty {
            throw CDMError(.misplacedKeyword, file: file, line: line, keyword: keyword, value: value)
        }
        if let unit, let expected = entry.unit, Self.normalised(unit) != Self.normalised(expected) {
            warnings.append(
                CDMError(.wrongUnit(found: unit, expected: expected), file: file, line: line, keyword: keyword))
        }
        var section = self.section(block)
        section.comments += take()
        guard section.lines[keyword] == nil else {
            throw CDMError(.duplicateKeyword, file: file, line: line, keyword: keyword, value: value)
        }
        section.lines[keyword] = line
        try store(value, entry: entry, in: &section, line: line)
        setSection(block, section)
    }

    private mutating func store(
        _ value: String, entry: CDMKeywords.Entry, in section: inout Section, line: Int
    )
        throws(CDMError)
    {
        let keyword = entry.name
        if value.isEmpty || (entry.kind != .text && value.lowercased() == "nan") {
            guard !entry.mandatory else {
                throw CDMError(.missingKeyword, file: file, line: line, keyword: keyword, value: value)
            }
            warnings.append(CDMError(.emptyOptionalValue, file: file, line: line, keyword: keyword, value: value))
            return
        }
        switch entry.kind {
        case .text:
            section.texts[keyword] = value
        case .date:
            guard let instant = try? Instant(iso8601: value) else {
                throw CDMError(
                    .invalidValue(expected: "UTC date"), file: file, line: line, keyword: keyword, value: value)
            }
            section.dates[keyword] = instant
        case .real:
            guard let number = Self.number(value), number.isFinite else {
                throw CDMError(.invalidValue(expected: "real"), file: file, line: line, keyword: keyword, value: value)
            }
            section.numbers[keyword] = number
        case .integer:
            guard let number = Int(value) else {
                throw CDMError(
                    .invalidValue(expected: "integer"), file: file, line: line, keyword: keyword, value: value)
            }
            section.numbers[keyword] = Double(number)
        }
    }

    /// A real in CCSDS form (`1.0`, `-4.152E-02`, `+3`, `.5`); nil for anything else.
    static func number(_ text: String) -> Double? {
        let allowed = Set("0123456789+-.eEdD")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }) else { return nil }
        return Double(text.replacingOccurrences(of: "d", with: "e").replacingOccurrences(of: "D", with: "e"))
    }

    static func normalised(_ unit: String) -> String {
        unit.filter { !$0.isWhitespace }.lowercased()
    }

    private mutating func take() -> [String] {
        defer { pending = [] }
        return pending
    }

    private func section(_ block: CDMKeywords.Block) -> Section {
        switch block {
        case .header: return header
        case .relative: return relative
        default:
            let o = objects[objects.count - 1]
            switch block {
            case .metadata: return o.metadata
            case .od: return o.od
            case .additional: return o.additional
            case .state: return o.state
            default: return o.covariance
            }
        }
    }

    private mutating func setSection(_ block: CDMKeywords.Block, _ section: Section) {
        switch block {
        case .header: header = section
        case .relative: relative = section
        case .metadata: objects[objects.count - 1].metadata = section
        case .od: objects[objects.count - 1].od = section
        case .additional: objects[objects.count - 1].additional = section
        case .state: objects[objects.count - 1].state = section
        case .covariance: objects[objects.count - 1].covariance = section
        }
    }
}
