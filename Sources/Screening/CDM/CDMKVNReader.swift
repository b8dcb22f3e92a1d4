import Foundation

/// Reads a CDM in KVN (keyword = value [unit]) form, line by line, into a ``CDMBuilder``.
///
/// Tolerates what operators' CDMs do in practice: any spacing around `=`, a unit glued to the
/// value (`1e-9[m**2/s**2]`), `COMMENT = text`, empty or `NaN` optional values (warnings), and
/// CARA's non-standard units (warnings). Rejects, naming the line and keyword: a line that is
/// not `KEY = value`, an unknown keyword in a 1.0 message, a value of the wrong type, a
/// keyword given twice or out of its block, missing mandatory keywords.
struct CDMKVNReader {
    let text: String
    let file: String?

    func read() throws(CDMError) -> CDMReadResult {
        var builder = CDMBuilder(file: file)
        var sawVersion = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line.hasPrefix("COMMENT"),
                line.count == 7 || line.dropFirst(7).first?.isWhitespace == true
                    || line.dropFirst(7).first == "="
            {
                guard sawVersion else { continue }  // comments before the version line: ignore
                var comment = line.dropFirst(7).trimmingCharacters(in: .whitespaces)
                if comment.hasPrefix("=") { comment = comment.dropFirst().trimmingCharacters(in: .whitespaces) }
                builder.comment(comment)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw CDMError(
                    .syntax(detail: "expected KEYWORD = value"), file: file, line: lineNumber, value: line)
            }
            let keyword = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard !keyword.isEmpty, keyword.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                throw CDMError(
                    .syntax(detail: "malformed keyword"), file: file, line: lineNumber, keyword: keyword)
            }
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            var unit: String?
            if value.hasSuffix("]"), let open = value.lastIndex(of: "[") {
                unit = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
                    .trimmingCharacters(in: .whitespaces)
                value = value[..<open].trimmingCharacters(in: .whitespaces)
            }
            if !sawVersion {
                guard keyword == "CCSDS_CDM_VERS" else {
                    throw CDMError(.notACDM(firstKeyword: keyword), file: file, line: lineNumber, keyword: keyword)
                }
                guard value.hasPrefix("1.") || value.hasPrefix("2.") || value == "1" || value == "2" else {
                    throw CDMError(
                        .unsupportedVersion, file: file, line: lineNumber, keyword: keyword, value: value)
                }
                builder.version = value
                sawVersion = true
                continue
            }
            if keyword == "CCSDS_CDM_VERS" {
                throw CDMError(.duplicateKeyword, file: file, line: lineNumber, keyword: keyword, value: value)
            }
            try builder.add(keyword: keyword, value: value, unit: unit, line: lineNumber)
        }
        guard sawVersion else { throw CDMError(.noMessage, file: file) }
        let cdm = try builder.build()
        return CDMReadResult(cdm: cdm, warnings: builder.warnings)
    }
}
